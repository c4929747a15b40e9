"""Word tables printed to PDF and copied with their layout (pdftotext -layout, a PDF viewer's copy).

Such a table keeps its columns by position but loses everything else a grid had:

                                           2029/30                          2028/29
                               Number        % of all closed        Number     % of all closed
     Closed at frontline        2,047            85.6%              1,902          84.9%
     (Stage 1)
     Closed at                    219             9.2%                214           9.6%
     investigation

A header of several lines (a period or a group name over "Number" and "%", a name wrapped onto a
second line), labels wrapped onto the lines below their values, numbers right-aligned so that no two
rows start a column at the same place, and a page's footer or a blank line in the middle of the
table where the page broke. The blocks of a text file cut such a table into pieces, so it is found
here over the document's lines: the rows are the lines with two values or more; the columns are the
places their values take, gathered across the rows; each header line's cells name every column they
stand over, top line first; the lines of words between rows carry on the label of the row above.
The table is handed on as a table block of a label column and the named value columns, which the
table reader reads as it reads any table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations, pairwise

import regex as re

from extractor.extract.aligned_grids import Cell, line_cells
from extractor.extract.label_periods import label_period
from extractor.extract.table_labels import classify_label
from extractor.extract.table_layout import CODE_CELL
from extractor.extract.table_runs import NUMBERED_CAPTION
from extractor.extract.table_text import PLACEHOLDER, _is_value, _table_block, _tokens
from extractor.load.line_spacing import NUMBERED_HEADING
from extractor.models import Block, Document

MIN_ROWS = 3  # rows of two values or more: fewer are the other readers' (a label and its values)
MIN_VALUES = 2
HEADER_LINES = 4  # a header is rarely deeper ("Outcome" / "Upheld  Partly" / "upheld")
SLACK = 1  # characters a cell may stand off the column it belongs to and still overlap it
NEAR = 6  # characters of leeway between the labels' side and the values' (a row's values set a little left)
LEFT_EDGE = 2  # a label column's cell starts this near the line's left edge
UNEVEN = 4  # characters of misplacement a run one column longer than another costs
CAPTION_WORDS = 3  # a column's name is a word or two where it stands left of its values
PAGE_MARK = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b|^\s*+-?\s*+\d{1,3}\s*+-?\s*+$", re.IGNORECASE)
SENTENCE_END = re.compile(r"\p{Ll}[.!?:]$")
BARE_NUMBER = re.compile(r"^[£]?[\d.,]+%?$")
CODE_TAIL = re.compile(r"^\d{1,2}[a-z]?$")  # the end of an indicator's code wrapped onto the row's next line


@dataclass
class GridRow:
    line: int
    label: list[str]
    values: list[Cell]
    wrapped: bool = False  # its label runs on below it
    segment: int = 0  # how many page breaks above it in the table
    end: int = 0  # 1-based line of its label's last words


@dataclass(frozen=True)
class LayoutGrid:
    """A table found over a document's lines: its block, caption and every line it spans."""

    block: Block
    title: str | None
    taken: frozenset[int]


def _value_cells(cells: Sequence[Cell]) -> list[Cell]:
    return [c for c in cells if _is_slot(c.text)]


def _is_slot(text: str) -> bool:
    tokens = _tokens(text)
    return len(tokens) == 1 and (_is_value(tokens[0]) or bool(PLACEHOLDER.match(tokens[0])))


def _row(line: str) -> tuple[list[str], list[Cell]] | None:
    """(label words, value cells) of a line that is a row: two values or more after its label, and
    nothing but values, placeholders or a closing word of status after the first value."""
    cells = line_cells(line)
    values = _value_cells(cells)
    if len(values) < MIN_VALUES:
        return None
    first = cells.index(values[0])
    label = [c.text for c in cells[:first]]
    if any(label_period(t) for t in label) and not any(c.isalpha() for t in label for c in t if not label_period(t)):
        return None  # "2029/30   412   388": a period heads the row, the header readers' table
    if not label and all(label_period(v.text) for v in values):
        return None  # "Q1  Q2" over "2031/32  2031/32": the header's second line, the year of each column
    if len(label) > 1 and CODE_CELL.match(label[0]):
        label = label[1:]  # "CS02   % of Stage 1 complaints ...": the indicator's code is no part of its name
    return label, values


def _label_edge(rows: Sequence[GridRow]) -> int:
    return min(r.values[0].start for r in rows)


