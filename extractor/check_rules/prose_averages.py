"""`average` of a total and the count it is spread over, both stated before the average in its sentence:

    "We paid £30,980 in compensation in 55 cases, an average of £563 per case"
    "The 155 complaints closed at stage one took 2,325 working days to answer, an average of 15.0 days each"

The total is the one number said in the average's own unit (money before it, or days, weeks or hours
after it); the count is the one other number that names what the average is per ("cases" for "per
case", or complaints, cases, decisions). All three stand in one sentence, so a mismatch fails; a
sentence with more candidates than that says nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import block_sentences
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
TIME = r"(?:working\s+|calendar\s+)?(?:days?|weeks?|hours?)"
AVERAGE = re.compile(rf"\ban?\s+average\s+(?:of\s+)?(?P<cur>£)?(?P<avg>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)(?![\d.,])"
                     rf"(?P<unit>\s+{TIME})?(?:\s+(?:per|a|for\s+each|for\s+every)\s+(?P<noun>[a-z]+)|\s+each\b)",
                     re.IGNORECASE)
MONEY = re.compile(r"£\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,])")
DURATION = re.compile(rf"(?<![\d.,£])(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,])\s+{TIME}\b",
                      re.IGNORECASE)
COUNT = re.compile(r"(?<![\d.,£/])(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%/])"
                   r"(?P<words>(?:\s+[a-z][\w-]*){1,4})", re.IGNORECASE)
COUNTED = ("complaint", "case", "decision", "determination", "enquir", "request", "claim", "payment", "appeal")


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _counts(text: str, noun: str | None, totals: set[int]) -> list[float]:
    """Numbers of `text` that count what the average is per: a noun after them names it."""
    stems = (*COUNTED, noun[:4].lower()) if noun else COUNTED
    return [_value(m.group("n")) for m in COUNT.finditer(text)
            if m.start("n") not in totals and any(w.lower().startswith(stems) for w in m.group("words").split())]


def prose_averages(doc: Document, make: CheckMaker) -> Iterator[Check]:
    for b in doc.blocks:
        if b.furniture or b.kind not in ("paragraph", "list_item") or "average" not in b.text.lower():
            continue
        for s in block_sentences(doc, b):
            for m in AVERAGE.finditer(s):
                before = s[:m.start()]
                unit = MONEY if m.group("cur") else DURATION if m.group("unit") else None
                if unit is None:
                    continue
                totals = list(unit.finditer(before))
                counts = _counts(before, m.group("noun"), {t.start("n") for t in totals})
                if len(totals) != 1 or len(counts) != 1 or not counts[0]:
                    continue
                total, n = _value(totals[0].group("n")), counts[0]
                expected = total / n
                avg_text = m.group("avg").replace(",", "")
                status = judge_rounded(float(avg_text), avg_text, expected)
                msg = f"{totals[0].group(0)} over {n:g} is {expected:.2f} on average" + (
                    ", as stated" if status == "pass" else f", not the stated {m.group('avg')}")
                line = doc.line_of(b, s[m.start():])
                yield make(doc, "average", status, msg, line, s, float(avg_text), round(expected, 2), [line], b.page)
