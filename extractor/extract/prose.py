"""Figures from sentences: every count, percentage and number of days a report states,
with its measure, period, stage, procedure and breakdown.

Each number of a sentence is read from the words around it (patterns/prose.toml): the
text before it back to the previous number, the text after it up to the next. Its period
comes from its own clause ("compared to 13 during 1 April 2021 to 30 June 2021"), else the
sentence, else the block's lead ("Quarter one - ..."), else the section (segment.Context).
Tables and dashboard tiles are read elsewhere; their lines are left alone here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any

import regex as re

from extractor import nlp
from extractor.extract.bodies import find_bodies, find_body
from extractor.extract.numbers import Number, count_numbers
from extractor.extract.periods import Period, find_periods, from_dates, previous_year
from extractor.memo import per_document
from extractor.models import Block, Document, Figure
from extractor.patterns import expand, load_rules, rule_regex
from extractor.segment import Context, settles

HEADING_COUNT = re.compile(r"\(\d[\d,]*\)\s*$")  # "Environment & Technical (155)": a heading with its count
# "Upheld 45 (23%)", "Stage 2 complaints: 74, down from 88": a short label line with its value, which a
# loader may take for a heading; read as prose when the label names a measure and the value is no year
LABELLED_HEADING = re.compile(r"^(?![\d(])(?=[^:]{0,80}?\b(?:complain|compliment|upheld|justified|resolved|closed|"
                              r"received|withdrawn|enquir|escalat|within|average|respon|stage))[^:]{2,80}?(?::\s*|\s+)"
                              r"(?!(?:19|20)\d\d\b)\d[\d,.]*\s*%?\s*(?:(?:complaints?|compliments?|cases)\s*)?(?:\([^()]*\))?\s*(?:,\s*(?:up|down)\s+from\b[^.]*)?$",
                              re.IGNORECASE)
FROM_TO = re.compile(r"^\s*(?:(?:in|for|during)\s+[^,;]{2,30}?\s+)?to\s+$", re.IGNORECASE)
BACK_REFERENCE = re.compile(r"^\W*of\s+(?:these|those|them|which|this)\b", re.IGNORECASE)
NO_STAGE = "none"  # a reading that belongs to no stage, whatever its sentence names
NOT_OMBUDSMAN = ("compliments", "response_target_days", "average_response_days", "within_target", "outside_target")
TO_NEW_VALUE = re.compile(r"\bto\s+$", re.IGNORECASE)
ATTACHED_PERIOD = 16  # "164 in 2022/23": a period this close after a number is that number's
AFTER_PERCENT = re.compile(r"\(\s*$")
RATIO_OF = re.compile(r"^\s*(?:out\s+of|of)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
RATIO_BASE = re.compile(r"(?:out\s+of|\bof)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
PREVIOUS_YEAR = re.compile(r"\b(?:previous|preceding|last|prior)\s+(?:financial\s+)?year\b", re.IGNORECASE)
ELEMENTS = re.compile(r"\belements?\b", re.IGNORECASE)
OUTCOMES = ("upheld", "partially_upheld", "not_upheld", "upheld_or_partially_upheld")
COMPARED_BEFORE = re.compile(r"\(\s*(?:Q[1-4]|quarter\s+(?:\d|one|two|three|four)|\d{4}\s*[/-]\s*\d{2,4}|(?:last|previous|prior)\s+"
                             r"(?:year|quarter))\s*[:=]?\s*$"  # "Formal complaints: 115 (Q2: 98)"
                             r"|(?:compared\s+(?:to|with)?|in\s+comparison\s+(?:to|with)|versus|from)(?:\s+the)?\s+$"
                             r"|\b(?:on|from|than)\s+(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:financial\s+)?"
                             r"(?:year|period|quarter)\s*[(:–-]\s*$", re.IGNORECASE)
# "an increase of two": a change; "an increase from the 4 in the previous year": a compared value
CHANGE_BEFORE = re.compile(r"\b(?:increase|decrease|rise|fall|reduction|drop)\b(?!\s+(?:from|on)\b)[^,;(]*$",
                           re.IGNORECASE)
CASE_OUTCOME = re.compile(r"(?:\boutcome\W+|,\s*(?=(?:partially\s+|partly\s+|not\s+)?upheld\s*\.?\s*$))"
                          r"(?P<o>partially\s+upheld|partly\s+upheld|not\s+upheld|upheld)", re.IGNORECASE)
COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?)\b"
                      r"|\bagainst\s+(?:the\s+)?(?:same\s+(?:period|quarter|time)|previous|last|prior)\b"
                      r"|\b(?:increase|decrease|rise|fall)\s+on\b"
                      r"|\b(?:up|down|increased?|decreased?|rose|fell|rising|falling|reduced|reduction|drop(?:ped)?)\s+from\b"
                      r"|\bfrom\b(?=[^.;]{0,40}\bto\b)|(?<=\d[^.;,]{0,30})\bfrom\b(?=\s+(?:the\s+)?\d)", re.IGNORECASE)
NEW_VALUE = re.compile(r"^\s*(?:%|per\s?cent)?\s*,?\s*(?:up|down|increased|decreased|rising|falling|rose|fell)\s+"
                       r"(?:from|on)\b", re.IGNORECASE)
SCOPE_END = re.compile(r"\d[^;]*?(?:;|,\s*(?:of\s+(?:which|these|whom|those)|and|but|whilst|while|which|with|where)\b)",
                       re.IGNORECASE)
DAYS_AFTER = re.compile(r"^\s*-?\s*(?:working|calendar)?\s*[-\s]?days?\b", re.IGNORECASE)
PAIRED_PERCENT = re.compile(r"^\s*\(\s*$")
BRACKET_AREA = re.compile(r"(?P<area>[A-Z][\w&'’/.-]*(?:\s+(?:[A-Z&][\w&'’/.-]*|and|of|for|the|in|&))*)\s*\($")
AREA_RECEIVED = re.compile(r"(?:^|[;:,]\s*|\band\s+|-\s+)(?!(?:We|It|They|This|That|These|Those|Our|There|Overall|"
                           r"In|During|Each|All|The\s+[Cc]ouncil|Council)\b)(?P<area>[A-Z][\w&'’/@.-]*(?:\s+(?:[A-Z&@][\w&'’/@.-]*|and|of|for|the|in|&|with))*)"
                           r"\s+(?:received|receiving)\s+$")
CLAUSE_BREAK = re.compile(r"[,;:]\s+(?:and\s+|but\s+|while\s+|whilst\s+)?|\s+(?:and|but)\s+(?=\w+\s+(?:were|was|cases?|complaints?))")
TOPIC_COMPLIMENTS = re.compile(r"\bcompliments?\b", re.IGNORECASE)
AVERAGE_BEFORE = re.compile(r"\baverage\b[^.;]{0,40}?(?:\bdays?\b[^.;\d]{0,10}|:\s*)$"
                            r"|\baverage\s+(?:response\s+)?time\b[^.;\d]{0,80}?\b(?:was|is|stood\s+at)\s+$", re.IGNORECASE)  # "Average response time (working days): 11.4"
# "Average response time (working days): 11.4", "The average time in working days to respond ... was 5.1"
DAY_UNIT_BEFORE = re.compile(r"\b(?P<unit>working|calendar)\s+days?\b[^.;\d]{0,60}$", re.IGNORECASE)
# "seven in ten complaints", "one in every five": a proportion said in words, not a count
IN_EVERY = re.compile(r"^\s+in\s+(?:every\s+)?(?:ten|five|four|three|twenty|a\s+hundred|10|5|4|3|20|100)\b(?![/.,]\d)",
                      re.IGNORECASE)
EVERY_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+in\s+(?:every\s+)?$",
                          re.IGNORECASE)
TOPIC_UPHELD = re.compile(r"\bupheld\b", re.IGNORECASE)
LEAD_PERIOD_CHARS = 40


@dataclass(frozen=True)
class Reading:
    measure: str
    unit: str
    rule: str
    stage: str | None = None
    dimension: str | None = None
    category: str | None = None
    area: str | None = None


@cache
def _rules() -> tuple[tuple[dict[str, Any], re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    out = []
    for r in load_rules("prose"):
        left = re.compile(expand(r["left"]), re.IGNORECASE | re.VERBOSE) if "left" in r else None
        right = re.compile(expand(r["right"]), re.IGNORECASE | re.VERBOSE) if "right" in r else None
        out.append((r, left, right))
    return tuple(out)


SKIP = Reading("skip", "count", "skip")  # a rule said: not a figure (a change, a benchmark)


def classify(left: str, right: str, ombudsman: bool = False) -> Reading | None:
    """What the number between `left` and `right` counts, or None when it is not a figure;
    `ombudsman`: the sentence speaks of an ombudsman's work ("we dealt with 291 complaints")."""
    reading = _classify(left, right, ombudsman)
    return None if reading is SKIP else reading


