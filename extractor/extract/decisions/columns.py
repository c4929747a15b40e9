"""Case tables that lost their grid on the way to text: columns aligned by runs of spaces (one row
per line), or one cell per line under a header of column names. A header that names an outcome
column ("Finding", "Decision", "Outcome") makes each row below it one case, whose outcome cell must
read as an outcome; the rows are read like any table row (cases.row_case)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex as re

from extractor.extract.decisions.cases import COLUMN_GAP, OUTCOME_COLUMN, CaseText, row_case
from extractor.extract.decisions.read import read_outcome
from extractor.models import Document

CELL = re.compile(r"\S+(?:\s\S+)*")  # a cell of a spaced line: words parted by single spaces
ALIGN_SLACK = 2  # a cell may start this many characters before its column's name
HEADER_CELL = re.compile(r"^[A-Za-z][A-Za-z'’&/().-]*(?:\s(?:[A-Za-z][A-Za-z'’&/().-]*|[/&]\s[A-Za-z][A-Za-z'’().-]*)){0,4}$")
MIN_COLUMNS = 3
WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class TextTable:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]  # 1-based line of each row
    taken: frozenset[int]  # every line the table spans, header included


def _cells(line: str) -> list[str]:
    return [c.strip() for c in COLUMN_GAP.split(line.strip()) if c.strip()]


def _starts(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a spaced line."""
    return [(m.start(), m.group(0)) for m in CELL.finditer(line)]


def _aligned(line: str, columns: Sequence[int]) -> list[str] | None:
    """A row with empty cells, its cells placed under the header's columns by where they start
    (a cell starts at or just after its column's name); None when two cells claim one column."""
    row = [""] * len(columns)
    for at, text in _starts(line):
        k = max((i for i, c in enumerate(columns) if c <= at + ALIGN_SLACK), default=None)
        if k is None or row[k]:
            return None
        row[k] = text
    return row


def _header(cells: Sequence[str]) -> bool:
    """Column names: several short words-only cells, one of them an outcome column."""
    return (len(cells) >= MIN_COLUMNS and all(HEADER_CELL.match(c) for c in cells)
            and sum(bool(OUTCOME_COLUMN.search(c)) for c in cells) == 1)


def _verdict_column(header: Sequence[str]) -> int:
    return next(k for k, c in enumerate(header) if OUTCOME_COLUMN.search(c))


def _reads(row: Sequence[str], k: int) -> bool:
    return k < len(row) and read_outcome(row[k]) is not None


def spaced_tables(lines: Sequence[str]) -> list[TextTable]:
    """Header then rows on consecutive lines, cells parted by two or more spaces; every row has the
    header's cells and a verdict in the outcome column."""
    out: list[TextTable] = []
    i = 0
    while i < len(lines):
        head, j = _cells(lines[i]), i + 1
        columns = [c for c, _ in _starts(lines[i])]
        if not columns:
            i += 1
            continue
        if not _header(head) and j < len(lines) and len(head) >= MIN_COLUMNS:
            head, j = _two_line_header(lines[i], lines[j], columns), j + 1
        if not _header(head):
            i += 1
            continue
        if j < len(lines) and (parted := _sub_header(head, columns, lines[j])) is not None:
            (head, columns), j = parted, j + 1  # "Decision" over "Outcome   Finding / reason"
        k, rows, at = _verdict_column(head), [], []
        if j < len(lines) and _wrapped_row(lines[j], columns) is not None:  # a cell's lines above the first row's
            rows, at, j = _centred_rows(lines, j, head, columns, k)
            if rows:
                out.append(TextTable(tuple(head), tuple(rows), tuple(at), frozenset(range(i + 1, j + 1))))
            i = max(j, i + 1)
            continue
        while j < len(lines):
            if rows and (more := _wrapped_row(lines[j], columns) or _run_on_row(lines[j], columns, k)) is not None:
                rows[-1] = tuple(f"{a} {b}".strip() for a, b in zip(rows[-1], more, strict=True))
                j += 1
                continue
            row, start = _row(lines[j], head, columns), j
            if row is not None and not _reads(row, k) and j + 1 < len(lines) \
                    and (more := _wrapped_row(lines[j + 1], columns)) is not None:
                # "Closed after" / "initial enquiries": a verdict that wraps reads only whole
                whole = [f"{a} {b}".strip() for a, b in zip(row, more, strict=True)]
                row, j = (whole, j + 1) if _reads(whole, k) else (row, j)
            if row is None or not _reads(row, k):
                break
            rows.append(tuple(row))
            at.append(start + 1)
            j += 1
        if rows:
            out.append(TextTable(tuple(head), tuple(rows), tuple(at), frozenset(range(i + 1, j + 1))))
        i = max(j, i + 1)
    return out