def _continues_label(line: str, edge: int) -> bool:
    """A line that stands wholly left of the values: the label of the row above, wrapped ("10
    working days" under "Stage 1 complaints answered within"), not a caption of the next table."""
    cells = line_cells(line)
    return bool(cells) and all(c.end <= edge + SLACK for c in cells) and not all(BARE_NUMBER.match(c.text) for c in cells) \
        and not SENTENCE_END.search(line.rstrip()) and not NUMBERED_CAPTION.match(line) \
        and not NUMBERED_HEADING.match(line.lstrip())


def _wraps_cells(line: str, edge: int) -> bool:
    """A line of words under a row that carries on its cells: the last digit of its code at the left
    edge ("COR0" / "4"), the label's last words, a value column's words ("Data" / "only"), no value."""
    cells = line_cells(line)
    if not cells or SENTENCE_END.search(line.rstrip()) or NUMBERED_HEADING.match(line.lstrip()):
        return False
    rest = _without_code_tail(cells)
    return bool(rest) and any(c.start >= edge - NEAR for c in rest) \
        and not any(_is_slot(c.text) or any(ch.isdigit() for ch in c.text) for c in rest if c.start >= edge - NEAR)


def _without_code_tail(cells: Sequence[Cell]) -> Sequence[Cell]:
    """A wrapped line's cells without the last digit of its row's code at the left edge ("COR0" / "4")."""
    return cells[1:] if cells and CODE_TAIL.match(cells[0].text) and cells[0].start <= LEFT_EDGE else cells


def _page_mark(line: str) -> bool:
    """A line that marks a page break: a page number ("Page 2 of 4") or a form feed, and no value."""
    return (bool(PAGE_MARK.search(line)) or "\f" in line) and not _value_cells(line_cells(line))


def _furniture(lines: Sequence[str], at: int) -> bool:
    """A page's running line where the page broke inside the table: a page mark (or a form feed) on it or
    on the non-blank line next to it."""
    near = [k for k in (at - 1, at, at + 1) if 0 <= k < len(lines) and lines[k].strip()]
    return any(PAGE_MARK.search(lines[k]) or "\f" in lines[k] for k in near) and not _value_cells(line_cells(lines[at]))


def _rows_from(lines: Sequence[str], start: int) -> tuple[list[GridRow], int]:
    """The rows of a grid whose first row is line index `start`, and the index of its last line."""
    rows: list[GridRow] = []
    blanks, k, last, segment, broke = 0, start, start, 0, False
    while k < len(lines):
        text = lines[k]
        if not text.strip():
            blanks += 1
            if blanks > 2:
                break
            k += 1
            continue
        row = _row(text)
        edge = _label_edge(rows) if rows else 0
        continues = bool(rows) and (not blanks or broke) and (_continues_label(text, edge) or _wraps_cells(text, edge))
        if row is not None and (not rows or row[1][0].start >= edge - NEAR):
            rows.append(GridRow(k + 1, list(row[0]), row[1], segment=segment, end=k + 1))
        elif rows and (_page_mark(text) or (not continues and _furniture(lines, k))):
            # the page broke ("Page 2 of 4" itself, or the form feed a page break left, is never a label's last
            # words): the rows below may stand a few places over
            segment, broke = rows[-1].segment + 1, True
            k += 1
            blanks, last = 0, k - 1
            continue
        elif continues:
            # ("COR0" over "4": a code wrapped in its narrow column leaves its last digit under it; "Data" over
            # "only": a cell of words wrapped in a value's column is no part of the label)
            rows[-1].label += [c.text for c in _without_code_tail(line_cells(text)) if c.end <= edge + SLACK]
            rows[-1].wrapped, rows[-1].end = True, k + 1
        else:
            break
        blanks, last, broke = 0, k, False
        k += 1
    return rows, last


def _columns(rows: Sequence[GridRow]) -> list[tuple[int, int]]:
    """The spans of the value columns: cells of different rows that overlap are one column."""
    spans: list[list[int]] = []  # start, end, and the rows it holds a cell of are checked below
    members: list[set[int]] = []
    for c, r in sorted(((c, i) for i, row in enumerate(rows) for c in row.values), key=lambda x: x[0].start):
        k = next((j for j, (s, e) in enumerate(spans) if c.start <= e + SLACK and c.end >= s - SLACK
                  and r not in members[j]), None)
        if k is None:
            spans.append([c.start, c.end])
            members.append({r})
        else:
            spans[k] = [min(spans[k][0], c.start), max(spans[k][1], c.end)]
            members[k].add(r)
    return sorted((s, e) for s, e in spans)


