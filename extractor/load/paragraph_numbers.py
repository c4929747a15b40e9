"""A report's paragraph numbers printed on lines of their own ("4.3" / "" / "Table 2 sets out ..."), as a
browser or a PDF converter prints a Word committee report's numbered paragraphs. They are the report's
structure, like a page number: furniture, never a value or a table's cell ("4.4" after a table's last row
would otherwise join its cells and leave the table unread).

Told by their order, never by their words: a number is a paragraph's when it stands in a chain of such lines
in the numbering's order ("4.3" then "4.4", "4." then "4.1", "4.4" then "5."), three long or holding a
section's own number ("4."), and opens words of its own (a sentence or a heading) rather than another cell.
A column of decimals printed one to a line ("6.2" / "4.4") counts no paragraphs, two values in order under
their labels make no chain, and a decimal inside a paragraph of cells is never alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

import regex as re

from extractor.models import Block

NUMBER_LINE = re.compile(r"^\s*(?P<a>\d{1,2})\.(?:(?P<b>\d{1,2})(?:\.(?P<c>\d{1,2}))?\.?)?\s*$")
MAX_GAP = 3  # blank lines between a number and the words it opens
MIN_WORDS = 3  # the words a number opens: a sentence, or a heading of any length


def _number(b: Block) -> tuple[int, ...] | None:
    if b.kind not in ("paragraph", "heading") or b.furniture or (b.end_line or b.line) != b.line:
        return None
    m = NUMBER_LINE.match(b.text)
    return tuple(int(g) for g in m.group("a", "b", "c") if g is not None) if m else None


def _follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """`after` is the next paragraph number after `before`: the next at the same depth ("4.3" -> "4.4"), the
    first one deeper ("4." -> "4.1") or the next one higher up ("4.4" -> "5.", "4.2.3" -> "4.3")."""
    for depth in range(1, len(before) + 1):
        if after == (*before[:depth - 1], before[depth - 1] + 1):
            return True
    return after == (*before, 1)


def _opens_words(blocks: Sequence[Block], k: int) -> bool:
    """The next block of the report, a few lines below, is words: a heading, or a line of several words."""
    line = blocks[k].line
    for b in blocks[k + 1:]:
        if b.furniture:
            continue
        if b.line - line > MAX_GAP + 1:
            return False
        return b.kind == "heading" or len(b.text.split()) >= MIN_WORDS
    return False


def paragraph_number_blocks(blocks: Sequence[Block]) -> frozenset[int]:
    """Indexes of the blocks that are a paragraph's number standing alone (see the module's note)."""
    numbered = [(k, n) for k, b in enumerate(blocks) if (n := _number(b)) is not None and _opens_words(blocks, k)]
    chains: list[list[tuple[int, tuple[int, ...]]]] = []
    for (k1, n1), (k2, n2) in pairwise(numbered):
        if not _follows(n1, n2):
            continue
        if chains and chains[-1][-1][0] == k1:
            chains[-1].append((k2, n2))
        else:
            chains.append([(k1, n1), (k2, n2)])
    # two decimals in order may be two values under their labels ("... at Stage 1" / "4.3" / "... at Stage 2" /
    # "4.4"); three numbers in order, or a section's own number among them ("4."), are the report's numbering
    return frozenset(k for chain in chains if len(chain) >= MIN_CHAIN or any(len(n) == 1 for _, n in chain)
                     for k, _ in chain)


MIN_CHAIN = 3


def with_paragraph_numbers_apart(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks with the paragraph numbers standing alone marked as furniture."""
    found = paragraph_number_blocks(blocks)
    return tuple(replace(b, furniture=True) if k in found else b for k, b in enumerate(blocks))
