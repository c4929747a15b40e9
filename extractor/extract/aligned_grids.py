"""Tables set out in columns by runs of spaces whose columns are not all figures.

A performance report's table, as a PDF's text or a Word table saved as text, rarely holds only a
label and its values:

    Ref    Indicator                          Target   Q1 25/26   Q2 25/26   Status
    RC05   Stage 1 complaints received        n/a      211        187        n/a
    RC06   Stage 1 complaints answered        85%      78%        83%        Amber
           within 10 working days

A reference code stands before the indicator, a target before the periods, a status, trend or
comment column after them, and a long indicator wraps onto the next line. The readers of
table_text.py take a row's values from its end, so such a table reads to nothing or to a misread
figure. Here every cell is placed under the header cell it stands beneath (by its position on the
line), and the table is rebuilt with the indicator as the row label and only the columns of values
a header names as a period or a measure: a target, benchmark, status or comment column is no
figure's column, a code is no label.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import regex as re

from extractor.extract.label_over_values import spaced_cells
from extractor.extract.label_periods import ANY_YEAR, YEAR_END, YEAR_TO_DATE, _whole_period, label_period
from extractor.extract.table_labels import classify_label
from extractor.extract.table_layout import CODE_CELL
from extractor.extract.table_text import PLACEHOLDER, SIGNED_TOKEN, _is_value, _table_block, _tokens
from extractor.load.line_shapes import NAMING_WORD
from extractor.load.line_spacing import NUMBERED_HEADING
from extractor.models import Block

SENTENCE_END = re.compile(r"\p{L}\p{L}[.!?]")  # words closed by a full stop (matched at the line's end)
MIN_COLUMNS = 3  # header cells: a label, and at least two more
TOTAL = re.compile(r"^(?:total|all)$", re.IGNORECASE)
BENCHMARK_RULE = "table-skip-benchmark"  # patterns/tables.toml: a column of other bodies' figures


@dataclass(frozen=True)
class Cell:
    """A cell of a line set out in columns, with where it stands on the line."""

    start: int
    end: int
    text: str


@dataclass
class Row:
    """One row of the grid: its cells by column, and the line its values stand on."""

    line: int
    cells: dict[int, list[str]]


def line_cells(line: str) -> list[Cell]:
    return [Cell(start, end, text) for start, end, text in spaced_cells(line)]


def aligned_grids(span: Sequence[int], lines: Sequence[str]) -> Iterator[tuple[Block, str | None]]:
    """Table blocks of the grids in a paragraph's lines that the other text readers cannot place:
    a header line over rows whose cells stand under its cells, with a column that is no figure's."""
    if (above := _header_above(span[0], lines)) is not None:
        span = [above, *span]  # the header set apart by a blank line, which a text file made a heading
    k = 0
    while k < len(span):
        header = line_cells(lines[span[k] - 1])
        grid = _grid(header, span[k] + 1, lines) if _is_header(header) else None
        if grid is None:
            k += 1
            continue
        rows, last = grid
        if (block := _block(header, rows, span[k], last)) is not None:
            yield block, lines[span[k] - 2].strip() if span[k] > span[0] else None
        k = next((j for j, ln in enumerate(span) if ln > last), len(span))


def _header_above(first: int, lines: Sequence[str]) -> int | None:
    """The line of a grid's header just above a paragraph, a blank line between them at most."""
    for ln in (first - 1, first - 2):
        if ln < 1:
            return None
        if lines[ln - 1].strip():
            return ln if _is_header(line_cells(lines[ln - 1])) else None
    return None


def _is_header(cells: Sequence[Cell]) -> bool:
    """Three or more cells, none a value, at least two of them naming a period or a measure, or one
    naming other bodies' figures beside the body's own ("Finding  Number  Sector average", "Measure  Our
    result  Similar landlords (median)")."""
    if len(cells) < MIN_COLUMNS or any(_is_value(c.text) for c in cells):
        return False
    return sum(_names_values(c.text) for c in cells[1:]) >= 2 or _beside_benchmark(cells)


