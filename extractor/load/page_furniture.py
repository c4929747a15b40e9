"""Running footers and headers inside a text file, and the paragraphs they break.

A PDF's text keeps each page's footer ("Audit Committee   4 March 2032   Page 6") where the page ended,
often in the middle of a sentence. The footer is furniture: no figure or heading of the report. A
paragraph that stops without ending its sentence and goes on, after the footer, with a lowercase word
is one paragraph, so its figures keep the stage and its case keeps its remedy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.models import Block

PAGE_LINE = re.compile(r"\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^\s*page\s+\d{1,4}\b", re.IGNORECASE)
FOOTER_WORDS = 14
OPEN_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


def is_page_line(block: Block) -> bool:
    """A one-line block that ends (or opens) with its page number and is a few words long."""
    return (block.end_line or block.line) == block.line and len(block.text.split()) <= FOOTER_WORDS \
        and bool(PAGE_LINE.search(block.text))


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
        j = k + 1
        while j < len(blocks) and is_page_line(blocks[j]):
            j += 1
        rest = blocks[j] if j > k + 1 and j < len(blocks) else None
        if rest is not None and b.kind == "paragraph" and rest.kind == "paragraph" \
                and not OPEN_END.search(b.text) and rest.text[:1].islower():
            out.append(replace(b, text=f"{b.text} {rest.text}", end_line=rest.end_line or rest.line))
            out.extend(replace(f, furniture=True) for f in blocks[k + 1:j])
            k = j + 1
            continue
        out.append(b)
        k += 1
    return sorted(out, key=lambda x: x.line)
