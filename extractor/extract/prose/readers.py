"""What one number of a sentence counts, read from its left and right words: the rules first,
then the shapes that lean on the number before it (shares, ratios, parallels, comparisons).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from extractor import nlp
from extractor.extract.numbers import Number, count_numbers
from extractor.extract.prose.changes import announced_measure, change_reading, subject_measure
from extractor.extract.prose.clauses import RATIO_BASE, RATIO_OF
from extractor.extract.prose.compared import earlier_value
from extractor.extract.prose.follows import (
    BASE_RULE,
    DAY_MEASURES,
    PARALLEL_SHARE,
    PERIOD_NEXT,
    SHARE_OF_PREVIOUS,
    follows,
    part_of_named_whole,
)
from extractor.extract.prose.ombudsman import NAMES_OMBUDSMAN
from extractor.extract.prose.plain_counts import plain_complaint_count
from extractor.extract.prose.ratios import CLOSES_BRACKET, PAIRED_PERCENT, ratio_count
from extractor.extract.prose.respective import respective_run, shared_run_end
from extractor.extract.prose.rules import DAYS_AFTER, NO_STAGE, SKIP, Reading, classify, match_rule
from extractor.extract.prose.subjects import (
    CLAUSE_AFTER_COUNT,
    COPULA_END,
    COUNT_COPULA_END,
    IN_CASES_LEFT,
    IN_CASES_NOUN,
    PERIOD_PAIR,
    SHARE_COPULA_END,
    amount_subject,
    cases_after_clause,
    in_cases,
    lead_measure,
    share_subject,
)
from extractor.extract.table_layout import INDICATOR_CODE
from extractor.patterns import compile_regex
from extractor.segment import settles

VIA = re.compile(r"\b(?:via|by|through)\b")
TOPIC_COMPLAINTS = re.compile(r"\bcomplaints?\b", re.IGNORECASE)
BRACKETED_PERCENT = re.compile(r"\(\s*[\d.]+\s*(?:%|per\s?cent)\s*\)")
TOPIC_COMPLAIN = re.compile(r"\bcomplain", re.IGNORECASE)

FROM_TO = re.compile(r"^\s*(?:%|per\s*cent|(?:working\s+|calendar\s+)?days?)?\s*(?:(?:in|for|during)\s+[^,;]{2,30}?\s+)?to\s+$",
                     re.IGNORECASE)
AFTER_PERCENT = re.compile(r"\(\s*$")
# the words after a base that open on a noun of their own ("21,000 repairs completed", "60 ward surgeries"):
# the base counts complaints only when a complaint noun is among them
BASE_OTHER_NOUN = re.compile(r"^\s*+(?!(?:we|they|it|that|which|who|were|was|are|is|had|have|received|logged|made|recorded|"
                             r"closed|dealt|answered|responded|investigated|determined|decided|in|during|this|last|over|"
                             r"across|at|for|from|by|and|or|to|so|since)\b)[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}",
                             re.IGNORECASE)
COMPARED_BEFORE = re.compile(r"\(\s*(?:Q[1-4]|quarter\s+(?:\d|one|two|three|four)|\d{4}\s*[/-]\s*\d{2,4}|(?:last|previous|prior)\s+"
                             r"(?:year|quarter))\s*[:=]?\s*$"  # "Formal complaints: 115 (Q2: 98)"
                             r"|(?:compar(?:ed|es|ing)\s+(?:to|with)?|in\s+comparison\s+(?:to|with)|versus|from|,\s*against)(?:\s+the)?\s+$"
                             r"|\b(?:on|from|than)\s+(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:financial\s+)?"
                             r"(?:year|period|quarter)\s*[(:–-]\s*$", re.IGNORECASE)
# "an increase of two": a change; "an increase from the 4 in the previous year": a compared value
CHANGE_BEFORE = re.compile(r"\b(?:increase|decrease|rise|fall|reduction|drop)\b(?!\s+(?:from|on)\b)[^,;(]*$",
                           re.IGNORECASE)
BRACKET_AREA = re.compile(r"(?P<area>[A-Z][\w&'’/.-]*(?:\s+(?:[A-Z&][\w&'’/.-]*|and|of|for|the|in|&))*)\s*\($")
# "Planning received", "Housing repairs accounted for": an area's name before the verb of its count; in
# sentence case too where it opens the sentence or item (AREA_RECEIVED_START, matched at the start only)
AREA_RECEIVED = re.compile(r"(?:^|[;:,]\s*|\band\s+|-\s+)(?!(?:We|It|They|This|That|These|Those|Our|There|Overall|"
                           r"In|During|Each|All|The\s+[Cc]ouncil|Council)\b)(?P<area>[A-Z][\w&'’/@.-]*(?:\s+(?:[A-Z&@][\w&'’/@.-]*|and|of|for|the|in|&|with))*"
                           r"(?:\s+(?:team|service|department|directorate|section|unit|division))?)"
                           r"\s+(?:received|receiving|accounted\s+for)\s+$")
AREA_RECEIVED_START = re.compile(r"^[•*-]?\s*+(?!(?:We|It|They|This|That|These|Those|Our|There|Overall|In|During|Each|All|The)\b)"
                                 r"(?P<area>[A-Z][\w&'’/-]*+(?:\s++[a-z][\w&'’/-]*+){1,3})\s++(?:received|receiving|accounted\s+for)\s+$")
# "The Trust received 842": the body itself, by one word after "The", receives the count, no part of it
THE_BODY = re.compile(r"^The\s+\w+\s*$")
TOPIC_COMPLIMENTS = re.compile(r"\bcompliments?\b", re.IGNORECASE)
TOPIC_UPHELD = re.compile(r"\bupheld\b", re.IGNORECASE)
# "replies went out late in", "responded outside of timescales in": the list counts late replies
TOPIC_LATE = re.compile(r"\b(?:late|overdue|outside\s+(?:of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:timescales?|target|deadlines?|time\s*limits?))"
                        r"\b[^.;]{0,80}$", re.IGNORECASE)
MONTH_NAME = compile_regex(r"^{MONTH}$")
# a value that opens a clause of its own ("in 2031/32: 10 were upheld"): a subject with its verb, no period's label
OWN_CLAUSE_VERB = re.compile(r"^\s+(?:(?:complaints?|cases?)\s+)?(?:were|was|had|have|are|is)\b", re.IGNORECASE)


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
        if m.label == "CHANNEL" and m.start > n.end and len(gap) < 70 and VIA.search(gap) \
                and not any(0 < o.start - n.end < m.start - n.end for o in count_numbers(sentence[n.end:m.start])):
            return Reading("received", "count", m.rule, reading.stage, "channel", m.category)
    return None if strict else reading


# "Most of the complaints (212) concerned ...", "Stage 2 complaints (48) were down", "in over half of
# the cases (64), the complaint was upheld": a count in brackets after the noun it counts
NOUN_BRACKET = re.compile(r"\b(?P<noun>complaints?|cases|compliments?|concerns|enquiries|representations"
                          r"|(?P<part>majority|minority|half|third|quarter|bulk|most|rest|remainder)"
                          r"(?P<back>\s+of\s+(?:them|these|those))?)\s*\(\s*$", re.IGNORECASE)
CHANGED_BY = re.compile(r"\b(?:fell|fallen|rose|risen|increased|decreased|dropped|reduced|grew|by)\b[^,;()]*$", re.IGNORECASE)
COMPLAINT_NOUN = re.compile(r"\b(?:complaints?|cases|concerns|enquiries|representations)\b", re.IGNORECASE)
CLAUSE_OUTCOME = re.compile(r"\b(?P<o>not\s+upheld|partially\s+upheld|partly\s+upheld|upheld)\b", re.IGNORECASE)
CLAUSE_STOP = re.compile(r"[;.]|,\s+(?:while|whilst|and|but|with)\b")


BACK_REACH = 200  # characters before the sentence in which "them" finds the complaints it stands for


def _bracketed_noun(n: Number, left: str, right: str, sentence: str, before: str = "") -> Reading | None:
    """A count in brackets right after the noun it counts: the outcome its clause says, else a
    compliments or received count. The measure comes only from the clause around the number."""
    if n.unit not in ("count", "percent") or not right.lstrip().startswith(")") or not (m := NOUN_BRACKET.search(left)):
        return None  # "Just over a third of complaints (36%) were about housing": a share, the same way
    if n.unit == "percent" and CHANGED_BY.search(left, 0, m.start("noun")):
        return None  # "Complaints fell by a quarter (25%)": the size of a change
    start = max((x.end() for x in CLAUSE_STOP.finditer(sentence, 0, n.start)), default=0)
    stop = CLAUSE_STOP.search(sentence, n.end)
    clause = sentence[start:stop.start() if stop else len(sentence)]
    if m.group("part") and not COMPLAINT_NOUN.search(clause) \
            and not (m.group("back") and COMPLAINT_NOUN.search(before[-BACK_REACH:])):
        # "the majority (60) of staff": a part of something else; "a third of them (112)" is a part of the
        # complaints the sentence before counted
        return None
    if (o := CLAUSE_OUTCOME.search(clause)) is not None:
        measure = "_".join(o.group("o").lower().replace("partly", "partially").split())
    elif m.group("noun").lower().startswith("compliment"):
        measure = "compliments"
    else:
        measure = "received"
    return Reading(measure, n.unit, "prose-bracketed-count")


def _bracketed(n: Number, left: str, right: str, sentence: str, before: str = "") -> Reading | None:
    """ "Planning Policy (4)": a count in brackets after a name is that area's count."""
    if not right.lstrip().startswith(")") or not (m := BRACKET_AREA.search(left)) or NOUN_BRACKET.search(left):
        return None
    area: str | None = m.group("area").strip()
    if MONTH_NAME.match(area or ""):
        area = None  # "late in June (4)": the month is the count's period (patterns/periods.toml), not an area
    return Reading(topic_measure(before + sentence[: n.start]), "count", "prose-bracketed-area", area=area)


