"""The figures of one sentence: each number read, then given its period, stage, body and procedure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

import regex as re

from extractor.extract.numbers import Number, count_numbers
from extractor.extract.periods import Period, previous_year, year_to_date
from extractor.extract.prose.area_lists import area_list_item
from extractor.extract.prose.clauses import (
    ASIDE,
    clause_span,
    earlier_predicates_blanked,
    list_lead_in,
    next_count_start,
    own_words_end,
    without_asides,
)
from extractor.extract.prose.dating import bracket_period, period_for, sentence_periods
from extractor.extract.prose.emit import Earlier, Where, emit, reading_of
from extractor.extract.prose.follows import BASE_RULE, FORWARD_STAGE, ITEM_RULES, forward_parallel
from extractor.extract.prose.heading_days import heading_days
from extractor.extract.prose.idioms import is_idiom
from extractor.extract.prose.lead_items import item_reading
from extractor.extract.prose.ombudsman import (
    OWN_VOICE,
    acting_ombudsman,
    dominant_body,
    ombudsman_acts,
    sole_body,
    voice_body,
)
from extractor.extract.prose.outcome_scope import OUTCOMES, outcome_named_above
from extractor.extract.prose.ratios import base_reading, base_stage
from extractor.extract.prose.readers import (
    CLOSES_BRACKET,
    PAIRED_PERCENT,
    RUNNING_TOTAL_RULE,
    SHARE_OF_PREVIOUS_RULE,
    SHARE_THEN_COUNT,
    read_number,
    topic_measure,
)
from extractor.extract.prose.reading_text import reading_text
from extractor.extract.prose.respective import respective_stage
from extractor.extract.prose.rules import DAYS_AFTER, NO_STAGE, Reading
from extractor.extract.prose.shared_verbs import shares_the_verb, takes_the_later_timescale
from extractor.extract.prose.stages import (
    MENTIONS_OMBUDSMAN,
    label_stage,
    named_stage,
    part_of_before,
    section_stage,
    split_by_stages,
    split_total,
    subject_stage,
    without_sources,
)
from extractor.extract.table_labels import brackets_hold_last_year
from extractor.limits import active
from extractor.models import Figure
from extractor.patterns import compile_regex
from extractor.segment import settles
from extractor.stage_names import in_stage_words
from extractor.topic import block_on_complaints

TOTAL_OPENING = re.compile(r"^\W*(?:total|all)\s+(?:number\s+of\s+)?complaints\b", re.IGNORECASE)
TO_OMBUDSMAN = re.compile(r"\b(?:progressed|forwarded|referred|escalated|went|passed|sent|taken)\s+(?:on\s+)?to\s+the\s+"
                          r"(?:[\w'’]+\s+){0,6}?(?:ombudsman|LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO)\b", re.IGNORECASE)
RELATIVE = re.compile(r"^\s*(?:which|who)\b", re.IGNORECASE)
STAGE_NAME = re.compile(r"\b(?:stage|level)[\s-]*\d\b", re.IGNORECASE)  # "(stage 1)": a number that only names
AFTER_PREVIOUS = ("prose-share-of-previous", "prose-parallel", *ITEM_RULES)  # readings that lean only on the number before
THAT_TIME = re.compile(r"^\W*(?:at\s+(?:that|the)\s+time|in\s+that\s+(?:year|period|quarter)|back\s+then)\b", re.IGNORECASE)
BACK_REFERENCE = re.compile(r"^\W*of\s+(?:these|those|them|which|this)\b", re.IGNORECASE)
NOT_OMBUDSMAN = ("compliments", "response_target_days", "average_response_days", "within_target", "outside_target")
TIMELY = ("within_target", "outside_target")
TIMESCALES = ("response_target_days", "average_response_days")
DAYS_NEXT = re.compile(r"\s*(?:working\s+|calendar\s+|business\s+)?days?\b", re.IGNORECASE)
COUNT_JOINED = re.compile(r"(?:[,;]\s*|\s)and\s+(?:a\s+further\s+|another\s+)?$", re.IGNORECASE)  # "..., and 27"
NAMED_TARGET = re.compile(r"[\s-]*(?:working[\s-]+|calendar[\s-]+)?days?[\s-]+(?:target|deadline|timescale|standard|time\s*limit)",
                          re.IGNORECASE)
ELEMENTS = re.compile(r"\belements?\b", re.IGNORECASE)
FULL_OR_PART = re.compile(r"[^.;\d]{0,40}?\b(?:in\s+full\s+or\s+in\s+part|(?:either\s+)?(?:fully|wholly|in\s+full)\s+or\s+"
                          r"(?:partly|partially|in\s+part))\b", re.IGNORECASE)
CASE_OUTCOME = re.compile(r"(?:\boutcome\W+|,\s*(?=(?:partially\s+|partly\s+|not\s+)?upheld\s*\.?\s*$))"
                          r"(?P<o>partially\s+upheld|partly\s+upheld|not\s+upheld|upheld)", re.IGNORECASE)
# "Average response time (working days): 11.4"; "Mean days to reply - stage one: 9.2; stage two: 18.4": an
# average's later items after the same lead
AVERAGE_BEFORE = compile_regex(r"\b{AVERAGE}\b[^.;]{0,60}?(?:\bdays?\b[^.;\d]{0,10}|:\s*)$"
                               r"|\b{AVERAGE}\s+(?:response\s+)?time\b[^.;\d]{0,80}?\b(?:was|is|stood\s+at)\s+$"
                               r"|\b{AVERAGE}\b[^.;]{0,60}?:[^;]{0,30};[^.;\d]{0,30}:\s*$")
# "74% of Stage 2 complaints", "1,301 complaints at Stage 1": a stage named right after the number is its own
# "212 informal and 35 formal complaints": the first of two stages said before the next count
# possessive \s*+: the runs of spaces around the optional "%" backtracked into each other
OWN_STAGE = re.compile(r"^\s*+(?:%|per\s?cent)?\s*+(?:\(\s*[\d.]+\s*%?\s*\)\s*)?(?:of\s+(?:the\s+|all\s+|our\s+)?)?"
                       r"(?:(?!and\b|or\b|but\b|of\b|were\b|was\b)[\w'’-]+\s+){0,2}?(?:(?:at|in|for)\s+(?:the\s+)?)?(?:\(\s*)?"
                       r"(?P<stage>stage\s*(?:\d|one|two|three)|(?:step|level|tier)\s*(?:\d|one|two|three)\s+(?:complaints?|cases?|reviews?)|(?:first|second|third|1st|2nd|3rd)[\s-]+(?:stage|tier)|informal(?=\s+complaints?\b|\s+(?:and|or)\s*$)"
                       r"|formal\s+complaints?|(?:front[\s-]?line|local)\s+resolution|investigation(?!\s+by\b)|PALS(?=\s+(?:contacts?|concerns?|enquiries|cases)\b))\b",
                       re.IGNORECASE)
# "412 complaints were upheld (32%)": a share in brackets after its count's own words
BRACKETED_SHARE = re.compile(r"^(?=[^.;,()]{0,60}\()(?>(?i:stage|step|tier|level)\s*+\d\b|[^.;,()\d])*+\(\s*$")  # "Stage 2 complaints ("
WITHIN_QUALIFIER = re.compile(r"\bwithin\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "within 10 working days: 1,021", "... days was 82%", "... days in 82% of cases": the value the timescale qualifies
QUALIFIED_NEXT = re.compile(r"\s*(?:working\s+|calendar\s+)?days?\b\s*(?:[:=–-]|\b(?:was|were|is|in|for)\b)\s*\d", re.IGNORECASE)
# a measure's name that holds its timescale: "Number and % of complaints closed within 5 working days ..."
MEASURE_NAMED = re.compile(r"\b(?:numbers?|percentage|proportion|share|%)\s+(?:and\s+(?:%|percentage)\s+)?of\s+[^.;:]{0,80}?"
                           r"\bwithin\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
# a timescale said as the procedure's rule keeps its record ("we aim to reply within 10 working days: we did for 82%")
PROCEDURE_RULE = re.compile(r"\b(?:aims?|should|must|expected?|target|standard|policy|promise|commit\w*)\b", re.IGNORECASE)
ALL_OF = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)


def _restated(n: Number, text: str, reading: Reading, earlier: Earlier) -> Reading:
    """ "4 complaints were upheld ... In all 4 cases an apology was issued": the number restates
    the block's earlier figure of the same value, so it counts what that one counts."""
    if n.unit != "count" or not ALL_OF.search(text[: n.start]):
        return reading
    same = earlier.counts.get(n.value)
    return Reading(same.measure, "count", "prose-restated", same.stage or NO_STAGE, area=same.area) \
        if same is not None else reading