def _centred_rows(lines: Sequence[str], j: int, head: Sequence[str], columns: Sequence[int],
                  k: int) -> tuple[list[tuple[str, ...]], list[int], int]:
    """The rows of a table whose cells are centred on their row (a web page's table printed with its
    layout): a row is the line that fills its first column, with the wrapped lines above it and as many
    below; (rows, their 1-based anchor lines, the index after the last row)."""
    rows: list[tuple[str, ...]] = []
    at: list[int] = []
    end = j
    while j < len(lines):
        above: list[list[str]] = []
        while j < len(lines) and (more := _wrapped_row(lines[j], columns)) is not None:
            above.append(more)
            j += 1
        row = _row(lines[j], head, columns) if j < len(lines) else None
        if row is None or len(row) != len(columns):
            break
        anchor, j = j, j + 1
        below: list[list[str]] = []
        while len(below) < len(above) and j < len(lines) and (more := _wrapped_row(lines[j], columns)) is not None:
            below.append(more)
            j += 1
        cells = tuple(" ".join(p for p in parts if p) for parts in zip(*above, row, *below, strict=True))
        if not _reads(cells, k):
            break
        rows.append(cells)
        at.append(anchor + 1)
        end = j
    return rows, at, end


def _row(line: str, head: Sequence[str], columns: Sequence[int]) -> list[str] | None:
    """A spaced row under `head`: its cells, or with fewer cells (some left empty) the cells
    placed by their columns; a cell run on into the next, empty column by a single space ("... top
    floor flat Severe maladministration") parted by where its words start; None for a line of more
    cells than the header or none at all."""
    cells = _cells(line)
    if len(cells) == len(head):
        return cells
    if not cells or len(cells) > len(head) or "\t" in line:
        return None
    aligned = _aligned(line, columns)
    return aligned if aligned is not None and all(aligned[k] for k in _filled(line, columns)) else _by_words(line, columns)


def _column_of(at: int, columns: Sequence[int]) -> int | None:
    return max((i for i, c in enumerate(columns) if c <= at + ALIGN_SLACK), default=None)


def _filled(line: str, columns: Sequence[int]) -> list[int]:
    """The columns some word of the line starts in."""
    return sorted({k for m in WORD.finditer(line) if (k := _column_of(m.start(), columns)) is not None})


def _by_words(line: str, columns: Sequence[int]) -> list[str]:
    """The line's words placed in the columns they start in."""
    row: list[list[str]] = [[] for _ in columns]
    for m in WORD.finditer(line):
        row[_column_of(m.start(), columns) or 0].append(m.group(0))
    return [" ".join(words) for words in row]


def _wrapped_row(line: str, columns: Sequence[int]) -> list[str] | None:
    """The second line of a wrapped row: indented past the first column, its words under the
    columns they carry on ("             and the landlord's survey"); None for any other line."""
    if not line.strip() or not line[:1].isspace() or "\t" in line:
        return None
    row = _by_words(line, columns)
    return row if not row[0] and len(line) - len(line.lstrip()) >= columns[min(1, len(columns) - 1)] - ALIGN_SLACK else None


def _run_on_row(line: str, columns: Sequence[int], verdict: int) -> list[str] | None:
    """A row's first cell wrapped onto a line at the left margin ("of a mother's complaint     trouble; ..."):
    it opens in lower case and leaves the verdict column empty; None for any other line."""
    if not line.strip() or line[:1].isspace() or not line[:1].islower() or "\t" in line:
        return None
    row = _by_words(line, columns)
    return row if verdict < len(row) and not row[verdict] else None


def _two_line_header(first: str, second: str, columns: Sequence[int]) -> list[str]:
    """A header whose names run onto a second line ("Ombudsman" / "finding"): the words of the
    second line added to the names they stand under; the first line's cells when the second line
    is not so."""
    head = _cells(first)
    below = _by_words(second, columns) if second.strip() and second[:1].isspace() else None
    if below is None or len(head) != len(columns) or not all(HEADER_CELL.match(w) for w in below if w):
        return head
    return [f"{h} {b}".strip() for h, b in zip(head, below, strict=True)]


