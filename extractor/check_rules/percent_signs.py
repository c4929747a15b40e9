"""A share written in words ("44 per cent", "44 percent") as the checks read one written with a sign.

Reports write a share either way, often both in one report; the checks' phrasings (patterns/checks.toml)
name the sign. Rather than give every phrasing both spellings, the checks read a copy of the document
whose shares in words are written "44%" and padded with spaces to the same length, so every line,
offset and block the checks point at is the report's own.
"""

from __future__ import annotations

from dataclasses import replace

import regex as re

from extractor.models import Block, Document

IN_WORDS = re.compile(r"(?<=\d)\s?(?:per\s?cent|percent)\b(?!age)", re.IGNORECASE)
QUICK = re.compile(r"per\s?cent", re.IGNORECASE)


def signed(text: str) -> str:
    """`text` with every share in words after its digits written as a sign, same length."""
    if not QUICK.search(text):
        return text
    return IN_WORDS.sub(lambda m: "%" + " " * (len(m.group(0)) - 1), text)


def with_percent_signs(doc: Document) -> Document:
    """The document as the checks read it; the same object where no share is written in words."""
    if not any(QUICK.search(line) for line in doc.lines) and not any(QUICK.search(b.text) for b in doc.blocks):
        return doc
    return replace(doc, lines=tuple(signed(line) for line in doc.lines), blocks=tuple(_signed_block(b) for b in doc.blocks))


def _signed_block(block: Block) -> Block:
    if not QUICK.search(block.text):
        return block
    return replace(block, text=signed(block.text), rows=tuple(tuple(signed(c) for c in row) for row in block.rows))
