"""Cells and tables as text: numbers in cells, periods in headers, and tables hidden in paragraphs.

Plain-text reports lose table structure in three ways, each seen in published reports:
columns aligned by runs of spaces ("Education 122 185 85"), one cell per line with a
trailing bar ("604 |"), and cells run together ("Total number of complaints3752").
`text_tables` rebuilds table blocks from such paragraph lines without touching the
loader, so tables.py reads them like any other table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

import regex as re

from extractor.block_lines import block_of_line
from extractor.extract.flat_rows import group_values, is_value_group, row_tokens
from extractor.extract.glued_cells import glued_rows
from extractor.extract.label_over_values import (
    join_label_lines,
    join_open_brackets,
    join_spanning_header,
    join_wrapped_header,
)
from extractor.extract.label_periods import (
    ANY_YEAR,
    FY,
    YEAR_END,
    YEAR_TO_DATE,
    _whole_period,
    label_period,
    month_period,
    text_period,
)
from extractor.extract.table_runs import tables_apart
from extractor.memo import per_document
from extractor.models import Block, Document
from extractor.patterns import compile_regex
from extractor.segment import Context

# "1,234", "27.70%", "£350", "(12)": a whole cell that is one number.
# possessive \s*+ where two runs of spaces meet: a cell of spaces was quadratic to refuse
# ("1,482¹", "612*": a footnote's mark glued to the value is no part of it)
CELL_NUMBER = re.compile(r"^\s*+[£]?\s*+(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?\s*+(?P<pct>%)?[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]{0,2}\s*$")
def cell_number(text: str) -> tuple[float, str | None, str] | None:
    """(value, 'percent' or None, stated) when the cell is exactly one number."""
    m = CELL_NUMBER.match(text or "")
    if not m:
        return None
    value = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
    return value, "percent" if m.group("pct") else None, text.strip().rstrip("*†‡¹²³⁴⁵⁶⁷⁸⁹⁰")


# "45 (23%)": a count with its share; "12 working days": a number of days.
COUNT_AND_SHARE = re.compile(r"^\s*(?P<n>\d[\d,]*)\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*\)\s*$")
PRIOR_IN_BRACKETS = re.compile(r"^\s*(?P<n>\d[\d,]*(?:\.\d+)?)(?P<p1>%)?\s*\(\s*\d[\d,]*(?:\.\d+)?(?P<p2>%)?\s*\)\s*$")
DAYS_CELL = re.compile(r"^\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<kind>working|calendar)?\s*days?\s*$", re.IGNORECASE)


def cell_values(text: str) -> list[tuple[float, str | None, str]]:
    """Every number a cell states: one, a count and its percentage, or a number of days."""
    if (one := cell_number(text)) is not None:
        return [one]
    if (m := PRIOR_IN_BRACKETS.match(text or "")) and not (m.group("p2") and not m.group("p1")):
        # "41 (37)", "51% (43%)": this period's value; the bracket is the period before
        return [(float(m.group("n").replace(",", "")), "percent" if m.group("p1") else None,
                 m.group("n") + (m.group("p1") or ""))]
    if m := COUNT_AND_SHARE.match(text or ""):
        return [(float(m.group("n").replace(",", "")), None, m.group("n")),
                (float(m.group("p")), "percent", m.group("p") + "%")]
    if m := DAYS_CELL.match(text or ""):
        kind = m.group("kind")
        return [(float(m.group("n")), f"{kind.lower()}_days" if kind else "days", m.group("n"))]
    return group_values(text)  # "171 = 51% (43%)", "36 days (38 days)"


def with_fallbacks(ctx: Context, doc: Document, block: Block | None = None) -> Context:
    """Until segment.contexts fills periods: the period of the block's headings, else the title's."""
    if ctx.period:
        return ctx
    titles = list(reversed(block.heading_path)) if block is not None else []
    titles += [b.text for b in doc.blocks[:8] if b.kind == "heading"][:3]
    for line in titles:
        if p := text_period(line):
            return replace(ctx, period=p[0], period_start=p[1], period_end=p[2])
    return ctx


# ---------------------------------------------------------------- tables written as text

VALUE_TOKEN = re.compile(r"^[£]?\d[\d,]*(?:\.\d+)?%?(?:\(\d[\d,]*(?:\.\d+)?%?\))?$")


# "41 (37)": a value with last year's in brackets stays one cell
BRACKETED = re.compile(r"(?<=\d%?)\s+\((?=\s*\d[\d,.]*%?\s*\))")


# "81% (target 90%)", "9.5 [target: 10 days]": the goal a value is measured against is no value of the row
# (it starts at its bracket: a leading run of spaces scanned from every space of a long blank run was quadratic)
TARGET_ASIDE = re.compile(r"[(\[]\s*+(?:target|aim|goal|standard)\s*[:=]?\s*\d[\d.,]*\s*(?:%|per\s*cent|(?:working\s+)?days?)?\s*[)\]]",
                          re.IGNORECASE)


def _tokens(line: str) -> list[str]:
    """The row's words, a value with what qualifies it in its cell glued into one (flat_rows); a
    fresh list, the callers' to change."""
    return list(_line_tokens(line))


