"""Running footers and headers inside a text file, and the paragraphs they break.

A PDF's text keeps each page's footer ("Audit Committee   4 March 2032   Page 6") where the page ended,
often in the middle of a sentence. The footer is furniture: no figure or heading of the report. A
paragraph that stops without ending its sentence and goes on, after the footer (and the next page's
header), with a lowercase word or a value is one paragraph, so its figures keep the stage and its case keeps its remedy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.models import Block

PAGE_LINE = re.compile(r"\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^\s*page\s+\d{1,4}\b", re.IGNORECASE)
FOOTER_WORDS = 14
FOOTER_BLOCKS = 3  # the page line and the next page's header lines under it
OPEN_END = re.compile(r"[.!?:;\"”’]\s*$")  # (a bracket closed, "... service charges (44)", ends no sentence)
# the rest of a sentence after the page turn: a lowercase word, or a value that is no paragraph's number
# ("4.6 working days, within ...", not "3.2 The council ...")
GOES_ON = re.compile(r"^(?:\p{Ll}|[£]?\d[\d,.]*%?\s+\p{Ll})")


def _goes_on(text: str) -> bool:
    return GOES_ON.match(text) is not None


def _short_line(block: Block) -> bool:
    """A one-line block of a few words, as a footer's or header's line is."""
    return (block.end_line or block.line) == block.line and len(block.text.split()) <= FOOTER_WORDS


def is_page_line(block: Block) -> bool:
    """A one-line block that ends (or opens) with its page number and is a few words long."""
    return _short_line(block) and bool(PAGE_LINE.search(block.text))


def _running_like(block: Block) -> bool:
    """A one-line block a running header or footer could be: a few words, no sentence ended."""
    return _short_line(block) and block.kind in ("heading", "paragraph") and not OPEN_END.search(block.text) \
        and not _goes_on(block.text) and not is_page_line(block)


def _rest_after_turn(blocks: Sequence[Block], k: int, b: Block) -> int | None:
    """The index of the paragraph that goes on with paragraph `b` (standing at k) after a page turn: past
    the page line and the next page's header, a paragraph opening on a lowercase word or a value."""
    j = k + 1
    while j < len(blocks) and is_page_line(blocks[j]):
        j += 1
    while k + 1 < j < len(blocks) and j - k <= FOOTER_BLOCKS and _running_like(blocks[j]):
        j += 1  # the next page's running header under the page line ("Ashvale Council - Complaints report")
    if j == k + 1 or j >= len(blocks):
        return None
    rest = blocks[j]
    ok = b.kind == "paragraph" and rest.kind == "paragraph" and not OPEN_END.search(b.text) and _goes_on(rest.text)
    return j if ok else None


def across_page_breaks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with every page line marked furniture, and each paragraph a page line broke in two
    joined again (it ends mid-sentence; its rest opens in lowercase)."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if is_page_line(b):
            out.append(replace(b, furniture=True))
            k += 1
            continue
        k += 1
        while (j := _rest_after_turn(blocks, k - 1, b)) is not None:
            # (a paragraph may run over more than one page turn: join on while each part goes on)
            b = replace(b, text=f"{b.text} {blocks[j].text}", end_line=blocks[j].end_line or blocks[j].line)
            out.extend(replace(f, furniture=True) for f in blocks[k:j])
            k = j + 1
        out.append(b)
    return sorted(out, key=lambda x: x.line)
