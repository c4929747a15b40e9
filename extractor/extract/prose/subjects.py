"""What a subject or a lead names, for a number said of it: "Stage 1 complaints received totalled
212", "Stage 1 response performance was 84%", "Stage 2 escalations were 14 this quarter", "Compliments
logged: 2030/31 = 640", "In 45 cases we replied within ten days". The words before the verb (or the lead
before the values) are a label, read by the label vocabulary of tables (patterns/tables.toml)."""

from __future__ import annotations

import regex as re

from extractor.extract.prose.follows import DAY_MEASURES
from extractor.extract.prose.rules import NO_STAGE, SKIP, Reading, match_rule
from extractor.extract.prose.stages import ALL_STAGES
from extractor.extract.table_labels import classify_label

COMPLAINT_NOUN = re.compile(r"\b(?:complaints?|cases|concerns|enquiries|representations)\b", re.IGNORECASE)

# verbs that say how many a subject came to, and nothing else ("was" could be a share's or a change's)
COPULA_END = re.compile(r"(?<=\w)\s+(?:totall?ed|numbered|stood\s+at|came\s+to|amounted\s+to|reached)\s+$", re.IGNORECASE)
SUBJECT_START = re.compile(r"^\W*(?:(?:and|but|while|whilst|with)\s+)?", re.IGNORECASE)
BACK_REFERENCE = re.compile(r"^(?:those|these|the\s+figures?\s+for)\b", re.IGNORECASE)
# "In 2027/28 the figure was 350 and in 2028/29 it was 388", "In 2029/30 there were 610": a subject that only points
# back, after a period
BACK_REFERENCE_END = re.compile(r"^(?:(?:in|during|for|over|by|across)\s+[^,]{2,30}?,?\s+)?(?:the\s+(?:figure|number|total|count)|it|there)$",
                                re.IGNORECASE)
SUBJECT_WORDS = 12  # a label, not a clause


def amount_subject(subject: str, previous: Reading | None) -> Reading | None:
    """ "Stage 1 complaints received totalled 212", "Upheld complaints numbered 40", "and those to
    Planning came to 19": the subject before a verb of amount is a label, read by the label
    vocabulary of tables (patterns/tables.toml); a complaints noun with no measure word counts
    what was received; "those" takes the measure just read."""
    subject = SUBJECT_START.sub("", subject[-200:]).strip()
    if subject and (BACK_REFERENCE.match(subject) or BACK_REFERENCE_END.search(subject)) and len(subject.split()) <= SUBJECT_WORDS:
        # "Across both stages the total was 500": a back-reference said of all stages has none
        stage = NO_STAGE if ALL_STAGES.search(subject) else previous.stage if previous else None
        return Reading(previous.measure, previous.unit, "prose-parallel-amount", stage) if previous else None
    return _label_reading(subject, "count", "prose-amount-subject", bool(COMPLAINT_NOUN.search(subject)))


def _label_reading(words: str, unit: str, rule: str, counts_received: bool) -> Reading | None:
    """The reading a label names by the label vocabulary, at its stage; `counts_received`: a label
    naming no measure counts the complaints received. Days are read by their own rules, with their units."""
    if not words or len(words.split()) > SUBJECT_WORDS:
        return None
    label = classify_label(words)
    measure = label.values.get("measure") or ("received" if counts_received else None)
    if label.skip or measure is None or measure in DAY_MEASURES:
        return None
    stage = label.values.get("stage")
    return Reading(measure, unit, rule, NO_STAGE if stage == "none" else stage)


# "Stage 1 response performance was 84%", "Timeliness at stage 2 stood at 71%": a share said of a subject
SHARE_COPULA_END = re.compile(r"(?<=\w)\s+(?:was|were|is|are|stood\s+at|reached|(?:improved|rose|increased|fell|dropped|"
                              r"decreased|declined)\s+to)\s+$", re.IGNORECASE)


# "were 14" ending a clause or followed by when: a count said of its subject ("were 14 fewer" is a change)
COUNT_COPULA_END = re.compile(r"(?<=\w)\s+(?:was|were|is|are)\s+$", re.IGNORECASE)
CLAUSE_AFTER_COUNT = re.compile(r"^\s*(?:[.;,)(]|$|(?:this|last|that|the)\s+(?:quarter|year|month|period|half)\b|"
                                r"(?:in|during|for|over|across)\s|compared\b|against\b|and\b)", re.IGNORECASE)


