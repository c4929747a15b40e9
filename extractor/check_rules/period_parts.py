"""`period_sum` of a year's total against its four quarters (or two halves; a half's against its two quarters)
stated in the same sentence or table
row ("Complaints received: Q1 102, Q2 96, Q3 121, Q4 110 - a total of 429 for the year"; a row under "Apr-Jun ...
Jan-Mar 2024-25" whose header table_sums does not take for quarters and a year).

Works from Figure records only, so it checks whatever the figure reader understands, in whatever words the
quarters are named ("Q1 102", "Quarter 1 - 88", "the first quarter (31)"). A total and its parts are compared
when their scope agrees in everything but the period, every part is a different quarter (or half) of the
total's own financial year, and all of them are given: three quarters "so far this year" are no year. Two
counts of the same year in one sentence or row (a column misread) leave it unjudged. The sentence says the parts
make the year: a mismatch fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor.models import Check, Document, Figure

CheckMaker = Callable[..., Check]
YEAR = re.compile(r"^(?:19|20)\d\d/\d\d$")
WHOLE = ({"Q1", "Q2", "Q3", "Q4"}, {"H1", "H2"})  # the parts that make a whole financial year
HALVES = {"H1": {"Q1", "Q2"}, "H2": {"Q3", "Q4"}}  # ... and a half of it (a second quarter's year to date)


def _scope(f: Figure) -> tuple[object, ...]:
    return (f.evidence, f.measure, f.unit, f.stage, f.body, f.service, f.area, f.procedure, f.dimension, f.category)


def _usable(f: Figure) -> bool:
    return f.unit == "count" and not f.approximate and f.value == f.value and f.period is not None


def quarter_sums(doc: Document, figures: Sequence[Figure], make: CheckMaker) -> Iterator[Check]:
    """One check per year total whose sentence gives all its quarters (or both halves)."""
    usable = [f for f in figures if _usable(f)]
    for total in usable:
        year, _, half = (total.period or "").partition(" ")
        wholes = WHOLE if not half else (HALVES[half],) if half in HALVES else ()
        if not YEAR.match(year) or not wholes or any(
                f is not total and f.period == total.period and _scope(f) == _scope(total) for f in usable):
            continue  # two counts of the year in one sentence: which one the quarters make is not known
        parts: dict[str, Figure] = {}
        for f in usable:
            of, _, part = (f.period or "").partition(" ")
            if f is total or of != year or not part or part == half or _scope(f) != _scope(total):
                continue
            if part in parts and parts[part].value != f.value:
                break  # a quarter given twice with two values: two lists, or a misread
            parts[part] = f
        else:
            if set(parts) not in wholes:
                continue
            expected = sum(f.value for f in parts.values())
            status = "pass" if expected == total.value else "fail"
            named = " + ".join(f"{parts[k].stated} in {k}" for k in sorted(parts))
            msg = f"{total.stated} {total.measure} for {total.period} against {named} = {expected:g}"
            yield make(doc, "period_sum", status, msg, total.line, total.evidence, total.value, expected,
                       [total.line, *(f.line for f in parts.values())], total.page)