def candidate_numbers(text: str) -> list[Number]:
    """The counts, percentages and day numbers of a sentence, less the number words that count nothing;
    a count with decimals is a rate ("0.36 complaints per 1,000 residents"), not a count."""
    return list(_candidates(text, active().max_digits))


@lru_cache(maxsize=2048)  # the block walk asks first whether a sentence has any, then reads them
def _candidates(text: str, max_digits: int) -> tuple[Number, ...]:
    rates = bool(PER_THOUSAND.search(text))  # "41.6 complaints per 1,000 homes, up from 37.2": rates
    return tuple(n for n in count_numbers(text) if n.unit in ("count", "percent") and n.value == n.value
            and (n.unit == "percent" or n.value == int(n.value) or DAYS_AFTER.match(text[n.end:])
                 or AVERAGE_BEFORE.search(text[: n.start]) or rates)
            and not is_idiom(n, text))


PER_THOUSAND = re.compile(r"\b(?:per|for\s+(?:every|each))\s+(?:1,?000|one\s+thousand|thousand)\b", re.IGNORECASE)


def number_stage(w: Where, numbers: Sequence[Number], i: int, reading: Reading, span: tuple[int, int],
                 body: str | None) -> str | None:
    """The stage of number i of a sentence: its reading's, else the nearest said (after it, in its
    aside, its clause, since the number before, its sentence), else the section's, paragraph's or
    the line above's."""
    text, n = reading_text(w.sent.text), numbers[i]
    # "12 were escalated to stage 2 and 3 went to the Ombudsman": words after the next count are its own
    upto_next = next_count_start(text, numbers, i, span[1])
    clause = text[span[0]:upto_next]
    aside = next((m.group(0) for m in ASIDE.finditer(text) if m.start() < n.start < m.end()), "")
    # (in the report's own names for its stages: "88 Formal Investigations" where stage 2 is called so)
    own = OWN_STAGE.match(in_stage_words(text[n.end:numbers[i + 1].start if i + 1 < len(numbers) else len(text)]))
    # "respond to stage one complaints within 10 working days and stage two within 20": the stage
    # said since the number before is this number's
    since = numbers[i - 1].end if i else 0
    # "(7 at Stage 1 and 8 at Stage 2) to 44": the bracket's stages are its own numbers'; "Stage 1 (frontline) ...
    # within 5": a bracket of words glosses the stage before it
    # ("frontline (stage 1) complaints within 5 working days": a bracket whose only number names the stage glosses)
    if (close := text.rfind(")", since, n.start)) >= 0 \
            and any(map(str.isdigit, STAGE_NAME.sub(" ", text[text.rfind("(", 0, close) + 1:close]))):
        since = close + 1
    # (what an earlier count of the sentence did is its own: "41 were settled informally, and 160 ...")
    others_blanked = earlier_predicates_blanked(text, numbers, i)
    said = named_stage(without_asides(others_blanked[since:n.start], n.start), None)
    if said == "ombudsman" and not RELATIVE.match(clause):
        said = None  # "... went to the Ombudsman, which upheld two": a relative clause goes on with its subject
    # the sentence's stage, less a stage another count went to ("87 complaints ..., of which 12 were
    # escalated to stage 2" leaves the 87 unstaged)
    sentence = named_stage(MOVED_TO_STAGE.sub(lambda m: m.group(0) if m.start() < span[1] else " ",
                                              without_asides(others_blanked[:own_words_end(text, numbers, i, reading.measure in TIMESCALES)], n.start)), None)
    if sentence == "ombudsman" and not MENTIONS_OMBUDSMAN.search(without_sources(text[: span[1]])):
        sentence = None  # "... 96 complaints in the year, and none went to the Ombudsman": a later clause's
    stage = None if reading.measure == "compliments" else (
        respective_stage(text, numbers, i) or reading.stage or (settles("stage", own.group("stage")) if own else None)
        or named_stage(aside, None)
        or named_stage(without_asides(clause, n.start - span[0]), None)
        or label_stage(text)
        or (said if said not in (None, NO_STAGE) else None)
        or (total.stage if (total := split_total(text, w.earlier.last)) else None)
        or sentence or (total.stage if (total := part_of_before(text, w.earlier.last)) else None)
        or (None if split_by_stages(text, numbers, i) else
            section_stage(w) or _paragraph_stage_not_taken(w, reading.measure, text, others_blanked) or w.carried_stage))
    if stage in (None, NO_STAGE) and reading.measure != "compliments" and (subject := subject_stage(text)):
        stage = subject  # "Stage 2 (review) complaints, including those passed on from Stage 1, should be ..."
    stage = None if stage == NO_STAGE else stage
    if stage == "stage2" and reading.measure not in NOT_OMBUDSMAN and not NUMBERED_STAGE.search(clause) \
            and MENTIONS_OMBUDSMAN.search(without_sources(text[span[0]:n.start])):
        # "The Ombudsman accepted 6 cases for investigation": its own investigation, not a council's stage two
        stage = "ombudsman"
    if reading.measure == "received" and TO_OMBUDSMAN.search(text, n.end, upto_next):
        stage = "ombudsman"  # "6 Stage 3 complaints forwarded to the Ombudsman": received at the ombudsman
    if stage == "ombudsman" and reading.measure in NOT_OMBUDSMAN and w.ctx.stage != "ombudsman":
        stage = None  # "a 10 day deadline, as the Housing Ombudsman requires" is the council's own
    # naming an ombudsman makes a case count an ombudsman figure, not a timescale or a share
    own_numbered = stage in ("stage1", "stage2", "stage3") and bool(NUMBERED_STAGE.search(clause)) \
        and bool(OWN_WORDS.search(text, 0, n.start))  # "we logged 612 complaints at stage one": the body's own stage
    if (body and stage is None or (w.voice and not own_numbered)) and reading.measure not in NOT_OMBUDSMAN:
        stage = "ombudsman"  # an ombudsman's own document: its "investigation" is the ombudsman's
    return stage


