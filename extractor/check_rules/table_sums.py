"""`table_total` from a table's own cells: a Total row against the rows above it, a Total column
against the columns before it, whether or not the figure reader understood the table.

A table that prints a Total states a sum, so its scope is the table's own: the same column, the
rows back to the previous Total or section row. The sum fails only when every part is a plain
count; a blank, suppressed ("<5", "*") or non-numeric part makes it a warning, and so does a Total
column whose other columns are not plainly parts (periods, stages) of one whole. Rows that add up
to a multiple of the Total hold subtotals ("of which" rows): nothing is said about them.
"Of which" rows are left out of a sum (they restate part of the row above), a Grand total adds up
the Sub-totals above it, and a Total that says what it leaves out ("Total (excl. withdrawn)") adds
up the other rows. Cells that give a share and its count ("15% (6)") add up by their count, and
their share is judged against the Total row's count (`percentage`). Totals written as text lines
("Total 130 19" under rows of a label and as many numbers, or "Total" then its number on the next
line under label / number lines) are read from the document's lines (text_lines.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor.check_rules.stated import pattern
from extractor.doc_periods import document_period
from extractor.extract.table_text import cell_line
from extractor.memo import per_document
from extractor.models import Block, Check, Document

COUNT = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*$")
# a count with its share: "15% (6)", "6 (15%)"
SHARE = re.compile(r"^\s*(?:(?P<p>\d+(?:\.\d+)?)\s*%\s*\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\)"
                   r"|(?P<n2>\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(?P<p2>\d+(?:\.\d+)?)\s*%\s*\))\s*$")
# a value with last year's beside it: "31 (27)"
PAIR = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(?P<m>\d{1,3}(?:,\d{3})+|\d+)\s*\)\s*$")
ALL_STAGES = re.compile(r"\ball\s+stages\b", re.IGNORECASE)
STAGE_ROW = re.compile(r"^\s*(?:stage|level|step|tier)\s*(?:\d|one|two|three)\b", re.IGNORECASE)
SUBTOTAL = re.compile(r"^\s*sub[-\s]?totals?\b", re.IGNORECASE)
# a Total that says what it leaves out: "Total (excl. withdrawn)", "Total excluding referrals"
LEAVES_OUT = re.compile(r"\b(?:excl(?:\.|uding|udes)?|not\s+including|less|without)\s+(?P<what>[\w\s'-]+)",
                        re.IGNORECASE)
NIL = re.compile(r"^\s*(?:-|–|—|nil|none)\s*$", re.IGNORECASE)
# the indent branch stands apart from the leading \s*: the two were quadratic on a cell of spaces
NESTED = re.compile(r"^(?:\s*+(?:of\s+which|of\s+these|including|includes|excluding|[-–•*]\s)|\s{2,}+\S)",
                    re.IGNORECASE)
CheckMaker = Callable[..., Check]
Cell = tuple[str, float]  # (kind, value): count, nil, blank, suppressed, other


def cell(text: str) -> Cell:
    """What a cell holds, for adding up."""
    if (m := COUNT.match(text)) is not None:
        return "count", float(m.group("n").replace(",", ""))
    if (m := PAIR.match(text)) is not None:
        return "pair", float(m.group("n").replace(",", ""))
    if (m := SHARE.match(text)) is not None:
        return "share", float((m.group("n") or m.group("n2")).replace(",", ""))
    if NIL.match(text):
        return "nil", 0.0
    if not text.strip():
        return "blank", 0.0
    if pattern("check-suppressed-cell").match(text):
        return "suppressed", 0.0
    return "other", 0.0


def _is_total(label: str) -> bool:
    label = label.rstrip(" -–—:=.…")  # "Total -", "Total:", "Total ....." of a list whose values follow
    return bool(pattern("check-total-label").match(label) or SUBTOTAL.match(label))


def _section_row(row: Sequence[Cell]) -> bool:
    """A label-only row ("Gender", "Age Group"): it opens a new group of rows."""
    return all(k == "blank" for k, _ in row[1:])


def _fmt(v: float) -> str:
    return f"{v:g}"


def _all_tables(doc: Document) -> Iterator[Block]:
    """Table blocks, and the tables written as text in paragraphs or runs of lines (whether or not
    the figure reader understood them: a Total that does not add up is wrong whatever it counts)."""
    from extractor.extract import table_text
    from extractor.extract.cell_lines import cell_line_tables
    from extractor.extract.line_runs import run_tables

    yield from (b for b in doc.blocks if b.kind == "table" and not b.furniture)
    yield from (tb for found in table_text.paragraph_tables(doc).values() for tb, _ in found)
    yield from (tb for _, tb, _ in run_tables(doc))
    yield from (tb for tb, _ in cell_line_tables(doc))  # one cell per line: "Service" / "Stage 1" / ... / "Total"


@per_document  # asked by every table check and by the change look-up, once per change
def sum_tables(doc: Document) -> list[Block]:
    """Every table the sums are judged in: blocks, tables in paragraphs or lines, and tables only
    the text lines still show."""
    from extractor.check_rules.text_lines import line_tables

    tables = list(_all_tables(doc))
    taken = {ln for b in tables for ln in b.row_lines}
    # a table the lines show around a Total line that the table readers left out ("TOTAL  91" under
    # the rows they read) is kept: only it states the sum
    return [*tables, *(b for b in line_tables(doc) if not taken & set(b.row_lines)
                       or _is_total(b.rows[-1][0]) and b.row_lines[-1] not in taken)]


def _changes_read(b: Block) -> bool:
    """Whether a table has a change column with a change in its cells."""
    from extractor.check_rules.table_changes import CHANGE_CELL, CHANGE_HEADER

    cols = [k for k, name in enumerate(b.rows[0]) if k >= 3 and CHANGE_HEADER.match(name)] if b.rows else []
    return any(k < len(row) and CHANGE_CELL.match(row[k]) for k in cols for row in b.rows[1:])


def _change_line_tables(doc: Document, tables: Sequence[Block]) -> list[Block]:
    """Tables the lines show with a change column that the table read of the same lines left out or
    cut wrong ("Enquiries received 24 18 ▼" / "9"): only their changes are judged."""
    from extractor.check_rules.text_lines import line_tables

    read = {ln for b in tables if _changes_read(b) for ln in b.row_lines}
    return [b for b in line_tables(doc) if _changes_read(b) and not read & set(b.row_lines)]


def table_sums(doc: Document, make: CheckMaker) -> Iterator[Check]:
    from extractor.check_rules.table_changes import bracket_changes, change_columns

    tables = sum_tables(doc)
    for b in _change_line_tables(doc, tables):
        yield from change_columns(doc, b, make)
    for b in tables:
        if len(b.rows) >= 3 and len(b.row_lines) == len(b.rows):
            grid = [[cell(c) for c in row] for row in b.rows]
            yield from _total_rows(doc, b, grid, make)
            yield from _total_columns(doc, b, grid, make)
            yield from _cell_shares(doc, b, grid, make)
            yield from column_shares(doc, b, grid, make)
            yield from change_columns(doc, b, make)
            yield from bracket_changes(doc, b, make)
            if any(k == "pair" for row in grid for k, _ in row):  # the bracketed figures add up too
                earlier = [[_bracketed(c) for c in row] for row in b.rows]
                yield from _total_rows(doc, b, earlier, make)
                yield from _total_columns(doc, b, earlier, make)


def _bracketed(text: str) -> Cell:
    """The bracketed value of "31 (27)" as a count; any other cell as it is."""
    m = PAIR.match(text)
    return ("count", float(m.group("m").replace(",", ""))) if m else cell(text)


def _stage_rows_below(b: Block, t: int) -> list[int]:
    """The stage rows right under a row that says it counts all stages ("Complaints closed (all
    stages)" over "Stage 1", "Stage 2"): a total printed above its parts."""
    if not ALL_STAGES.search(b.rows[t][0]):
        return []
    rows = []
    for r in range(t + 1, len(b.rows)):
        if not STAGE_ROW.match(b.rows[r][0]):
            break
        rows.append(r)
    return rows if len(rows) >= 2 else []


