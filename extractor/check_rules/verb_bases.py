"""`percentage` of a share whose base its sentence names by the verb it counted that base with:

    "It investigated 6 of them and upheld 4, which is 67% of the complaints it investigated."
    "We answered 180 complaints and resolved 150 at first contact, which was 83% of those we answered."

The base is the count right after the same verb earlier in the sentence ("investigated 6", "answered 180
complaints"); the share's count is the last count before the share, another than the base. A base the
sentence gives no count for ("which is 80% of all complaints received") is not guessed. The three numbers
stand in one statement: a mismatch fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import block_sentences, pattern
from extractor.extract.numbers import count_numbers
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
WORDS_TO_COUNT = 3  # words between a verb and the count it gave ("answered all 180", "investigated just 6")


def _base(before: str, verb: str) -> tuple[float, int] | None:
    """(the count the verb gave, where it starts) in the text before the share, the verb's last use first."""
    for m in reversed(list(re.finditer(rf"\b{re.escape(verb)}\s+((?:[a-z]+\s+){{0,{WORDS_TO_COUNT}}}?)(?=\d)", before,
                                       re.IGNORECASE))):
        counts = [n for n in count_numbers(before[m.end():]) if n.unit == "count" and n.start == 0]
        if counts:
            return counts[0].value, m.end()
    return None


def verb_base_shares(doc: Document, make: CheckMaker) -> Iterator[Check]:
    rx = pattern("check-share-of-verb-base")
    for b in doc.blocks:
        if b.furniture or b.kind not in ("paragraph", "list_item"):
            continue
        for s in block_sentences(doc, b):
            for m in rx.finditer(s):
                before = s[:m.start()]
                found = _base(before, m.group("verb"))
                if found is None:
                    continue
                base, at = found
                counts = [n for n in count_numbers(before) if n.unit == "count" and n.start != at]
                if not counts or not base or counts[-1].value > base:
                    continue
                n = counts[-1].value
                p_text = m.group("p")
                expected = 100 * n / base
                status = judge_rounded(float(p_text.rstrip("%")), p_text, expected)
                msg = f"{n:g} of {base:g} ({m.group('verb')}) is {expected:.1f}%" + (
                    ", as stated" if status == "pass" else f", not the stated {p_text}")
                line = doc.line_of(b, s)
                yield make(doc, "percentage", status, msg, line, s, float(p_text.rstrip("%")), round(expected, 2),
                           [line], b.page)
