"""Counts that share the verb of the count before them: "We upheld 40 stage 1 complaints and 8 stage 2
complaints" (the 8 is said only with its noun, so its own words read it as received), "answered 300 stage 1
complaints and 41 stage 2 complaints within the timescale" (the timescale closes the clause of both). Unlike
follows.py, these re-read a number whose own words gave it a reading, from the count it is joined to.
Rule id prose-shared-verb (patterns/structure.toml)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.follows import DAYS_AFTER_UNIT
from extractor.extract.prose.rules import Reading

# "upheld 40 stage 1 complaints and 8 stage 2 complaints", "closed 151 Stage 1 complaints (85.8%) within 5 working
# days and 27 Stage 2 complaints": between the first count and the second stand only the first's noun, its share,
# its timescale and a join
COUNT_NOUN = r"(?:(?:stage\s*+\d|[\p{L}-]+)\s++){0,3}?(?:complaints?|cases|concerns|reviews)"
SHARED_VERB_GAP = re.compile(rf"^\s*+{COUNT_NOUN}\s*+(?:\(\s*+[\d.]+\s*+(?:%|per\s*cent)\s*+\)\s*+)?"
                             r"(?:(?:within|in|inside)\s+(?:\d+|[\p{L}-]+)\s+(?:working\s+|calendar\s+)?days?\s*+|on\s+time\s*+|in\s+time\s*+)?"
                             r"(?:,\s*+(?:and\s+)?|and\s+)$", re.IGNORECASE)
OWN_NOUN_ONLY = re.compile(rf"^\s*+{COUNT_NOUN}\b", re.IGNORECASE)


def shares_the_verb(n: Number, text: str, numbers: Sequence[Number], i: int, reading: Reading,
                    first: Reading | None) -> Reading:
    """A count said only with its noun ("and 8 stage 2 complaints") after a count the sentence's verb made
    an outcome or a timeliness figure: the same measure, at its own stage (read from its own words)."""
    if first is None or reading.rule != "prose-received-noun" or first.measure in ("received", "compliments") \
            or n.unit != "count" or first.unit != "count" or not OWN_NOUN_ONLY.match(text[n.end:n.end + 60]):
        return reading
    j = next((k for k in range(i - 1, -1, -1) if numbers[k].unit == "count"
              and not DAYS_AFTER_UNIT.match(text[numbers[k].end:numbers[k].end + 30])), None)
    if j is None or not SHARED_VERB_GAP.match(text[numbers[j].end:n.start]):
        return reading
    return replace(reading, measure=first.measure, rule="prose-shared-verb")


# "answered 300 stage 1 complaints and 41 stage 2 complaints within the timescale": the timescale after the second
# count is said of both
LATER_TIMESCALE = re.compile(rf"^\s*+{COUNT_NOUN}\s*+(?:within|inside|in)\s+(?:the\s+|our\s+|its\s+)?(?:agreed\s+|target\s+)?"
                             r"(?:timescales?|time\s*limits?|target|deadline|(?:\d+|[\p{L}-]+)\s+(?:working\s+|calendar\s+)?days?)\b",
                             re.IGNORECASE)
ANSWERED = re.compile(r"\b(?:answered|responded\s+to|replied\s+to|closed|dealt\s+with|resolved)\s+$", re.IGNORECASE)


def takes_the_later_timescale(n: Number, text: str, numbers: Sequence[Number], i: int, reading: Reading) -> Reading:
    """A count of complaints answered, joined by its noun alone to a second count whose timescale ends the
    clause ("answered 300 stage 1 complaints and 41 stage 2 complaints within the timescale"): answered in time."""
    if reading.measure not in ("closed", "received") or n.unit != "count" or i + 1 >= len(numbers) or numbers[i + 1].unit != "count" \
            or not ANSWERED.search(text[max(0, n.start - 40):n.start]):
        return reading
    nxt = numbers[i + 1]
    if not SHARED_VERB_GAP.match(text[n.end:nxt.start]) or not LATER_TIMESCALE.match(text[nxt.end:nxt.end + 80]):
        return reading
    return replace(reading, measure="within_target", rule="prose-shared-verb")