def _sub_header(head: Sequence[str], columns: Sequence[int], line: str) -> tuple[list[str], list[int]] | None:
    """A second header row that parts a column into several ("Decision" over "Outcome   Finding /
    reason"): the header with that column cut at the names below it, each part named by the name
    above and its own; the verdict column stays the first part of the outcome column. None when the
    line is no such row (indented, names only, each under a column, one column parted at least)."""
    below = _starts(line)
    if not below or not line[:1].isspace() or not all(HEADER_CELL.match(text) for _, text in below):
        return None
    under: dict[int, list[tuple[int, str]]] = {}
    for at, text in below:
        k = _column_of(at, columns)
        if k is None:
            return None
        under.setdefault(k, []).append((at, text))
    if not any(len(parts) > 1 for parts in under.values()):
        return None
    names: list[str] = []
    starts: list[int] = []
    for k, (name, start) in enumerate(zip(head, columns, strict=True)):
        parts = under.get(k, [])
        if len(parts) < 2:
            names.append(_name_on(name, parts[0][1]) if parts else name)
            starts.append(start)
            continue
        for n, (at, text) in enumerate(parts):  # the first part keeps the column's start, and its name
            names.append(f"{name} {text}" if n == 0 else text)
            starts.append(start if n == 0 else at)
    return names, starts


def _name_on(name: str, below: str) -> str:
    """A column's name and the words under it; a word cut by a narrow column ("Paymen" / "t") joined again."""
    return f"{name}{below}" if WORD_END.fullmatch(below) and name[-1:].isalpha() else f"{name} {below}"


WORD_END = re.compile(r"[a-z]{1,3}")


def cell_tables(lines: Sequence[str]) -> list[TextTable]:
    """A header of column names one per line, then the rows' cells one per line, a row every
    `width` lines while each row's outcome cell reads as an outcome. A cell may keep the bar that
    parted it from the next ("Outcome |"); an empty cell kept as a bar or a dash is a cell."""
    lines = [ln.strip().strip("|").strip() if ln.strip() else "" for ln in lines]
    out: list[TextTable] = []
    i = 0
    while i < len(lines):
        head: list[str] = []
        j = i
        while j < len(lines) and (text := lines[j].strip()) and HEADER_CELL.match(text) and len(head) < 8:
            head.append(text)
            j += 1
        best = max((_cell_rows(lines, i, head[:w]) for w in range(MIN_COLUMNS, len(head) + 1) if _header(head[:w])),
                   key=lambda t: len(t.rows), default=None)
        if best is None or not best.rows:
            i += 1
            continue
        out.append(best)
        i = max(best.taken) if best.taken else i + 1
    return out


def _cell_rows(lines: Sequence[str], i: int, head: Sequence[str]) -> TextTable:
    """The rows of cells under a header of these names starting at line i, a row every len(head) lines
    while its outcome cell reads as an outcome. The first row's cells may look like column names too
    ("Repairs to a communal door" / "Maladministration"): cell_tables tries each width the header may have
    and keeps the one that reads the most rows."""
    width, k, rows, at = len(head), _verdict_column(head), [], []
    j = i + width
    while j + width <= len(lines):
        row = [lines[n].strip() for n in range(j, j + width)]
        if not all(row) or not _reads(row, k) or all(counted_cell(c) for c in row):
            break  # (an outcome and its count in every cell, "Premature 14": a count list, no case)
        rows.append(tuple(row))
        at.append(j + 1)
        j += width
    return TextTable(tuple(head), tuple(rows), tuple(at), frozenset(range(i + 1, j + 1)))


def counted_cell(cell: str) -> bool:
    """A cell of words that ends on a bare count ("Premature 14", "Discontinued1"): a line of a count list.
    Read from the end, in one pass."""
    text = cell.rstrip()
    words = text.rstrip("0123456789,")
    if not text[len(words):][:1].isdigit():
        return False  # no count at the end (nothing stripped, or only commas)
    before = words.rstrip()
    return bool(before) and (before[-1].isalpha() or before[-1] == ")")


CELL_GAP = 3  # blank lines a web page's text may set between two cells of one table


def spaced_cell_tables(lines: Sequence[str]) -> list[TextTable]:
    """Case tables of one cell per line with blank lines between the cells (a web page's visible text, a
    PDF printed from it): read as cell_tables reads them closed up, each table's lines those of the page."""
    filled = [(n, text) for n, text in enumerate(lines, 1) if text.strip()]
    out: list[TextTable] = []
    for t in cell_tables([text for _, text in filled]):
        span = sorted(t.taken)
        numbers = [filled[k - 1][0] for k in span]
        if len(numbers) < 2 or max(b - a for a, b in itertools.pairwise(numbers)) > CELL_GAP + 1 \
                or numbers[-1] - numbers[0] == len(numbers) - 1:
            continue  # cells too far apart to be one table's, or no blank line at all (cell_tables read it)
        out.append(TextTable(t.header, t.rows, tuple(filled[k - 1][0] for k in t.lines),
                             frozenset(range(numbers[0], numbers[-1] + 1))))
    return out