def topic_measure(topic: str) -> str:
    """What a list of areas with bracketed numbers counts, from the words before it: compliments,
    late replies, upheld complaints, else complaints received."""
    if TOPIC_COMPLIMENTS.search(topic) and not TOPIC_COMPLAINTS.search(topic):
        return "compliments"
    if TOPIC_LATE.search(topic[-200:]):
        return "outside_target"
    if TOPIC_UPHELD.search(topic[-200:]):
        return "upheld"
    return "received"


CHANGE_BY = re.compile(r"\s+by\s+$", re.IGNORECASE)
TO_AFTER_CHANGE = re.compile(r"^\s*(?:%|per\s?cent)?\s*,?\s*to\s+$", re.IGNORECASE)
OWN_SHARE = re.compile(r"^[^.;,()]{0,60}\(\s*$")  # "23 stage 1 complaints (7%) ...": the count's share in brackets
# "14 complaints (2023/24: 11) ...", "12 complaints (last year: 9) ...": last year's value in a bracket after the count
PRIOR_BRACKET = re.compile(r"^[^.;,()\d]{0,40}?(?P<bracket>\(\s*(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|(?:last|previous|prior)\s+year)"
                           r"\s*[:=–-]?\s*)$", re.IGNORECASE)
PRIOR_CLOSE = re.compile(r"\s*\)")
LABEL_COLON = re.compile(r"^\s*(?:working\s+|calendar\s+)?days?\b[^.;:\d]{0,60}:\s*$", re.IGNORECASE)
# "352 of 409 answered on time": a base the timeliness verb follows straight away counts the cases answered
TIMELY_RIGHT = re.compile(r"^\s*(?:were\s+|was\s+)?(?:answered|responded\s+to|replied\s+to|closed|dealt\s+with|resolved|sent)"
                          r"\s+(?:on\s+time|in\s+time|within|inside|late|outside)\b", re.IGNORECASE)
