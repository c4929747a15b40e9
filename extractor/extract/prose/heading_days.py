"""A stage's days under a heading or lead line that says what they are ("Indicator 4: the average time
in working days for a full response" over "Stage one: 5.6 working days"): the number's own sentence
names no measure, the heading does. Split from sentences.py."""

from __future__ import annotations

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.clauses import line_above
from extractor.extract.prose.emit import Where
from extractor.extract.prose.follows import DAYS_AFTER_UNIT
from extractor.extract.prose.rules import Reading
from extractor.patterns import compile_regex
from extractor.segment import settles

HEADING_AVERAGE = compile_regex(r"\b{AVERAGE}\b[^.;]{0,60}\b(?:time|days)\b|\b{AVERAGE}\s+(?:response|days)")
# "Stage one: 5.6 working days Stage two: 18.9 working days": a stage label right before the number
STAGE_LABEL = re.compile(r"(?:^|\n|\bdays?\.?\s+|[-•*]\s*)(?P<label>(?:stage\s*(?:\d|one|two|three)|informal|formal|"
                         r"frontline|investigation)[\w\s()]{0,30}?):\s*$", re.IGNORECASE)


def _list_lead(w: Where) -> str:
    """The line above the block, or above the list of "Stage one: 5.6 working days" lines the block
    ends: the line that says what the list's values are."""
    ln = w.block.line - 1
    while ln >= 1:
        line = w.doc.lines[ln - 1].strip()
        if line and not STAGE_LABEL.search(line.split(":")[0] + ":"):
            return line
        ln -= 1
        if w.block.line - ln > LIST_REACH:
            break
    return line_above(w.doc, w.block)


LIST_REACH = 12  # lines of a list of stage values walked up to find its lead line


def heading_days(n: Number, text: str, w: Where) -> Reading | None:
    """ "Indicator 4: the average time in working days for a full response" / "Stage one: 5.6 working
    days": a stage's days under a heading that says what they are."""
    heading = (w.block.heading_path[-1] if w.block.heading_path else "") + " " + _list_lead(w)
    unit = DAYS_AFTER_UNIT.match(text[n.end:])
    label = STAGE_LABEL.search(text[:n.start])
    if unit is None or label is None or not HEADING_AVERAGE.search(heading):
        return None
    kind = (unit.group("unit") or "").lower()
    return Reading("average_response_days", {"working": "working_days", "calendar": "calendar_days"}.get(kind, "days"),
                   "prose-heading-average", settles("stage", label.group("label")))