def _classify(left: str, right: str, ombudsman: bool = False) -> Reading | None:
    """classify, with SKIP where a rule rules the number out (so nothing else reads it)."""
    days = bool(DAYS_AFTER.match(right))
    for rule, lrx, rrx in _rules():
        if not rule.get("any_days") and bool(rule.get("when_days")) != days:
            continue
        if rule.get("ombudsman") and not ombudsman:
            continue
        m = rrx.match(right) if rrx is not None else None
        if rule.get("either"):  # left or right suffices
            if not ((lrx is not None and lrx.search(left)) or m is not None):
                continue
        else:
            if lrx is not None and not lrx.search(left):
                continue
            if rrx is not None and m is None:
                continue
        if rule.get("skip"):
            return SKIP if rule.get("final") else None
        unit = "count"
        if rule.get("unit_group"):
            word = (m.group("unit") or "").lower() if m is not None else ""
            unit = {"working": "working_days", "calendar": "calendar_days"}.get(word, "days")
        elif rule["measure"] in ("average_response_days", "response_target_days"):
            said = DAY_UNIT_BEFORE.search(left)  # "Average response time (working days): 11.4"
            unit = f"{said.group('unit').lower()}_days" if said else "days"
        area = AREA_TAIL.sub("", m.group("area").strip()) if m is not None and rule.get("area_group") else None
        stage = rule.get("stage") or (None if settles("stage", right) else rule.get("default_stage"))
        if rule.get("stage_from_match") and m is not None:
            stage = settles("stage", m.group(0)) or stage
        if rule.get("ombudsman_stage") and ombudsman:
            stage = "ombudsman"  # "closed without formal investigation" names no council stage
        return Reading(rule["measure"], unit, rule["id"], stage, area=area)
    return None


def _stage(text: str, default: str | None) -> str | None:
    """The one stage a text names; "all stages" names none, and an ombudsman's "formal
    investigation" is not the council's stage two."""
    if ALL_STAGES.search(text):
        return NO_STAGE
    text = HANDLING_CODE.sub(" ", text)  # "under the Housing Ombudsman Complaint Handling Code": the council's own
    if MENTIONS_OMBUDSMAN.search(text):
        text = FORMAL_INVESTIGATION.sub(" ", text)
    stage = settles("stage", text)
    return stage or default


HANDLING_CODE = re.compile(r"\b(?:(?:Housing\s+)?Ombudsman['’]?s?\s+)?Complaint\s+Handling\s+Code\b"
                          r"|\b(?:Housing\s+)?Ombudsman['’]?s?\s+Code\b", re.IGNORECASE)
ALL_STAGES = re.compile(r"\b(?:all|both|each|every)\s+(?:complaints?\s+)?stages\b", re.IGNORECASE)
FORMAL_INVESTIGATION = re.compile(r"\bformal\s+investigations?\b", re.IGNORECASE)
ASIDE = re.compile(r"\([^()]*\)")


RELATIVE = re.compile(r"\b(?:previous|preceding|last|prior|same|this|current)\b", re.IGNORECASE)
OWN_LAST_YEAR = re.compile(r"(?:over\s+|during\s+|in\s+)?(?:the\s+)?last\s+year", re.IGNORECASE)
FINANCIAL_YEAR = re.compile(r"\d{4}/\d{2}")
COMPARING = re.compile(r"\b(?:compared|comparison|than|from|on|since|with|versus|vs)\b", re.IGNORECASE)


CALENDAR_SAID = re.compile(r"\bcalendar\s+year\s*$", re.IGNORECASE)  # "in calendar year 2023": a reporting year
ONWARDS = re.compile(r"\b(?:from|since)\s+(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<y>\d{4})"
                     r"(?!\s*(?:to|until|-|–))", re.IGNORECASE)
MONTH_NUMBERS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"), 1)}


def _periods(sentence: str, context: Period | None) -> list[tuple[int, int, Period]]:
    """The periods of a sentence; in a report kept in financial years, a bare calendar year or
    month is when something happened, not the period a figure covers."""
    found = [(s, e, p) for s, e, p in find_periods(sentence, context) if p.start is not None]
    if found and not RELATIVE.search(sentence[found[0][0]:found[0][1]]) and found[0][2] != context:
        # "363 between April and September 2024 ... 448 during the same period last year":
        # relative phrases read against the sentence's own first period
        found = [(s, e, p) for s, e, p in find_periods(sentence, found[0][2]) if p.start is not None]
    elif found and context is not None and OWN_LAST_YEAR.fullmatch(sentence[found[0][0]:found[0][1]]) \
            and FINANCIAL_YEAR.fullmatch(context.label) and not COMPARING.search(sentence[:found[0][0]]) \
            and not sentence[:found[0][0]].rstrip().endswith("("):  # "Compliments: 389 (last year: 352)" compares
        # "Last year we received 224 complaints" in a report on a year: that year, not the one before
        found = [(found[0][0], found[0][1], context)] + found[1:]
    if context is not None and _reporting(context):
        found = [(s, e, p) for s, e, p in found if _reporting(p) or CALENDAR_SAID.search(sentence[max(0, s - 20):s])] \
            + _onwards(sentence, context)
    return sorted(found, key=lambda sp: sp[0])


def _onwards(sentence: str, context: Period) -> list[tuple[int, int, Period]]:
    """ "Data held from October 2019 suggests ...": from that month to the end of the report's period."""
    out = []
    for m in ONWARDS.finditer(sentence):
        month = MONTH_NUMBERS.get(m.group("m").lower()[:3])
        start = date(int(m.group("y")), month, 1) if month else None
        if start is not None and context.start is not None and context.end is not None \
                and context.start < start <= context.end:
            out.append((m.start(), m.end(), from_dates(start, context.end)))
    return out


