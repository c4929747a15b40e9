"""A share written in words ("44 per cent", "44 percent") as the checks read one written with a sign.

Reports write a share either way, often both in one report; the checks' phrasings (patterns/checks.toml)
name the sign. Rather than give every phrasing both spellings, the sentences the checks read
(stated.block_sentences) have their shares in words written "44%", padded with spaces to the same length.
The readers, and every record's evidence, keep the report's own words.
"""

from __future__ import annotations

import regex as re

IN_WORDS = re.compile(r"(?<=\d)\s?(?:per\s?cent|percent)\b(?!age)", re.IGNORECASE)
QUICK = re.compile(r"per\s?cent", re.IGNORECASE)


def signed(text: str) -> str:
    """`text` with every share in words after its digits written as a sign, same length."""
    if not QUICK.search(text):
        return text
    return IN_WORDS.sub(lambda m: "%" + " " * (len(m.group(0)) - 1), text)
