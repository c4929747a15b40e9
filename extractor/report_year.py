"""A report's own year, where it is not the financial year: "the academic year 2032/33 (1 September
2032 to 31 August 2033)", "Reporting year: 2032/33, that is 1 November 2032 - 31 October 2033".

SPEC 4 reads "2032/33" as April to March; a report that says its year runs otherwise means that span
by every "2032/33" it writes, and by the years before and after. The report says so once, beside the
label; `in_report_year` then gives every record's year (and its quarters and halves) that span. One
place for it, after every reader: the readers keep reading labels as SPEC 4 has them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

import regex as re

from extractor.extract.periods import find_periods
from extractor.models import Block, Decision, Document, Figure

LEAD_BLOCKS = 20
SAID_WITHIN = 90  # characters after the year's label within which its dates are said
# "2032/33", and with both years in full, "2032/2033"
YEAR_LABEL = re.compile(r"(?<![\d/])(?P<a>(?:19|20)\d\d)\s*[/–-]\s*(?:(?:19|20)(?=\d\d(?![\d/])))?(?P<b>\d\d)(?![\d/])")
RECORD_LABEL = re.compile(r"^(?P<a>(?:19|20)\d\d)/(?P<b>\d\d)(?:\s+(?P<part>Q[1-4]|H[12]))?$")


def report_year_start(doc: Document) -> tuple[int, int] | None:
    """(month, day) the report's year starts on, where its opening blocks say a year's label runs
    twelve months from another day than 1 April; else None."""
    lead = doc.opening(LEAD_BLOCKS)
    for i, block in enumerate(lead):
        for m in YEAR_LABEL.finditer(block.text):
            a, b = int(m.group("a")), int(m.group("b"))
            if (a + 1) % 100 != b:
                continue
            # its dates beside it, or opening the line below a title that ends with it ("... COMPLAINTS 2032/33" /
            # "Academic year 1 August 2032 to 31 July 2033")
            after = block.text[m.end():m.end() + SAID_WITHIN]
            if not after.strip() and i + 1 < len(lead):
                after = lead[i + 1].text[:SAID_WITHIN]
            said = [p for _, _, p in find_periods(after) if p.start and p.end]
            if not said:
                continue
            start, end = said[0].start, said[0].end
            if start.year == a and 360 <= (end - start).days <= 370 and (start.month, start.day) != (4, 1):  # type: ignore[union-attr,operator]
                return start.month, start.day  # type: ignore[union-attr]
    return _year_said(lead)


# "the academic year 1 August 2032 to 31 July 2033", "Our reporting year runs from 1 September 2031 to ...": a
# year named as such just before its twelve months
YEAR_WORD = re.compile(r"\byear\b(?:\s+(?:runs?|ran|running|is|was|covers?|covered|covering|of|from|that\s+is|being|"
                       r"ending|ended|to)){0,3}[\s:,–(-]*$", re.IGNORECASE)
YEAR_WORD_REACH = 40  # characters before the span in which its "year" is said


def _year_said(lead: Sequence[Block]) -> tuple[int, int] | None:
    """(month, day) of a twelve-month span a sentence of the opening names as the year, when it starts on
    another day than 1 April or 1 January (a calendar year is labelled "2032", never "2032/33")."""
    for block in lead:
        for s, _, p in find_periods(block.text):
            if p.start is None or p.end is None or not 360 <= (p.end - p.start).days <= 370 \
                    or (p.start.month, p.start.day) in ((4, 1), (1, 1)):
                continue
            if YEAR_WORD.search(block.text[max(0, s - YEAR_WORD_REACH):s]):
                return p.start.month, p.start.day
    return None


def _months_on(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return d.replace(year=d.year + y, month=m + 1)


def _span(label: str, start: tuple[int, int]) -> tuple[str, str, str] | None:
    """The span a financial-year label (or its quarter or half) means in a report whose year starts on `start`."""
    m = RECORD_LABEL.match(label)
    if m is None:
        return None
    first = date(int(m.group("a")), start[0], start[1])
    months, length = 0, 12
    if part := m.group("part"):
        months, length = ((int(part[1]) - 1) * 3, 3) if part[0] == "Q" else ((int(part[1]) - 1) * 6, 6)
    begin = _months_on(first, months)
    end = _months_on(begin, length) - timedelta(days=1)
    return f"{begin.isoformat()}..{end.isoformat()}", begin.isoformat(), end.isoformat()


def in_report_year(doc: Document, records: list[Figure | Decision]) -> list[Figure | Decision]:
    """The records with each financial-year label read as the span the report says its year is."""
    start = report_year_start(doc)
    if start is None:
        return records
    out: list[Figure | Decision] = []
    for r in records:
        span = _span(r.period, start) if r.period else None
        out.append(replace(r, period=span[0], period_start=span[1], period_end=span[2]) if span else r)
    return out
