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
from dataclasses import dataclass, replace
from itertools import pairwise

import regex as re

from extractor.extract.label_periods import ANY_YEAR, label_period
from extractor.extract.table_text import _table_block, cell_values
from extractor.memo import per_document
from extractor.models import Block, Document

MAX_CELL = 90  # a cell longer than this is a paragraph, not a cell
MAX_GAP = 3  # blank lines allowed between two cells of one table
EMPTY = re.compile(r"^\s*(?:-|–|—|n/?a|nil|\*)\s*$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s*$")


@dataclass(frozen=True)
class Cell:
    line: int
    text: str
    numeric: bool
    heading: bool = False


def _is_value(text: str) -> bool:
    return bool(cell_values(text)) or bool(EMPTY.match(text))


def _cell_block(block: Block) -> bool:
    """A block that could be one cell: a short single line that is not a sentence."""
    text = block.text.strip()
    return (block.kind in ("paragraph", "heading") and not block.furniture and "\n" not in text
            and len(text) <= MAX_CELL and not (SENTENCE_END.search(text) and len(text.split()) > 6))


def _one_line_blocks(doc: Document) -> list[Block]:
    """The document's blocks, with a paragraph made only of short cell lines on consecutive lines
    ("Service" / "2022/23" / "2023/24" / "Planning" / "31" / "27" ...) cut into one block per line:
    a table pasted as text with no blank line between its cells. A paragraph of wrapped prose or of
    label-and-numbers rows has too few lines that are a value alone, and stays whole."""
    out: list[Block] = []
    blocks = doc.blocks
    for n, b in enumerate(blocks):
        last = b.end_line or b.line
        if b.kind == "paragraph" and not b.furniture and last > b.line and last <= len(doc.lines):
            lines = [doc.lines[ln - 1].strip() for ln in range(b.line, last + 1)]
            cells = [replace(b, text=x, line=b.line + j, end_line=b.line + j) for j, x in enumerate(lines)]
            values = sum(_is_value(x) for x in lines)
            # a header's cells run on into the first row's label, the row's values (or the next header
            # cell: "Stage 2" after "Service" / "Stage 1") below on their own
            # (or a paragraph of such cells that is cut into its cells itself)
            value_below = n + 1 < len(blocks) and blocks[n + 1].line == last + 1 \
                and ((_cell_block(blocks[n + 1]) and len(blocks[n + 1].text.split()) <= 6)
                     or _cells_alone(blocks[n + 1], doc.lines))
            # the last rows of a table the loader cut off from its cells above ("n/a" / "Planning" / "-" / "-")
            cells_above = n > 0 and (blocks[n - 1].end_line or blocks[n - 1].line) == b.line - 1 \
                and _cell_block(blocks[n - 1]) and 2 * values >= len(lines)
            # (the first line may be the table's caption, longer than a cell)
            if all(lines) and all(_cell_block(c) for c in cells) and all(len(c.text.split()) <= 6 for c in cells[1:]) \
                    and (2 * values >= len(lines) >= 6 or value_below or cells_above
                         or any(YEAR_CELL.match(x) for x in lines)):
                out += cells
                continue
        out.append(b)
    return out


def _cells_alone(b: Block, doc_lines: Sequence[str]) -> bool:
    """A paragraph of six short lines or more, half of them values alone: cells, whatever stands around it."""
    last = b.end_line or b.line
    if b.kind != "paragraph" or b.furniture or last - b.line < 5 or last > len(doc_lines):
        return False
    lines = [doc_lines[ln - 1].strip() for ln in range(b.line, last + 1)]
    return all(lines) and all(len(x) <= MAX_CELL and len(x.split()) <= 6 for x in lines) \
        and 2 * sum(_is_value(x) for x in lines) >= len(lines)


