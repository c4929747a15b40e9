"""Text whose lines are whole paragraphs (a web page copied as text, a news story): which lines run
on into one paragraph and which stand alone. A line of running text (a sentence, or a long line that
ends in no value) runs on into the next one; a title, a table row, an indicator's own line or its
value line stands alone. Split from text.py, the loader that asks."""

from __future__ import annotations

import regex as re

CLAUSE_END = re.compile(r"[.!?:;]\W{0,2}$")
# "1 (ii) Total number of complaints received", "2a as % of all complaints closed": an indicator's own line,
# never the wrapped end of the line above it; the match is its number (table_labels reads the words after it)
INDICATOR_ITEM = re.compile(r"^\s*\d{1,2}(?:[a-z]|\s*\((?:[ivx]{1,4}|[a-z])\))\s+(?=\p{L})")
# "498 (32.9%)" under a numbered indicator's label ("3 (i) Stage 1 upheld"): its value, not its line's end
VALUE_AND_SHARE = re.compile(r"^\s*\d[\d,.]*%?\s*\(\s*\d[\d,.]*\s*%\s*\)\s*$")
# a table row's line ends in its values: shares, two values apart, or a value glued to its label ("received32")
# (a match starts only where a run of digits starts, and runs are taken whole: linear on long lines)
ROW_END = re.compile(r"\d%$|(?<![\d,.])\d[\d,.]*+%?\s++\d[\d,.]*+%?$|[\p{L})*]\d[\d,.]*+$")


SENTENCE_LINE = 60  # characters: a line of running text, not a title, a cell or a menu's entry


def running(text: str) -> bool:
    """A sentence, or a long line that ends in no value (a table row's line ends in its values)."""
    return bool(CLAUSE_END.search(text)) or (len(text) >= SENTENCE_LINE and not ROW_END.search(text))


def sentences_run_on(line: str, nxt: str) -> bool:
    """In text whose lines are whole paragraphs, two lines of running text in a row (each a sentence, or
    long) are read as one paragraph: a news story's one-sentence paragraphs carry their period and
    subject on. A short title of words goes on the sentence under it ("Case 2024 0877 - Repairs" over
    the case's story). A short line that ends no sentence over anything else (a title, a menu entry, a
    table's cell set one per line) stands alone."""
    here, t = line.strip(), nxt.strip()
    if running(here):
        return running(t)
    titled = not here[-1:].isdigit() and not here.endswith(("|", "%")) and sum(w[:1].isalpha() for w in here.split()) >= 2
    return titled and len(t) >= SENTENCE_LINE and bool(CLAUSE_END.search(t))
