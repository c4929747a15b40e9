"""`table_total` from a table's own cells: a Total row against the rows above it, a Total column
against the columns before it, whether or not the figure reader understood the table.

A table that prints a Total states a sum, so its scope is the table's own: the same column, the
rows back to the previous Total or section row. The sum fails only when every part is a plain
count; a blank, suppressed ("<5", "*") or non-numeric part makes it a warning, and so does a Total
column whose other columns are not plainly parts (periods, stages) of one whole. Rows that add up
to a multiple of the Total hold subtotals ("of which" rows): nothing is said about them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor.check_rules.stated import pattern
from extractor.models import Block, Check, Document

COUNT = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*$")
NIL = re.compile(r"^\s*(?:-|–|—|nil|none)\s*$", re.IGNORECASE)
NESTED = re.compile(r"^\s*(?:of\s+which|of\s+these|including|includes|excluding|[-–•*]\s|\s{2,}\S)", re.IGNORECASE)
CheckMaker = Callable[..., Check]
Cell = tuple[str, float]  # (kind, value): count, nil, blank, suppressed, other


def cell(text: str) -> Cell:
    """What a cell holds, for adding up."""
    if (m := COUNT.match(text)) is not None:
        return "count", float(m.group("n").replace(",", ""))
    if NIL.match(text):
        return "nil", 0.0
    if not text.strip():
        return "blank", 0.0
    if pattern("check-suppressed-cell").match(text):
        return "suppressed", 0.0
    return "other", 0.0


def _is_total(label: str) -> bool:
    return bool(pattern("check-total-label").match(label))


def _section_row(row: Sequence[Cell]) -> bool:
    """A label-only row ("Gender", "Age Group"): it opens a new group of rows."""
    return all(k == "blank" for k, _ in row[1:])


def _fmt(v: float) -> str:
    return f"{v:g}"


def _all_tables(doc: Document) -> Iterator[Block]:
    """Table blocks, and the tables written as text in paragraphs or runs of lines (whether or not
    the figure reader understood them: a Total that does not add up is wrong whatever it counts)."""
    from extractor.extract import table_text

    yield from (b for b in doc.blocks if b.kind == "table" and not b.furniture)
    yield from (tb for found in table_text.paragraph_tables(doc).values() for tb, _ in found)
    yield from (tb for _, tb, _ in table_text.run_tables(doc))


def table_sums(doc: Document, make: CheckMaker) -> Iterator[Check]:
    for b in _all_tables(doc):
        if len(b.rows) >= 3 and len(b.row_lines) == len(b.rows):
            grid = [[cell(c) for c in row] for row in b.rows]
            yield from _total_rows(doc, b, grid, make)
            yield from _total_columns(doc, b, grid, make)


def _parts_of(b: Block, grid: list[list[Cell]], t: int) -> list[int]:
    """The rows a Total row adds up: those above it, back to the header, a section row or a Total."""
    rows: list[int] = []
    first = 0 if any(k == "count" for k, _ in grid[0][1:]) else 1  # a table without a header row
    for r in range(t - 1, first - 1, -1):
        if _is_total(b.rows[r][0]) or _section_row(grid[r]):
            break
        rows.append(r)
    return rows[::-1]


def _total_rows(doc: Document, b: Block, grid: list[list[Cell]], make: CheckMaker) -> Iterator[Check]:
    for t, row in enumerate(b.rows):
        if t == 0 or not row or not _is_total(row[0]):
            continue
        rows = _parts_of(b, grid, t)
        if len(rows) < 2:
            continue
        for col in range(1, len(row)):
            kind, total = grid[t][col]
            parts = [grid[r][col] if col < len(grid[r]) else ("blank", 0.0) for r in rows]
            if kind != "count" or not any(k == "count" for k, _ in parts):
                continue
            header = b.rows[0][col] if col < len(b.rows[0]) else ""
            lines = [b.row_lines[r] for r in rows] + [b.row_lines[t]]
            nested = any(NESTED.match(b.rows[r][0]) for r in rows)  # "of which" rows restate others
            yield from _judge(doc, b, make, total, parts, f"{header or 'column ' + str(col)}: Total row",
                              b.row_lines[t], lines, row, certain=not nested)


def _total_columns(doc: Document, b: Block, grid: list[list[Cell]], make: CheckMaker) -> Iterator[Check]:
    header = b.rows[0]
    for col, name in enumerate(header):
        if col == 0 or not _is_total(name):
            continue
        cols = [c for c in range(1, col) if not _is_total(header[c])]
        if len(cols) < 2:
            continue
        certain = all(pattern("check-part-header").match(header[c]) for c in cols)
        for r in range(1, len(b.rows)):
            if col >= len(grid[r]) or grid[r][col][0] != "count":
                continue
            parts = [grid[r][c] if c < len(grid[r]) else ("blank", 0.0) for c in cols]
            what = f"{b.rows[r][0] or 'row ' + str(r)}: {name} column"
            yield from _judge(doc, b, make, grid[r][col][1], parts, what, b.row_lines[r], [b.row_lines[r]],
                              b.rows[r], certain)


def _judge(doc: Document, b: Block, make: CheckMaker, total: float, parts: Sequence[Cell], what: str, line: int,
           lines: list[int], row: Sequence[str], certain: bool) -> Iterator[Check]:
    if any(k == "other" for k, _ in parts):
        return  # a part that is no count (a percentage, a note): not a sum of counts
    expected = sum(v for _, v in parts)
    if expected == total:
        status, why = "pass", ""
    elif expected and total and expected % total == 0 and expected > total:
        return  # the rows hold subtotals of the Total
    elif any(k in ("blank", "suppressed") for k, _ in parts):
        status, why = "warn", " (a part is blank or suppressed)"
    elif not certain:
        status, why = "warn", " (the parts may overlap: not every row or column is a plain part of the whole)"
    else:
        status, why = "fail", ""
    shown = " + ".join(_fmt(v) if k == "count" else "0" if k == "nil" else "?" for k, v in parts)
    msg = f"{what} states {_fmt(total)}, its parts add up to {_fmt(expected)}" + (
        "" if status == "pass" else f" ({shown}){why}")
    yield make(doc, "table_total", status, msg, line, " | ".join(row), total, expected, lines, b.page)
