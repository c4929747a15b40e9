"""The reading of last resort: a count no phrasing claimed, in a sentence about complaints that
names nothing else it could count, is a count of complaints received.

"The council had 299 in 2018/19; 351 in 2019/20", "The largest number of complaints, 114, concerned
the economy department": the words say only that these are complaints. A sentence that also speaks
of outcomes, timeliness, stages of escalation, the ombudsman, compliments, money or a change leaves the
count unread (the count may be any of those); so does a count followed by a noun of its own ("12
members", "3 visits") or named by the word before it ("paragraph 4", "stage 2").
"""

from __future__ import annotations

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.rules import Reading

PLAIN_RULE = "prose-plain-complaint-count"
COMPLAINTS = re.compile(r"\bcomplaints?\b", re.IGNORECASE)
# anything else a count in the sentence might be: an outcome, a time, a step, a body, a sum, a change,
# another kind of feedback, a share or a rate
OTHER_MEASURE = re.compile(
    r"\b(?:upheld|uphold\w*|justified|fault|maladministration|closed|resolved|responded|respon[sd]\w*|answered|replied"
    r"|escalat\w*|stage|within|late|overdue|target\w*|timescales?|deadlines?|days?|weeks?|months?|hours?"
    r"|average|investigat\w*|decided|decisions?|determin\w*|withdrawn|ombudsman|lgsco|lgo|spso|psow|nipso|phso"
    r"|compliments?|comments|enquir\w*|concerns|suggestions|satisf\w*|referr\w*|remed\w*|compensation|paid|pay"
    r"|fewer|more|less|increas\w*|decreas\w*|reduc\w*|ris(?:e|en|ing)|rose|fell|fall(?:en|ing)?|drop\w*|up|down"
    r"|per|rate|percent|per\s*cent|proportion|outstanding|open|ongoing|carried|brought|every|each|requests?|rather\s+than"
    r"|page|tel|telephone|phone|officers?|posts?|staff)\b|[£%#=+]", re.IGNORECASE)
# what may follow a count that says nothing of its own: the end, a comma or bracket, a period or a verb of the
# clause ("75 complaints" is the phrasing rules' to read, with what the words after it say)
RIGHT_OK = re.compile(r"^\s*(?:$|[,;:.)]|(?:in|during|for|over|across|this|last|that|the|and|"
                      r"ahead|against|compared|were|was|had|have|related|concerned|about|regarding|from|with)\b)",
                      re.IGNORECASE)
# a number named by the word before it: a paragraph, item, page, appendix, table or ward number
NAMED_BY = re.compile(r"\b(?:paragraphs?|para|items?|pages?|appendix|appendices|tables?|figures?|charts?|sections?|"
                      r"parts?|annex|no\.?|number|ref(?:erence)?|wards?|floors?|points?|priority|level|tier|phase|"
                      r"quarter|q|year|years|aged?|under|over|top|first|last|version|v|issue|edition|revision|rev|step|stage|phase)\s*:?\s*$", re.IGNORECASE)


ENUMERATOR_AFTER = re.compile(r"^[.)]")
MAX_PLAIN = 100_000  # larger than any body's complaints in a year: a population, a budget or a code
NUMBER_NEXT = re.compile(r"\s+\d")
NUMBER_BEFORE = re.compile(r"\d\s*$")
TITLE_LIKE = re.compile(r"\b(?:report|review|update|summary|bulletin)\s+(?:(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\s*)?$", re.IGNORECASE)


def plain_complaint_count(n: Number, left: str, right: str, sentence: str, ombudsman: bool) -> Reading | None:
    """A count of complaints received when the sentence is about complaints and about nothing else a
    count could be; None otherwise."""
    if ombudsman or n.unit != "count" or n.value != int(n.value) or n.value < 1 or n.stated[:1] in "£$":
        return None
    if not COMPLAINTS.search(sentence) or OTHER_MEASURE.search(sentence):
        return None
    if not RIGHT_OK.match(right) or NAMED_BY.search(left) or (left and left[-1] not in " \t:"):
        return None  # "annual-report-202425", "Plan 2030-35": glued to what is before; "street cleaning (22)": an area list's
    if n.value >= MAX_PLAIN or n.stated.startswith("0") or NUMBER_NEXT.match(sentence, n.end) \
            or NUMBER_BEFORE.search(sentence, 0, n.start):
        return None  # a phone number; "Q1 Q2 Q3 17 14 19": a chart's or table's values run into a line
    if ENUMERATOR_AFTER.match(right) and not left.strip(" \t-–•*·"):
        return None  # "- 1) Regular meetings for ... complaints": a list item's number
    if TITLE_LIKE.search(left):
        return None  # "Annual Complaints Report 2024/25 9": a page number after a running title
    return Reading("received", "count", PLAIN_RULE)