OUT_OF_END = re.compile(r"\bout\s+of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
WITHIN_END = re.compile(r"\bwithin\s+(?:the\s+)?$", re.IGNORECASE)
# "90% (270) ...", "86% of them (486) were ...": a share, then its own count in brackets
SHARE_THEN_COUNT = re.compile(r"^\s*(?:of\s+(?:them|these|those)\s*)?\(\s*$", re.IGNORECASE)
LIST_OUTCOMES = ("upheld", "not_upheld", "partially_upheld")
THIS_WAS = re.compile(r"\b(?:this|it|that)\s+(?:was|is|stood\s+at|came\s+to|reached)\s+$", re.IGNORECASE)
SHARE_TOPIC = re.compile(r"\b(?:percentage|proportion|share|rate)\s+of\s+(?P<what>(?:complaints?|cases)\s+[^.;]{3,60})",
                         re.IGNORECASE)


def _past_threshold(n: Number, sentence: str, numbers: Sequence[Number], i: int, previous: Reading | None,
                   right: str) -> Reading | None:
    """ "We met the 10 working day target in 87% of cases": a result whose verb stands before the
    timescale, read with the timescale kept in its left text."""
    if not i or previous is None or previous.measure != "response_target_days":
        return None
    reading = match_rule(sentence[numbers[i - 2].end if i > 1 else 0:n.start], right)
    return reading if reading is not None and reading is not SKIP and reading.rule in PAST_THRESHOLD else None


PAST_THRESHOLD = ("prose-met-target", "prose-missed-target", "prose-performance-against-target")


CHANGED_FROM_RULE = "prose-left-changed-from"  # "complaints ... fell to": received, unless the subject says more
BENCHMARK = re.compile(r"\b(?:average|benchmark|median|national|regional|peers?|comparators?|sector)\b", re.IGNORECASE)
RATE_NOUN = re.compile(r"\b(?:complaints?|cases)\b", re.IGNORECASE)  # what a rate per 1,000 counts
PER_THOUSAND_BEFORE = re.compile(r"[^.;\d]{0,80}\b(?:per|for\s+(?:every|each))\s*$", re.IGNORECASE)
RATE_VALUE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:was|is|were|stood\s+at|of|at|(?:fell|rose|dropped|increased|decreased|"
                        r"went\s+(?:up|down))\s+to)\s*:?\s*$|^\s*[\w\s'’-]{0,30}:\s*$", re.IGNORECASE)


# "... and partly upheld" / "... and did not uphold" / "... and closed" right before the next number:
# a verb said before a count belongs to that count, never to the count before it
NEXT_COUNTS_VERB = re.compile(r"(?:,\s*(?:and\s+)?|\s(?:and|but|while)\s+)(?:(?:we|it|they|the\s+\w+)\s+)?(?:also\s+)?"
                              r"(?:(?:partly|partially|fully|not|did\s+not|didn[’']t)\s+)?(?:upheld|uphold|received|logged|"
                              r"closed|resolved|recorded|responded\s+to|answered|rejected|declined|decided|determined|"
                              r"investigated|escalated|referred|withdrew)\s*(?:in\s+)?:?\s*$",
                              re.IGNORECASE)


SHARE_OF_PREVIOUS_RULE = "prose-share-of-previous"
RUNNING_TOTAL_RULE = "prose-running-total"
# "taking the year-to-date total to", "bringing the total for the year so far to", "which brings the running total to"
RUNNING_TOTAL = re.compile(r"\b(?:bringing|taking|brought|took|brings|takes|making)\s+(?:the|our|its|their)\s+(?:(?:year[\s-]to[\s-]date|"
                           r"annual|overall|running|cumulative|yearly)\s+)?(?:total|tally)(?:\s+(?:for|of)\s+the\s+(?:year|half[\s-]year))?"
                           r"(?:\s+(?:so\s+far|to\s+date))?\s+(?:up\s+)?to\s*$", re.IGNORECASE)
RUNNING_MEASURES = frozenset({"received", "closed", "compliments", "upheld", "partially_upheld", "not_upheld",
                              "upheld_or_partially_upheld", "withdrawn", "resolved", "within_target", "outside_target"})
# a clause on an unnumbered part of the count: what it says is the part's, not the count's
VAGUE_PART = re.compile(r",\s*(?:most|many|some|several|a\s+few|half|the\s+(?:majority|bulk)|a\s+(?:minority|handful))\s+of\s+"
                        r"(?:which|whom|them|these|those)\b", re.IGNORECASE)
# a share set after its count: ", 6.2% of ...", ", representing 4% of ..."
APPOSED_SHARE = re.compile(r"(?r)(?:\p{L}[^\s,]*(?:\s+\d{1,2})?\s*,|\brepresent(?:s|ing|ed))\s*(?:(?:some|about|around|nearly|almost)\s+)?$",
                           re.IGNORECASE)
# ... whose words after it only name its base: "% of all first-stage complaints", "% of the complaints closed at stage two"
SHARE_BASE_ONLY = re.compile(r"^\s*(?:%|per\s*cent)?\s+of\s+(?:all\s+)?(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:complaints?|cases)"
                             r"(?:\s+(?:we\s+)?(?:received|logged|recorded|made|closed|answered|responded\s+to)"
                             r"(?:\s+at\s+(?:stage\s+(?:\d|one|two|three)|the\s+(?:first|second|third)\s+stage))?)?"
                             r"\s*(?:[.;,(]|$)", re.IGNORECASE)
TARGET_LABEL_END = re.compile(r"\b(?:target|aim|goal)\s*+[:=–-]\s*+$", re.IGNORECASE)
# what an indicator's name is followed by before its period values: its target, status or trend
INDICATOR_ASIDE = re.compile(r"\s\b(?:target|aim|goal|status|rag|direction\s+of\s+travel|polarity|benchmark)\s*+:", re.IGNORECASE)
INDICATOR_CODE_LEAD = re.compile(rf"^\W*(?:KPI\s+|PI\s+)?{INDICATOR_CODE}\s*[-–:.)]?\s+")


def indicator_name(before: str) -> str:
    """The name of the indicator whose values a line of period labels gives, from the last line of the
    text above it ("KPI CS04 - Percentage of stage 1 complaints answered in time Target: 90%"): its
    code, target and status set aside."""
    last = before.rstrip().rsplit("\n", 1)[-1]
    if (aside := INDICATOR_ASIDE.search(last)) is not None:
        last = last[:aside.start()]
    return INDICATOR_CODE_LEAD.sub("", last).strip()
# "... or 8% more than last year", "equal to 3% fewer": a change of the count, not its share
CHANGE_AFTER = re.compile(r"^\s*+(?:%|per\s*cent)?\s*+(?:more|fewer|less|higher|lower|up|down|increase|decrease|rise|fall|drop|"
                          r"reduction|improvement)\b", re.IGNORECASE)
SHARE_RATIO_OPEN = re.compile(r"^[^.;()\d]{0,80}\(\s*$")  # "72% of complaints (" : the share's ratio opens
SHARE_RATIO_CLOSE = re.compile(r"^\s*\)")


def _share_ratio_end(n: Number, sentence: str, numbers: Sequence[Number], i: int) -> int | None:
    """Where the bracketed count and base of share i end ("72% of complaints (36 out of 50)"), or None
    when the share has no such bracket."""
    if n.unit != "percent" or i + 2 >= len(numbers) or numbers[i + 1].unit != "count" or numbers[i + 2].unit != "count":
        return None
    count, base = numbers[i + 1], numbers[i + 2]
    if not SHARE_RATIO_OPEN.match(sentence[n.end:count.start]) or not RATIO_OF.match(sentence[count.end:base.start]) \
            or not SHARE_RATIO_CLOSE.match(sentence[base.end:]):
        return None
    return base.end


# a stage in the noun phrase right after a number: "five stage 2 complaints", "the 40 second-stage cases"
NOUN_STAGE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?P<stage>stage[\s-]*(?:\d|one|two|three)|(?:first|second|third)[\s-]+stage)"
                        r"\s+(?:complaints?|cases|reviews|investigations)\b", re.IGNORECASE)


