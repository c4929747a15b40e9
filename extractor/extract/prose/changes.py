"""A change written "from A to B" (or "to B from A"): A and B count what the subject of the clause
names, whatever words stand between it and them ("The number of stage two complaints dropped
sharply, from 64 to 41"). The subject vocabulary is patterns/subjects.toml; the period of each
value (A the year before, B the report's own) is read by dating.py as for any compared value.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.clauses import announces_list
from extractor.extract.prose.rules import DAYS_AFTER, Reading
from extractor.patterns import compile_regex, load_rules

UNIT_WORDS = r"(?:\s*(?:%|per\s*cent|(?:working\s+|calendar\s+)?days?))?"
# the first value: "from 64 to 41", "from 14 days to 11 days", "from 164 in 2029/30 to 191"
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
TO_AFTER = re.compile(rf"^{UNIT_WORDS}\s*(?:\([^()]*\)\s*)?(?:(?:in|for|during)\s+[^,;]{{2,30}}?\s+)?to\s+(?:the\s+)?\d",
                      re.IGNORECASE)
# the new value written first: "fell to 41 from 64"
TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
FROM_AFTER = re.compile(rf"^{UNIT_WORDS}\s*(?:(?:in|for|during)\s+[^,;]{{2,30}}?\s+)?,?\s*from\s+(?:the\s+)?\d",
                        re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;:!?]\s|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)
SUBJECT_CHARS = 160
ITEMS_BACK = 4000  # characters of a paragraph walked back over its "-" items to the line announcing them


@cache
def _subjects() -> tuple[tuple[dict[str, Any], Any], ...]:
    return tuple((r, compile_regex(r["regex"])) for r in load_rules("subjects"))


def subject_measure(subject: str) -> tuple[str, str] | None:
    """(measure, rule id) the subject names: the rule whose match ends nearest its end."""
    best: tuple[int, str, str] | None = None
    for rule, rx in _subjects():
        for m in rx.finditer(subject):
            if best is None or m.end() > best[0]:
                best = (m.end(), rule["measure"], rule["id"])
    return (best[1], best[2]) if best else None


BULLET_LINE = re.compile(r"^\s*[-–•*▪·]")
ITEM_BREAK = re.compile(r"\n|(?<=[.:;!?])\s+(?=[-–•*▪·])")


def list_lead(before: str, sentence: str) -> str:
    """The line that announces the list a sentence is an item of: the text before it ends with that
    line ("... for several key issues:") or, for an item marked as one ("-Repairs: ..."), with other
    items of the list below it."""
    if announces_list(before):
        return before
    if not BULLET_LINE.match(sentence):
        return ""
    lines = ITEM_BREAK.split(before[-ITEMS_BACK:].rstrip(" -–•*▪·"))  # a paragraph's lines may come joined by spaces
    for line in reversed(lines):
        if announces_list(line):
            return line
        if line.strip() and not BULLET_LINE.match(line):
            return ""
    return ""


def announced_measure(before: str, sentence: str) -> tuple[str, str] | None:
    """(measure, rule id) the lead of the list a sentence is an item of names, if any."""
    lead = list_lead(before, sentence)
    return subject_measure(lead[-SUBJECT_CHARS:]) if lead else None


def change_reading(n: Number, sentence: str, topic: str = "") -> Reading | None:
    """The reading of a value of a "from A to B" change, from the subject of its clause; a clause
    whose subject is only an area ("- Parking: down from 12% to 9%") takes the measure its topic
    names (the lead-in of its list)."""
    left, right = sentence[:n.start], sentence[n.end:]
    if (first := FROM_BEFORE.search(left)) and TO_AFTER.match(right) or (first := TO_BEFORE.search(left)) and FROM_AFTER.match(right):
        head = left[:first.start()]
    else:
        return None
    head = head[-SUBJECT_CHARS:]
    ends = list(CLAUSE_END.finditer(head))
    subject = head[ends[-1].end():] if ends else head
    found = subject_measure(subject)
    announced = announced_measure(topic, sentence)
    if announced is not None and (found is None or found[0] == "received" != announced[0]):
        found = announced  # "... reductions in upheld complaints:" / "-Garden waste complaints: from 4.9% to 3.3%"
    if found is None:
        return None
    measure, rule = found
    days = DAYS_AFTER.match(right)
    if measure == "average_response_days" and not days:
        return None  # an average needs its days said
    if days and measure != "average_response_days":
        return None  # "from 14 days to 11 days" of a count is a timescale, not a count
    unit = "count"
    if days:
        word = days.group(0).lower()
        unit = "working_days" if "working" in word else "calendar_days" if "calendar" in word else "days"
    return Reading(measure, unit, rule)