def _runs(blocks: Sequence[Block]) -> list[list[Cell]]:
    """Runs of blocks that are each one short line, close together: the cells of a table whose
    grid was lost (a text file with a blank line between cells, a PDF or Word file with one
    paragraph per cell)."""
    runs: list[list[Cell]] = []
    run: list[Cell] = []
    last_end = None
    for b in blocks:
        cell_like = _cell_block(b)
        if not cell_like or (last_end is not None and b.line - last_end > MAX_GAP + 1):
            if len(run) >= 6:
                runs.append(run)
            run = []
        if cell_like:
            run.append(Cell(b.line, b.text.strip(), _is_value(b.text.strip()), b.kind == "heading"))
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
    if not gaps or Counter(gaps).most_common(1)[0][0] != 1:
        return [run]
    parts: list[list[Cell]] = [[run[0]]]
    for k, gap in enumerate(gaps, 1):
        if gap > 1 and k + 1 < len(run) and not run[k].numeric and not run[k + 1].numeric:
            parts.append([])
        parts[-1].append(run[k])
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
    # one value per label is the label-and-value layout (label_values.py), not a table
    return k if seen >= 2 and k >= 2 else None


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
    spanning = len(texts) >= 2 * k + 1 and len(set(texts[-2 * k:-k])) == 1  # one name over every period column
    if len(texts) > k + 1 and all(_period_cell(t) for t in texts[-k:]) and not _period_cell(texts[-k - 1]) \
            and not spanning:
        # "Service" / "2022/23" / "2023/24": a row of period names under its label header; what stands
        # above them is the table's title
        return (texts[-k - 1], *texts[-k:]), len(texts) - k - 1
    for drop in range(len(texts)):
        body = len(texts) - drop - 1
        if body >= k and body % k == 0 and body // k <= 3:
            rows = [texts[drop + 1 + r * k: drop + 1 + (r + 1) * k] for r in range(body // k)]
            return (texts[drop], *(" ".join(col) for col in zip(*rows, strict=True))), drop
    return ((texts[0], *[""] * k), 0) if len(texts) == 1 else None


def _period_cell(text: str) -> bool:
    return bool(YEAR_CELL.match(text)) or label_period(text, ANY_YEAR) is not None


YEAR_CELL = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[/–-]\s*(?:(?:19|20)?\d\d))?\s*$")  # "2023", "2022/23", "2022-2023"


def _is_data_row(run: list[Cell], i: int, k: int) -> bool:
    """A label followed by exactly k values that are not all bare years (a header row of years)."""
    return (not run[i].numeric and _values_after(run, i) == k
            and not all(YEAR_CELL.match(c.text) for c in run[i + 1: i + 1 + k]))


def _table(run: list[Cell], k: int) -> tuple[Block, str | None] | None:
    first = next((i for i in range(len(run)) if _is_data_row(run, i, k)), None)
    if first is None or first == 0:
        return None
    made = _header(run[:first], k)
    if made is None:
        return None
    header, drop = made
    rows: list[tuple[str, ...]] = [header]
    row_lines = [run[drop].line]
    cell_lines: dict[tuple[int, int], int] = {}
    i = first
    while i < len(run) and _is_data_row(run, i, k):
        r = len(rows)
        rows.append((run[i].text, *(c.text for c in run[i + 1: i + 1 + k])))
        row_lines.append(run[i].line)
        cell_lines.update({(r, j): run[i + j].line for j in range(1, k + 1)})
        i += k + 1
    if len(rows) < 3:
        return None
    return _table_block(rows, row_lines, cell_lines), run[drop - 1].text if drop else None


@per_document
def cell_line_tables(doc: Document) -> list[tuple[Block, str | None]]:
    """Every table of `doc` whose cells sit one per line, with its title line when it has one."""
    out: list[tuple[Block, str | None]] = []
    for run in (part for whole in _runs(_one_line_blocks(doc)) for part in _apart(whole)):
        while len(run) >= 6:
            k = _width(run)
            made = _table(run, k) if k else None
            if made is None:
                break
            out.append(made)
            end = made[0].end_line or made[0].line
            run = [c for c in run if c.line > end]
    return out


def cell_table_lines(doc: Document) -> set[int]:
    """The lines of every cell-per-line table: prose leaves them to the table reader."""
    return {ln for block, _ in cell_line_tables(doc) for ln in range(block.line, (block.end_line or block.line) + 1)}