def _column_of(cell: Cell, columns: Sequence[tuple[int, int]]) -> list[int]:
    """The columns a cell stands over: those whose values it overlaps, else the one whose room it
    starts in - from just after the column before to its own last place (figures set right under a
    name set left: "Not" over "  26")."""
    over = [j for j, (s, e) in enumerate(columns) if cell.start <= e + SLACK and cell.end >= s - SLACK]
    if over:
        return over
    room = [j for j, (_, e) in enumerate(columns) if (columns[j - 1][1] if j else -1) < cell.start <= e]
    return room[:1]


@dataclass
class HeaderCell:
    text: str
    columns: list[int]
    start: int
    end: int
    last: int  # index of the last line it takes
    line: int = -1  # index of the line it starts on


WORDED_VALUE = re.compile(r"\d\s+\p{L}")  # a number with its words: "5 working days"
HEADER_WORD_CELLS = 2  # cells of words only beside it, for a line holding one to be a header's
# the names of a count-and-share pair under a group's name: never the group's name wrapped
PAIR_WORD = re.compile(r"^(?:no\.?|nos\.?|number|count|%|percentage|per\s*cent|rate)$", re.IGNORECASE)


def _header_lines(lines: Sequence[str], first_row: int, edge: int, label_end: int | None = None) -> list[int]:
    """The indexes of the header's lines right above the first row, top first: lines of no value
    (a period is a column's name), none a caption or a sentence that runs from the left edge across
    the values (a group's name that starts right of the labels, "Stage 1 - early resolution", is none)."""
    out: list[int] = []
    right_of_labels = edge if label_end is None else label_end + SLACK
    k = first_row
    while k > 0 and len(out) < HEADER_LINES:
        k -= 1
        if out and _page_break_line(lines, k):
            continue  # the page's footer and the next page's header, between a header's lines
        if not out and k == first_row - 1 and not lines[k].strip() and k > 0 and lines[k - 1].strip():
            continue  # text set double-spaced: one blank line between the header and the first row
        cells = line_cells(lines[k])
        # ("5 working days" among names - "received   5 working days   received" - is a name's timescale, no value)
        worded = sum(1 for c in cells if not any(map(str.isdigit, c.text)))
        if not cells or any(_is_slot(c.text) and not label_period(c.text)
                            and not (WORDED_VALUE.search(c.text) and (worded >= HEADER_WORD_CELLS or _wraps_name_above(lines, k, c)))
                            for c in cells):
            break
        if any(c.start < edge - NEAR and c.end > edge - NEAR and c.start <= right_of_labels
               and (c.start <= LEFT_EDGE or len(c.text.split()) >= CAPTION_WORDS) for c in cells):
            break  # a caption or a sentence over the table, from the labels' side into the values
        if all(c.end <= edge - NEAR and c.start < edge for c in cells):
            if out and len(cells) == 1 and k > 0 and _names_over_values(lines[k - 1], edge):
                out.append(k)  # "Team" alone between the groups' names ("Stage 1   Stage 2") and the columns' names
                continue
            break  # nothing over the values: a caption or a title set left, not the header
        out.append(k)
    return out[::-1]


def _wraps_name_above(lines: Sequence[str], k: int, cell: Cell) -> bool:
    """Whether a timescale alone on its line ("10 working days") carries on a column's name on the line above,
    set at the same place ("Answered in" over it): the name wrapped, no value."""
    return k > 0 and any(abs(c.start - cell.start) <= SLACK and not _is_slot(c.text) for c in line_cells(lines[k - 1]))


def _names_over_values(line: str, edge: int) -> bool:
    """A line of names that all stand over the values (a header's group names), none a value."""
    cells = line_cells(line)
    return bool(cells) and all(c.start >= edge - NEAR and not _is_slot(c.text) for c in cells)


def _page_break_line(lines: Sequence[str], k: int) -> bool:
    """A line of a page break: the form feed's line, a footer or running header beside it, or the blank
    line under it."""
    if "\f" in lines[k] or _furniture(lines, k):
        return True
    return not lines[k].strip() and k > 0 and "\f" in lines[k - 1]