def _parts_of(b: Block, grid: list[list[Cell]], t: int) -> list[int]:
    """The rows a Total row adds up: those above it, back to the header, a section row or a Total;
    a Total right under Sub-totals adds up the Sub-totals (and rows outside any of them); a row of
    all stages adds up the stage rows under it."""
    if below := _stage_rows_below(b, t):
        return below
    rows: list[int] = []
    first = 0 if any(k in ("count", "share", "pair") for k, _ in grid[0][1:]) else 1  # a table without a header row
    if t - 1 >= first and SUBTOTAL.match(b.rows[t - 1][0]) and not SUBTOTAL.match(b.rows[t][0]):
        subs = [r for r in range(first, t) if SUBTOTAL.match(b.rows[r][0])]
        loose = [r for r in range(subs[-1] + 1, t) if not _is_total(b.rows[r][0])]
        return sorted([*subs, *loose]) if len(subs) >= 2 else []
    for r in range(t - 1, first - 1, -1):
        if _is_total(b.rows[r][0]) or _section_row(grid[r]):
            break
        rows.append(r)
    if not rows and t == first:  # a Total printed first: the rows below it, to a section row or a Total
        for r in range(t + 1, len(b.rows)):
            if _is_total(b.rows[r][0]) or _section_row(grid[r]):
                break
            rows.append(r)
        return rows
    return rows[::-1]