@lru_cache(maxsize=8192)  # a line is tokenised by several finders (spaced rows, grids, headers, slots)
def _line_tokens(line: str) -> tuple[str, ...]:
    line = POINTS.sub("", TARGET_ASIDE.sub("", line))
    return tuple(row_tokens(BRACKETED.sub("(", line).replace("( ", "(").replace(" )", ")")))


def _is_value(token: str) -> bool:
    return bool(VALUE_TOKEN.match(token)) or is_value_group(token)


# "Decision date: 12 May 2030": a year closing a date is no value of the row
DATE_BEFORE_YEAR = compile_regex(r"(?i)^(?:\d{1,2}(?:st|nd|rd|th)?|{MONTH})$")
YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d$")


# "+4.5 pts", "-2 pp", "+1.2 percentage points": a Change column's cell in points; the sign says what it is
POINTS = re.compile(r"(?<=[-+−–]\d[\d,]*(?:\.\d+)?)\s*+(?:pts?|ppts?|pp|points?|percentage\s+points?)\b\.?", re.IGNORECASE)
# "-24", "+17", "+5%": a signed cell, the value of a Change column only
SIGNED_TOKEN = re.compile(r"^[-+−–]\d[\d,]*(?:\.\d+)?%?$")


def _space_row(line: str, width: int, signed: int = 0) -> tuple[str, list[str]] | None:
    """("Education", ["122", "185", "85"]): a label, then at most `width` space-separated numbers, the
    last `signed` of them in a Change column, where a sign may lead ("188 164 -24").
    A sum of money ("payment of £250") or the year of a date ("12 May 2030") is no figure's value."""
    tokens = _tokens(line)
    nums: list[str] = []
    while tokens and len(nums) < width and (_is_value(tokens[-1])
                                            or (len(nums) < signed and SIGNED_TOKEN.match(tokens[-1]))):
        nums.insert(0, tokens.pop())
    if nums and (any(n.startswith("£") for n in nums)
                 or (YEAR_TOKEN.match(nums[0]) and tokens and DATE_BEFORE_YEAR.match(tokens[-1]))
                 or (tokens and tokens[-1].lower() == "per")):  # "complaints per 10,000": the rate's base
        return None
    return (" ".join(tokens), nums) if nums else None


SPLIT_YEAR = re.compile(r"(?:^|\s)(?:19|20)\d\d\s*[/–-]$")