# a period set right before a value as its label: "2030/31 - 412", "Q2 = 37", "2029/30: 388"
# (atomic: "2030-31, which is 8.3" is a year and a comma, never "2030" labelling "31")
# ("Q1 101, Q2 97": a quarter's label may stand before its value with no mark between)
PERIOD_PAIR = re.compile(r"(?<![\w/])(?>(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?|Q[1-4]|quarter\s+(?:[1-4]|one|two|three|four))"
                         r"\s*[-–=:]\s*(?=\d|$)"
                         r"|(?<![\w/])Q[1-4]\s++(?=\d|$)(?!(?:19|20)\d\d)", re.IGNORECASE)


def lead_measure(lead: str, unit: str = "count") -> Reading | None:
    """What the values after a lead count ("Complaints received:", "Stage 2:"), by the label vocabulary;
    a lead that names complaints or a stage and no measure counts those received (never a share)."""
    lead = lead.strip().rstrip(":-–").strip()
    counts_received = unit == "count" and bool(COMPLAINT_NOUN.search(lead) or classify_label(lead).values.get("stage"))
    return _label_reading(lead, unit, "prose-period-labelled", counts_received)


def share_subject(subject: str) -> Reading | None:
    """The share a subject names by a measure word of the label vocabulary ("response performance",
    "uphold rate"); a subject that names none (turnover, satisfaction) gives no figure."""
    return _label_reading(SUBJECT_START.sub("", subject[-200:]).strip(), "percent", "prose-share-subject", False)


# "In 45 cases we replied within ten days", "and in 12 of these cases the complaint was upheld": the count
# is the subject of the clause after its noun
IN_CASES_LEFT = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|but|while|whilst)\s+)in\s+(?:only\s+|just\s+|a\s+further\s+|another\s+)?$",
                           re.IGNORECASE)
IN_CASES_NOUN = re.compile(r"^(?:\s*%|\s*per\s*cent)?\s+(?:of\s+(?:the\s+|these\s+|those\s+|them\s+)?)?(?:(?!of\b)[\w'’-]+\s+){0,2}?"
                           r"(?:cases?|instances?|complaints?)\b\s*,?|^\s+of\s+(?:them|these|those)\b\s*,?", re.IGNORECASE)


def in_cases(left: str, clause: str, ombudsman: bool) -> Reading | None:
    """What "In N cases <clause>" counts: what the clause says of its cases; no measure when it says
    none ("In one case the complainant moved away"), and never the complaints received but as an escalation."""
    if match_rule(left, "", ombudsman) is SKIP:
        return None
    reading = match_rule("", clause, ombudsman)
    # received only as an escalation, at its stage ("In 19 cases the customer requested a review")
    return None if reading is None or reading is SKIP or (reading.measure == "received" and reading.stage is None) else reading


# "<what was done> in 64% of cases": the clause that ends in "in" before a count of cases
# (a clause with a number of its own, "We met the 10 working day target in 87% of cases", is read by the rules)
CLAUSE_THEN_IN = re.compile(r"(?:^|[.;:]\s*)(?P<clause>[^.;:\d]{5,120}?)\s+in\s+(?:only\s+|just\s+|around\s+|about\s+)?$",
                            re.IGNORECASE)


def cases_after_clause(before: str, ombudsman: bool) -> Reading | None:
    """What "<clause> in N% of cases" counts ("Responses were sent within the agreed timeframe in 64% of
    cases"): what the clause before the number says, read as "In N cases" reads the clause after it."""
    clause = CLAUSE_THEN_IN.search(NAMING_DIGITS.sub(lambda m: "n" * len(m.group(0)), before))
    return in_cases("", " " + clause.group("clause"), ombudsman) if clause else None


# numbers in such a clause that only name: its timescale ("within 10 working days") or stage ("Stage 1 complaints")
NAMING_DIGITS = re.compile(r"(?<![\d,.])\d{1,3}(?=[\s-]*(?:working[\s-]+|calendar[\s-]+|business[\s-]+)?days?\b)"
                           r"|(?<=\bstage\s)\d(?!\d)", re.IGNORECASE)