def _beside_benchmark(header: Sequence[Cell]) -> bool:
    """A header with a column of other bodies' figures (a benchmark, a sector or peer average) and a
    column of the body's own before it."""
    marks = [_benchmark(c.text) for c in header[1:]]
    return any(marks) and not marks[0]


def _benchmark(header: str) -> bool:
    return classify_label(header).rule == BENCHMARK_RULE


def _own_column(j: int, header: Sequence[Cell]) -> bool:
    """A column of the body's own values: one naming its values, or one naming nothing beside a
    benchmark's ("Our result", "Council", the body's name)."""
    text = header[j].text
    return _holds_values(text) or (j > 0 and _beside_benchmark(header) and not classify_label(text).rule
                                   and not label_period(text))


def _names_values(header: str) -> bool:
    """A column header whose cells are figures of their row: a period, a total, or a measure."""
    from extractor.extract.header_tables import _names_a_measure

    return bool(label_period(header) or _whole_period(header, ANY_YEAR) or TOTAL.match(header)
                or YEAR_TO_DATE.match(header) or YEAR_END.match(header) or _names_a_measure(header))


def _holds_values(header: str) -> bool:
    """A column of values: one of figures, or a Change or Target column, which the table reader
    checks a stated change by or skips as an aim."""
    return _names_values(header) or classify_label(header).skip


def _column(cell: Cell, header: Sequence[Cell]) -> int:
    """The header cell this cell stands under: the one it overlaps most, else the nearest."""
    def overlap(h: Cell) -> int:
        return min(cell.end, h.end) - max(cell.start, h.start)

    best = max(range(len(header)), key=lambda j: (overlap(header[j]), -abs(cell.start - header[j].start)))
    if overlap(header[best]) > 0:
        return best
    return min(range(len(header)), key=lambda j: min(abs(cell.start - header[j].end), abs(cell.end - header[j].start)))


def _grid(header: Sequence[Cell], first: int, lines: Sequence[str]) -> tuple[list[Row], int] | None:
    """The rows under a header, from line `first` on: a line with values opens a row, a line of words
    only carries on the label of the row above it (a wrapped indicator) or, after a blank line and right
    over a row, names the group of rows below it ("Resources and Customer"); a blank line is passed
    over (rows run on past the paragraph), two end the grid, and so does a line of words that is none
    of those (prose, a key) or a second value in one column."""
    rows: list[Row] = []
    blanks = 0
    last = 0
    for ln in range(first, len(lines) + 1):
        if not lines[ln - 1].strip():
            blanks += 1
            if blanks >= 2:
                break
            continue
        placed = _placed(lines[ln - 1], header)
        values = _value_columns(placed, header)
        if any(len(placed[j]) > 1 for j in values):
            break
        if values:
            rows.append(Row(ln, placed))
        elif rows and not blanks and _carries_on(lines[ln - 1], header):
            for j, texts in placed.items():
                rows[-1].cells.setdefault(j, []).extend(texts)  # a wrapped label carries on its row
        elif not _names_group(ln, placed, header, lines):
            break
        blanks = 0
        last = ln
    return (rows, last) if len(rows) >= 2 else None


def _carries_on(line: str, header: Sequence[Cell]) -> bool:
    """A line of words each within a column that holds no values, none reaching into the next
    column: a wrapped cell's words ("equivalent employee"), not a numbered heading or a sentence that
    follows the grid with no blank line between them ("3. Learning from complaints")."""
    tail = line.rstrip()[-3:]
    if NUMBERED_HEADING.match(line.lstrip()) or SENTENCE_END.fullmatch(tail):
        return False
    for c in line_cells(line):
        j = _column(c, header)
        if _names_values(header[j].text) or (j + 1 < len(header) and c.end > header[j + 1].start):
            return False
    return True


GROUP_WORDS = 6  # "Place and Environment": a group's name is a few words


