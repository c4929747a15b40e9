"""Which blocks of a text are a table's cells, one per line: a paragraph of short cell lines on consecutive
lines ("Service" / "2022/23" / "Planning" / "31" ...) cut into one block per line, a run of cells inside a
paragraph of prose cut out of it, and a numbered caption run into the first header cell set apart from it.
Split from cell_lines.py, which reads the runs of these blocks as tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.extract.table_runs import NUMBERED_CAPTION
from extractor.extract.table_text import cell_values
from extractor.models import Block, Document

MAX_CELL = 90  # a cell longer than this is a paragraph, not a cell
MAX_GAP = 3  # blank lines allowed between two cells of one table
EMPTY = re.compile(r"^\s*(?:-|–|—|n/?a|nil|\*)\s*$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s*$")
HEADER_GAP = 2  # blank lines more than MAX_GAP a header may stand above its first row
MIN_PAIRS = 3  # rows of a table of one value column under its two-cell header
MIN_RUN_VALUES = 4  # values alone in a run of short lines inside a paragraph that make it a table's cells
YEAR_CELL = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[/–-]\s*(?:(?:19|20)?\d\d))?\s*$")  # "2023", "2022/23", "2022-2023"


def is_cell_value(text: str) -> bool:
    return bool(cell_values(text)) or bool(EMPTY.match(text))


def cell_block(block: Block) -> bool:
    """A block that could be one cell: a short single line that is not a sentence."""
    text = block.text.strip()
    return (block.kind in ("paragraph", "heading") and not block.furniture and "\n" not in text
            and len(text) <= MAX_CELL and not (SENTENCE_END.search(text) and len(text.split()) > 6))


def one_line_blocks(doc: Document) -> list[Block]:
    """The document's blocks, with a paragraph made only of short cell lines on consecutive lines
    ("Service" / "2022/23" / "2023/24" / "Planning" / "31" / "27" ...) cut into one block per line:
    a table pasted as text with no blank line between its cells. A paragraph of wrapped prose or of
    label-and-numbers rows has too few lines that are a value alone, and stays whole."""
    blocks = doc.blocks
    each = [_cells_of(doc, blocks, n) for n in range(len(blocks))]
    out: list[Block] = []
    # a paragraph whose every line is a cell already (its neighbours showed it) stays as it was cut
    celled = [(b.end_line or b.line) > b.line and all(x.line == (x.end_line or x.line) for x in each[n])
              for n, b in enumerate(blocks)]
    for group in _touching(blocks, [not c for c in celled]):
        first, last = blocks[group[0]], blocks[group[-1]]
        # one-line paragraphs alone are each a cell already; a paragraph of several lines among them
        # may hold the first cells of their run
        several = any((blocks[n].end_line or blocks[n].line) > blocks[n].line for n in group)
        if len(group) > 1 and several and (last.end_line or last.line) <= len(doc.lines):
            # paragraphs on touching lines: a run of cells may cross them
            whole = replace(first, end_line=last.end_line or last.line)
            cells = _line_cells(doc, whole)
            if _all_cells([c.text for c in cells]):
                out += cells
                continue
            cut = _cut_around_cells(whole, cells)
            if cut != [whole]:
                out += cut
                continue
        out += [x for n in group for x in each[n]]
    return [part for b in out for part in _caption_apart(doc, b)]


def _caption_apart(doc: Document, b: Block) -> list[Block]:
    """A numbered caption run into the first header cell below it ("Indicator 2: complaints closed" / "Stage"):
    the caption, as a title, and the cell."""
    last = b.end_line or b.line
    if b.kind != "paragraph" or last != b.line + 1 or last > len(doc.lines) \
            or not NUMBERED_CAPTION.match(doc.lines[b.line - 1]) or not doc.lines[last - 1].strip():
        return [b]
    return [replace(b, kind="heading", text=doc.lines[b.line - 1].strip(), end_line=b.line),
            replace(b, text=doc.lines[last - 1].strip(), line=last, end_line=last)]


def _cell_shaped(lines: list[str]) -> bool:
    """Lines that could each be a cell: none blank, none a sentence, all short but the first (a caption)."""
    return all(lines) and all(len(x) <= MAX_CELL and not (SENTENCE_END.search(x) and len(x.split()) > 6) for x in lines) \
        and all(len(x.split()) <= 6 for x in lines[1:])


def _all_cells(lines: list[str]) -> bool:
    """Six cell-shaped lines or more, half of them values alone."""
    return _cell_shaped(lines) and 2 * sum(is_cell_value(x) for x in lines) >= len(lines) >= 6


def _line_cells(doc: Document, b: Block) -> list[Block]:
    return [replace(b, text=doc.lines[ln - 1].strip(), line=ln, end_line=ln) for ln in range(b.line, (b.end_line or b.line) + 1)]


def _cells_of(doc: Document, blocks: Sequence[Block], n: int) -> list[Block]:
    """Block n as one block per line when its lines are a table's cells, else as it is (or cut
    around a run of cells inside it)."""
    b = blocks[n]
    last = b.end_line or b.line
    if b.kind != "paragraph" or b.furniture or last <= b.line or last > len(doc.lines):
        return [b]
    cells = _line_cells(doc, b)
    lines = [c.text for c in cells]
    values = sum(is_cell_value(x) for x in lines)
    # a header's cells run on into the first row's label, the row's values (or the next header
    # cell: "Stage 2" after "Service" / "Stage 1") below on their own
    # (or a paragraph of such cells that is cut into its cells itself)
    value_below = n + 1 < len(blocks) and blocks[n + 1].line == last + 1 \
        and ((cell_block(blocks[n + 1]) and len(blocks[n + 1].text.split()) <= 6)
             or _cells_alone(blocks[n + 1], doc.lines))
    # a table's caption, label column's name and row labels, a blank line above its columns printed one
    # after another ("Table 2: ..." / "Outcome" / "Upheld" / ... then "Stage 1" / "142" / "96" / ...)
    value_below = value_below or (len(lines) >= MIN_HEADER_LINES and n + 1 < len(blocks)
                                  and 0 < blocks[n + 1].line - last <= MAX_GAP + 1
                                  and _column_of_values(blocks, n + 1, doc.lines))
    # the last rows of a table the loader cut off from its cells above ("n/a" / "Planning" / "-" / "-")
    cells_above = n > 0 and (blocks[n - 1].end_line or blocks[n - 1].line) == b.line - 1 \
        and cell_block(blocks[n - 1]) and 2 * values >= len(lines)
    if _cell_shaped(lines) and (2 * values >= len(lines) >= 6 or value_below or cells_above
                                or any(YEAR_CELL.match(x) for x in lines)):
        return cells
    return _cut_around_cells(b, cells)


def _touching(blocks: Sequence[Block], whole: list[bool]) -> list[list[int]]:
    """Indexes of blocks grouped where paragraphs stand on touching lines (text with no blank line
    anywhere, cut by the loader at what it took for a title or a sentence's end); a block `whole`
    does not mark (already cut into its cells) stands alone."""
    groups: list[list[int]] = []
    for n, b in enumerate(blocks):
        prev = blocks[groups[-1][-1]] if groups else None
        if prev is not None and b.kind == prev.kind == "paragraph" and not (b.furniture or prev.furniture) \
                and whole[n] and whole[groups[-1][-1]] \
                and b.line == (prev.end_line or prev.line) + 1 and b.page == prev.page:
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups


def _cut_around_cells(b: Block, cells: list[Block]) -> list[Block]:
    """A paragraph whose lines hold a run of cells between lines of prose (text copied from a web page
    with no blank line anywhere: "We report ..." / "Outcome" / "Stage 1" / "Upheld" / "512 (27.9%)" /
    ... / "5a Stage 1 closed within 5 working days: 1,421"): the run cut out as one block per line,
    six lines or more, a third of them and at least four values alone; the lines around it stay paragraphs."""
    short = [cell_block(c) and len(c.text.split()) <= 6 and bool(c.text.strip()) for c in cells]
    out: list[Block] = []
    start = 0  # first line not yet placed
    k = 0
    while k < len(cells):
        if not short[k]:
            k += 1
            continue
        end = k
        while end < len(cells) and short[end]:
            end += 1
        run = cells[k:end]
        values = sum(is_cell_value(c.text) for c in run)
        if len(run) >= 6 and values >= MIN_RUN_VALUES and 3 * values >= len(run):  # the header and titles are words
            if k > start:
                out.append(_lines_block(b, cells[start:k]))
            out += run
            start = end
        k = end
    if not out:
        return [b]
    if start < len(cells):
        out.append(_lines_block(b, cells[start:]))
    return out


def _lines_block(b: Block, lines: list[Block]) -> Block:
    return replace(b, text=" ".join(c.text for c in lines), line=lines[0].line, end_line=lines[-1].line)


MIN_HEADER_LINES = 3  # a caption or the label column's name, and two row labels at least


def _column_of_values(blocks: Sequence[Block], n: int, doc_lines: Sequence[str]) -> bool:
    """Short lines from block n on, a name over two values or more one to a line ("Stage 1" / "142" / "96"),
    in one paragraph or one block to a line."""
    lines: list[str] = []
    n_line = 0
    for b in blocks[n:]:
        last = b.end_line or b.line
        if b.kind not in ("paragraph", "heading") or b.furniture or last > len(doc_lines) \
                or (lines and b.line != n_line + 1):
            break
        lines += [doc_lines[ln - 1].strip() for ln in range(b.line, last + 1)]
        n_line = last
        if len(lines) >= MIN_COLUMN_LINES:
            break
    lines = lines[:MIN_COLUMN_LINES]
    return len(lines) == MIN_COLUMN_LINES and _cell_shaped(lines) and not is_cell_value(lines[0]) \
        and all(is_cell_value(x) for x in lines[1:])


MIN_COLUMN_LINES = 3  # a column's name and two values


def _cells_alone(b: Block, doc_lines: Sequence[str]) -> bool:
    """A paragraph of six short lines or more, half of them values alone: cells, whatever stands around it."""
    last = b.end_line or b.line
    if b.kind != "paragraph" or b.furniture or last - b.line < 5 or last > len(doc_lines):
        return False
    lines = [doc_lines[ln - 1].strip() for ln in range(b.line, last + 1)]
    return all(lines) and all(len(x) <= MAX_CELL and len(x.split()) <= 6 for x in lines) \
        and 2 * sum(is_cell_value(x) for x in lines) >= len(lines)
