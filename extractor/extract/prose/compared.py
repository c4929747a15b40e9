"""A number that is the earlier value of the figure just read: "1,036 complaints, 7% fewer than the
1,114 we logged the year before", "That is up from nine the year before", "388 compliments (2029/30:
352)". It counts what the figure before it counts, in its own period (read by dating.py)."""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.follows import BASE_RULE, names_period
from extractor.extract.prose.rules import Reading

# ... said of an earlier period ("... in the previous year", "... in 2029/30"), not of a plan or a forecast
THAN_WHEN = re.compile(r"[^.;]{0,50}?\b(?:year|quarter|period|(?:19|20)\d\d)\b", re.IGNORECASE)
THAN_BEFORE = re.compile(r"\b(?:fewer|more|less|lower|higher|greater)\s+than\s+the\s+$", re.IGNORECASE)
CLAUSE_CUT = re.compile(r"[.;,()]")
AND_BEFORE = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)
YEAR_BEFORE_THAT = re.compile(r"^\s*(?:%|per\s*cent)?\s*(?:in\s+)?the\s+(?:year|quarter)\s+before(?:\s+that)?\b", re.IGNORECASE)
THAT_UP_FROM = re.compile(r"^\W*(?:that|this|it)\s+(?:(?:is|was)\s+(?:(?:up|down)\s+(?:from|on)|(?:higher|lower|more|fewer)\s+"
                          r"than|compared\s+(?:to|with))|compares\s+(?:to|with))\s+(?:the\s+)?$", re.IGNORECASE)
UP_FROM_AFTER = re.compile(r"[,(]\s*(?:(?:an?\s+)?(?:(?:slight|small|marked|significant)\s+)?(?:increase|decrease|rise|fall|drop|"
                           r"reduction|improvement|decline|deterioration)\s+(?:in\s+[\w-]+\s+)?)?(?:up|down|rising|falling)?\s*"
                           r"from\s+$", re.IGNORECASE)
# "14.2 working days against 17.8 days in 2029/30": a value set against the same measure of another period
AGAINST_BEFORE = re.compile(r"\bagainst\s+$", re.IGNORECASE)
# possessive \s*+: two runs of spaces around the optional unit backtracked into each other
WHEN_AFTER = re.compile(r"^\s*+(?:%|per\s*cent|(?:working\s+|calendar\s+)?days?)?\s*+(?:(?:in|for|during|over)\s+(?:the\s+)?"
                        r"(?:same\s+(?:period|quarter|time)|previous|last|prior|preceding|(?:19|20)\d\d|Q[1-4]\b|quarter)"
                        r"|(?:the\s+)?(?:year|quarter)\s+before|a\s+(?:year|quarter)\s+(?:earlier|ago)|last\s+year)",
                        re.IGNORECASE)
COMPARED_PERIOD_BRACKET = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|on)\s+(?P<when>[^()\d]{0,20}?(?:(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?|"
                                     r"[^()\d]{2,30}?))\s*\(\s*$", re.IGNORECASE)
BRACKET_PERIOD_LABEL = re.compile(r"\(\s*+(?:(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?|Q[1-4])\s*+[:=]\s*+$", re.IGNORECASE)


def earlier_value(n: Number, left: str, right: str, sentence: str, numbers: Sequence[Number], i: int,
                  previous: Reading) -> Reading | None:
    """The reading of number i of a sentence as the earlier value of `previous`, or None."""
    if i and THAN_BEFORE.search(left) and n.unit == previous.unit \
            and previous.rule != BASE_RULE and THAN_WHEN.match(sentence, n.end):
        # "1,036 complaints, 7% fewer than the 1,114 we logged the year before": the earlier value
        return _same_as(previous)
    if i and previous.rule == "prose-compared-value" and AND_BEFORE.search(left) \
            and (YEAR_BEFORE_THAT.match(right) or names_period(CLAUSE_CUT.split(right.lstrip(" %"), 1)[0]))\
            and n.unit == numbers[i - 1].unit:
        # "compared with 121 in quarter 1 and 150 in the same quarter last year", "up from 45 in 2029/30 and
        # 39 the year before that": a further earlier value of the same
        return _same_as(previous)
    if not i and THAT_UP_FROM.match(left) and n.unit == previous.unit:
        # "That is up from nine the year before": the earlier value of the figure just read
        return _same_as(previous)
    if i and numbers[i - 1].unit == n.unit and AGAINST_BEFORE.search(left) \
            and WHEN_AFTER.match(right):
        return _same_as(previous)
    if i and UP_FROM_AFTER.search(left) and any(m.unit == n.unit for m in numbers[max(0, i - 2):i]):
        # (the number just before may be a timescale that only qualifies the share: "within ten days, down from 64%")
        # "88.5% ... within target, up from 81.2% last year": the earlier value of what was just read
        return _same_as(previous)
    if i and n.unit == previous.unit and (m := COMPARED_PERIOD_BRACKET.search(left)) and names_period(m.group("when")):
        # "412 complaints, 6% more than in 2028/29 (388)": the compared period's value, in brackets after it
        return _same_as(previous)
    if i and BRACKET_PERIOD_LABEL.search(left) and right.lstrip().startswith(")"):
        # "388 compliments (2029/30: 352)": last year's value of what was just read, in its bracket
        return _same_as(previous)
    return None


def _same_as(previous: Reading) -> Reading:
    """The earlier value counts what the figure just read counts, at its stage and area."""
    return Reading(previous.measure, previous.unit, "prose-compared-value", previous.stage, area=previous.area)