def _names_group(ln: int, placed: dict[int, list[str]], header: Sequence[Cell], lines: Sequence[str]) -> bool:
    """A short line of words in the label columns right over a row of values: the name of the group of
    rows it opens (a directorate's, a theme's), no row of its own."""
    words = sum(len(t.split()) for texts in placed.values() for t in texts)
    if words > GROUP_WORDS or any(_holds_values(header[j].text) for j in placed) or ln >= len(lines):
        return False
    below = _placed(lines[ln], header)
    return bool(_value_columns(below, header))


def _placed(line: str, header: Sequence[Cell]) -> dict[int, list[str]]:
    """A line's cells by the header cell each stands under."""
    placed: dict[int, list[str]] = {}
    for c in line_cells(line):
        placed.setdefault(_column(c, header), []).append(c.text)
    return placed


def _value_columns(placed: dict[int, list[str]], header: Sequence[Cell]) -> list[int]:
    """The columns of values where a line holds one ("10 working days" under the indicator's column
    ends its wrapped words, no value)."""
    return [j for j, texts in placed.items() if any(_is_slot(t) for t in texts) and _own_column(j, header)]


def _is_slot(text: str) -> bool:
    """One value, a placeholder for one ("n/a", "-") or a signed change ("+13")."""
    tokens = _tokens(text)
    return len(tokens) == 1 and (_is_value(tokens[0]) or bool(PLACEHOLDER.match(tokens[0]) or SIGNED_TOKEN.match(tokens[0])))


def _block(header: Sequence[Cell], rows: Sequence[Row], header_line: int, last: int) -> Block | None:
    """The grid as a table block of label and value columns, when it has a column the other readers
    would misread (a text, code or unnamed column, or a wrapped label), else None: they read it."""
    width = len(header)
    kinds = [_kind(j, header, rows) for j in range(width)]
    value_columns = [j for j in range(width) if kinds[j] == "value" and _own_column(j, header)]
    benchmarked = _beside_benchmark(header)
    if not value_columns or not (benchmarked or any(_names_values(header[j].text) for j in value_columns)):
        return None
    labels = [j for j in range(value_columns[0]) if kinds[j] == "text"] \
        or [j for j in range(value_columns[0]) if kinds[j] == "code"]  # codes label rows that have no words
    wrapped = any(len(texts) > 1 for r in rows for j, texts in r.cells.items() if j in labels)
    # "Stage 1 complaints answered within 10 working days   90%   86%": a number inside a label, which a
    # reader taking values from the row's end would take for one, is placed by position here
    counted = any(_holds_number(t) for r in rows for j in labels for t in r.cells.get(j, []))
    if not wrapped and not counted and not benchmarked and labels == [0] and all(k == "value" for k in kinds[1:]):
        return None  # a label column and columns of values: the other readers' table
    table = [(" ".join(header[j].text for j in labels), *(header[j].text for j in value_columns))]
    for r in rows:
        label = " ".join(t for j in labels for t in r.cells.get(j, []))
        table.append((label, *(" ".join(r.cells.get(j, [])) for j in value_columns)))
    return replace(_table_block(table, [header_line, *(r.line for r in rows)]), end_line=last)


def _holds_number(label: str) -> bool:
    """Whether a label holds a number of its own ("within 10 working days"), not one a word names
    ("Stage 1", "Quarter 2")."""
    words = label.split()
    return any(_is_value(w) and not (k and NAMING_WORD.match(words[k - 1])) for k, w in enumerate(words))


def _kind(j: int, header: Sequence[Cell], rows: Sequence[Row]) -> str:
    """'value' when most of the column's cells are values or placeholders, 'code' when all are
    indicator codes, else 'text'."""
    cells = [" ".join(r.cells[j]) for r in rows if j in r.cells]
    if not cells:
        return "empty"
    if sum(_is_slot(c) for c in cells) * 2 > len(cells):
        return "value"
    if all(CODE_CELL.match(c) and not label_period(c) for c in cells):  # "Q1" is a period, no code
        return "code"
    return "text"