LEAD_END = re.compile(r"[:.]\s*$")
# a table's numbered caption over its first header cell: "Table 6: PHSO investigations concluded in 2030/31"
NUMBERED_CAPTION = re.compile(r"^\s*(?:table|figure|appendix)\s+[\w.]{1,4}\s*[:.–-]", re.IGNORECASE)


def grouped_cell_tables(lines: Sequence[str]) -> list[TextTable]:
    """Case tables of one cell per line with blank lines between the cells, where a long cell wraps onto
    lines of its own with no blank line between them ("Ward 7, Eastfield" / "Hospital"): each run of
    lines is one cell, read as cell_tables reads cells closed up (a lead-in ending in a colon run into
    the first cell is left out of it). None where no cell wraps: spaced_cell_tables reads those."""
    groups: list[tuple[int, list[str]]] = []  # (first line, the run's lines)
    for n, text in enumerate(lines, 1):
        if not text.strip():
            continue
        if groups and n >= 2 and lines[n - 2].strip():  # the line above is of this run
            groups[-1][1].append(text.strip())
        else:
            groups.append((n, [text.strip()]))
    cells: list[tuple[int, str]] = []
    for first, run in groups:
        lead = max((k + 1 for k, t in enumerate(run[:-1]) if LEAD_END.search(t) or NUMBERED_CAPTION.match(t)), default=0)
        cells.append((first + lead, " ".join(run[lead:])))
    if all(len(run) == 1 for _, run in groups):
        return []
    out: list[TextTable] = []
    for t in cell_tables([text for _, text in cells]):
        span = sorted(t.taken)
        if not any(len(groups[k - 1][1]) > 1 for k in span):
            continue  # no wrapped cell in this table: read by spaced_cell_tables
        out.append(TextTable(t.header, t.rows, tuple(cells[k - 1][0] for k in t.lines),
                             frozenset(range(cells[span[0] - 1][0], groups[span[-1] - 1][0] + len(groups[span[-1] - 1][1])))))
    return out


def column_cases(doc: Document) -> tuple[list[CaseText], frozenset[int]]:
    """One CaseText per row of every case table written as text, and the lines the tables take."""
    cases: list[CaseText] = []
    taken: set[int] = set()
    seen = {ln for b in doc.blocks if b.kind == "table" for ln in (*range(b.line, (b.end_line or b.line) + 1),
                                                                   *b.row_lines)}  # the loader's own tables
    tables = [t for t in spaced_tables(doc.lines) if not t.taken & seen]
    seen |= {ln for t in tables for ln in t.taken}
    tables += [t for t in cell_tables(doc.lines) if not t.taken & seen]
    seen |= {ln for t in tables for ln in t.taken}
    tables += [t for t in spaced_cell_tables(doc.lines) if not t.taken & seen]
    seen |= {ln for t in tables for ln in t.taken}
    tables += [t for t in grouped_cell_tables(doc.lines) if not t.taken & seen]
    for table in tables:
        # the rows stand under the header's headings (a row's date cell is not a heading of its own)
        above = (*doc.blocks[_block_at(doc, min(table.taken))].heading_path, *_caption(doc.lines, min(table.taken)))
        ends = [*(ln - 1 for ln in table.lines[1:]), max(table.taken)]  # a row's lines run to the next row's
        for row, line, end in zip(table.rows, table.lines, ends, strict=True):
            b = _block_at(doc, line)
            case = row_case(table.header, row, line, doc.blocks[b].page, (*above, " ".join(table.header)), b)
            cases.append(replace(case, end_line=end) if end > line else case)
        taken |= table.taken
    return cases, frozenset(taken)


def _caption(lines: Sequence[str], header_line: int) -> tuple[str, ...]:
    """The line just above a table's header, when it is text of its own (page-cut text runs a table's
    title, "Table 4: Housing Ombudsman determinations", into the paragraph its header starts)."""
    at = header_line - 2
    while 0 <= at < len(lines) and not lines[at].strip() and header_line - 2 - at < CELL_GAP:
        at -= 1  # a web page's text sets blank lines between its title and its table
    text = " ".join(lines[at].split()) if 0 <= at < len(lines) else ""
    return (text,) if text and not COLUMN_GAP.search(lines[at].strip()) else ()


def _block_at(doc: Document, line: int) -> int:
    """The block whose lines hold `line` (the last one starting at or before it)."""
    best = 0
    for i, b in enumerate(doc.blocks):
        if b.line > line:
            break
        best = i
    return best