def _left_out(b: Block, t: int, rows: list[int]) -> tuple[list[int], bool]:
    """The rows a Total adds up once the rows its label leaves out are dropped ("Total (excl.
    withdrawn)" drops the Withdrawn row), and whether its label leaves something out."""
    m = LEAVES_OUT.search(b.rows[t][0])
    if m is None:
        return rows, False
    said = {w for w in re.findall(r"[a-z]{4,}", m.group("what").lower())}
    kept = [r for r in rows if not said & set(re.findall(r"[a-z]{4,}", b.rows[r][0].lower()))]
    return kept, True


def _year_row(b: Block, t: int) -> bool:
    """ "Year" under rows of quarters or months ("Q1" ... "Q4"), as a Year column after them."""
    return t >= 3 and bool(pattern("check-year-column").match(b.rows[t][0])) and all(
        pattern("check-sub-period-header").match(b.rows[r][0]) for r in range(1, t))


def _total_rows(doc: Document, b: Block, grid: list[list[Cell]], make: CheckMaker) -> Iterator[Check]:
    for t, row in enumerate(b.rows):
        year = t > 0 and bool(row) and _year_row(b, t)
        if t == 0 or not row or not (_is_total(row[0]) or year or _stage_rows_below(b, t)):
            continue
        rows, leaves_out = _left_out(b, t, _parts_of(b, grid, t))
        plain = [r for r in rows if not NESTED.match(b.rows[r][0])]  # "of which" rows restate others
        if len(plain) < 2:
            continue
        for col in range(1, len(row)):
            kind, total = grid[t][col]
            at = [r for r in (rows if _sum_of(grid, rows, col) == total else plain)]
            parts = [grid[r][col] if col < len(grid[r]) else ("blank", 0.0) for r in at]
            if kind not in ("count", "pair") or not any(k in ("count", "share", "pair") for k, _ in parts):
                continue
            header = b.rows[0][col] if col < len(b.rows[0]) else ""
            if NOT_ADDED.search(header) if year else AVERAGE_HEADER.search(header):
                continue  # the year's average or longest wait is no sum of its quarters', nor a Total's of its rows'
            lines = [b.row_lines[r] for r in at] + [b.row_lines[t]]
            cell_at = cell_line(b, t, col)
            yield from _judge(doc, b, make, total, parts, f"{header or 'column ' + str(col)}: {'Year' if year else 'Total'} row",
                              cell_at, sorted({*lines, cell_at}), row,
                              certain=plain == rows and not leaves_out and rows[0] < t,
                              rule="period_sum" if year else "table_total")  # SPEC 6: quarters against the year


def _sum_of(grid: list[list[Cell]], rows: list[int], col: int) -> float:
    return sum(grid[r][col][1] for r in rows if col < len(grid[r]))


def _percent_column(b: Block, col: int) -> bool:
    """A column of shares beside the counts ("Stage 1 | % | Stage 2 | % | Total"): no part of a Total."""
    cells = [r[col] for r in b.rows[1:] if col < len(r) and r[col].strip()]
    return "%" in b.rows[0][col] or bool(cells) and all(c.strip().endswith("%") for c in cells)