def _header(lines: Sequence[str], first_row: int, edge: int, columns: Sequence[tuple[int, int]],
            label_end: int | None = None) -> tuple[list[list[str]], list[int], str, int] | None:
    """The header rows (one per line that starts a name, each column's name on it) and their lines, the label
    column's name, and the index of the header's first line; None when no line above names a column.
    A name over several columns ("Responded within 10" over "No." and "%") names each of them, with
    its words wrapped onto the lines below it ("working days"), as does a name over one column
    wrapped in lower case ("Partly" / "upheld")."""
    taken = _header_lines(lines, first_row, edge, label_end)
    cells: list[HeaderCell] = []
    label = ""
    for k in taken:
        for c in line_cells(lines[k]):
            if c.end <= edge - NEAR and c.start < edge and (label_end is None or c.start <= label_end) \
                    and not label_period(c.text):
                label = f"{label} {c.text}".strip()  # the label column's name, over the labels
                continue
            over = _column_of(c, columns)  # none: a group's name between the columns it spans
            if len(over) == 1 and over[0] + 1 < len(columns) and c.start >= columns[over[0]][1] \
                    and any(h.line == k and h.columns == over for h in cells):
                # "Stage 1   Stage 2" over "376   88": a name set left just past the values of the column its
                # neighbour on the line already names is the next column's
                over = [over[0] + 1]
            group = next((g for g in cells if g.last == k - 1 and not PAIR_WORD.match(c.text) and (
                (len(g.columns) > 1 and abs(c.start - g.start) <= SLACK and c.end <= g.end + SLACK)
                or (g.columns == over and len(over) == 1 and WRAPPED_NAME.match(c.text)))), None)
            if group is not None:
                group.text, group.last = f"{group.text} {c.text}", k
            else:
                cells.append(HeaderCell(c.text, over, c.start, c.end, k, k))
    _span_groups(cells, taken, columns)
    starts = [k for k in taken if any(h.line == k for h in cells)]
    levels = [[" ".join(h.text for h in cells if h.line == k and j in h.columns) for j in range(len(columns))] for k in starts]
    return (levels, starts, label, taken[0]) if levels and any(any(row) for row in levels) else None


# "upheld" under "Partly", "5 working days" under "Stage 1 within": a name wrapped onto the next line
WRAPPED_NAME = re.compile(r"^(?:[\p{Ll}(]|\d+\s+\p{Ll})")


def _span_groups(cells: list[HeaderCell], taken: Sequence[int], columns: Sequence[tuple[int, int]]) -> None:
    """Each group name ("Stage 1", "2029/30", "Outcome") over the names of the line below it names the
    columns of a run of them: the runs, one per group in order, are those each group stands over best -
    its start at the run's start (a name set left) or its middle at the run's middle (a name centred)."""
    starts = {k: sorted((h for h in cells if h.line == k), key=lambda h: h.start) for k in taken}
    named = [k for k in taken if starts[k]]  # a line of only a group's wrapped words starts no cell
    for upper, lower in pairwise(named):
        children = starts[lower]
        below = {j for h in children for j in h.columns}
        groups = [h for h in starts[upper] if not h.columns or set(h.columns) & below]
        # a Target or Trend column right of the last group ("2031/32" over "Q4", then "Target") is no period's
        while groups and children and children[-1].start > groups[-1].end and classify_label(children[-1].text).skip:
            children = children[:-1]
        if not groups or len(children) < len(groups):
            continue
        for g, run in zip(groups, _best_runs(groups, children, columns), strict=True):
            # the run's columns alone: a centred name's own span may reach into its neighbour's column
            g.columns = sorted({*g.columns, *(j for h in run for j in h.columns)})


def _best_runs(groups: Sequence[HeaderCell], children: Sequence[HeaderCell],
               columns: Sequence[tuple[int, int]] = ()) -> list[list[HeaderCell]]:
    """The children cut into one run per group, in order, the cut that sets every group best over its run
    ("Stage 1" set left over "Received  Upheld" is as well placed, centred, over "Received" alone: runs of
    even length break the tie)."""
    n, m = len(children), len(groups)
    best: tuple[float, tuple[int, ...]] | None = None
    for cuts in combinations(range(1, n), m - 1):
        bounds = (0, *cuts, n)
        sizes = [b - a for a, b in pairwise(bounds)]
        cost = float(UNEVEN * (max(sizes) - min(sizes)))  # groups most often span as many columns each
        for g, (a, b) in zip(groups, pairwise(bounds), strict=True):
            run = children[a:b]
            middle = (run[0].start + run[-1].end) / 2
            # (a centred name stands over the middle of its columns' values, whose names may be set left)
            under = [j for h in run for j in h.columns if j < len(columns)]
            spans = (columns[min(under)][0] + columns[max(under)][1]) / 2 if under else middle
            cost += min(abs((g.start + g.end) / 2 - middle), abs((g.start + g.end) / 2 - spans), abs(g.start - run[0].start))
        if best is None or cost < best[0]:
            best = (cost, bounds)
    assert best is not None
    return [list(children[a:b]) for a, b in pairwise(best[1])]


