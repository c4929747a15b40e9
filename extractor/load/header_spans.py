"""A table's upper header row whose cells span columns, written out again as the grid it stands for.

Copied as text, a header cell spanning two columns ("Stage One" over "2030/31 | 2031/32") is written
once: the upper header row is shorter than the rows under it, and its cells stand over the wrong
columns. Where the row under it names each column (periods, words; no values) and the table's width
shares out evenly among the upper row's cells, each spanning cell is written over its first column with
an empty cell after it, as a spreadsheet or a tab-separated copy writes it; the table reader takes an
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
    width = len(body[0])
    if any(len(r) != width for r in body) or not 2 <= len(upper) < width or len(lower) not in (width - 1, width):
        return list(rows)
    if (width - 1) % (len(upper) - 1) or not _names_columns(upper) or not _names_columns(lower) \
            or any(len(c.split()) > SPANNING_WORDS for c in upper[1:]):
        return list(rows)
    if len(lower) == width and lower[0] not in ("", upper[0]):
        return list(rows)  # a lower row with a cell over the labels says the upper's again, or nothing
    span = (width - 1) // (len(upper) - 1)
    spread = (upper[0], *(c if k == 0 else "" for c in upper[1:] for k in range(span)))
    return [spread, ("",) * (width - len(lower)) + tuple(lower), *body]
