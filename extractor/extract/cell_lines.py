"""Tables whose cells arrive one per line: web tables copied as text, HTML exported to text.

A table pasted from a web page or a Word file often loses its grid and keeps only its
cells, each on its own line with blank lines between:

    Service / Number / On time / Late          (header cells, one per line)
    Benefits / 5 / 5 / 0                       (a row label, then its values)

The header may itself span several rows of cells ("Number of complaints" twice, then
"2022/23", "2021/22"): with k values per row, the header cells after the label header
come in rows of k, and a column's header is its cells read downwards. `cell_line_tables`
rebuilds such runs as table blocks (every value keeps its own line), so tables.py reads
them as it reads any other table. The shape is found by counting, never by the words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import regex as re

from extractor.extract.cell_blocks import (
    HEADER_GAP,
    MAX_CELL,
    MAX_GAP,
    MIN_PAIRS,
    SENTENCE_END,
    YEAR_CELL,
    cell_block,
    is_cell_value,
    one_line_blocks,
)
from extractor.extract.chart_lines import chart_tables, label_first_tables
from extractor.extract.label_periods import ANY_YEAR, label_period
from extractor.extract.table_labels import classify_label
from extractor.extract.table_runs import NUMBERED_CAPTION
from extractor.extract.table_text import _table_block, cell_values
from extractor.load.line_shapes import BRACKETED_VALUE
from extractor.memo import per_document
from extractor.models import Block, Document


@dataclass(frozen=True)
class Cell:
    line: int
    text: str
    numeric: bool
    heading: bool = False


def _runs(blocks: Sequence[Block]) -> list[list[Cell]]:
    """Runs of blocks that are each one short line, close together: the cells of a table whose
    grid was lost (a text file with a blank line between cells, a PDF or Word file with one
    paragraph per cell)."""
    runs: list[list[Cell]] = []
    run: list[Cell] = []
    last_end = None
    for b in blocks:
        # (a tile's note, "(1,812)" under its label, is no cell: tiles with notes are a dashboard's, read there)
        cell_like = cell_block(b) and not BRACKETED_VALUE.match(b.text.strip())
        if not cell_like or (last_end is not None and b.line - last_end > MAX_GAP + 1):
            if len(run) >= 6:
                runs.append(run)
            run = []
        if cell_like:
            run.append(Cell(b.line, b.text.strip(), is_cell_value(b.text.strip()), b.kind == "heading"))
        last_end = b.end_line or b.line
    if len(run) >= 6:
        runs.append(run)
    return runs


def _apart(run: list[Cell]) -> list[list[Cell]]:
    """A run whose cells mostly sit on consecutive lines, cut at a blank line after which two word
    cells stand together: there a table ended and the next one's header began. (A blank line before
    a label and its values parts rows of one table; cells pasted with a blank line between each keep
    their run whole.)"""
    gaps = [b.line - a.line for a, b in pairwise(run)]
    if gaps and Counter(gaps).most_common(1)[0][0] != 1:
        return _at_headings(run)
    if not gaps:
        return [run]
    parts: list[list[Cell]] = [[run[0]]]
    for k, gap in enumerate(gaps, 1):
        if gap > 1 and k + 1 < len(run) and not run[k].numeric and not run[k + 1].numeric:
            parts.append([])
        parts[-1].append(run[k])
    return parts


# a numbered section heading among the cells ("3. Outcomes", "4.2 Timeliness"): never a table's cell
SECTION_CELL = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[\p{L}\s,&'’-]*$")


def _at_captions(run: list[Cell]) -> list[list[Cell]]:
    """A run cut before each numbered caption among its cells ("Indicator 2: ...", "Table 3 - ..."): each
    caption opens a table of its own, perhaps of another width."""
    parts: list[list[Cell]] = [[]]
    for c in run:
        if parts[-1] and c.heading and NUMBERED_CAPTION.match(c.text):
            parts.append([])
        parts[-1].append(c)
    return parts


def _at_headings(run: list[Cell]) -> list[list[Cell]]:
    """A run of cells set apart by blank lines, cut before each numbered section heading that a word cell
    follows ("3. Outcomes" / "Outcome of complaints closed"): there a table ended and the next one's
    caption began."""
    parts: list[list[Cell]] = [[]]
    for k, c in enumerate(run):
        if parts[-1] and SECTION_CELL.match(c.text) and k + 1 < len(run) and not run[k + 1].numeric:
            parts.append([])
        parts[-1].append(c)
    return parts


def _values_after(run: list[Cell], i: int) -> int:
    n = 0
    while i + 1 + n < len(run) and run[i + 1 + n].numeric:
        n += 1
    return n


def _width(run: list[Cell]) -> int | None:
    """The number of values per row: the commonest count of values after a label, seen twice or more."""
    counts = Counter(_values_after(run, i) for i, c in enumerate(run) if not c.numeric)
    counts.pop(0, None)
    if not counts:
        return None
    k, seen = counts.most_common(1)[0]
    # one value per label is the label-and-value layout (label_values.py), unless a header of two
    # cells names the columns (see _pair_header)
    return k if seen >= (2 if k >= 2 else MIN_PAIRS) else None


def _header(cells: list[Cell], k: int) -> tuple[tuple[str, ...], int] | None:
    """The header row (label header, then one name per value column) from the cells before the
    data, and how many leading cells it leaves out (a title). A header's first cell names the
    label column; its other cells come in rows of k, read downwards."""
    texts = [c.text for c in cells]
    titles = next((i for i, c in enumerate(cells) if not c.heading), len(cells))
    if 0 < titles < len(cells) - k:
        made = _header(cells[titles:], k)  # headings above the header cells are titles, not cells
        if made is not None:
            return made[0], made[1] + titles
    if (grouped := _grouped_header(texts, k)) is not None:
        return grouped
    spanning = len(texts) >= 2 * k + 1 and len(set(texts[-2 * k:-k])) == 1  # one name over every period column
    if len(texts) > k + 1 and all(_period_cell(t) for t in texts[-k:]) and not _period_cell(texts[-k - 1]) \
            and not spanning:
        # "Service" / "2022/23" / "2023/24": a row of period names under its label header; what stands
        # above them is the table's title
        return (texts[-k - 1], *texts[-k:]), len(texts) - k - 1
    if len(texts) > k and NUMBERED_CAPTION.match(texts[-k - 1]) and not any(":" in t or _period_cell(t) or cell_values(t) for t in texts[-k:]):
        # "Indicator 3: complaints" / "1st stage" / "2nd stage": a caption over the column names, the label
        # column left unnamed
        return ("", *texts[-k:]), len(texts) - k
    for drop in range(len(texts)):
        body = len(texts) - drop - 1
        if any(":" in t for t in texts[drop:]) or _period_cell(texts[drop]) or KEY_FIGURE_CELL.match(texts[drop]):
            continue  # a caption ("Indicator 4: outcomes ..."), a title's year or a key figure ("318 compliments") is no header cell
        if body >= k and body % k == 0 and body // k <= 3:
            rows = [texts[drop + 1 + r * k: drop + 1 + (r + 1) * k] for r in range(body // k)]
            if len(rows) > 1 and (TITLE_CELL.search(texts[drop]) or any(CAPTION_CELL.search(t) for row in rows[:-1] for t in row)):
                continue  # a report's title or a table's caption ("Stage 1 complaints by outcome") over a header row
                # is no upper header row (in the corner of a header of one row, a caption names the label column)
            return (texts[drop], *(" ".join(col) for col in zip(*rows, strict=True))), drop
    return ((texts[0], *[""] * k), 0) if len(texts) == 1 else None


def _grouped_header(texts: list[str], k: int) -> tuple[tuple[str, ...], int] | None:
    """Group names over periods repeated under each ("First stage" / "Second stage" over 2031/32 and
    2030/31 twice): a column is named by its group and its period. Found by counting (the periods repeat
    once per group, and as many cells before them each name a stage, procedure or measure); the label
    column's name, set centred over both header rows, comes before, between or after the group names."""
    if len(texts) <= k or not all(_period_cell(t) for t in texts[-k:]):
        return None
    periods = texts[-k:]
    groups = next((g for g in range(2, k // 2 + 1) if k % g == 0 and len(set(periods[:k // g])) == k // g
                   and periods == periods[:k // g] * g), None)
    if groups is None:
        return None
    before = texts[:-k][-(groups + 1):]
    named = [t for t in before if _names_group(t)]
    if len(named) != groups or len(before) - len(named) > 1 or len({_group_value(t) for t in named}) != groups:
        return None
    label = next((t for t in before if not _names_group(t)), "")
    span = k // groups
    columns = [f"{named[j // span]} {period}" for j, period in enumerate(periods)]
    return (label, *columns), len(texts) - k - len(before)


def _names_group(text: str) -> bool:
    return len(text.split()) <= GROUP_WORDS and not _period_cell(text) and bool(classify_label(text).values)


def _group_value(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(classify_label(text).values.items()))


GROUP_WORDS = 5


def _period_cell(text: str) -> bool:
    return bool(YEAR_CELL.match(text)) or label_period(text, ANY_YEAR) is not None


# a caption that says what a table breaks down ("Stage 1 complaints by outcome"), or a numbered one, is no column's name
CAPTION_CELL = re.compile(r"\b(?:by|per)\s+(?:\p{L}+\s+)?\p{L}{3,}|^\W*(?:table|figure|chart)\s+\d", re.IGNORECASE)
# ... nor a title that names the report's year ("Corran Bay Council - Complaints Annual Report 2031/32") a label column's
TITLE_CELL = re.compile(r"\b(?:19|20)\d\d\b|" + CAPTION_CELL.pattern, re.IGNORECASE)
KEY_FIGURE_CELL = re.compile(r"^\s*\d[\d,]*(?:\.\d+)?%?\s+\p{Ll}")  # "318 compliments": a tile above the table ("3. Social ..." is a title)


def _is_data_row(run: list[Cell], i: int, k: int) -> bool:
    """A label followed by exactly k values that are not all bare years (a header row of years)."""
    return (not run[i].numeric and _values_after(run, i) == k
            and not all(YEAR_CELL.match(c.text) for c in run[i + 1: i + 1 + k]))


CONTINUES = re.compile(r"^\s*[\p{Ll}(]")


def _wrapped_label(run: list[Cell], i: int, k: int) -> bool:
    """A row label wrapped onto the next cell line ("Replies sent within 10 working" / "days (%)"): the
    second line opens in lower case or a bracket and the row's k values follow it."""
    return (i + 1 < len(run) and not run[i].numeric and not run[i].heading and run[i + 1].line == run[i].line + 1
            and CONTINUES.match(run[i + 1].text) is not None and not SENTENCE_END.search(run[i].text)
            and _is_data_row(run, i + 1, k))


def _pair_header(cells: list[Cell]) -> tuple[tuple[str, ...], int] | None:
    """The header of a table of one value column: its two cells on the two lines right above the
    first row ("Team" / "Complaints received", then "Parking" / "17" ...); what stands above them
    is the table's title. Without such a header, labels over one value each are the
    label-and-value layout, which label_values.py reads."""
    if len(cells) < 2:
        return None
    label, value = cells[-2], cells[-1]
    if value.line != label.line + 1 or label.heading or value.heading:
        return None
    if any(len(c.text.split()) > 4 or c.text.rstrip().endswith(":") for c in (label, value)):
        return None
    return (label.text, value.text), len(cells) - 2


def _table(run: list[Cell], k: int, label_name: str = "") -> tuple[Block, str | None] | None:
    first = next((i for i in range(len(run)) if _is_data_row(run, i, k)), None)
    if first is None or first == 0:
        return None
    made = _header(run[:first], k) if k > 1 else _pair_header(run[:first])
    if made is None and first == k and all(_period_cell(c.text) for c in run[:first]):
        made = (label_name, *(c.text for c in run[:first])), 0  # the periods' row, its label cell's name lost above
    if made is None:
        return None
    header, drop = made
    rows: list[tuple[str, ...]] = [header]
    row_lines = [run[drop].line]
    cell_lines: dict[tuple[int, int], int] = {}
    i = first
    while i < len(run) and (_is_data_row(run, i, k) or _wrapped_label(run, i, k)
                            or (trailing := labels_after_values(run, i, k, rows[1:])) is not None):
        r = len(rows)
        if not _is_data_row(run, i, k) and not _wrapped_label(run, i, k):
            # "Escalated" / 3 5 4 6 / 48 46 62 57 / "Total": the last rows' labels came after their values
            for row, (label_cell, values) in enumerate(trailing, r):  # type: ignore[arg-type]
                rows.append((label_cell.text, *(c.text for c in values)))
                row_lines.append(label_cell.line)
                cell_lines.update({(row, j): c.line for j, c in enumerate(values, 1)})
            i += len(trailing) * (k + 1)  # type: ignore[arg-type]
            break
        label = run[i].text
        if not _is_data_row(run, i, k):
            i += 1
            label = f"{label} {run[i].text}"
        rows.append((label, *(c.text for c in run[i + 1: i + 1 + k])))
        row_lines.append(run[i].line)
        cell_lines.update({(r, j): run[i + j].line for j in range(1, k + 1)})
        i += k + 1
    if len(rows) < (3 if k > 1 else MIN_PAIRS + 1):
        return None
    return _table_block(rows, row_lines, cell_lines), run[drop - 1].text if drop else None


def labels_after_values(run: list[Cell], i: int, k: int, rows_above: list[tuple[str, ...]]) -> list[tuple[Cell, list[Cell]]] | None:
    """The last rows of a table whose labels a PDF's text gives after their values (bold cells set apart):
    a label, n rows' values (n >= 2), then n - 1 labels. The first k values are the label's, the others the
    later labels' in order. Taken only where the table's own sums settle it: one of the later rows is
    the sum of every row above it, column by column. None otherwise."""
    n_values = _values_after(run, i)
    if run[i].numeric or n_values < 2 * k or n_values % k:
        return None
    n = n_values // k
    labels = run[i + 1 + n_values: i + n_values + n]
    if len(labels) != n - 1 or any(c.numeric or c.heading for c in labels):
        return None
    chunks = [run[i + 1 + r * k: i + 1 + (r + 1) * k] for r in range(n)]
    rows = [(run[i], chunks[0]), *zip(labels, chunks[1:], strict=True)]
    numbers = [_row_numbers(list(r[1:])) for r in rows_above] + [_row_numbers([c.text for c in values]) for _, values in rows]
    sums = [r for r in range(len(rows_above) + 1, len(numbers)) if numbers[r] is not None and all(
        x is not None for x in numbers[:r]) and _sums_above(numbers[:r], numbers[r])]  # type: ignore[arg-type]
    return rows if sums else None


def _row_numbers(cells: list[str]) -> list[float] | None:
    """The first number of each cell; None when a cell states none."""
    out = []
    for text in cells:
        found = cell_values(text)
        if not found:
            return None
        out.append(found[0][0])
    return out


def _sums_above(above: list[list[float]], row: list[float]) -> bool:
    """Every column of the row is the sum of the rows above it."""
    return len(above) >= 2 and all(abs(sum(r[j] for r in above) - row[j]) < 0.5 for j in range(len(row)))


@per_document
def cell_line_tables(doc: Document) -> list[tuple[Block, str | None]]:
    """Every table of `doc` whose cells sit one per line, with its title line when it has one."""
    out: list[tuple[Block, str | None]] = []
    for run in (part for whole in _runs(one_line_blocks(doc)) for cut in _at_captions(whole) for part in _apart(cut)):
        while len(run) >= 6:
            k = _width(run)
            if k and k > 1 and _is_data_row(run, 0, k):
                run = _header_above(doc, run, k)  # the header's cells ended the paragraph above
            made = _table(run, k, _name_above(doc, run[0])) if k else None
            if made is None:
                break
            out.append(made)
            end = made[0].end_line or made[0].line
            run = [c for c in run if c.line > end]
    taken = {ln - 1 for block, _ in out for ln in range(block.line, (block.end_line or block.line) + 1)}
    out += chart_tables(doc.lines, taken)  # values one per line, then their labels: a flattened chart
    taken |= {ln - 1 for block, _ in out for ln in range(block.line, (block.end_line or block.line) + 1)}
    return out + label_first_tables(doc.lines, taken)  # labels one per line closed by a Total, then the values


LABEL_NAME_WORDS = 3


def _name_above(doc: Document, first: Cell) -> str:
    """The label column's name a paragraph took as its last line, right above the first cell ("... The
    findings were:" / "Finding" / "2030/31" / "2029/30"): a short line of words, no sentence; else ""."""
    ln = first.line - 1
    while ln >= 1 and not doc.lines[ln - 1].strip():
        ln -= 1
    text = doc.lines[ln - 1].strip() if ln >= 1 else ""
    before = doc.lines[ln - 2].strip() if ln >= 2 else ""
    if not text or is_cell_value(text) or len(text.split()) > LABEL_NAME_WORDS or SENTENCE_END.search(text) \
            or ":" in text or not before.endswith(":"):
        return ""
    return text


def _header_above(doc: Document, run: list[Cell], k: int) -> list[Cell]:
    """The run with its header cells put back when a paragraph took them: the k + 1 short lines just
    above its first label ("Measure" / "Q1" / "Q2" / "Q3" / "Year to date", under a sentence with no
    blank line between), none a value, a sentence or a caption; else the run as it was."""
    cells: list[Cell] = []
    ln = run[0].line - 1
    while ln >= 1 and len(cells) < k + 1:
        text = doc.lines[ln - 1].strip()
        if text:
            if is_cell_value(text) or len(text) > MAX_CELL or len(text.split()) > 6 or SENTENCE_END.search(text) or ":" in text:
                return run
            cells.insert(0, Cell(ln, text, False))
        ln -= 1
    # a web page's text may set a few more blank lines between its header row and its first row than
    # between two cells (each row's markup ends and opens)
    if len(cells) < k + 1 or cells[-1].line - cells[0].line > k * (MAX_GAP + 1) \
            or run[0].line - cells[-1].line > MAX_GAP + HEADER_GAP:
        return run
    title = next((ln for ln in range(cells[0].line - 1, max(0, cells[0].line - 1 - MAX_GAP), -1)
                  if doc.lines[ln - 1].strip()), None)  # the caption over the header names what it counts
    if title is not None and not is_cell_value(doc.lines[title - 1].strip()) and len(doc.lines[title - 1].strip()) <= MAX_CELL:
        cells.insert(0, Cell(title, doc.lines[title - 1].strip(), False))
    return [*cells, *run]


def cell_table_lines(doc: Document) -> set[int]:
    """The lines of every cell-per-line table: prose leaves them to the table reader."""
    return {ln for block, _ in cell_line_tables(doc) for ln in range(block.line, (block.end_line or block.line) + 1)}