def _reporting(p: Period) -> bool:
    """A reporting period (a financial year, half or quarter, or a span of several months), not
    the month or calendar year an event happened in ("implemented late in 2019")."""
    if p.start is None or p.end is None:
        return False
    return (p.end - p.start).days > 40 and not re.fullmatch(r"\d{4}", p.label)


def period_for(n: Number, sentence: str, periods: list[tuple[int, int, Period]], lead: Period | None,
               context: Period | None) -> Period | None:
    """A number after "compared to" takes the period that follows it; one before takes the
    sentence's own period; else the block lead's, else the section's."""
    # "115 (Q2: 98)": a period labelling a later number is that number's, not this one's
    periods = [(s, e, p) for s, e, p in periods if s < n.end or not LABEL_OF_NEXT.match(sentence, e)]
    attached = [p for s, _, p in periods if 0 <= s - n.end <= ATTACHED_PERIOD
                and not re.search(r"[,;]|\d|\b(?:and|or|but|while|whilst)\b", sentence[n.end:s])]
    if attached:
        return attached[0]
    mark = COMPARED.search(sentence)
    if mark is not None and n.start > mark.start() and TO_NEW_VALUE.search(sentence[mark.end():n.start]):
        mark = None  # "from 130 to 100": the value after "to" is the current one
    # "decreased to 14 from 20, of which 6 were upheld": the comparison ends with its clause
    scope = _comparison_span(sentence, mark)
    # "against the same period last year (49% up from 35%)": 49 is the current value
    current = bool(NEW_VALUE.match(sentence[n.end:]))
    if mark is not None and scope[0] < n.start < scope[1] and not current:
        after = [p for s, _, p in periods if s > mark.start()]
        current = next((p for s, _, p in periods if s < mark.start()), None) or lead or context
        if after and PREVIOUS_YEAR.search(sentence, mark.start()) and current is not None \
                and after[0].start is not None and current.start is not None and after[0].start >= current.start:
            # "compared to 33 in quarter four in the previous financial year"
            return previous_year(after[0])
        if after:
            return after[0]
        base = next((p for s, _, p in periods if s < mark.start()), None) or lead or context
        return previous_year(base) if base is not None else None
    before_mark = [(s, e, p) for s, e, p in periods if not scope[0] <= s < scope[1]]
    clause = _clause_span(sentence, n)
    own = [(s, p) for s, e, p in before_mark if clause[0] <= s < clause[1]]
    if own:  # "... in quarter four: ...; and a total of 148 for the 23/24 year"
        # "In quarter 1 this was 60% and in quarter 2 it was 82%": the nearest period before the number
        before = [p for s, p in own if s < n.start]
        return before[-1] if before else own[0][1]
    # a period said later in another clause is that clause's ("fell from 74 to 41, with 19 upheld in
    # the year up to March 2023"), and one inside the comparison is the compared figure's
    first = min((x.start for x in count_numbers(sentence)), default=n.start)
    framing = [p for s, e, p in before_mark if s < min(first, n.start) or (s < n.start and s < clause[0]
                                                                           and not CLAUSE_END.search(sentence, s, n.start))]
    return framing[0] if framing else (lead or context)


CLAUSE_END = re.compile(r";")
LABEL_OF_NEXT = re.compile(r"\s*[:=]\s*\d")


def _comparison_span(sentence: str, mark: re.Match[str] | None) -> tuple[int, int]:
    """Where a comparison ("compared to 13 during ...", "from 20") starts and ends: at the end of
    the clause holding its first number, or the end of the sentence."""
    if mark is None:
        return len(sentence), len(sentence)
    end = SCOPE_END.search(sentence, mark.end())
    return mark.start(), end.end() if end is not None else len(sentence)


def _clause_span(sentence: str, n: Number) -> tuple[int, int]:
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, n.start)), default=0)
    end = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, n.end)), len(sentence))
    return start, end


def _clause(sentence: str, n: Number) -> str:
    """The clause around a number: procedure words count only where they are said."""
    start, end = _clause_span(sentence, n)
    return sentence[start:end]


def _breakdown(n: Number, sentence: str, mentions: Sequence[nlp.Mention], reading: Reading,
               strict: bool = False) -> Reading | None:
    """A channel or complainant word right after the number (or before its bracket) is a breakdown;
    `strict`: the number has no reading of its own, so only such a word makes it a figure."""
    for m in mentions:
        gap = sentence[n.end:m.start]
        if m.label == "COMPLAINANT" and 0 <= m.start - n.end <= 2 and reading.measure == "received":
            return Reading("received", "count", m.rule, reading.stage, "complainant", m.category)
        if m.label == "COMPLAINANT" and sentence[m.end:n.start].strip() == "(":
            return Reading("received", "count", m.rule, reading.stage, "complainant", m.category)
        if m.label == "CHANNEL" and m.start > n.end and len(gap) < 70 and re.search(r"\b(?:via|by|through)\b", gap) \
                and not any(0 < o.start - n.end < m.start - n.end for o in count_numbers(sentence[n.end:m.start])):
            return Reading("received", "count", m.rule, reading.stage, "channel", m.category)
    return None if strict else reading


def _bracketed(n: Number, left: str, right: str, sentence: str, before: str = "") -> Reading | None:
    """ "Planning Policy (4)": a count in brackets after a name is that area's count."""
    if not right.lstrip().startswith(")") or not (m := BRACKET_AREA.search(left)):
        return None
    area = m.group("area").strip()
    topic = before + sentence[: n.start]
    if TOPIC_COMPLIMENTS.search(topic) and not re.search(r"\bcomplaints?\b", topic, re.IGNORECASE):
        measure = "compliments"
    elif TOPIC_UPHELD.search(topic[-200:]):
        measure = "upheld"
    else:
        measure = "received"
    return Reading(measure, "count", "prose-bracketed-area", area=area)


BASE_RULE = "prose-ratio-base"
PERIOD_NEXT = re.compile(r"^\s*(?:in|during|for)\s+(?:the\s+)?(?:Q[1-4]\b|quarter\s+(?:\d|one|two|three|four)\b|"
                         r"(?:first|second|third|fourth)\s+quarter\b|(?:19|20)\d\d\b(?!\s*[/–-]\s*\d))", re.IGNORECASE)