# a row whose year is no sum of its quarters: an average, a longest wait, a rate
AVERAGES = r"average|avg|mean|median|longest|shortest|maximum|minimum"  # words of a row no total adds up
NOT_ADDED = re.compile(rf"\b(?:{AVERAGES}|max|min|days|rate|per|ratio|%|percent(?:age)?)\b", re.IGNORECASE)
# a column of averages ("Avg working days", "Average days to respond"): its Total row is their average
AVERAGE_HEADER = re.compile(rf"\b(?:{AVERAGES})\b", re.IGNORECASE)


# a row that no Total column adds up, whatever the columns: an average, an extreme, a share or a rate
AVERAGED_ROW = re.compile(rf"\b(?:{AVERAGES}|rate|ratio|percent(?:age)?|per\s+\d[\d,]*)\b|%", re.IGNORECASE)


def _year_column(header: Sequence[str], col: int, own_year: str | None = None) -> bool:
    """ "Q1 | Q2 | Q3 | Q4 | Year": a column naming the year right after the quarters or months
    that make it up (every column between the label and it is one of them); so is one named by the
    report's own year ("Q1 ... Q4 | 2032/33" in a 2032/33 report), never another year's (last year's total)."""
    names_year = bool(pattern("check-year-column").match(header[col])) or (
        own_year is not None and " ".join(header[col].split()) == own_year)
    return col > 2 and names_year and all(pattern("check-sub-period-header").match(header[c]) for c in range(1, col)
                                          if not TARGET_HEAD.match(header[c]))


# a column of targets, ratings or benchmarks beside the quarters ("Target", "RAG", "National average"): no part
# of any total, and no break in the run of quarters a year column sums
TARGET_HEAD = re.compile(r"^\s*(?:targets?|goals?|aims?|standards?|benchmarks?|RAG|status|direction(?:\s+of\s+travel)?|"
                         r"trend|tolerance|(?:national|regional|sector)\s+average)\b", re.IGNORECASE)


QUARTER_HEAD = re.compile(r"^\s*(?:Q|Qtr|Quarter)\s*([1-4])\s*$", re.IGNORECASE)


def _total_columns(doc: Document, b: Block, grid: list[list[Cell]], make: CheckMaker) -> Iterator[Check]:
    header = b.rows[0]
    own = document_period(doc)
    own_year = own.label.split()[0] if own is not None else None  # "2032/33 Q4": the year of the report's quarter
    for col, name in enumerate(header):
        year = _year_column(header, col, own_year)
        if col == 0 or not (_is_total(name) or year):
            continue
        cols = [c for c in range(1, col) if not _is_total(header[c]) and not _percent_column(b, c) and not TARGET_HEAD.match(header[c])]
        if col == 1:  # the total printed first ("Region | All | Stage 1 | Stage 2"): the columns after it
            cols = [c for c in range(2, len(header)) if not _is_total(header[c]) and not _percent_column(b, c)
                    and not TARGET_HEAD.match(header[c])]
        if len(cols) < 2:
            continue
        numbered = [QUARTER_HEAD.match(header[c]) for c in cols]
        if all(numbered) and sorted(int(q.group(1)) for q in numbered) != list(range(1, len(cols) + 1)):  # type: ignore[union-attr]
            continue  # "Q2 | Q3 | YTD" with no Q1 column: the quarters read are not all of the year to date
        certain = all(pattern("check-part-header").match(header[c]) for c in cols)
        for r in range(1, len(b.rows)):
            if col >= len(grid[r]) or grid[r][col][0] not in ("count", "pair"):
                continue
            parts = [grid[r][c] if c < len(grid[r]) else ("blank", 0.0) for c in cols]
            if year and (grid[r][col][1] <= max(v for _, v in parts) or NOT_ADDED.search(b.rows[r][0])):
                continue  # a year's average, longest or rate ("days to respond  12  14  11  13"), no sum
            if AVERAGED_ROW.search(b.rows[r][0]):
                continue  # "Average working days to close | 41 | 38 | 36 | 38": no Total column adds it up
            what = f"{b.rows[r][0] or 'row ' + str(r)}: {name} column"
            at = cell_line(b, r, col)
            yield from _judge(doc, b, make, grid[r][col][1], parts, what, at, sorted({b.row_lines[r], at}),
                              b.rows[r], certain, "period_sum" if year else "table_total")  # SPEC 6: quarters against the year


