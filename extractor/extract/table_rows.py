"""What a table row says beyond its label's own words: the stage of the group of rows it runs on in,
and whether it is an indicator of another subject than complaints (a housing scorecard's "Rent
collected"), which no period column makes a count of complaints. Split from table_reading.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.extract.label_periods import label_period
from extractor.extract.table_labels import LabelMeaning, classify_label
from extractor.extract.table_layout import WORD
from extractor.extract.table_text import cell_values

# a row that names its subject again, or sums the rows above it ("Total closed", "All complaints closed")
OWN_SUBJECT = re.compile(r"\b(?:complain|concerns?\b|cases?\b|stages?\b)|^\W*(?:total|all|overall)\b", re.IGNORECASE)
CASEWORK = re.compile(r"\b(?:complain|cases?\b|concerns?\b|compliment|enquir|stage\b|total\b|respon|repl(?:y|ies|ied)\b|upheld\b)",
                      re.IGNORECASE)


def other_subject(label: str) -> bool:
    """A row label of four words or more that speaks of no casework: an indicator of another subject."""
    return len(WORD.findall(label)) >= 4 and not CASEWORK.search(label)


def of_another_subject(texts: Sequence[str | None], labels: Sequence[str]) -> bool:
    """A table of indicators of another subject: no word of it or around it speaks of casework, and a
    row reads as an indicator's wording ("Homes with a valid gas safety certificate") rather than
    an area's name ("Waste", "Parking": a complaints report's table by team); such a table counts no
    complaints by its years alone."""
    return not any(CASEWORK.search(t) for t in (*texts, *labels) if t) and any(other_subject(x) for x in labels)


def elsewhere(label: str, row: LabelMeaning, measure: str | None) -> bool:
    """A row of a table that never speaks of casework: one whose label names no measure nor a service,
    or whose measure's words speak of another subject ("Average days to let an empty home")."""
    return (measure is None and not row.get("service")) or other_subject(label)


# "Stage 1 closed", "Closed (S2)": a row that names its stage in so many words, which the rows under it
# may run on from ("Detailed investigations" names no stage of the council's own: its stage is a reading)
NAMES_STAGE = re.compile(r"(?i:\bstage\b)|\bS[1-3]\b")


def group_stage(label: str, own: LabelMeaning, read: LabelMeaning) -> LabelMeaning | None:
    """What the row below may take its stage from: this row as read, when it names its stage in so
    many words or took it from the group it runs on in; else nothing."""
    return read if read.get("stage") and (read is not own or NAMES_STAGE.search(label)) else None


# "of which upheld", "including ...": a row that counts part of the row right above it
PART_OF_ABOVE = re.compile(r"^\W*(?:of\s+(?:which|these|those|them)|including|incl\.)\b", re.IGNORECASE)


def part_of_row_above(label: str, row: LabelMeaning, previous: LabelMeaning | None) -> LabelMeaning:
    """A row that says it counts part of the row above ("LGSCO decisions" / "of which upheld") is of
    that row's stage and ombudsman, unless it names its own."""
    if previous is None or not PART_OF_ABOVE.match(label) or row.get("stage") or row.get("body"):
        return row
    taken = {f: previous.values[f] for f in ("stage", "body") if previous.get(f)}
    if not taken:
        return row
    return replace(row, values={**row.values, **taken},
                   rule_of={**row.rule_of, **{f: previous.rule_of.get(f, "") for f in taken}})


def under_stage_row(label: str, row: LabelMeaning, above: LabelMeaning | None) -> LabelMeaning:
    """A row that names a measure but neither a stage nor its subject, right under a row of one stage
    ("Stage 1 closed" then "% within 10 working days"), is of that stage: the rows of one stage run on
    as a group. A row that names its subject again ("Complaints upheld", "... (any stage)") stands alone."""
    if above is None or not above.get("stage") or above.get("stage") == "none" or not row.get("measure") \
            or row.get("stage") or row.get("body") or row.total or row.skip or above.total \
            or OWN_SUBJECT.search(label):
        return row
    return replace(row, values={**row.values, "stage": above.values["stage"]},
                   rule_of={**row.rule_of, "stage": above.rule_of.get("stage", "")})


def described_as_other(row: Sequence[str], label_col: int | None) -> bool:
    """A row whose code ("TP01") is its label and whose words, in a cell beside it, describe a
    measure that is no complaint figure ("Proportion of respondents ... satisfied")."""
    words = [c for k, c in enumerate(row) if (label_col is None or k > label_col) and c.strip()
             and not cell_values(c) and label_period(c) is None]
    return any(len(w.split()) > 2 and classify_label(w).skip for w in words)


# a row named by the escalation route alone ("Escalated", "Escalated stage two"): the stage a complaint
# reached that way, whose figures are what the column or caption measures
ESCALATED_ROUTE = re.compile(r"^\W*escalat(?:ed|ions?)(?:\s+(?:to\s+)?(?:stage\s*(?:2|two)|the\s+second\s+stage))?(?:\s+complaints?)?"
                             r"(?:\s*\([^()]{0,30}\))?\W*$", re.IGNORECASE)  # "Escalated (stage one to two)"


def route_row_measure(label: str, row: LabelMeaning, *outer: LabelMeaning) -> str | None:
    """The measure of the column or caption for a row named by the escalation route alone, when they
    measure something other than what arrives ("Escalated | 25.0" under "Average time in working days to
    respond": that route's average); else None."""
    if row.get("measure") != "received" or not ESCALATED_ROUTE.match(label):
        return None
    other = next((m.get("measure") for m in outer if m.get("measure")), None)
    return other if other not in (None, "received") else None


def route_stage(label: str) -> str | None:
    """The second stage for a row named by the escalation route ("Escalated (stage one to two)"), whatever
    stage its bracket starts from."""
    return "stage2" if ESCALATED_ROUTE.match(label) else None


NAMES_COMPLAINTS = re.compile(r"\b(?:complain|concerns?\b|cases?\b)", re.IGNORECASE)


def under_measure_row(row_label: str, row: LabelMeaning, group: LabelMeaning | None) -> LabelMeaning:
    """A row that names no measure ("Stage 1") under a row of no values that names one ("Replied to within
    10 working days"): the group's measure and unit are the row's."""
    if group is None or row.get("measure") or row.total or row.skip or NAMES_COMPLAINTS.search(row_label):
        return row  # ("Stage 1 complaints per 10,000 homes" names its own subject: the group has ended)
    values = {**row.values, "measure": group.values["measure"]}
    if group.get("unit") and not row.get("unit"):
        values["unit"] = group.values["unit"]
    return replace(row, values=values, rule=row.rule or group.rule,
                   rule_of={**row.rule_of, "measure": group.rule_of.get("measure", group.rule or "")})
