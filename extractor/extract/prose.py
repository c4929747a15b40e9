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
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex as re

from extractor import nlp
from extractor.extract.bodies import find_body
from extractor.extract.numbers import Number, count_numbers
from extractor.extract.periods import Period, find_periods, previous_year
from extractor.models import Block, Document, Figure
from extractor.patterns import expand, load_rules
from extractor.segment import Context, settles

COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|against|versus|from)\b",
                      re.IGNORECASE)
DAYS_AFTER = re.compile(r"^\s*(?:working\s+|calendar\s+)?[-\s]?days?\b", re.IGNORECASE)
PAIRED_PERCENT = re.compile(r"^\s*\(\s*$")
BRACKET_AREA = re.compile(r"(?P<area>[A-Z][\w&'’/.-]*(?:\s+(?:[A-Z&][\w&'’/.-]*|and|of|for|the|in|&))*)\s*\($")
AREA_RECEIVED = re.compile(r"(?:^|[;:,]\s*|\band\s+|-\s+)(?P<area>[A-Z][\w&'’/@.-]*(?:\s+(?:[A-Z&@][\w&'’/@.-]*|and|of|for|the|in|&|with))*)"
                           r"\s+(?:received|receiving)\s+$")
CLAUSE_BREAK = re.compile(r"[,;:]\s+(?:and\s+|but\s+|while\s+|whilst\s+)?|\s+(?:and|but)\s+(?=\w+\s+(?:were|was|cases?|complaints?))")
TOPIC_COMPLIMENTS = re.compile(r"\bcompliments?\b", re.IGNORECASE)
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


def classify(left: str, right: str) -> Reading | None:
    """What the number between `left` and `right` counts, or None when it is not a figure."""
    days = bool(DAYS_AFTER.match(right))
    for rule, lrx, rrx in _rules():
        if bool(rule.get("when_days")) != days and (rule.get("when_days") or days):
            continue
        if lrx is not None and not lrx.search(left):
            continue
        m = rrx.match(right) if rrx is not None else None
        if rrx is not None and m is None:
            continue
        if rule.get("skip"):
            return None
        unit = "count"
        if rule.get("unit_group"):
            word = (m.group("unit") or "").lower() if m is not None else ""
            unit = {"working": "working_days", "calendar": "calendar_days"}.get(word, "days")
        elif rule["measure"] in ("average_response_days", "response_target_days"):
            unit = "days"
        area = m.group("area").strip() if m is not None and rule.get("area_group") else None
        return Reading(rule["measure"], unit, rule["id"], rule.get("stage"), area=area)
    return None


def _stage(text: str, default: str | None) -> str | None:
    stage = settles("stage", text)
    return stage or default


def _periods(sentence: str, context: Period | None) -> list[tuple[int, int, Period]]:
    return [(s, e, p) for s, e, p in find_periods(sentence, context) if p.start is not None]


def period_for(n: Number, sentence: str, periods: list[tuple[int, int, Period]], lead: Period | None,
               context: Period | None) -> Period | None:
    """A number after "compared to" takes the period that follows it; one before takes the
    sentence's own period; else the block lead's, else the section's."""
    mark = COMPARED.search(sentence)
    if mark is not None and n.start > mark.start():
        after = [p for s, _, p in periods if s > mark.start()]
        if after:
            return after[0]
        base = next((p for s, _, p in periods if s < mark.start()), None) or lead or context
        return previous_year(base) if base is not None else None
    before_mark = [p for s, _, p in periods if mark is None or s < mark.start()]
    return before_mark[0] if before_mark else (lead or context)


def _clause(sentence: str, n: Number) -> str:
    """The clause around a number: procedure words count only where they are said."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, n.start)), default=0)
    end = next((m.start() for m in CLAUSE_BREAK.finditer(sentence, n.end)), len(sentence))
    return sentence[start:end]


def _breakdown(n: Number, sentence: str, mentions: Sequence[nlp.Mention], reading: Reading) -> Reading:
    """A channel or complainant word right after the number (or before its bracket) is a breakdown."""
    for m in mentions:
        gap = sentence[n.end:m.start]
        if m.label == "COMPLAINANT" and 0 <= m.start - n.end <= 2 and reading.measure == "received":
            return Reading("received", "count", m.rule, reading.stage, "complainant", m.category)
        if m.label == "COMPLAINANT" and sentence[m.end:n.start].strip() == "(":
            return Reading("received", "count", m.rule, reading.stage, "complainant", m.category)
        if m.label == "CHANNEL" and m.start > n.end and len(gap) < 70 and re.search(r"\b(?:via|by|through)\b", gap) \
                and not any(0 < o.start - n.end < m.start - n.end for o in count_numbers(sentence[n.end:m.start])):
            return Reading("received", "count", m.rule, reading.stage, "channel", m.category)
    return reading


def _bracketed(n: Number, left: str, right: str, sentence: str) -> Reading | None:
    """ "Planning Policy (4)": a count in brackets after a name is that area's count."""
    if not right.lstrip().startswith(")") or not (m := BRACKET_AREA.search(left)):
        return None
    area = m.group("area").strip()
    if TOPIC_COMPLIMENTS.search(sentence) and not re.search(r"\bcomplaints?\b", sentence, re.IGNORECASE):
        measure = "compliments"
    elif TOPIC_UPHELD.search(sentence[: n.start]):
        measure = "upheld"
    else:
        measure = "received"
    return Reading(measure, "count", "prose-bracketed-area", area=area)


