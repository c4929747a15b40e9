"""Blocks looked up by line: per-document indexes and bisection, where scanning every block for
each case, run or verdict was quadratic on a long report. Each answer is the one the scan it
replaces gave, blocks out of line order included.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, pairwise

from extractor.memo import per_document
from extractor.models import Block, Document


def block_of_line(doc: Document, line: int) -> int:
    """The last block (by index) that starts on or before `line`, 0 when none does."""
    return max(bisect_right(_least_start_from(doc), line) - 1, 0)


@per_document
def _least_start_from(doc: Document) -> list[int]:
    """The least start line of blocks[i:] for each i: never decreasing, so bisectable, and the last i
    whose entry is <= a line is the last block starting on or before it."""
    return list(accumulate((b.line for b in reversed(doc.blocks)), min))[::-1]


def blocks_starting_in(doc: Document, first: int, last: int) -> list[Block]:
    """The blocks that start on a line from `first` to `last`, in document order."""
    starts, order = _by_start(doc)
    found = sorted(order[bisect_left(starts, first):bisect_right(starts, last)])
    return [doc.blocks[i] for i in found]


@per_document
def _by_start(doc: Document) -> tuple[list[int], list[int]]:
    """The blocks' start lines in ascending order, and the index of the block of each."""
    pairs = sorted((b.line, i) for i, b in enumerate(doc.blocks))
    return [ln for ln, _ in pairs], [i for _, i in pairs]


def row_or_text_block(doc: Document, line: int) -> int:
    """The first table with a row on `line`, else the last block that is no table among those before
    the first block starting below `line` (0 when there is none)."""
    rows, reach, last_text = _row_index(doc)
    if line in rows:
        return rows[line]
    return last_text[bisect_right(reach, line)]


@per_document
def _row_index(doc: Document) -> tuple[dict[int, int], list[int], list[int]]:
    """The first table holding a row on each line; the running greatest start line (bisecting it
    finds the first block starting below a line); and, for each count k of leading blocks, the
    last of them that is no table (0 when none is)."""
    rows: dict[int, int] = {}
    last_text = [0]
    for i, b in enumerate(doc.blocks):
        if b.kind == "table":
            for ln in b.row_lines:
                rows.setdefault(ln, i)
        last_text.append(last_text[-1] if b.kind == "table" else i)
    return rows, list(accumulate((b.line for b in doc.blocks), max)), last_text


@per_document
def line_step(doc: Document) -> int:
    """How many lines apart a page sets its lines of text, most often: 1 for a typed page, 2 or 3 for a
    web page copied with blank lines around every element (a card's value, label and last year's value
    each a few lines apart), so that what "near" means is measured in the page's own spacing."""
    filled = [n for n, line in enumerate(doc.lines) if line.strip()]
    steps = sorted(b - a for a, b in pairwise(filled))
    return steps[len(steps) // 2] if steps else 1