def _space_header(line: str) -> tuple[str, list[str]] | None:
    """("Resource", ["2016/17", "2017/18", "2018/19"]): a label then two or more period labels, and
    perhaps one column after them that holds no figure (a Change, Difference or Target column:
    "Service area 2022/23 2023/24 Change"), which the table reader skips by its header."""
    found = list(FY.finditer(line))
    if len(found) < 2:
        return _spaced_period_header(line)
    rest = line[found[0].start():found[-1].end()].replace(" ", "")
    if rest != "".join(m.group(0).replace(" ", "") for m in found):
        return _spaced_period_header(line)  # "Q1 2031/32   Q2 2031/32": each period a quarter of its year
    if len(SPACED.split(line[: found[0].start()].strip())) > 1 and (cut := _spaced_period_header(line)) is not None:
        return cut  # "Q1   Q2   Q3   Q4   2032/33   2031/32": the quarters are columns too, not the label's header
    columns = [m.group(0) for m in found]
    if tail := line[found[-1].end():].strip():
        if not _is_skipped_column(tail):
            return None
        columns.append(tail)
    return line[: found[0].start()].strip(), columns


def _is_skipped_column(header: str) -> bool:
    """A column header whose cells are no figures (patterns/tables.toml rules with `skip`)."""
    from extractor.extract.table_labels import classify_label

    meaning = classify_label(header)
    return meaning.skip and not meaning.get("measure") and not FY.search(header)


SPACED = re.compile(r"\s{2,}|\t")


BARE_QUARTER = re.compile(r"^(?:Q|Qtr\s*|Quarter\s+)[1-4]$", re.IGNORECASE)  # the year is the caption's or the report's


def _spaced_period_header(line: str) -> tuple[str, list[str]] | None:
    """("", ["Apr - Jun", "Jul - Sep", ...]): cells set apart by runs of spaces, every one after an
    optional label a period of its own (patterns/periods.toml, read against any year)."""
    cells = [c for c in SPACED.split(line.strip()) if c]
    if len(cells) < 2:
        return None
    # (a table set in as a whole keeps its label column: "    Table 3: Complaints   Q1 2031/32   Q2 2031/32")
    label = "" if _period_column(cells[0]) else cells.pop(0)
    if len(cells) < 2 or not all(_period_column(c) for c in cells):
        return None
    return label, cells


def _period_column(cell: str) -> bool:
    """A header cell of a period's column, or of a column beside the periods that sums them ("Total",
    "YTD", "Year to date", "Full year"); a month named alone ("Oct  Nov  Dec  Q3") is read against the
    caption's year by the table reader."""
    return bool(_whole_period(cell, ANY_YEAR) or month_period(cell, ANY_YEAR) or cell.lower() == "total"
                or YEAR_TO_DATE.match(cell) or YEAR_END.match(cell) or BARE_QUARTER.match(cell) or FY.fullmatch(cell))


# a cell that holds a value's place without a number: suppressed ("*"), none ("-") or not applicable
PLACEHOLDER = re.compile(r"^(?:\*|-|–|—|n/?a|\.\.)$", re.IGNORECASE)


def _values_only(line: str) -> int:
    """How many values a line holds when it holds nothing else ("412 388", "88% 79%", "58 n/a": a
    placeholder holds a value's place), else 0."""
    tokens = _tokens(line)
    return len(tokens) if tokens and all(_is_value(t) or PLACEHOLDER.match(t) for t in tokens) else 0


def remapped(tables: Iterator[tuple[Block, str | None]], real: Callable[[int], int]) -> Iterator[tuple[Block, str | None]]:
    """Tables read from rewritten lines (joined label rows, wrapped rows made whole), with every line
    back on the document's own lines."""
    for tb, title in tables:
        cells = CELL_LINES.pop(tb, None)
        out = replace(tb, line=real(tb.line), end_line=real(tb.end_line or tb.line),
                      row_lines=tuple(real(ln) for ln in tb.row_lines))
        if cells:
            CELL_LINES[out] = {at: real(ln) for at, ln in cells.items()}
        yield out, title