def _paragraph_stage_not_taken(w: Where, measure: str, text: str, others_blanked: str) -> str | None:
    """The paragraph's stage, unless it is the one an earlier count of this sentence was said to be at
    ("Some 58 were dealt with at the informal stage; the other 97 ...": the paragraph's "informal" is the 58's)."""
    stage = paragraph_stage(w, measure)
    if stage is None or others_blanked == text:
        return stage
    taken = named_stage("".join(" " if c == b else c for c, b in zip(text, others_blanked, strict=True)), None)
    return None if taken == stage else stage


OWN_WORDS = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)  # the body speaking of itself
NUMBERED_STAGE = re.compile(r"\bstage[\s-]*(?:\d|one|two|three)\b|\b(?:first|second|third|1st|2nd|3rd)[\s-]+stage\b", re.IGNORECASE)


def paragraph_stage(w: Where, measure: str | None = None) -> str | None:
    """The paragraph's stage for a sentence; an ombudsman the sentence names itself is for its own
    clauses to place, not the paragraph's ("... 96 complaints, and none went to the Ombudsman"), and a
    sentence about the body's own handling ("175 complaints dealt with internally") is not the
    ombudsman's. A stage said only later reaches back to a paragraph's timeliness figures ("The average
    response time is 20 days ... The response timescale for stage 1 complaints ..."), not to its counts
    ("The council received 515 complaints. Stage one complaints are answered by the service ...")."""
    stage = w.block_stage if measure is None or measure in TIMELY + TIMESCALES else w.stage_so_far
    if measure in (*TIMELY, "average_response_days") and len(w.earlier.stages) == 1 and None not in w.earlier.stages:
        # "54 complaints were escalated to stage 2, 14% of all stage 1 complaints. 41 (75.9%) were answered
        # within 20 working days": the paragraph's counts so far, all of one stage, are what its timeliness
        # figures speak of, whatever stage a base names
        stage = next(iter(w.earlier.stages))
    if stage == "ombudsman" and (MENTIONS_OMBUDSMAN.search(without_sources(w.sent.text))
                                 or OWN_HANDLING.search(w.sent.text)):
        return None
    return stage