def _noun_stage(right: str) -> str | None:
    return settles("stage", m.group("stage")) if (m := NOUN_STAGE.match(right)) else None


def _next_start(numbers: Sequence[Number], k: int, sentence: str) -> int:
    return numbers[k].start if k < len(numbers) else len(sentence)


def _negation(n: Number) -> bool:
    """A "no" read as a count of 0 ("no complaints") that may as well negate the words it opens ("No fault
    was found in 30 cases", "4 cases were found to have no fault"): the words around it are its neighbours'."""
    return n.stated.lower() == "no"


def _words_since(numbers: Sequence[Number], i: int) -> int:
    """Where number i's left words start: after the count before it, reading back over a "no"."""
    k = i - 1
    while k >= 0 and _negation(numbers[k]):
        k -= 1
    return numbers[k].end if k >= 0 else 0


APPOSED_PASSIVE = re.compile(r"\s*,\s*(?:were|was|had\s+been|have\s+been)\s", re.IGNORECASE)  # "..., 1,920, were closed"


def _words_until(numbers: Sequence[Number], stop: int, sentence: str) -> int:
    """Where the right words of the number before `stop` end: at the next count, reading on over a "no"."""
    while stop < len(numbers) and _negation(numbers[stop]):
        stop += 1
    return numbers[stop].start if stop < len(numbers) else len(sentence)


