"""`rate`: a rate per 1,000 the figure reader found (a landlord's Tenant Satisfaction Measures CH01 and CH02,
"Stage 1 complaints per 1,000 homes: 74.2"), against the count of its stage and period the reader found
anywhere in the report, over the homes (or people) the report says it has anywhere ("We manage 8,240
homes", "Homes owned at 30 September: 22,418", "14,260 homes (14,115 a year earlier)").

A rate, its count and its base are rarely in one sentence, so this works from the records rather than from a
sentence (prose_rates and table_rates judge the ones that are). A rate passes when some count of its scope
over some base the report states gives it at its own decimals; otherwise it is flagged as a warning only:
the base is a stock stated apart from the rate, perhaps at another date, and the count may be another of
the same stage (the quarter's where the rate is the year's). A rate whose count the report never states,
and a benchmark ("a sector median of 38.7 per 1,000 homes", which the reader records as no figure), give
no check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor.check_rules.prose_rates import NOUNS
from extractor.check_rules.record import fmt
from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import pattern
from extractor.models import Check, Document, Figure

CheckMaker = Callable[..., Check]
# the noun a rate is per: "per 1,000 homes", "for every 1,000 properties", "per thousand residents"
PER_NOUN = re.compile(r"\b(?:1,000|1000|thousand)\s+(?:[a-z-]+\s+){0,2}?(?P<den>" + "|".join(NOUNS) + r")\b",
                       re.IGNORECASE)
# a stock given as a label's value: "Homes owned at 30 September 2033: 22,418", "Number of homes managed - 6,210"
# (with the same stock at other dates after it: "homes at 31 March: 6,240 in 2031 and 6,265 in 2030")
LABELLED_BASE = re.compile(r"\b(?P<den>homes|properties|dwellings|tenancies|population)\b[^.:;\n]{0,60}?[:–-]\s*"
                           r"(?!(?:19|20)\d\d(?![\d,]))(?P<n>\d{1,3}(?:,\d{3})+|\d{4,})(?![\d.,%/])(?:\s+(?:in|at)\s+(?:[\w\s]{0,12}?)\d{4}"
                           r"(?:\s*(?:,|and)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:in|at)\s+(?:[\w\s]{0,12}?)\d{4})*)?",
                           re.IGNORECASE)
# the same stock a year before, in brackets after it: "14,260 homes (14,115 a year earlier)"
EARLIER = re.compile(r"^[^()]{0,40}?\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{4,})(?![\d.,%])")
ABOVE = 3  # lines above a rate that may name what it is per ("Complaints per 1,000 homes (TSM)" over its rows)


def record_rates(doc: Document, figures: Sequence[Figure], make: CheckMaker) -> Iterator[Check]:
    rates = [f for f in figures if f.unit == "per_1000" and f.measure == "received" and not f.approximate]
    if not rates:
        return
    counts = [f for f in figures if f.measure == "received" and f.unit == "count" and not f.approximate
              and f.area is None and f.dimension is None and f.category is None]
    for rate in rates:
        kind = _rate_kind(doc, rate.line)
        bases = _bases(doc, kind) if kind else {}
        scope = {c.value: c.line for c in counts if c.stage == rate.stage and c.period == rate.period and c.period}
        tried = [(n, base, 1000 * n / base) for n in sorted(scope) for base in sorted(bases) if base > n]
        held = next(((n, base, got) for n, base, got in tried if judge_rounded(rate.value, rate.stated, got) == "pass"), None)
        if not tried:
            continue
        n, base, got = held or tried[0]
        status = "pass" if held else "warn"
        msg = (f"{fmt(n)} over {base:,.0f} {kind} is {got:.2f} per 1,000" + (", as stated" if held else
               f", not the stated {rate.stated} (if those are its count and base: both are stated apart from it)"))
        yield make(doc, "rate", status, msg, rate.line, rate.evidence, rate.value, round(got, 2),
                   [rate.line, scope[n], bases[base]], rate.page)


def _rate_kind(doc: Document, line: int) -> str | None:
    """What a rate is per ("homes", "people"), said on its line or a few lines above it."""
    for k in range(line, max(0, line - 1 - ABOVE), -1):
        if 0 < k <= len(doc.lines) and (m := PER_NOUN.search(doc.lines[k - 1])):
            return NOUNS[m.group("den").lower()]
    return None


def _bases(doc: Document, kind: str) -> dict[float, int]:
    """Every stock of `kind` the report states, in words or as a label's value, with the same stock a year
    before in brackets after it: {value: line}."""
    found: dict[float, int] = {}
    for b in doc.blocks:
        if b.furniture:
            continue
        for m in pattern("check-rate-base").finditer(b.text):
            den = (m.group("den") or "population").lower()
            if NOUNS.get(den) == kind:
                found.setdefault(_number(m.group("n") or m.group("n2")), doc.line_of(b, b.text[m.start():]))
                if (earlier := EARLIER.match(b.text[m.end():])) is not None:
                    found.setdefault(_number(earlier.group("n")), doc.line_of(b, b.text[m.start():]))
        for m in LABELLED_BASE.finditer(b.text):
            if NOUNS.get(m.group("den").lower()) == kind:
                for n in m.captures("n"):
                    found.setdefault(_number(n), doc.line_of(b, b.text[m.start():]))
    return found


def _number(text: str) -> float:
    return float(text.replace(",", ""))
