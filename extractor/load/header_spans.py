"""A table's upper header row whose cells span columns, written out again as the grid it stands for.

Copied as text, a header cell spanning two columns ("Stage One" over "2030/31 | 2031/32") is written
once: the upper header row is shorter than the rows under it, and its cells stand over the wrong
columns. Where the row under it names each column (periods, words; no values), each spanning cell is written
over its first column with empty cells after it - up to the next cell the lower row says again
("Procedure | Stage | Complaints received | Change"), else sharing the width out evenly - as a spreadsheet or a tab-separated copy writes it; the table reader takes an
empty upper header cell as its left neighbour's.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.load.cell_runs import PERIOD_CELL, SPANNING_WORDS, is_value

Row = tuple[str, ...]


def _names_columns(row: Sequence[str]) -> bool:
    return all(not is_value(c) or PERIOD_CELL.match(c) for c in row if c)


def spans_written_out(rows: Sequence[Row]) -> list[Row]:
    """The rows with the upper header row's spans written out, or as they were."""
    if len(rows) < 3:
        return list(rows)
    upper, lower, body = rows[0], rows[1], rows[2:]
    width = max(len(r) for r in body)
    if 2 * sum(len(r) == width for r in body) < len(body) or not 2 <= len(upper) < width \
            or len(lower) not in (width - 1, width):  # (a Total row whose label spans two columns is shorter)
        return list(rows)
    if not _names_columns(upper) or not _names_columns(lower) or any(len(c.split()) > SPANNING_WORDS for c in upper[1:]):
        return list(rows)
    if len(lower) == width and lower[0] not in ("", upper[0]):
        return list(rows)  # a lower row with a cell over the labels says the upper's again, or nothing
    lower = ("",) * (width - len(lower)) + tuple(lower)
    spread = _anchored(upper, lower) or spread_evenly(upper, width)
    return list(rows) if spread is None else [spread, lower, *body]


def spread_evenly(upper: Sequence[str], width: int) -> Row | None:
    """The upper row over `width` columns, each cell after the first spanning as many columns and written over
    the first of them: "Service | Stage One | Stage Two" over four; None when they do not share out evenly."""
    if (width - 1) % (len(upper) - 1):
        return None
    span = (width - 1) // (len(upper) - 1)
    return (upper[0], *(c if k == 0 else "" for c in upper[1:] for k in range(span)))


def _anchored(upper: Row, lower: Row) -> Row | None:
    """Cells the lower row says again stand over themselves ("Procedure | Stage | ... | Change"); each
    other upper cell spans the columns up to the next such cell: "Complaints received" over "2032/33 |
    2031/32". None when no cell after the first is said again, or a spanning cell would cover none."""
    if not any(c and c in lower[1:] for c in upper[1:]):
        return None
    out: list[str] = []
    j = 0
    for i, cell in enumerate(upper):
        if j < len(lower) and (lower[j] == cell or (i == 0 and not lower[j])):
            out.append(cell)
            j += 1
            continue
        nxt = next((lower.index(c, j) for c in upper[i + 1:] if c in lower[j:]), len(lower))
        if nxt <= j:
            return None
        out += [cell, *([""] * (nxt - j - 1))]
        j = nxt
    return tuple(out) if len(out) == len(lower) else None
