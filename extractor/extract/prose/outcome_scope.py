"""A bare count of complaints whose outcome is named around it, not in its own words: under a heading
"Upheld complaints", after a lead "Learning from upheld complaints: 12 complaints ...", or as the part
of an upheld count before it ("We upheld 45 complaints. The majority, 30 complaints, concerned
repairs"). A count said with a verb of arrival ("we received 300") stays a count of complaints received.
"""

from __future__ import annotations

from dataclasses import replace

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.changes import subject_measure
from extractor.extract.prose.emit import Where
from extractor.extract.prose.rules import Reading

OUTCOMES = ("upheld", "partially_upheld", "not_upheld", "upheld_or_partially_upheld")
# readings of a count said only with its noun ("45 complaints", "Of these, 20 were about repairs")
BARE_COUNT_RULES = ("prose-received-noun", "prose-part-of-previous", "prose-parallel", "prose-left-received")
# an outcome said of the complaints the clause counts: "upheld complaints", "complaints not upheld"
OUTCOME_NOUN = re.compile(r"\b(?:(?:not|partly|partially|part)\s+)?(?:upheld|justified)\s+(?:complaints?|cases)\b"
                          r"|\b(?:complaints?|cases)\s+(?:(?:not|partly|partially|part)\s+)?(?:upheld|justified)\b", re.IGNORECASE)
ARRIVAL = re.compile(r"\b(?:receiv\w*|logged|recorded|registered|lodged|made|submitted|raised|came\s+in|escalat\w*|"
                     r"referred|opened|handled|dealt\s+with|had|accounted\s+for|attracted)\b", re.IGNORECASE)
# "The majority, 30 complaints, ...", "Most of these, ...": a part of the count said just before
PART_OPENING = re.compile(r"^\W*(?:the\s+majority|most|half|many|some|a\s+(?:third|quarter))\b(?:\s+of\s+(?:these|them|those))?\s*,?",
                          re.IGNORECASE)


def outcome_named_above(w: Where, text: str, n: Number, span: tuple[int, int], reading: Reading,
                        previous: Reading | None, since: int = 0) -> Reading:
    """The reading, its measure the outcome a lead, a heading or the count before names, when the
    count's own clause says only its noun; `since`: where the words since the number before begin."""
    if reading.measure != "received" or reading.rule not in BARE_COUNT_RULES:
        return reading
    if (noun := OUTCOME_NOUN.search(text, min(since, span[0]), span[1])) and (named := subject_measure(noun.group(0))) is not None:
        return replace(reading, measure=named[0])  # "Housing had the most upheld complaints, with 20"
    if ARRIVAL.search(text, span[0], span[1]):
        return reading
    if previous is not None and previous.measure in OUTCOMES and PART_OPENING.match(text):
        return replace(reading, measure=previous.measure)
    colon = text.rfind(":", 0, n.start)
    named = subject_measure(text[:colon]) if colon > 0 else None
    if named is None or named[0] not in OUTCOMES:
        named = subject_measure(w.ctx.headings[-1]) if w.ctx.headings else None
    return replace(reading, measure=named[0]) if named is not None and named[0] in OUTCOMES else reading