# "Environmenta" / "l Health and": a word a narrow cell broke with no hyphen, its last letter carried down
BROKEN_TAIL = re.compile(r"^(?![aAI]\s)\p{Ll}{1,2}\s")


def _label(parts: Sequence[str]) -> str:
    """A row's label from its lines, a word broken across two of them whole again."""
    text = ""
    for part in parts:
        glue = "" if text[-1:].islower() and BROKEN_TAIL.match(part + " ") else " "
        text = f"{text}{glue}{part}" if text else part
    return " ".join(text.split())


def _caption(lines: Sequence[str], top: int) -> str | None:
    """The line just above the header, when it is a line of its own (a caption run into the table)."""
    k = top - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or top - k > 2 or (k > 0 and lines[k - 1].strip() and WRAPPED_NAME.match(lines[k].strip())):
        return None  # "... Table 3 shows stage 1 complaints by" / "the team responsible.": a sentence's end, no caption
    return " ".join(lines[k].split())


def layout_grids(doc: Document) -> list[LayoutGrid]:
    """Every table of a text or PDF document set out by position whose header runs over several lines or
    whose labels wrap below their values (the tables of one line per row and one header line are the
    other readers')."""
    if doc.format not in ("text", "markdown", "pdf"):  # (a PDF's lines are laid out as a text file's: pdf.laid_out)
        return []
    lines = doc.lines
    out: list[LayoutGrid] = []
    k = 0
    while k < len(lines):
        if _row(lines[k]) is None:
            k += 1
            continue
        rows, last = _rows_from(lines, k)
        grid = _grid(lines, k, rows, last) if len(rows) >= MIN_ROWS else None
        if grid is None:
            k += 1
            continue
        out.append(grid)
        k = last + 1
    return out


def _same_columns(rows: list[GridRow]) -> tuple[list[GridRow], list[tuple[int, int]]]:
    """The rows of the pages the table runs over whose values fall into as many columns as on its
    first page, each value moved to its first-page column (a page may set the table a few places
    over), and the first page's columns."""
    columns = _columns([r for r in rows if r.segment == 0])
    kept = [r for r in rows if r.segment == 0]
    for segment in sorted({r.segment for r in rows} - {0}):
        part = [r for r in rows if r.segment == segment]
        own = _columns(part)
        if len(own) != len(columns):
            break
        for r in part:
            r.values = [Cell(*columns[j], c.text) for c in r.values for j in _column_of(c, own)[:1]]
        kept += part
    return kept, columns


def _grid(lines: Sequence[str], first: int, rows: list[GridRow], last: int) -> LayoutGrid | None:
    kept, columns = _same_columns(rows)
    if len(kept) < len(rows):  # a page that set the table out anew ends it
        rows, last = kept, kept[-1].end - 1
    edge = _label_edge(rows)
    # where the labels end: a name right of them is a column's or a group's, not the label column's
    label_end = max((c.end for r in rows for c in line_cells(lines[r.line - 1]) if c.end <= r.values[0].start), default=None)
    header = _header(lines, first, edge, columns, label_end)
    if header is None:
        return None
    levels, level_lines, label_name, top = header
    if first - top <= 1 and not any(r.wrapped for r in rows):
        return None  # one header line and rows of one line: the other readers read it as it is
    named = [j for j in range(len(columns)) if any(row[j] for row in levels)]
    table = [(label_name if n == len(levels) - 1 else "", *(row[j] for j in named)) for n, row in enumerate(levels)]
    for r in rows:
        cells = [""] * len(columns)
        for c in r.values:
            at = _column_of(c, columns)
            if at and not cells[at[0]]:
                cells[at[0]] = c.text
        table.append((_label(r.label), *(cells[j] for j in named)))
    block = replace(_table_block(table, [*(k + 1 for k in level_lines), *(r.line for r in rows)]), end_line=last + 1)
    return LayoutGrid(block, _caption(lines, top), frozenset(range(top + 1, last + 2)))