def text_tables(block: Block, lines: Sequence[str]) -> Iterator[tuple[Block, str | None]]:
    """Table blocks (and their title line) rebuilt from the lines of one paragraph block."""
    end = block.end_line or block.line
    span = list(range(block.line, end + 1))
    if (joined := join_wrapped_header(span, lines, lambda t: bool(cell_values(t)))) is not None:
        # "Partially" over "upheld": a header cell's name wrapped onto the line below
        yield from remapped(text_tables(replace(block, end_line=joined.end), joined), joined.real)
        return
    if (joined := join_spanning_header(span, lines, _period_cell)) is not None:
        # "2030/31" over "Number  %": each column named by the period above it
        yield from remapped(text_tables(replace(block, end_line=joined.end), joined), joined.real)
        return
    if (joined := join_open_brackets(span, lines)) is not None:
        # "... 30 days (34" / "days)": a row wrapped inside a bracket is one row
        yield from remapped(text_tables(replace(block, end_line=joined.end), joined), joined.real)
        return
    if (joined := join_label_lines(span, lines, _values_only)) is not None:
        # "Stage 1" / "412 96 130 186": each label line read with the values below it, as one row
        yield from remapped(text_tables(replace(block, end_line=joined.end), joined), joined.real)
        return
    if len(parts := tables_apart(span, lines)) > 1:
        # two tables run into one paragraph (no blank line between them): each read with its own caption and header
        for first, last in parts:
            yield from text_tables(replace(block, line=first, end_line=last), lines)
        return
    from extractor.extract.aligned_grids import aligned_grids
    from extractor.extract.header_tables import label_value_rows, period_value_lines, spaced_measure_tables
    from extractor.extract.period_tables import space_tables

    grids = list(aligned_grids(span, lines))  # columns of text beside the values: placed by position
    gridded = {ln for tb, _ in grids for ln in range(tb.line, (tb.end_line or tb.line) + 1)}
    found = [*grids, *(t for t in [*space_tables(span, lines),  # rows may run on past the paragraph's blank lines
                                   *_bar_tables(span, lines), *_glued_tables(span, lines),
                                   *spaced_measure_tables(span, lines)] if t[0].line not in gridded)]
    found = found or list(period_value_lines(span, lines))
    yield from found or label_value_rows(span, lines)


def _period_cell(text: str) -> bool:
    """A header cell that names one period ("2030/31", "Q2 2031/32", "2030-31", "April to June")."""
    return len(text.split()) <= PERIOD_WORDS and (label_period(text) is not None or _whole_period(text, ANY_YEAR) is not None)


PERIOD_WORDS = 4


def _bar_tables(span: list[int], lines: Sequence[str]) -> Iterator[tuple[Block, str | None]]:
    """One cell per line with a trailing bar: header cells, then label + values per row."""
    k = 0
    while k < len(span):
        run = []
        while k < len(span) and lines[span[k] - 1].rstrip().endswith("|") and lines[span[k] - 1].count("|") == 1:
            run.append(span[k])
            k += 1
        if len(run) >= 4:
            table = _bar_table(run, lines)
            if table is not None:
                title = lines[run[0] - 2].strip() if run[0] - 2 >= 0 else None
                yield table, title
        k += 1


def _bar_table(run: list[int], lines: Sequence[str]) -> Block | None:
    cells = [(ln, lines[ln - 1].rstrip()[:-1].strip()) for ln in run]
    first_num = next((i for i, (_, c) in enumerate(cells) if cell_number(c)), None)
    if first_num is None or first_num < 2:
        return None
    width = first_num - 1  # header cells, then one label before the first value
    rows = [tuple(c for _, c in cells[:width])]
    row_lines = [cells[0][0]]
    i = width
    while i + width <= len(cells):
        chunk = cells[i:i + width]
        if cell_number(chunk[0][1]) or not all(cell_number(c) for _, c in chunk[1:]):
            break
        rows.append(tuple(c for _, c in chunk))
        row_lines.append(chunk[0][0])
        i += width
    if len(rows) < 2:
        return None
    lines_of = {(r, c): row_lines[r] + c for r in range(1, len(rows)) for c in range(width)}
    return _table_block(rows, row_lines, lines_of)