def read_number(n: Number, sentence: str, numbers: Sequence[Number], i: int,
                mentions: Sequence[nlp.Mention]) -> Reading | None:
    left = sentence[numbers[i - 1].end if i else 0:n.start]
    right = sentence[n.end:numbers[i + 1].start if i + 1 < len(numbers) else len(sentence)]
    if n.unit == "percent" and i and PAIRED_PERCENT.match(left) and numbers[i - 1].unit == "count":
        return None  # read with its count ("31 (17%)")
    reading = _bracketed(n, left, right, sentence) or classify(left, right)
    if reading is None:
        return None
    if reading.measure == "received" and reading.area is None:
        if (m := AREA_RECEIVED.search(left)) is not None:
            reading = Reading(reading.measure, reading.unit, reading.rule, reading.stage, area=m.group("area").strip())
        if TOPIC_COMPLIMENTS.search(sentence) and not re.search(r"\bcomplain", sentence, re.IGNORECASE):
            reading = Reading("compliments", "count", reading.rule, None, area=reading.area)
    return _breakdown(n, sentence, mentions, reading)


def figures_of_sentence(doc: Document, block: Block, sent: nlp.Sentence, ctx: Context, lead: Period | None,
                        line: int) -> list[Figure]:
    context_period = _period_of(ctx)
    periods = _periods(sent.text, lead or context_period)
    numbers = [n for n in count_numbers(sent.text) if n.unit in ("count", "percent") and n.value == n.value]
    out = []
    for i, n in enumerate(numbers):
        reading = read_number(n, sent.text, numbers, i, sent.mentions)
        if reading is None:
            continue
        period = period_for(n, sent.text, periods, lead, context_period)
        clause = _clause(sent.text, n)
        stage = reading.stage or _stage(clause, None) or _stage(sent.text, ctx.stage) \
            if reading.measure != "compliments" else None
        body = find_body(sent.text) or ctx.body
        if body and stage is None and reading.measure != "compliments":
            stage = "ombudsman"
        units = [(n, reading.unit)]
        if i + 1 < len(numbers) and numbers[i + 1].unit == "percent" and \
                PAIRED_PERCENT.match(sent.text[n.end:numbers[i + 1].start]):
            units.append((numbers[i + 1], "percent"))
        for num, unit in units:
            out.append(Figure(
                doc=doc.name, measure=reading.measure, value=num.value,
                unit="percent" if num.unit == "percent" else unit, line=line,
                evidence=" ".join(sent.text.split()), stated=num.stated, source="prose", rule=reading.rule,
                page=block.page, stage=stage, body=body if stage == "ombudsman" else None,
                period=period.label if period else None,
                period_start=period.start.isoformat() if period and period.start else None,
                period_end=period.end.isoformat() if period and period.end else None,
                service=ctx.service, area=reading.area, procedure=settles("procedure", clause) or ctx.procedure,
                dimension=reading.dimension, category=reading.category, organisation=ctx.organisation,
                approximate=num.approximate))
    return out


def _period_of(ctx: Context) -> Period | None:
    if ctx.period is None:
        return None
    from datetime import date

    return Period(ctx.period, date.fromisoformat(ctx.period_start) if ctx.period_start else None,
                  date.fromisoformat(ctx.period_end) if ctx.period_end else None)


def _line_of(doc: Document, block: Block, sentence: str) -> int:
    probe = " ".join(sentence.split()[:5])
    for ln in range(block.line, (block.end_line or block.line) + 1):
        if ln - 1 < len(doc.lines) and probe in " ".join(doc.lines[ln - 1].split()):
            return ln
    return block.line


def extract_figures(doc: Document, contexts: Sequence[Context]) -> list[Figure]:
    from extractor.extract.dashboards import dashboard_lines
    from extractor.extract.table_text import table_lines

    skip = table_lines(doc) | dashboard_lines(doc)
    picked = [(i, b) for i, b in enumerate(doc.blocks)
              if b.kind in ("paragraph", "list_item") and not b.furniture and b.line not in skip]
    out: list[Figure] = []
    for (i, block), sents in zip(picked, nlp.sentences(b.text for _, b in picked), strict=True):
        ctx = contexts[i]
        lead_spans = _periods(block.text[:LEAD_PERIOD_CHARS], _period_of(ctx))
        lead = lead_spans[0][2] if lead_spans and lead_spans[0][0] < 15 else None
        for sent in sents:
            out += figures_of_sentence(doc, block, sent, ctx, lead, _line_of(doc, block, sent.text))
    return out