def read_number(n: Number, sentence: str, numbers: Sequence[Number], i: int, mentions: Sequence[nlp.Mention],
                before: str = "", previous: Reading | None = None, ombudsman: bool = False) -> Reading | None:
    """What number i of a sentence counts; `before` is the block's text before the sentence
    (its topic), `previous` the reading of the number before it in the sentence, `ombudsman`
    whether the sentence speaks of an ombudsman's work."""
    if (run := respective_run(sentence, numbers, i)) is not None and i < run[1] \
            and (ahead := read_number(numbers[run[1]], sentence, numbers, run[1], mentions, before, None, ombudsman)):
        return ahead  # "We answered 88% and 71% of ... complaints on time respectively": the words follow the last value
    if (last := shared_run_end(sentence, numbers, i)) is not None \
            and (ahead := read_number(numbers[last], sentence, numbers, last, mentions, before, None, ombudsman)):
        # "77% of stage one complaints and 64% of stage two complaints were closed within ...": the words after
        # the last share say what each counts; each keeps the stage of its own noun phrase
        return Reading(ahead.measure, ahead.unit, ahead.rule, None, ahead.dimension, ahead.category)
    left = sentence[_words_since(numbers, i):n.start]
    stop = i + 1
    if stop < len(numbers) and numbers[stop].unit == "percent" and n.unit == "count" \
            and (PAIRED_PERCENT.match(gap := sentence[n.end:numbers[stop].start])
                 or (OWN_SHARE.match(gap) and CLOSES_BRACKET.match(sentence, numbers[stop].end))):
        # "105 (58%) stage one complaints within 5 days", "23 complaints (7%) missed the deadline":
        # read past the count's own percentage
        stop += 1
    elif stop < len(numbers) and n.unit == "percent" and numbers[stop].unit == "count" \
            and SHARE_THEN_COUNT.match(sentence[n.end:numbers[stop].start]) \
            and sentence[numbers[stop].end:].lstrip().startswith(")"):
        stop += 1  # "87% (261) were answered on time": read past the share's own count
    right = sentence[n.end:_words_until(numbers, stop, sentence)]
    if left.rstrip().endswith(",") and APPOSED_PASSIVE.match(right):
        right = " " + right.lstrip()[1:]  # "The great majority, 1,920, were closed": a count set off by commas
    if n.unit == "count" and stop < len(numbers) and (opened := PRIOR_BRACKET.match(right)) is not None \
            and (closed := PRIOR_CLOSE.match(sentence, numbers[stop].end)) is not None:
        # "14 complaints (2023/24: 11) were withdrawn": the words after last year's bracket are this count's too
        right = right[:opened.start("bracket")] + " " + sentence[closed.end():_next_start(numbers, stop + 1, sentence)]
    if (behind := _share_ratio_end(n, sentence, numbers, i)) is not None:
        # "72% of complaints (36 out of 50) were answered on time": read on past the share's own ratio
        right = right.rstrip()[:-1] + " " + sentence[behind:_next_start(numbers, i + 3, sentence)].lstrip(" )")
    right = BRACKETED_PERCENT.sub(" ", right)
    if (part := VAGUE_PART.search(right)) is not None:
        right = right[:part.start()]  # "6,218 enquiries, most of which were resolved within 48 hours": a part's words
    if stop < len(numbers) and (verb := NEXT_COUNTS_VERB.search(right)):
        right = right[:verb.start()]  # "upheld 1 complaint and partly upheld 2": that verb is the 2's
    if n.unit == "percent" and i and PAIRED_PERCENT.match(left) and numbers[i - 1].unit == "count":
        return None  # read with its count ("31 (17%)")
    if previous is not None and i and numbers[i - 1].unit == "percent" and AFTER_PERCENT.search(left) \
            and RATIO_OF.match(right):
        # "90% (26 of 29)": the count behind the percentage
        return Reading(previous.measure, "count", previous.rule, previous.stage)
    if RATIO_OF.match(right) and i + 1 < len(numbers):
        # "34 out of 379 (9%) complaints were escalated": 34 counts what follows the base
        ratio = ratio_count(left, sentence, numbers, i, ombudsman)
        if ratio is not None:
            return ratio
    if previous is not None and i and previous.measure in ("within_target", "outside_target") \
            and DAYS_AFTER.match(right) and WITHIN_END.search(left):
        return None  # "We resolved 60 (75%) complaints within 20 working days": the threshold of that count
    if RATIO_BASE.search(left) and i and (RATIO_OF.match(sentence[numbers[i - 1].end:n.start]) or OUT_OF_END.search(left)):
        # the base of all stages; "out of the nine investigated": the ombudsman's closed cases
        own = match_rule("", right, ombudsman)
        if own is SKIP:
            return None  # "3 out of the 11 (27%) cases met the criteria": a sample, not a measure
        if own is None and (noun := BASE_OTHER_NOUN.match(right)) and not COMPLAINT_NOUN.search(noun.group(0)):
            return None  # "3,400 of the 21,000 repairs completed": the base counts another thing
        if own is not None and own.measure == "closed":
            return Reading("closed", "count", BASE_RULE, own.stage)
        if own is not None and own.measure in ("within_target", "outside_target") and (
                i > 1 and _share_ratio_end(numbers[i - 2], sentence, numbers, i - 2) or TIMELY_RIGHT.match(right)):
            # "81% (26 out of 32) closed this year were answered in time", "352 of 409 answered on time": a
            # timeliness share is taken over the cases answered
            return Reading("closed", "count", BASE_RULE, own.stage)
        if own is None and previous is not None and previous.measure in ("within_target", "outside_target"):
            # "We closed 298 stage one complaints on time out of 340": a timeliness count's base, the cases answered
            return Reading("closed", "count", BASE_RULE, _noun_stage(right) or NO_STAGE)
        # "Two of the five stage 2 complaints were upheld": a base said with its own stage is of that stage
        return Reading("received", "count", BASE_RULE, _noun_stage(right) or NO_STAGE)
    if previous is not None and (earlier := earlier_value(n, left, right, sentence, numbers, i, previous)) is not None:
        return earlier
    if previous is not None and i and numbers[i - 1].unit == n.unit == "percent" and PARALLEL_SHARE.match(left) \
            and previous.rule != BASE_RULE:
        # "on time for 81% of stage 1 complaints and 64% of stage 2 complaints": the second share of the
        # same measure, at the stage its own words name
        return Reading(previous.measure, previous.unit, "prose-parallel-share", None, area=None)
    if n.unit == "percent" and TARGET_LABEL_END.search(left):
        return None  # "Target: 90%": the goal an indicator is measured against, not its result
    if PERIOD_PAIR.search(left) and not OWN_CLAUSE_VERB.match(right) and (lead := PERIOD_PAIR.search(sentence)) is not None \
            and (labelled := lead_measure(sentence[:lead.start()] or indicator_name(before), n.unit)) is not None:
        # "Complaints received: 2030/31 - 412; 2029/30 - 388": values each labelled by a period, after a
        # lead that names what they count; a line of them alone ("Q1: 86%   Q2: 91%") under the
        # indicator it reports
        return labelled
    if IN_CASES_LEFT.search(left) and (noun := IN_CASES_NOUN.match(right)):
        return in_cases(left, right[noun.end():], ombudsman)
    if IN_CASES_NOUN.match(right) and (done := cases_after_clause(sentence[:n.start], ombudsman)) is not None:
        return done
    if previous is not None and i and n.unit == "count" and previous.unit == "count" and previous.measure in RUNNING_MEASURES \
            and RUNNING_TOTAL.search(left):
        # "402 in the quarter, taking the year-to-date total to 790": the total of what the count before it counts
        return Reading(previous.measure, "count", RUNNING_TOTAL_RULE, previous.stage, area=previous.area)
    if previous is not None and i and n.unit == "percent" and numbers[i - 1].unit == "count" and previous.rule != BASE_RULE \
            and ((SHARE_OF_PREVIOUS.search(left) and not CHANGE_AFTER.match(right))
                 or (APPOSED_SHARE.search(left) and SHARE_BASE_ONLY.match(right))):
        # "Requests for a stage 2 review rose to 88, equal to 7% of stage 1 complaints", "54 complaints went on to the
        # second stage, 6.2% of all first-stage complaints": the count just read, as a share of the base the words
        # after name (at whatever stage); its measure and stage are the count's
        return Reading(previous.measure, "count", SHARE_OF_PREVIOUS_RULE, previous.stage, area=previous.area)
    reading = _bracketed(n, left, right, sentence, before) or _past_threshold(n, sentence, numbers, i, previous, right) \
        or match_rule(left, right, ombudsman)
    if reading is not None and reading is not SKIP and reading.rule == CHANGED_FROM_RULE \
            and (named := subject_measure(left)) is not None and named[0] not in ("received", *DAY_MEASURES):
        # "The proportion of complaints answered late fell to 9%": the subject of the change names what it counts
        reading = Reading(named[0], reading.unit, named[1], reading.stage, area=reading.area)
    if reading is not None and reading is not SKIP and reading.unit == "per_1000" \
            and (stop >= len(numbers) or numbers[stop].value != 1000 or BENCHMARK.search(left)
                 or not RATE_NOUN.search(sentence[: numbers[stop].start])):
        return None  # "per 100,000", "per month", "the regional average was 0.3 ...": not the body's rate
    if (reading is None or (reading is not SKIP and reading.measure == "received" and reading.unit == "count")) \
            and i and numbers[i - 1].value == 1000 and RATE_VALUE.match(left) \
            and (m := PER_THOUSAND_BEFORE.search(sentence[: numbers[i - 1].start])) \
            and RATE_NOUN.search(m.group(0)) and not BENCHMARK.search(m.group(0)):
        # "The number of complaints received per 1,000 properties was 42", "Complaints per 1,000 homes fell to 38.2"
        reading = Reading("received", "per_1000", "prose-per-1000", None)
    if reading is None and i and (by := CHANGE_BY.search(sentence, 0, numbers[i - 1].start)):
        # "Complaints had dropped by 31% from 64 to 44": read 64 as if the change were not said
        reading = match_rule(sentence[numbers[i - 2].end if i > 1 else 0:by.start()]
                             + " " + sentence[numbers[i - 1].end:n.start].lstrip(" %,"), right, ombudsman)
    if reading is None and i and LABEL_COLON.search(left):
        # "... closed at stage two within 20 working days: 114": the value's label holds a number of its own
        reading = match_rule(sentence[sentence.rfind("\n", 0, n.start) + 1:n.start], right, ombudsman)
    if reading is None and (verb := COPULA_END.search(left)) is not None:
        reading = amount_subject(left[:verb.start()], previous)
    if reading is None and n.unit == "percent" and (verb := SHARE_COPULA_END.search(left)) is not None:
        reading = share_subject(left[:verb.start()])
    if reading is None and n.unit == "count" and (verb := COUNT_COPULA_END.search(left)) is not None \
            and CLAUSE_AFTER_COUNT.match(right):
        # "Stage 2 escalations were 14 this quarter", "Compliments were 35 in the quarter"
        reading = amount_subject(left[:verb.start()], previous)
    if reading is None and i and TO_AFTER_CHANGE.match(left) and (by := CHANGE_BY.search(sentence, 0, numbers[i - 1].start)):
        # "Stage 1 complaints fell by 9% to 1,130": the new value, read as if the change were not said
        reading = match_rule(sentence[:by.start()] + " to ", right, ombudsman)
    if reading is None:
        reading = change_reading(n, sentence, before)  # "... dropped sharply, from 64 to 41": the clause's subject
    if reading is None:
        reading = _bracketed_noun(n, left, right, sentence, before)
    if reading is SKIP:
        return None
    if reading is None and previous is not None and (COMPARED_BEFORE.search(left) or FROM_TO.match(left)) \
            and not CHANGE_BEFORE.search(left):
        # "15 complaints compared to 13 during ...": the compared number counts the same thing
        reading = Reading(previous.measure, previous.unit, "prose-compared-value", previous.stage)
    if reading is None and previous is not None and left.rstrip().endswith("(") and PERIOD_NEXT.match(right):
        # "1,208 complaints (1,140 in 2029/30)": the bracket's count of the same thing in its period
        reading = Reading(previous.measure, previous.unit, "prose-compared-value", previous.stage)
    if reading is None and previous is not None:
        reading = follows(n, left, right, previous)
    elif reading is None:
        reading = part_of_named_whole(n, left, right)  # "Of the complaints not upheld, 30 concerned planning"
    if reading is None and n.unit == "percent" and THIS_WAS.search(left) and (m := SHARE_TOPIC.search(before[-300:])):
        # "Housing report the percentage of complaints upheld. In quarter 1 this was 60%"
        reading = classify("", " " + m.group("what"), ombudsman)
    if reading is None:
        return (_breakdown(n, sentence, mentions, Reading("received", "count", "prose-breakdown"), strict=True)
                or plain_complaint_count(n, left, right, sentence, ombudsman))
    if reading.measure == "received" and (announced := announced_measure(before, sentence)) \
            and announced[0] in LIST_OUTCOMES:
        # "... reductions in upheld complaints:" / "-Garden waste complaints: from 4.9% to 3.3%": an item's own
        # "complaints" names its area; what is counted is what the list's lead announced
        reading = Reading(announced[0], reading.unit, reading.rule, reading.stage, reading.dimension, reading.category,
                          reading.area)
    if reading.measure == "received":
        # "The Housing Ombudsman received 12 complaints": the ombudsman's stage, no part of the body
        if reading.area is None and (m := AREA_RECEIVED.search(left) or AREA_RECEIVED_START.match(left)) is not None \
                and not NAMES_OMBUDSMAN.search(m.group("area")) and not THE_BODY.match(m.group("area")):
            reading = Reading(reading.measure, reading.unit, reading.rule, reading.stage, area=m.group("area").strip())
        topic = before[-300:] + sentence
        if TOPIC_COMPLIMENTS.search(topic) and not TOPIC_COMPLAIN.search(topic):
            reading = Reading("compliments", "count", reading.rule, None, area=reading.area)
    return _breakdown(n, sentence, mentions, reading)