CHANGE_BY = re.compile(r"\s+by\s+$", re.IGNORECASE)
TO_AFTER_CHANGE = re.compile(r"^\s*(?:%|per\s?cent)?\s*,?\s*to\s+$", re.IGNORECASE)
OWN_SHARE = re.compile(r"^[^.;,()]{0,60}\(\s*$")  # "23 stage 1 complaints (7%) ...": the count's share in brackets
LABEL_COLON = re.compile(r"^\s*(?:working\s+|calendar\s+)?days?\b[^.;:\d]{0,60}:\s*$", re.IGNORECASE)
OUT_OF_END = re.compile(r"\bout\s+of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
WITHIN_END = re.compile(r"\bwithin\s+(?:the\s+)?$", re.IGNORECASE)
SHARE_OF_PREVIOUS = re.compile(r"\b(?:equates|equating|equal(?:s|ling)?|amounts?|amounting|represent(?:s|ing))\s+to\s+$"
                               r"|(?:,\s*|\b)or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$"
                               r"|\b(?:a|the)\s+(?:rate|proportion|percentage|share)\s+of\s+$"
                               r"|\b(?:this|which)\s+(?:is|was|represents)\s+$", re.IGNORECASE)
PARALLEL = re.compile(r"^\s*(?:,|and|&|or)\s*$", re.IGNORECASE)
PARALLEL_AREA = re.compile(r"(?:,|\band)\s*$")
WERE_STAGE = re.compile(r"^\s*(?:were|was)\s+(?:at\s+)?(?P<stage>stage\s*(?:\d|one|two|three)|informal|formal)\b",
                        re.IGNORECASE)
OF_WHICH = re.compile(r"(?:\bof\s+(?:which|these|them|those)|,|\band)\s*$", re.IGNORECASE)
DAY_MEASURES = ("response_target_days", "average_response_days")
DAYS_AFTER_UNIT = re.compile(r"^\s*-?\s*(?P<unit>working|calendar)?\s*[-\s]?days?\b", re.IGNORECASE)
NEXT_DAYS = re.compile(r"^\s*-?\s*(?:working\s+|calendar\s+)?[-\s]?days?\b[^.;]{0,60}?(?:,|\band|\bwhile|\bwhilst)\s*$",
                       re.IGNORECASE)
PARALLEL_TAIL = re.compile(r"(?:,|\band|&)\s*$", re.IGNORECASE)
AT_STAGE = re.compile(r"^\s*(?:(?:were|was)\s+)?(?:at|in|for)\s+(?:the\s+)?(?P<stage>stage\s*(?:\d|one|two|three)"
                      r"|informal|formal)\b", re.IGNORECASE)
# "74% of Stage 2 complaints", "1,301 complaints at Stage 1": a stage named right after the number is its own
OWN_STAGE = re.compile(r"^\s*(?:%|per\s?cent)?\s*(?:\(\s*[\d.]+\s*%?\s*\)\s*)?(?:of\s+(?:the\s+|all\s+|our\s+)?)?"
                       r"(?:(?!and\b|or\b|but\b|of\b|were\b|was\b)[\w'’-]+\s+){0,2}?(?:(?:at|in|for)\s+(?:the\s+)?)?"
                       r"(?P<stage>stage\s*(?:\d|one|two|three)|informal(?=\s+complaints?\b)|formal\s+complaints?)\b",
                       re.IGNORECASE)
# "412 complaints were upheld (32%)": a share in brackets after its count's own words
BRACKETED_SHARE = re.compile(r"^[^.;,()\d]{0,60}\(\s*$")
NEXT_AREA = re.compile(r"^\s*(?:for|in|to|from|at|by)?\s*(?P<area>\p{Lu}[\w&'’-]*(?:\s+(?:\p{Lu}[\w&'’-]*|and|of|for|&))*)")
NAMED_COUNT = re.compile(r"(?:\(|,|\band)\s*(?P<area>\p{Lu}[\w&'’-]*(?:\s+(?:\p{Lu}[\w&'’-]*|and|of|for|&))*),\s*$")
AREA_TAIL = re.compile(r"(?:\s+(?:and|of|for|the|&|in))+$", re.IGNORECASE)


THIS_WAS = re.compile(r"\b(?:this|it|that)\s+(?:was|is|stood\s+at|came\s+to|reached)\s+$", re.IGNORECASE)
SHARE_TOPIC = re.compile(r"\b(?:percentage|proportion|share|rate)\s+of\s+(?P<what>(?:complaints?|cases)\s+[^.;]{3,60})",
                         re.IGNORECASE)


def _follows(n: Number, left: str, right: str, previous: Reading) -> Reading | None:
    """A number that says nothing of its own takes the reading before it: "This equates to 30%"
    (a share of the count before), "(155 and 88 respectively)", "2 were regarding Adult Social
    Care and 5 Children's Social Care" (the same measure for the next area)."""
    if n.unit == "percent" and SHARE_OF_PREVIOUS.search(left):
        return Reading(previous.measure, "count", "prose-share-of-previous", previous.stage, area=previous.area)
    if PARALLEL.match(left):
        return Reading(previous.measure, previous.unit, "prose-parallel", previous.stage)
    if previous.measure in DAY_MEASURES and (m := DAYS_AFTER_UNIT.match(right)) and NEXT_DAYS.match(left):
        # "10 working days for Stage 1 complaints and 20 working days for Stage 2 complaints"
        unit = {"working": "working_days", "calendar": "calendar_days"}.get((m.group("unit") or "").lower(), "days")
        return Reading(previous.measure, unit, "prose-parallel-days")
    if (m := WERE_STAGE.match(right)) and OF_WHICH.search(left):
        # "1,045 complaints, of which 932 were stage 1 and 113 were stage 2"
        return Reading(previous.measure, previous.unit, "prose-of-which-stage", settles("stage", m.group("stage")))
    if n.unit == "percent" and left.rstrip().endswith("(") and previous.rule != BASE_RULE:
        # "452 out of 520 stage 1 complaints on time (87%)": the share of the count its sentence read
        return Reading(previous.measure, "count", "prose-share-of-previous", previous.stage, area=previous.area)
    if PARALLEL_TAIL.search(left) and (m := AT_STAGE.match(right)):
        # "1,301 were closed at Stage 1 and 181 at Stage 2": the same measure at the next stage
        return Reading(previous.measure, previous.unit, "prose-parallel-stage", settles("stage", m.group("stage")))
    if PARALLEL_TAIL.search(left) and PERIOD_NEXT.match(right) and len(left) < 40:
        # "18 complaints in Q1, 23 in Q2, 31 in Q3 and 27 in Q4": the same measure for the next period
        return Reading(previous.measure, previous.unit, "prose-parallel-period", previous.stage, area=previous.area)
    if (m := NAMED_COUNT.search(left)) is not None:
        return Reading(previous.measure, previous.unit, "prose-parallel", previous.stage,
                       area=AREA_TAIL.sub("", m.group("area")))
    if previous.area is not None and PARALLEL_AREA.search(left) and (m := NEXT_AREA.match(right)):
        area = AREA_TAIL.sub("", m.group("area"))
        return Reading(previous.measure, previous.unit, "prose-parallel", previous.stage, area=area)
    return None


def _past_threshold(n: Number, sentence: str, numbers: Sequence[Number], i: int, previous: Reading | None,
                   right: str) -> Reading | None:
    """ "We met the 10 working day target in 87% of cases": a result whose verb stands before the
    timescale, read with the timescale kept in its left text."""
    if not i or previous is None or previous.measure != "response_target_days":
        return None
    reading = _classify(sentence[numbers[i - 2].end if i > 1 else 0:n.start], right)
    return reading if reading is not None and reading is not SKIP and reading.rule in PAST_THRESHOLD else None


PAST_THRESHOLD = ("prose-met-target", "prose-missed-target", "prose-performance-against-target")


def read_number(n: Number, sentence: str, numbers: Sequence[Number], i: int, mentions: Sequence[nlp.Mention],
                before: str = "", previous: Reading | None = None, ombudsman: bool = False) -> Reading | None:
    """What number i of a sentence counts; `before` is the block's text before the sentence
    (its topic), `previous` the reading of the number before it in the sentence, `ombudsman`
    whether the sentence speaks of an ombudsman's work."""
    left = sentence[numbers[i - 1].end if i else 0:n.start]
    stop = i + 1
    if stop < len(numbers) and numbers[stop].unit == "percent" and n.unit == "count" \
            and (PAIRED_PERCENT.match(gap := sentence[n.end:numbers[stop].start]) or OWN_SHARE.match(gap)):
        # "105 (58%) stage one complaints within 5 days", "23 complaints (7%) missed the deadline":
        # read past the count's own percentage
        stop += 1
    right = sentence[n.end:numbers[stop].start if stop < len(numbers) else len(sentence)]
    right = re.sub(r"\(\s*[\d.]+\s*(?:%|per\s?cent)\s*\)", " ", right)
    if n.unit == "percent" and i and PAIRED_PERCENT.match(left) and numbers[i - 1].unit == "count":
        return None  # read with its count ("31 (17%)")
    if previous is not None and i and numbers[i - 1].unit == "percent" and AFTER_PERCENT.search(left) \
            and RATIO_OF.match(right):
        # "90% (26 of 29)": the count behind the percentage
        return Reading(previous.measure, "count", previous.rule, previous.stage)
    if RATIO_OF.match(right) and i + 1 < len(numbers):
        # "34 out of 379 (9%) complaints were escalated": 34 counts what follows the base
        j = i + 1
        if j + 1 < len(numbers) and numbers[j + 1].unit == "percent" \
                and PAIRED_PERCENT.match(sentence[numbers[j].end:numbers[j + 1].start]):
            j += 1  # "34 out of 379 (9%) complaints ..."
        rest = sentence[numbers[j].end:numbers[j + 1].start if j + 1 < len(numbers) else len(sentence)]
        ratio = classify(left, rest.lstrip(" )"), ombudsman)
        if ratio is not None:
            return ratio
    if previous is not None and i and previous.measure in ("within_target", "outside_target") \
            and DAYS_AFTER.match(right) and WITHIN_END.search(left):
        return None  # "We resolved 60 (75%) complaints within 20 working days": the threshold of that count
    if RATIO_BASE.search(left) and i and (RATIO_OF.match(sentence[numbers[i - 1].end:n.start]) or OUT_OF_END.search(left)):
        # the base of all stages; "out of the nine investigated": the ombudsman's closed cases
        own = _classify("", right, ombudsman)
        if own is SKIP:
            return None  # "3 out of the 11 (27%) cases met the criteria": a sample, not a measure
        if own is not None and own.measure == "closed":
            return Reading("closed", "count", BASE_RULE, own.stage)
        return Reading("received", "count", BASE_RULE, NO_STAGE)
    reading = _bracketed(n, left, right, sentence, before) or _past_threshold(n, sentence, numbers, i, previous, right) \
        or _classify(left, right, ombudsman)
    if reading is None and i and LABEL_COLON.search(left):
        # "... closed at stage two within 20 working days: 114": the value's label holds a number of its own
        reading = _classify(sentence[sentence.rfind("\n", 0, n.start) + 1:n.start], right, ombudsman)
    if reading is None and i and TO_AFTER_CHANGE.match(left) and (by := CHANGE_BY.search(sentence, 0, numbers[i - 1].start)):
        # "Stage 1 complaints fell by 9% to 1,130": the new value, read as if the change were not said
        reading = _classify(sentence[:by.start()] + " to ", right, ombudsman)
    if reading is SKIP:
        return None
    if reading is None and previous is not None and (COMPARED_BEFORE.search(left) or FROM_TO.match(left)) \
            and not CHANGE_BEFORE.search(left):
        # "15 complaints compared to 13 during ...": the compared number counts the same thing
        reading = Reading(previous.measure, previous.unit, "prose-compared-value", previous.stage)
    if reading is None and previous is not None:
        reading = _follows(n, left, right, previous)
    if reading is None and n.unit == "percent" and THIS_WAS.search(left) and (m := SHARE_TOPIC.search(before[-300:])):
        # "Housing report the percentage of complaints upheld. In quarter 1 this was 60%"
        reading = classify("", " " + m.group("what"), ombudsman)
    if reading is None:
        return _breakdown(n, sentence, mentions, Reading("received", "count", "prose-breakdown"), strict=True)
    if reading.measure == "received":
        if reading.area is None and (m := AREA_RECEIVED.search(left)) is not None:
            reading = Reading(reading.measure, reading.unit, reading.rule, reading.stage, area=m.group("area").strip())
        topic = before[-300:] + sentence
        if TOPIC_COMPLIMENTS.search(topic) and not re.search(r"\bcomplain", topic, re.IGNORECASE):
            reading = Reading("compliments", "count", reading.rule, None, area=reading.area)
    return _breakdown(n, sentence, mentions, reading)


@dataclass(frozen=True)
class Where:
    """Where a sentence sits and what it inherits: its block, line, context and lead period."""

    doc: Document
    block: Block
    sent: nlp.Sentence
    line: int
    ctx: Context
    lead: Period | None
    carried_stage: str | None = None
    last_period: Period | None = None
    block_stage: str | None = None
    voice: bool = False  # the document is an ombudsman's own (patterns/prose_voice.toml)
    earlier: tuple[Figure, ...] = ()  # the paragraph's figures before this sentence


def _emit(w: Where, num: Number, reading: Reading, unit: str, period: Period | None, stage: str | None,
          body: str | None, clause: str) -> Figure:
    return Figure(
        doc=w.doc.name, measure=reading.measure, value=num.value, unit="percent" if num.unit == "percent" else unit,
        line=w.line, evidence=" ".join(w.sent.text.split()), stated=num.stated, source="prose", rule=reading.rule,
        page=w.block.page, stage=stage, body=body if stage == "ombudsman" else None,
        period=period.label if period else None,
        period_start=period.start.isoformat() if period and period.start else None,
        period_end=period.end.isoformat() if period and period.end else None,
        service=w.ctx.service, area=reading.area, procedure=settles("procedure", clause) or w.ctx.procedure,
        dimension=reading.dimension, category=reading.category, organisation=w.ctx.organisation,
        approximate=num.approximate)


def _section_stage(w: Where) -> str | None:
    """The section's stage, unless the section is an ombudsman's and the paragraph speaks only of
    one of the council's own stages ("The response timescale for stage 1 complaints ...")."""
    if w.ctx.stage == "ombudsman" and w.block_stage not in (None, "ombudsman"):
        return None
    return w.ctx.stage


WITHIN_QUALIFIER = re.compile(r"\bwithin\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
ALL_OF = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)


def _without_asides(text: str, at: int) -> str:
    """The text without the bracketed asides that do not hold position `at`: "15 days (although
    another team publicises ten working days for Stage One)" names no stage for the 15."""
    return ASIDE.sub(lambda m: m.group(0) if m.start() <= at < m.end() else " " * len(m.group(0)), text)


def _reading_of(f: Figure) -> Reading:
    unit = "count" if f.unit == "percent" else f.unit
    return Reading(f.measure, unit, f.rule, f.stage or NO_STAGE, f.dimension, f.category, f.area)


def _restated(n: Number, text: str, reading: Reading, earlier: Sequence[Figure]) -> Reading:
    """ "4 complaints were upheld ... In all 4 cases an apology was issued": the number restates
    the block's earlier figure of the same value, so it counts what that one counts."""
    if n.unit != "count" or not ALL_OF.search(text[: n.start]):
        return reading
    same = [f for f in earlier if f.value == n.value and f.unit == "count"]
    return Reading(same[-1].measure, "count", "prose-restated", same[-1].stage or NO_STAGE, area=same[-1].area) \
        if same else reading


HEADING_AVERAGE = re.compile(r"\baverage\b[^.;]{0,60}\b(?:time|days)\b|\baverage\s+(?:response|days)", re.IGNORECASE)
# "Stage one: 5.6 working days Stage two: 18.9 working days": a stage label right before the number
STAGE_LABEL = re.compile(r"(?:^|\n|\bdays?\.?\s+|[-•*]\s*)(?P<label>(?:stage\s*(?:\d|one|two|three)|informal|formal|"
                         r"frontline|investigation)[\w\s()]{0,30}?):\s*$", re.IGNORECASE)


def _heading_days(n: Number, text: str, w: Where) -> Reading | None:
    """ "Indicator 4: the average time in working days for a full response" / "Stage one: 5.6 working
    days": a stage's days under a heading that says what they are."""
    heading = (w.block.heading_path[-1] if w.block.heading_path else "") + " " + _line_above(w.doc, w.block)
    unit = DAYS_AFTER_UNIT.match(text[n.end:])
    label = STAGE_LABEL.search(text[:n.start])
    if unit is None or label is None or not HEADING_AVERAGE.search(heading):
        return None
    kind = (unit.group("unit") or "").lower()
    return Reading("average_response_days", {"working": "working_days", "calendar": "calendar_days"}.get(kind, "days"),
                   "prose-heading-average", settles("stage", label.group("label")))


def figures_of_sentence(w: Where) -> list[Figure]:
    """The figures of one sentence of a block."""
    text = w.sent.text
    # a document that names no period of its own: the last one said nearby ("between April and
    # September 2024 ... -Missed collections: reduced from 23% to 12%")
    context_period = _period_of(w.ctx) or w.last_period
    periods = _periods(text, w.lead or context_period)
    if not periods and w.last_period is not None and BACK_REFERENCE.match(text):
        # "Of these, 74% were resolved within ...": a sentence with no period of its own speaks
        # of the period the sentence before it named
        context_period = w.last_period
    # a count with decimals is a rate ("0.36 complaints per 1,000 residents"), not a count
    numbers = [n for n in count_numbers(text) if n.unit in ("count", "percent") and n.value == n.value
               and (n.unit == "percent" or n.value == int(n.value) or DAYS_AFTER.match(text[n.end:])
                    or AVERAGE_BEFORE.search(text[: n.start]))
               and not _idiom(n, text)]
    out: list[Figure] = []
    previous = _reading_of(w.earlier[-1]) if w.earlier else None  # "... 27 were upheld. This equates to 30%"
    numerator: Reading | None = None
    numerator_stage: str | None = None
    if w.carried_stage == "ombudsman" and OWN_VOICE.match(text):
        w = replace(w, carried_stage=None)  # "We received 2,104 complaints" below an ombudsman paragraph: ours
    body = w.ctx.body or _acting_ombudsman(w.doc, text, w.block.text[: w.sent.start]) \
        or ((dominant_body(w.doc) or voice_body(w.doc)) if w.voice else None)
    ombudsman = w.voice or body is not None or bool(OMBUDSMAN_ACTS.search(text)) \
        or (_stage(text, None) or _section_stage(w) or w.block_stage or w.carried_stage) == "ombudsman"
    # "... the Housing Ombudsman made determinations on 12 of our cases. Maladministration was found
    # in 7": the paragraph's ombudsman, for figures already at the ombudsman's stage
    named = {f.body for f in w.earlier if f.stage == "ombudsman" and f.body}
    emit_body = body or (named.pop() if len(named) == 1 else None) or sole_body(w.doc)
    shares: set[int] = set()  # percentages already emitted as the share of the count before them
    for i, n in enumerate(numbers):
        if i in shares:
            continue
        reading = read_number(n, text, numbers, i, w.sent.mentions, w.block.text[: w.sent.start], previous,
                              ombudsman) or _heading_days(n, text, w)
        if reading is None or (reading.measure in OUTCOMES and ELEMENTS.search(text[: n.start])):
            continue  # outcomes of the elements of one complaint are not complaint figures
        reading = _restated(n, text, reading, w.earlier)
        if reading.measure == "response_target_days" and WITHIN_QUALIFIER.search(text[: n.start]) \
                and any(f.measure == reading.measure and f.value == n.value for f in (*w.earlier, *out)):
            continue  # "use a 10-working day timescale ... completed within the internal 10-working day timescale"
        if reading.rule != BASE_RULE:  # "seven upheld out of the nine investigated, a rate of 78 per cent"
            previous = reading
        period = period_for(n, text, periods, w.lead, context_period)
        span = _clause_span(text, n)
        clause = text[span[0]:span[1]]
        aside = next((m.group(0) for m in ASIDE.finditer(text) if m.start() < n.start < m.end()), "")
        own = OWN_STAGE.match(text[n.end:numbers[i + 1].start if i + 1 < len(numbers) else len(text)])
        # "respond to stage one complaints within 10 working days and stage two within 20": the stage
        # said since the number before is this number's
        said = _stage(_without_asides(text[numbers[i - 1].end if i else 0:n.start], n.start), None)
        stage = None if reading.measure == "compliments" else (
            reading.stage or (settles("stage", own.group("stage")) if own else None) or _stage(aside, None)
            or _stage(_without_asides(clause, n.start - span[0]), None)
            or (said if said not in (None, NO_STAGE, "ombudsman") else None)
            or _stage(_without_asides(text, n.start), None) or _section_stage(w) or w.block_stage
            or w.carried_stage)
        stage = None if stage == NO_STAGE else stage
        if stage == "ombudsman" and reading.measure in NOT_OMBUDSMAN and w.ctx.stage != "ombudsman":
            stage = None  # "a 10 day deadline, as the Housing Ombudsman requires" is the council's own
        # naming an ombudsman makes a case count an ombudsman figure, not a timescale or a share
        if (body or w.voice) and stage is None and reading.measure not in NOT_OMBUDSMAN:
            stage = "ombudsman"
        out.append(_emit(w, n, reading, reading.unit, period, stage, emit_body, clause))
        if reading.rule != BASE_RULE:
            numerator, numerator_stage = reading, stage
        between = text[n.end:numbers[i + 1].start] if i + 1 < len(numbers) else ""
        if i + 1 < len(numbers) and numbers[i + 1].unit == "percent" and n.unit == "count" and \
                (PAIRED_PERCENT.match(between) or BRACKETED_SHARE.match(between)):
            shares.add(i + 1)
            # "34 out of 379 (9%) complaints were escalated": the share is the 34's, not the base's
            share = (numerator, numerator_stage) if reading.rule == BASE_RULE and numerator else (reading, stage)
            out.append(_emit(w, numbers[i + 1], share[0], "percent", period, share[1], emit_body, clause))
        case = CASE_OUTCOME.search(w.block.text if w.block.kind == "list_item" else text)
        if case and reading.measure == "received" and n.value == 1 and stage != "ombudsman" and not i:
            # a one-case bullet: "received one complaint ...; outcome partially upheld" is that case's outcome
            outcome = "_".join(case.group("o").lower().replace("partly", "partially").split())
            out.append(_emit(w, n, Reading(outcome, "count", "prose-case-outcome", stage, area=reading.area),
                             "count", period, stage, body, clause))
    return out


OWN_VOICE = re.compile(r"^\W*(?:(?:in|during|over|for)\s+[^,]{2,40},?\s+)?(?:we|our|the\s+council)\b(?!\s+(?:were|was)\s+"
                       r"(?:found|told|asked))", re.IGNORECASE)
OMBUDSMAN_ACTS = re.compile(
    r"(?:ombudsman|watchdog|\b(?:LGSCO|LGO|PSOW|SPSO|HO)\b)[^.;]{0,80}?\b(?:upheld|investigat\w*|received|decided|"
    r"found(?!\s+that)|assessed|review\w*|determin\w*|(?:made|issued|reached)\s+(?:[\w,]+\s+){0,2}?(?:decisions|determinations|findings))\b|\b(?:referred|escalated|complain\w*|went)\s+to\s+the\s+(?:\w+\s+){0,6}?"
    r"(?:ombudsman|watchdog)|\b(?:adjudicated|decided|determined|investigated|considered|upheld|dealt\s+with|assessed|"
    r"reviewed)(?:\s+(?:up)?on)?\s+by\s+the\s+(?:[\w'’]+\s+){0,6}?(?:ombudsman|watchdog|LGO|LGSCO|PSOW|SPSO|HOS?)\b",
    re.IGNORECASE)


@cache
def _voice_rules() -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    return tuple((r, rule_regex(r)) for r in load_rules("prose_voice"))


def ombudsman_voice(doc: Document) -> bool:
    """Whether the document is an ombudsman's own statistics page or letter to a council."""
    return any(rx.search(b.text) for b in doc.blocks for _, rx in _voice_rules())


@per_document
def voice_body(doc: Document) -> str | None:
    """The ombudsman whose own wording the document uses, when that wording is one body's
    alone (the LGSCO's "assessed and closed"), for a page that never names itself."""
    bodies = {r["body"] for b in doc.blocks for r, rx in _voice_rules() if r.get("body") and rx.search(b.text)}
    return bodies.pop() if len(bodies) == 1 else None


IDIOMS = re.compile(r"^\s*(?:matter|longer|doubt|sooner|less|more\s+than|one\b|further\s+action|fault|"
                    r"maladministration|injustice|evidence|need|reason|change)\b", re.IGNORECASE)
NOUN_AFTER_BOTH = re.compile(r"^\s*(?:of\s+(?:these|them|the)\s+)?(?:(?!and\b|or\b|the\b)[\w'’-]+\s+)?"
                             r"(?:complaints?|cases?|enquiries|compliments?)\b", re.IGNORECASE)


LINK = re.compile(r"://|%[0-9A-Fa-f]{2}|\bwww\.|\.(?:pdf|html?|aspx?|docx?)\b", re.IGNORECASE)
ORDINAL_OR_FRACTION = re.compile(r"^(?:st|nd|rd|th)\b|^\s+(?:thirds?|quarters?|halves|fifths?|tenths?)\b", re.IGNORECASE)
STAGE_LIST = re.compile(r"\bstages?\s+(?:\d|one|two|three)\s*(?:and|or|to|&|-|,)\s*$", re.IGNORECASE)


def _idiom(n: Number, text: str) -> bool:
    """A number word that counts nothing: "no matter what", "no further action", "both services",
    "was one of ten cases" (the ten is the figure)."""
    word, after = n.stated.lower(), text[n.end:]
    token = text[text.rfind(" ", 0, n.start) + 1:(text.find(" ", n.end) + 1 or len(text) + 1) - 1]
    if LINK.search(token):
        return True  # "Good%20complaint%20handling.pdf"
    if ORDINAL_OR_FRACTION.match(after):
        return True  # "the 5th highest rate", "two thirds of complaints"
    before = text[: n.start]
    if IN_EVERY.match(after) or (EVERY_BEFORE.search(before) and IN_EVERY.match(before[before.rfind(" in") :] + word)):
        return True  # "seven in ten complaints (70%)": the proportion in words beside its percentage
    if STAGE_LIST.search(text[: n.start]) and n.value <= 4 and not AT_STAGE.match(after):
        return True  # "at stage 2 and 3 of the complaints process" names stages ("at Stage 1 and 181 at Stage 2" does not)
    if word in ("no", "none", "nil"):
        return bool(IDIOMS.match(after))
    if word in ("both", "a single", "single"):
        return not NOUN_AFTER_BOTH.match(after)  # "both services", "a single point of access"
    if word == "one":
        return bool(re.search(r"\b(?:was|is|being|as|became)\s+$", text[: n.start])
                    and re.match(r"^\s+of\s+(?:the\s+)?\w", after))
    return False


def _acting_ombudsman(doc: Document, text: str, before: str = "") -> str | None:
    """The ombudsman a sentence's figures belong to: one that handles the complaints in it
    ("the Ombudsman upheld seven of the 41", "complaints referred to the PSOW"), not one that
    only collected the data. A bare "the Ombudsman" is the one its paragraph named before it
    (a title line "Public Services Ombudsman for Wales" above the text), else the one the
    document names most."""
    if not OMBUDSMAN_ACTS.search(text):
        return None
    return find_body(text) or find_body(before) or dominant_body(doc)


def dominant_body(doc: Document) -> str | None:
    """The ombudsman a document names most (a news report names it once, then says "the Ombudsman")."""
    return _dominant_body(doc)


@per_document
def sole_body(doc: Document) -> str | None:
    """The ombudsman, when the document names one and only one (news of a council's review by
    "the watchdog" names the LGSCO once): the body of its ombudsman-stage figures."""
    bodies = {body for b in doc.blocks for body in find_bodies(b.text)}
    return bodies.pop() if len(bodies) == 1 else None


@per_document
def _dominant_body(doc: Document) -> str | None:
    counts: dict[str, int] = {}
    for b in doc.blocks:
        for body in find_bodies(b.text):
            counts[body] = counts.get(body, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _period_of(ctx: Context) -> Period | None:
    if ctx.period is None:
        return None
    return Period(ctx.period, date.fromisoformat(ctx.period_start) if ctx.period_start else None,
                  date.fromisoformat(ctx.period_end) if ctx.period_end else None)


ACKNOWLEDGEMENT = re.compile(r"\backnowledg", re.IGNORECASE)
RESPONSE = re.compile(r"\b(?:respon|repl|resol|clos)", re.IGNORECASE)
TIMELINESS = ("within_target", "outside_target", "response_target_days", "average_response_days")


def _line_above(doc: Document, block: Block) -> str:
    """The nearest non-blank line above a block (a label or heading it sits under), within two lines."""
    for ln in (block.line - 1, block.line - 2):
        if 1 <= ln <= len(doc.lines) and doc.lines[ln - 1].strip():
            return doc.lines[ln - 1]
    return ""


def extract_figures(doc: Document, contexts: Sequence[Context]) -> list[Figure]:
    from extractor.extract.dashboards import dashboard_lines
    from extractor.extract.cell_lines import cell_table_lines
    from extractor.extract.label_values import pair_lines
    from extractor.extract.table_text import table_lines

    skip = table_lines(doc) | dashboard_lines(doc) | cell_table_lines(doc) | pair_lines(doc)
    voice = ombudsman_voice(doc)
    picked = [(i, b) for i, b in enumerate(doc.blocks)
              if (b.kind in ("paragraph", "list_item") or (b.kind == "heading" and (HEADING_COUNT.search(b.text) or LABELLED_HEADING.match(b.text))))
              and not b.furniture and b.line not in skip]
    out: list[Figure] = []
    lead: Period | None = None
    heading_path: tuple[str, ...] = ()
    previous: Block | None = None
    carried: str | None = None
    last_period: Period | None = None
    for (i, block), sents in zip(picked, nlp.sentences(hard_breaks(doc, b) for _, b in picked), strict=True):
        ctx = contexts[i]
        if block.kind == "heading" and i and not HEADING_COUNT.search(block.text):
            ctx = contexts[i - 1]  # a label line the loader took for a heading: its period is not its own section's
        if block.heading_path != heading_path:  # a new section ends the lead's reach
            lead, heading_path, carried = None, block.heading_path, None
        lead = block_lead(block, ctx, lead)
        # a stage said in one line carries to the line right below it that says none
        # ("Response to stage one complaints within 10 working days" / "We achieved 100 percent")
        adjacent = previous is not None and block.line - (previous.end_line or previous.line) <= 2
        carried = carried if adjacent else None
        last_period = last_period if adjacent else None
        # "Acknowledgement of stage one complaints within five working days" / "We achieved 100 percent"
        acknowledging = bool(ACKNOWLEDGEMENT.search(_line_above(doc, block))) and not RESPONSE.search(block.text)
        stages: dict[str, str | None] = {}
        para_start = len(out)
        for sent in sents:
            line = doc.line_of(block, sent.text)
            para = paragraph_text(doc, block, line)
            if para not in stages:
                stages[para] = block_stage(para, lead or _period_of(ctx), ctx, out)
                para_start = len(out)
            where = Where(doc, block, sent, line, ctx, lead, carried, last_period, stages[para], voice,
                          tuple(out[para_start:]))
            found = figures_of_sentence(where)
            out += [f for f in found if not (acknowledging and f.measure in TIMELINESS)]
            mark = COMPARED.search(sent.text)
            own = [p for st, _, p in _periods(sent.text, lead or _period_of(ctx)) if mark is None or st < mark.start()]
            last_period = own[0] if own else last_period
        said = settles("stage", block.text)
        if said == "ombudsman" and not OMBUDSMAN_ACTS.search(block.text):
            said = None  # "The data was collected by the Ombudsman": the figures below stay the council's
        carried = said or (carried if adjacent else None)
        previous = block
    return out


RESTATED_TOTAL = re.compile(r"\b(?:out\s+of|of)\s+(?:the|these|those|all)\s+(?P<n>\S+)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:complaints?|cases?|enquiries)\b", re.IGNORECASE)


LINE_END = re.compile(r"[.!?;,]\s*$")
NEXT_LINE_START = re.compile(r"^\s*(?:[\p{Lu}\d•*-])")


def hard_breaks(doc: Document, block: Block) -> str:
    """The block's text with "\n" (same length) where one of its lines stands apart from the next:
    a label or heading line of an excerpt whose lines run together ("Complaint overview" / "Between
    1 April ..."), or a line ending in a colon. Wrapped lines of one paragraph stay joined."""
    text, first, last = block.text, block.line, block.end_line or block.line
    if first == last or last > len(doc.lines):
        return text
    lines = [" ".join(doc.lines[ln - 1].split()) for ln in range(first, last + 1)]
    longest = max(len(x) for x in lines)
    chars, cursor = list(text), 0
    for here, after in pairwise(lines):
        at = text.find(here, cursor)
        if at < 0 or not here:
            return text
        cursor = at + len(here)
        if cursor >= len(text) or text[cursor] != " ":
            return text
        short = len(here) < 0.6 * longest and not LINE_END.search(here) and NEXT_LINE_START.match(after)
        labelled = LABELLED_VALUE_END.search(here) and NEXT_LINE_START.match(after)  # "Stage 2 investigations: 6"
        if short or labelled or here.endswith(":"):
            chars[cursor] = "\n"
    return "".join(chars)


SENTENCE_END = re.compile(r"[.!?:]\s*$")
LABELLED_VALUE_END = re.compile(r":\s*[£]?[\d.,]+\s*%?(?:\s*\([^()]*\))?\s*$")


def paragraph_text(doc: Document, block: Block, line: int) -> str:
    """The lines of `block` that form the paragraph around `line`: a block of short lines that each
    end a sentence (an excerpt's one-line paragraphs run together) is several paragraphs."""
    first, last = block.line, block.end_line or block.line
    if first == last or line > len(doc.lines):
        return block.text
    start = line
    while start > first and not SENTENCE_END.search(doc.lines[start - 2]):
        start -= 1
    end = line
    while end < last and not SENTENCE_END.search(doc.lines[end - 1]):
        end += 1
    return " ".join(doc.lines[start - 1:end])


MENTIONS_OMBUDSMAN = re.compile(r"\bombudsman|\b(?:LGSCO|LGO|PSOW|SPSO|NIPSO|HOS?)\b", re.IGNORECASE)


STAGE_EVENT = re.compile(r"\b(?:at|to|into)\s+(?:a\s+|the\s+)?stage\s+(?:\d|one|two|three)\b(?:\s*\([^()]*\))?",  # its gloss too
                         re.IGNORECASE)


def block_stage(text: str, period: Period | None, ctx: Context, earlier: Sequence[Figure]) -> str | None:
    """The stage a paragraph speaks of: the one stage it names ("The response timescale for stage 1
    complaints ... Out of the 29 ..."), else the stage of the total it restates ("Out of the 15
    complaints logged ..." under a "Timescales" heading restates the stage one total above it)."""
    # "7 complaints were investigated at Stage 2", "escalated to stage two": that number's stage, not the paragraph's
    if (stage := settles("stage", STAGE_EVENT.sub(" ", HANDLING_CODE.sub(" ", text)))) is not None:
        return "ombudsman" if stage != "ombudsman" and MENTIONS_OMBUDSMAN.search(text) else stage
    for m in RESTATED_TOTAL.finditer(text):
        numbers = count_numbers(m.group("n"))
        if not numbers:
            continue
        stages = {f.stage for f in earlier if f.measure == "received" and f.value == numbers[0].value
                  and f.unit == "count" and f.service == ctx.service and f.dimension is None and f.area is None
                  and (period is None or f.period == period.label)}
        if len(stages) == 1 and None not in stages:
            return stages.pop()
    return None


def block_lead(block: Block, ctx: Context, previous: Period | None) -> Period | None:
    """The period a block opens with ("Quarter one - ..."); the blocks after it keep it until
    another block opens with a period or the section ends."""
    spans = [sp for sp in _periods(block.text[:LEAD_PERIOD_CHARS], _period_of(ctx)) if _reporting(sp[2])
             and not RELATIVE.search(block.text[sp[0]:sp[1]])]
    if spans and spans[0][0] < 15:
        return spans[0][2]
    # "Overall, our performance for the 23/24 year was:" introduces the lines below it
    if block.text.rstrip().endswith(":") and not count_numbers(block.text):
        spans = [sp for sp in _periods(block.text, _period_of(ctx)) if _reporting(sp[2])
                 and not RELATIVE.search(block.text[sp[0]:sp[1]])]
        if len({p for _, _, p in spans}) == 1:
            return spans[0][2]
    return previous