def _judge(doc: Document, b: Block, make: CheckMaker, total: float, parts: Sequence[Cell], what: str, line: int,
           lines: list[int], row: Sequence[str], certain: bool, rule: str = "table_total") -> Iterator[Check]:
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
    shown = " + ".join(_fmt(v) if k in ("count", "share", "pair") else "0" if k == "nil" else "?" for k, v in parts)
    msg = f"{what} states {_fmt(total)}, its parts add up to {_fmt(expected)}" + (
        "" if status == "pass" else f" ({shown}){why}")
    yield make(doc, rule, status, msg, line, " | ".join(row), total, expected, lines, b.page)


def _cell_shares(doc: Document, b: Block, grid: list[list[Cell]], make: CheckMaker) -> Iterator[Check]:
    """ "15% (6)" in a column whose Total row states the count they split: the share of 6 in that
    Total. The cell states both numbers and the Total its base: a mismatch fails."""
    from extractor.check_rules.shares import judge_rounded

    for t, row in enumerate(b.rows):
        if t == 0 or not row or not _is_total(row[0]) or SUBTOTAL.match(row[0]):
            continue
        rows = _parts_of(b, grid, t)
        for col in range(1, len(row)):
            kind, total = grid[t][col]
            if kind != "count" or not total:
                continue
            for r in rows:
                m = SHARE.match(b.rows[r][col]) if col < len(b.rows[r]) else None
                if m is None:
                    continue
                p_text = m.group("p") or m.group("p2")
                expected = 100 * grid[r][col][1] / total
                status = judge_rounded(float(p_text), f"{p_text}%", expected)
                msg = (f"{b.rows[r][0]}: {_fmt(grid[r][col][1])} of the {_fmt(total)} total is {expected:.1f}%"
                       + (", as stated" if status == "pass" else f", not the stated {p_text}%"))
                yield make(doc, "percentage", status, msg, b.row_lines[r], " | ".join(b.rows[r]), float(p_text),
                           round(expected, 2), [b.row_lines[r], b.row_lines[t]], b.page)


PLAIN_SHARE = re.compile(r"^\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*$")
HUNDRED = re.compile(r"^\s*100(?:\.0+)?\s*%\s*$")


def column_shares(doc: Document, b: Block, grid: list[list[Cell]], make: CheckMaker) -> Iterator[Check]:
    """A column of "43%" cells whose Total row says 100%, beside the count column its Total row
    totals: each row's share of that Total, whatever the header calls the column ("Share", "Of
    all"). The Total row says the column splits it: a mismatch fails."""
    from extractor.check_rules.shares import judge_rounded

    for t, row in enumerate(b.rows):
        if t == 0 or not row or not _is_total(row[0]) or SUBTOTAL.match(row[0]):
            continue
        rows = _parts_of(b, grid, t)
        for col in range(2, len(row)):
            kind, total = grid[t][col - 1]
            if not HUNDRED.match(row[col]) or kind != "count" or not total:
                continue
            said = [float(m.group("p")) for r in rows if col < len(b.rows[r]) and (m := PLAIN_SHARE.match(b.rows[r][col]))]
            if abs(sum(said) - 100) > 25:
                continue  # a rate ("% on time": 100%, 100%) whose Total row says 100% too: its rows add up past 100
            for r in rows:
                m = PLAIN_SHARE.match(b.rows[r][col]) if col < len(b.rows[r]) else None
                if m is None or grid[r][col - 1][0] != "count":
                    continue
                expected = 100 * grid[r][col - 1][1] / total
                status = judge_rounded(float(m.group("p")), f"{m.group('p')}%", expected)
                msg = (f"{b.rows[r][0]}: {_fmt(grid[r][col - 1][1])} of the {_fmt(total)} total is {expected:.1f}%"
                       + (", as stated" if status == "pass" else f", not the stated {m.group('p')}%"))
                yield make(doc, "percentage", status, msg, b.row_lines[r], " | ".join(b.rows[r]), float(m.group("p")),
                           round(expected, 2), [b.row_lines[r], b.row_lines[t]], b.page)