# acknowledging a complaint is not answering it (no SPEC measure); the words of an answer
ACKNOWLEDGING = re.compile(r"\backnowledg", re.IGNORECASE)
ANSWERING = re.compile(r"\b(?:respon|repl|resol|clos|answer)", re.IGNORECASE)


def last_match(rx: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the last match of `rx` in text[start:end] ends, or None."""
    found = None
    for m in rx.finditer(text, start, end):
        found = m.end()
    return found


# a named subject (a service, a department, "the service") then a verb of counting what it received
NEW_SUBJECT = re.compile(r"^\W*(?P<subject>(?:(?i:the)\s+)?(?:(?!(?:We|It|They|This|These|Those|Of|In|At|Our|There|Overall|Seven|Nine|One|Two|Three|Four|Five|Six|Eight|Ten)\b)"
                         r"\p{Lu}[\w'’&-]*\s+){1,4}|(?i:the)\s+(?:service|department|directorate|team)\s+)"
                         r"(?:received|recorded|logged|accounted\s+for|saw|dealt\s+with|handled)\b")
OWN_HANDLING = re.compile(r"\b(?:internally|in[\s-]house|under\s+(?:our|the\s+council['’]s)\s+own)\b", re.IGNORECASE)


# "... of which 12 were escalated to stage 2 / to the second stage" after a count's clause: where another count went, said
# with its verb (not "requests for escalation to Stage 2", which names what is counted)
MOVED_TO_STAGE = compile_regex(r"\b(?:escalated|progressed|referred|moved|went|passed|sent|forwarded|proceeded)\s+"
                               r"(?:on\s+|straight\s+|directly\s+)?(?:to|into)\s+(?:a\s+|the\s+)?"
                               r"(?:stage\s+(?:\d|one|two|three)|(?:first|second|third|1st|2nd|3rd|next|final)\s+stage|{REVIEWING_OFFICER})\b")


REACH = 1500  # characters before a clause end in which an ombudsman named still counts
# the subject of a number's clause is a benchmark of other bodies ("the national upheld rate", "the average
# for similar councils", "the sector average response time"), not the report's own measure
COMPARATOR = re.compile(r"\b(?:national(?:ly)?|sector|regional|peers?|comparators?|England|Wales|Scotland|all\s+councils|other\s+"
                        r"(?:councils|authorities|landlords|trusts)|similar\s+(?:councils|authorities|organisations|bodies|"
                        r"landlords|trusts))\b(?=[^.;,]{0,60}\b(?:average|rate|median|figure|mean|benchmark|was|were|is|of)\b)",
                        re.IGNORECASE)
PRIOR_RULE = "table-prior-in-brackets"
# "73 (81)", and a value with its unit said again in the bracket ("9 days (11 days)", "6.5 working days (7.2)")
BARE_BRACKET = re.compile(r"^\s*(?P<unit>(?:working\s+|calendar\s+)?days?)?\s*\(\s*$", re.IGNORECASE)
BRACKET_CLOSE = re.compile(r"^\s*(?P<unit>(?:working\s+|calendar\s+)?days?)?\s*\)", re.IGNORECASE)


def _prior_in_brackets(w: Where, text: str, numbers: Sequence[Number], i: int, period: Period | None) -> Period | None:
    """The year before `period` when number i is followed by a bare bracketed number of the same
    unit ("73 (81)", "88% (79%)") and a note above says brackets hold last year's values; None
    otherwise (a bare bracket means nothing certain without the note)."""
    if period is None or i + 1 >= len(numbers) or numbers[i + 1].unit != numbers[i].unit:
        return None
    opened = BARE_BRACKET.match(text[numbers[i].end:numbers[i + 1].start])
    closed = BRACKET_CLOSE.match(text[numbers[i + 1].end:])
    if opened is None or closed is None or (closed["unit"] and (opened["unit"] or "").lower() != closed["unit"].lower()):
        return None
    before = previous_year(period)
    # the note, or a bracket earlier in the sentence dating its value so ("388 (412 in 2029/30) and 49 (57)")
    dated = bracket_period(text, numbers[i].start, sentence_periods(text, period))
    if not (brackets_hold_last_year(w.doc, w.block) or (dated is not None and before is not None and dated.label == before.label)):
        return None
    return before if before is not period else None


def figures_of_sentence(w: Where) -> list[Figure]:
    """The figures of one sentence of a block."""
    text = reading_text(w.sent.text)
    # a document that names no period of its own: the last one said nearby ("between April and
    # September 2024 ... -Missed collections: reduced from 23% to 12%")
    context_period = w.ctx.own_period() or w.last_period
    periods = sentence_periods(text, w.lead or context_period)
    if not periods and w.last_compared is not None and THAT_TIME.match(text):
        # "... compared to 78% for the same period last year. At that time, the Council received 480"
        context_period = w.last_compared
    elif not periods and w.last_period is not None and BACK_REFERENCE.match(text):
        # "Of these, 74% were resolved within ...": a sentence with no period of its own speaks
        # of the period the sentence before it named
        context_period = w.last_period
    numbers = candidate_numbers(text)
    lead_in = list_lead_in(w.doc, w.block) if numbers and not w.sent.start else ""
    out: list[Figure] = []
    previous = reading_of(w.earlier.last) if w.earlier.last is not None else None  # "... 27 were upheld. This equates to 30%"
    if previous is not None and previous.unit == "per_1000" and numbers and numbers[0].unit == "count" \
            and numbers[0].value == int(numbers[0].value) and w.earlier.counts:
        # "1,126 complaints, which is 3.1 per 1,000 contacts. This compares with 1,047 in 2029/30": a whole number
        # set against a rate is set against the count the rate was said of
        count = next(reversed(w.earlier.counts.values()))
        previous = reading_of(count) if count.measure == previous.measure else previous
    numerator: Reading | None = None
    numerator_stage: str | None = None
    own_stage: str | None = None
    if w.carried_stage == "ombudsman" and OWN_VOICE.match(text):
        w = replace(w, carried_stage=None)  # "We received 2,104 complaints" below an ombudsman paragraph: ours
    if w.carried_stage and (m := NEW_SUBJECT.match(text)) and not MENTIONS_OMBUDSMAN.search(m.group("subject")):
        # "Children's Services received 87 complaints" below a paragraph on stage 2 or the Ombudsman: a
        # sentence that opens on a subject of its own counting what it received speaks of that subject
        w = replace(w, carried_stage=None)
    if w.carried_stage and TOTAL_OPENING.match(text):
        w = replace(w, carried_stage=None)  # "Total complaints received this year: 236" below a stage's line: the whole
    # an ombudsman counts for a number only where it is said by the end of the number's clause
    # ("... 96 complaints, and none went to the Ombudsman" leaves the 96 the council's own), and
    # never where it is only the source of a document or guidance the body cites
    sourced = without_sources(text)
    split = split_total(text, w.earlier.last)  # "Of these, ...": at the stage of the count it splits
    context = w.voice or (section_stage(w) or paragraph_stage(w) or w.carried_stage) == "ombudsman" \
        or (split is not None and split.stage == "ombudsman")
    voiced = (dominant_body(w.doc) or voice_body(w.doc)) if w.voice else None
    # "... the Housing Ombudsman made determinations on 12 of our cases. Maladministration was found
    # in 7": the paragraph's ombudsman, for figures already at the ombudsman's stage
    named = set(w.earlier.bodies)
    named_body = named.pop() if len(named) == 1 else None
    shares: set[int] = set()  # percentages already emitted as the share of the count before them
    emitted: set[int] = set()
    previous_count: Reading | None = None
    for i, n in enumerate(numbers):
        if i in shares:
            continue
        span = clause_span(text, n)
        upto = sourced[max(0, span[1] - REACH): span[1]]  # a real sentence is shorter; a wall of numbers is not quadratic
        body = w.ctx.body or acting_ombudsman(w.doc, upto, w.block.text[: w.sent.start]) or voiced
        ombudsman = context or body is not None or ombudsman_acts(upto) \
            or named_stage(upto, None) == "ombudsman"
        emit_body = body or named_body or (split.body if split is not None else None) or sole_body(w.doc)
        before = w.block.text[: w.sent.start] or lead_in
        # "187 at the first stage, taking 3.8 working days on average, and 27 at the second stage": a count goes on
        # from the count before it, not from the timescale between them
        parallel = previous_count if previous is not None and previous.measure in TIMESCALES \
            and previous_count is not None and n.unit == "count" and not DAYS_NEXT.match(text, n.end) \
            and COUNT_JOINED.search(text, numbers[i - 1].end if i else 0, n.start) else previous
        reading = read_number(n, text, numbers, i, w.sent.mentions, before, parallel, ombudsman) \
            or heading_days(n, text, w)
        if lead_in:  # "The average time ... was:" / "• 12.5 working days at stage one"
            reading = item_reading(reading, n, text, lead_in, candidate_numbers, ombudsman)
        if reading is None or reading.rule in AFTER_PREVIOUS:
            # "refuse collection (31%), council tax (18%) and parking (9%)": an area's share, not the previous one's
            reading = area_list_item(n, text, numbers, i, before, topic_measure,
                                     on_complaints=block_on_complaints(w.doc, w.block)) or reading
        if reading is None and i + 1 < len(numbers) and FORWARD_STAGE.match(text[n.end:numbers[i + 1].start]):
            following = read_number(numbers[i + 1], text, numbers, i + 1, w.sent.mentions,
                                    w.block.text[: w.sent.start], previous, ombudsman)
            reading = forward_parallel(n, text, numbers, i, following)
        if reading is None or (reading.measure in OUTCOMES and ELEMENTS.search(text[: n.start])):
            continue  # outcomes of the elements of one complaint are not complaint figures
        if COMPARATOR.search(text, span[0], n.start):
            continue  # "The sector average response time ... was 12 days": another body's figure, not the report's
        reading = outcome_named_above(w, text, n, span, _restated(n, text, reading, w.earlier), previous,
                                      numbers[i - 1].end if i else 0)
        reading = shares_the_verb(n, text, numbers, i, reading, previous_count)  # "upheld 40 ... and 8 stage 2 complaints"
        reading = takes_the_later_timescale(n, text, numbers, i, reading)  # "answered 300 ... and 41 ... within the timescale"
        if reading.measure == "upheld" and FULL_OR_PART.match(text, n.end):
            # "upholding 8 in full or in part", "upheld eleven, either fully or partly": the combined outcome
            reading = replace(reading, measure="upheld_or_partially_upheld")
        if reading.measure in ("response_target_days", *TIMELY) \
                and (ack := last_match(ACKNOWLEDGING, text, 0 if reading.measure in TIMELY else span[0], n.start)) \
                and not ANSWERING.search(text, ack, n.start):
            # "acknowledged 99% of complaints within three working days (last year: 94%)": no response
            # timescale, no reply on time ("acknowledged within 3 working days and answered within 20": the 20 is one)
            continue
        if reading.measure == "response_target_days" and WITHIN_QUALIFIER.search(text[: n.start]) \
                and ((reading.measure, n.value) in w.earlier.said
                     or any(f.measure == reading.measure and f.value == n.value for f in out)
                     or (i - 1 in emitted and out and out[-1].measure in TIMELY and not NAMED_TARGET.match(text, n.end))
                or (QUALIFIED_NEXT.match(text, n.end) and not PROCEDURE_RULE.search(text, span[0], n.start))
                or (MEASURE_NAMED.search(text, span[0], n.start) and not NAMED_TARGET.match(text, n.end)
                    and not PROCEDURE_RULE.search(text, span[0], n.start))):
            # "use a 10-working day timescale ... completed within the internal 10-working day timescale";
            # "Stage 1: 91% within 10 working days", "answered within 10 working days: 1,021 of 1,245": the
            # timescale only qualifies the figure beside it (SPEC 7), while
            # one named as a target ("within the council's 10-day target") is the procedure's own
            continue
        # "seven upheld out of the nine investigated, a rate of 78 per cent"; but a timescale said of a share
        # ("88% ... within its 25-working-day deadline, up from 84%") leaves the share the one compared
        if reading.rule != BASE_RULE and not (reading.measure == "response_target_days" and out
                                              and out[-1].measure in TIMELY):
            previous = reading
            if reading.unit == "count" and reading.measure not in TIMESCALES:
                previous_count = reading
        period = period_for(n, text, periods, w.lead, context_period)
        if reading.rule == RUNNING_TOTAL_RULE and (so_far := year_to_date(w.ctx.own_period())) is not None:
            period = so_far  # a quarter's or month's running total is the year's so far
        clause = text[span[0]:span[1]]
        stage = number_stage(w, numbers, i, reading, span, body)
        if reading.rule == BASE_RULE:
            reading = base_reading(text, numbers, i, reading)
            stage = stage or (reading.stage if reading.stage != NO_STAGE else None)
        if reading.rule == BASE_RULE and stage is None and own_stage is not None:
            stage = own_stage  # "298 stage one complaints on time out of 340": the base is of that count's own stage
        if reading.rule != BASE_RULE and (of_base := base_stage(text, numbers, i)) is not None \
                and not (stage == "ombudsman" and of_base == "stage2") \
                and not MOVED_TO_STAGE.search(clause):  # (the ombudsman's own investigations; "52 of the 640 stage 1 ... went to stage 2")
            stage = of_base  # "... and 80 of the 95 stage 2 complaints": the count is of its base's stage
        if reading.rule == SHARE_OF_PREVIOUS_RULE and (count := next((f for f in reversed(out) if f.rule != BASE_RULE), None)):
            stage = count.stage  # the share of the count just read is at that count's stage, not its base's
        out.append(emit(w, n, reading, reading.unit, period, stage, emit_body, clause))
        emitted.add(i)
        if (prior := _prior_in_brackets(w, text, numbers, i, period)) is not None:
            # "Complaints received: 73 (81)" under "last year's figures are in brackets"
            shares.add(i + 1)
            out.append(emit(w, numbers[i + 1], replace(reading, rule=PRIOR_RULE), reading.unit, prior, stage,
                            emit_body, clause))
        if i and n.unit == "count" and numbers[i - 1].unit == "percent" and i - 1 not in emitted \
                and SHARE_THEN_COUNT.match(text[numbers[i - 1].end:n.start]):
            # "40% (12 complaints) concerned ...": the share before its count in brackets is of the same
            out.append(emit(w, numbers[i - 1], reading, "percent", period, stage, emit_body, clause))
        if reading.rule != BASE_RULE:
            numerator, numerator_stage = reading, stage
            # a count that names its own stage in its own words, and did not move to it ("escalated"), lends it
            # to the base it is counted out of
            own_stage = stage if reading.measure != "received" and OWN_STAGE.match(
                text[n.end:numbers[i + 1].start if i + 1 < len(numbers) else len(text)]) else None
        between = text[n.end:numbers[i + 1].start] if i + 1 < len(numbers) else ""
        if i + 1 < len(numbers) and numbers[i + 1].unit == "percent" and n.unit == "count" and \
                (PAIRED_PERCENT.match(between) or (BRACKETED_SHARE.match(between) and CLOSES_BRACKET.match(text, numbers[i + 1].end))):
            shares.add(i + 1)
            # "34 out of 379 (9%) complaints were escalated": the share is the 34's, not the base's
            share = (numerator, numerator_stage) if reading.rule == BASE_RULE and numerator else (reading, stage)
            out.append(emit(w, numbers[i + 1], share[0], "percent", period, share[1], emit_body, clause))
        case = CASE_OUTCOME.search(w.block.text if w.block.kind == "list_item" else text)
        if case and reading.measure == "received" and n.value == 1 and stage != "ombudsman" and not i:
            # a one-case bullet: "received one complaint ...; outcome partially upheld" is that case's outcome
            outcome = "_".join(case.group("o").lower().replace("partly", "partially").split())
            out.append(emit(w, n, Reading(outcome, "count", "prose-case-outcome", stage, area=reading.area),
                             "count", period, stage, body, clause))
    return out
