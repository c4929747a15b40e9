"""The sentence as the rules read it: the same text, the same length (so every offset holds), with the
marks a page used in place of words read as the words they stand for."""

from __future__ import annotations

from functools import lru_cache

import regex as re

from extractor.word_forms import within_for_inside

STAGE_HYPHEN = re.compile(r"(?<=\bstage)-(?=(?:\d|one|two|three)\b)", re.IGNORECASE)


@lru_cache(maxsize=64)
def reading_text(sentence: str) -> str:
    """The sentence as the rules read it: "stage-two reviews" as "stage two reviews", "inside 5 days" as "within 5
    days" (same length, so offsets hold); once per sentence, though every number of it asks."""
    return _label_colons(within_for_inside(STAGE_HYPHEN.sub(" ", sentence)))


# a line's value at its end, after a tab, a spaced dash or an equals sign, or (with a complaints word in the
# label) a space: "Complaints received - 310", "Number of complaints<TAB>1,062", "Formal complaints (stage 1) 289"
VALUE_AT_END = re.compile(r"(?<=\S)(?P<sep>\t[^\S\n]*+|[^\S\n]++[-–—=][^\S\n]++|[^\S\n])"
                          r"(?=\d[\d,]*+(?:\.\d+)?[^\S\n]*+%?[^\S\n]*+(?:\([^()\n]{0,40}\)[^\S\n]*+)?$)", re.MULTILINE)
LABEL_WORDS = re.compile(r"^[^\S\n]*(?=[^\W\d])(?:(?i:stage)[\s-]*\d|[^\d\n:;.!?])++$")
# a line that is a clause, not a label ("... upheld have decreased by 42%", "... fell to 88")
CLAUSE_WORDS = re.compile(r"\b(?:was|were|is|are|has|have|had|been|by|to|from|than|of|at|with|on|increased|decreased|rose|fell)\s*$"
                          r"|\b(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)
NOUN_LABEL = re.compile(r"\b(?:complaints?|compliments?|concerns|cases|reviews|escalations|enquiries)\b", re.IGNORECASE)


def _label_colons(text: str) -> str:
    """A label and the value a page set at its line's end read as "label: value" (same length)."""
    for m in reversed(list(VALUE_AT_END.finditer(text))):
        line_start = text.rfind("\n", 0, m.start()) + 1
        label = text[line_start:m.start()]
        sep = m.group("sep")
        if not LABEL_WORDS.match(label) or (sep == " " and (not NOUN_LABEL.search(label) or CLAUSE_WORDS.search(label))):
            continue
        text = text[:m.start()] + ":" + " " * (len(sep) - 1) + text[m.end():]
    return text
