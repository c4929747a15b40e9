"""The first rule of patterns/prose.toml that reads a number from the words around it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex as re

from extractor.gate import WordIndex, lower_for_gate, required_all
from extractor.patterns import expand, load_rules
from extractor.segment import settles

NO_STAGE = "none"  # a reading that belongs to no stage, whatever its sentence names
DAYS_AFTER = re.compile(r"^\s*-?\s*(?:working|calendar)?\s*[-\s]?days?\b", re.IGNORECASE)
# "Average response time (working days): 11.4", "The average time in working days to respond ... was 5.1"
DAY_UNIT_BEFORE = re.compile(r"\b(?P<unit>working|calendar)\s+days?\b[^.;\d]{0,60}$", re.IGNORECASE)


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


@dataclass(frozen=True)
class _Rule:
    """A prose rule as match_rule tries it: its flags read once, and the words each side's
    regex cannot match without (extractor/gate.py), so most rules are passed over unrun."""

    rule: dict[str, Any]
    left: re.Pattern[str] | None
    right: re.Pattern[str] | None
    left_full: int  # its bits in _indexes()'s left index: a left text may match iff it has them all
    right_full: int
    days: bool | None  # None: the rule reads numbers of days and others alike
    ombudsman: bool
    either: bool


@cache
def _indexes() -> tuple[WordIndex, WordIndex]:
    """The words every rule's left and right regex need (extractor/gate.py), each side's found in one pass."""
    return (WordIndex([required_all(expand(r["left"])) if lrx is not None else () for r, lrx, _ in _rules()]),
            WordIndex([required_all(expand(r["right"])) if rrx is not None else () for r, _, rrx in _rules()]))


@cache
def _tried() -> tuple[_Rule, ...]:
    lefts, rights = _indexes()
    return tuple(_Rule(r, lrx, rrx, left_full, right_full,
                       None if r.get("any_days") else bool(r.get("when_days")), bool(r.get("ombudsman")),
                       bool(r.get("either")))
                 for (r, lrx, rrx), left_full, right_full in zip(_rules(), lefts.full, rights.full, strict=True))


SKIP = Reading("skip", "count", "skip")  # a rule said: not a figure (a change, a benchmark)


def classify(left: str, right: str, ombudsman: bool = False) -> Reading | None:
    """What the number between `left` and `right` counts, or None when it is not a figure;
    `ombudsman`: the sentence speaks of an ombudsman's work ("we dealt with 291 complaints")."""
    reading = match_rule(left, right, ombudsman)
    return None if reading is SKIP else reading


# reported speech puts a report's simple past one step back ("412 complaints had been resolved", "the council
# had responded to 388"): the rules read the verb as the report would have said it
HAD_BEEN = re.compile(r"\bhad\s+been\b", re.IGNORECASE)
HAD_DONE = re.compile(r"\bhad\s+(?=[a-z]+ed\b)", re.IGNORECASE)


def simple_past(text: str) -> str:
    """The text with its past perfect as the simple past: "had been closed" -> "were closed", "had responded"
    -> "responded"; "had" owning something ("had 6 officers") stays."""
    if "had" not in text and "Had" not in text:
        return text
    return HAD_DONE.sub("", HAD_BEEN.sub("were", text))


def first_rule(left: str, right: str, ombudsman: bool = False) -> tuple[dict[str, Any], re.Match[str] | None] | None:
    """The first rule of patterns/prose.toml that reads the number between `left` and `right` (a skip rule
    included), with its right-hand match; None when no rule does. Its id is what a record names."""
    return _first_rule(simple_past(left), simple_past(right), ombudsman)


def _first_rule(left: str, right: str, ombudsman: bool) -> tuple[dict[str, Any], re.Match[str] | None] | None:
    """first_rule of words already in the simple past."""
    days = bool(DAYS_AFTER.match(right))
    lefts, rights = _indexes()
    in_left, in_right = lefts.mask(lower_for_gate(left)), rights.mask(lower_for_gate(right))
    for tried in _tried():
        if tried.days is not None and tried.days != days:
            continue
        if tried.ombudsman and not ombudsman:
            continue
        lrx, rrx = tried.left, tried.right
        m = rrx.match(right) if rrx is not None and in_right & tried.right_full == tried.right_full else None
        if tried.either:  # left or right suffices
            if not ((lrx is not None and in_left & tried.left_full == tried.left_full and lrx.search(left))
                    or m is not None):
                continue
        else:  # both sides must match: the anchored right side first, the left search costs more
            if rrx is not None and m is None:
                continue
            if lrx is not None and not (in_left & tried.left_full == tried.left_full and lrx.search(left)):
                continue
        return tried.rule, m
    return None


def match_rule(left: str, right: str, ombudsman: bool = False) -> Reading | None:
    """classify, with SKIP where a rule rules the number out (so nothing else reads it)."""
    left, right = simple_past(left), simple_past(right)
    found = _first_rule(left, right, ombudsman)
    if found is None:
        return None
    rule, m = found
    if rule.get("skip"):
        return SKIP if rule.get("final") else None
    unit = rule.get("unit", "count")
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
    elif m is not None and "to" in m.re.groupindex and m.group("to"):
        stage = settles("stage", m.group("to")) or stage  # "44 moved on to stage two": where it went
    if rule.get("ombudsman_stage") and ombudsman:
        stage = "ombudsman"  # "closed without formal investigation" names no council stage
    return Reading(rule["measure"], unit, rule["id"], stage, area=area)


AREA_TAIL = re.compile(r"(?<!\s)(?:\s+(?:and|of|for|the|&|in))+$", re.IGNORECASE)
