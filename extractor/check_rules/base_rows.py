"""`percentage` of "N (P%)" cells whose whole is a row of the same column: a table whose columns are stages or
periods and whose rows are measures ("Received | 500 | 60" over "Answered in time | 450 (90%) | 48 (75%)").

The whole is learnt from the table, as row_bases.py learns a base column: the row of plain counts that every
share cell but at most one agrees with, within the share's rounding, and that no other row does as well. Two
cells must agree, or one where the row's label names a whole (received, closed, a total): a single cell could
fit a row by chance. A cell that does not fit fails when three others or more fit the row (the whole is then the
table's own), else warns; cells that fit pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from extractor.check_rules.row_bases import _count, _share, mismatch_status, names_whole
from extractor.check_rules.shares import judge_rounded
from extractor.extract.table_text import cell_line
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
# (row, column, printed share, count, whole) of one share cell read against a row
Reading = tuple[int, int, str, float, float]


def _share_cells(body: Sequence[Sequence[str]]) -> list[tuple[int, int, str, float]]:
    """(row, column, printed share, count) of each "N (P%)" cell."""
    return [(r, c, s[0], s[1]) for r, row in enumerate(body) for c in range(1, len(row))
            if (s := _share(row[c])) is not None and s[1] is not None]


def _readings(body: Sequence[Sequence[str]], cells: Sequence[tuple[int, int, str, float]], whole_row: int) -> list[Reading]:
    row = body[whole_row]
    out = []
    for r, c, p, n in cells:
        whole = _count(row[c]) if c < len(row) and _share(row[c]) is None else None
        if r != whole_row and whole and n <= whole:
            out.append((r, c, p, n, whole))
    return out


def _fits(reading: Reading) -> bool:
    _, _, p, n, whole = reading
    return judge_rounded(float(p), f"{p}%", 100 * n / whole) == "pass"


def _whole_row(body: Sequence[Sequence[str]], cells: Sequence[tuple[int, int, str, float]]) -> tuple[int, list[Reading]] | None:
    """The one row of counts the share cells agree with, all but at most one."""
    found = []
    for w in range(len(body)):
        if any(_share(x) is not None for x in body[w][1:]):
            continue  # a row of shares is no whole
        readings = _readings(body, cells, w)
        agree = sum(_fits(x) for x in readings)
        enough = 2 if not (body[w] and names_whole(body[w][0], plain_count=False)) else 1
        if readings and agree >= enough and len(readings) - agree <= 1:
            found.append((agree, w, readings))
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] == best]
    return (top[0][1], top[0][2]) if len(top) == 1 else None  # two rows do as well: the whole is not certain


def base_rows(doc: Document, tables: Sequence[Block], make: CheckMaker) -> Iterator[Check]:
    for b in tables:
        if len(b.rows) < 3 or len(b.row_lines) != len(b.rows):
            continue
        header, body = b.rows[0], b.rows[1:]
        cells = _share_cells(body)
        if len(cells) < 2 or (found := _whole_row(body, cells)) is None:
            continue
        w, readings = found
        for r, c, p, n, whole in readings:
            expected = 100 * n / whole
            column = header[c].strip() if c < len(header) and header[c].strip() else f"column {c + 1}"
            what = f"{body[r][0]}, {column}: {n:g} of {whole:g} {body[w][0].strip()} is {expected:.1f}%"
            ok = _fits((r, c, p, n, whole))
            msg = what + (", as stated" if ok else f", not the stated {p}% (the column's other shares are of "
                          f"'{body[w][0].strip()}': this share or its count is wrong)")
            line = cell_line(b, r + 1, c)
            status = "pass" if ok else mismatch_status(sum(_fits(x) for x in readings), body[r][0])
            yield make(doc, "percentage", status, msg, line, " | ".join(body[r]), float(p), round(expected, 2), [line], b.page)