# ---------------------------------------------------------------- cells run together

def _glued_tables(span: list[int], lines: Sequence[str]) -> Iterator[tuple[Block, str | None]]:
    """Tables whose cells ran together (glued_cells.py), as table blocks."""
    for rows, row_lines in glued_rows(span, lines):
        yield _table_block(rows, row_lines), None


def _table_block(rows: list[tuple[str, ...]], row_lines: list[int],
                 cell_lines: dict[tuple[int, int], int] | None = None) -> Block:
    """A table block; when every cell sat on its own line, `words` stays empty and the
    per-cell lines are kept in CELL_LINES (keyed by the block) for the figures' `line`."""
    text = "\n".join(" | ".join(r) for r in rows)
    block = Block("table", text, row_lines[0], rows=tuple(rows), row_lines=tuple(row_lines),
                  end_line=max([*row_lines, *(cell_lines or {}).values()]))
    if cell_lines:
        CELL_LINES[block] = cell_lines
    return block


CELL_LINES: dict[Block, dict[tuple[int, int], int]] = {}


def cell_line(b: Block, r: int, col: int) -> int:
    """The line of one cell: its own where every cell of the table sat on a line of its own (a crawler's table
    rebuilt by the loader, or one rebuilt here), else its row's."""
    if r < len(b.cell_lines) and col < len(b.cell_lines[r]):
        return b.cell_lines[r][col]
    if (r, col) in (per_cell := CELL_LINES.get(b, {})):
        return per_cell[(r, col)]
    return b.row_lines[r] if r < len(b.row_lines) else b.line


@per_document
def paragraph_tables(doc: Document) -> dict[int, list[tuple[Block, str | None]]]:
    """The tables written as text inside each paragraph block (by block index), read once per
    document for the table reader and for the lines prose leaves alone."""
    from extractor.extract.layout_grids import layout_grids  # it reads its grids with this module's cells

    grids = layout_grids(doc)  # tables a page break or a deep header cut into several blocks: read whole
    taken = {ln for g in grids for ln in g.taken}
    out: dict[int, list[tuple[Block, str | None]]] = {}
    for g in grids:
        out.setdefault(block_of_line(doc, g.block.row_lines[1]), []).append((g.block, g.title))
    for i, b in enumerate(doc.blocks):
        if b.kind != "paragraph" or set(range(b.line, (b.end_line or b.line) + 1)) <= taken:
            continue  # a paragraph a grid read whole holds no table of its own
        found = [(tb, title) for tb, title in text_tables(_with_period_header(doc.blocks, i), doc.lines)
                 if not taken & set(tb.row_lines)]
        if found:
            out.setdefault(i, []).extend(found)
    return out


def _with_period_header(blocks: Sequence[Block], i: int) -> Block:
    """A paragraph of rows with the line of period names right above it ("Q1 Q2 Q3 Q4 YTD"), which a
    text file's short line in capitals made a heading of its own: the table's header, read with it."""
    from extractor.extract.header_tables import _period_cells

    b = blocks[i]
    above = blocks[i - 1] if i else None
    if above is None or above.kind != "heading" or (above.end_line or above.line) != b.line - 1 \
            or len(_period_cells(above.text)) < 2:
        return b
    return replace(b, line=above.line)


@per_document
def table_lines(doc: Document) -> set[int]:
    """Lines of every table written as text: prose extraction should leave them to tables."""
    tables = [tb for found in paragraph_tables(doc).values() for tb, _ in found]
    from extractor.extract.line_runs import run_tables  # it reads its runs with text_tables

    tables += [tb for _, tb, _ in run_tables(doc)]
    return {ln for tb in tables for ln in range(tb.line, (tb.end_line or tb.line) + 1)}
