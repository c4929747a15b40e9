"""Reporting periods as reports write them, normalised to SPEC section 4 labels.

UK financial years run 1 April to 31 March: "2022/23", "2022-23" and "2022/2023" are
the year that starts in April 2022 (never a range or a subtraction). A date range that is
exactly a financial quarter, half or year gets that label; any other range is kept as
stated ("1 April 2021 to 30 June 2022" -> 2021-04-01..2022-06-30), so a check can see it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex as re

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
ORDINAL = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
           "1": 1, "2": 2, "3": 3, "4": 4}

FY = r"(?P<fy>(?<![\d/£])(?:19|20)\d{2})\s?[/–-]\s?(?P<fy2>\d{4}|\d{2})(?![\d/])"
DATE = rf"(?P<d§>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m§>{MONTH})\s+(?P<y§>(?:19|20)\d{{2}})"
RANGE = re.compile(
    DATE.replace("§", "1").replace(r"\s+(?P<y1>(?:19|20)\d{2})", r"(?:\s+(?P<y1>(?:19|20)\d{2}))?")
    + r"\s*(?:to|until|-|–|and)\s*" + DATE.replace("§", "2"), re.IGNORECASE)
MONTH_RANGE = re.compile(
    rf"(?:(?:between|from)\s+)?(?P<m1>{MONTH})\s*(?P<y1>(?:19|20)\d{{2}})?\s*(?:to|until|-|–|and)\s*"
    rf"(?P<m2>{MONTH})\s+(?P<y2>(?:19|20)\d{{2}})", re.IGNORECASE)
DATE1 = DATE.replace("§", "1")
YEAR_ENDING = re.compile(
    r"(?:year|12\s+months)\s+(?:ending|ended|to|up\s+to)\s+(?:(?:31\s*(?:st)?\s+)?March|" + DATE1 + r")"
    r"\s*(?P<ye>(?:19|20)\d{2})?", re.IGNORECASE)
QUARTER = re.compile(
    r"\b(?:Q(?P<q>[1-4])|quarter\s+(?P<qw>one|two|three|four|[1-4])|(?P<qo>first|second|third|fourth)\s+quarter)\b"
    rf"(?:\s*(?:of\s+)?(?:{FY}))?", re.IGNORECASE)
HALF = re.compile(
    r"\b(?:H(?P<h>[12])|(?P<ho>first|second)\s+half(?:\s+of\s+the\s+year)?"
    r"|(?:Q1|quarters?\s+(?:1|one))\s*(?:and|&|\+)\s*(?:Q2|(?:quarter\s+)?(?:2|two))"
    r"|(?P<h2>(?:Q3|quarters?\s+(?:3|three))\s*(?:and|&|\+)\s*(?:Q4|(?:quarter\s+)?(?:4|four))))\b"
    rf"(?:\s*(?:of\s+|-\s+)?(?:{FY}))?", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"(?<!\d(?:st|nd|rd|th)?\s)\b(?P<m1>{MONTH})\s+(?P<y1>(?:19|20)\d{{2}})\b", re.IGNORECASE)
FY_RX = re.compile(FY, re.IGNORECASE)
# "23/24", "22/23": a financial year written with two digits each side (never a date: those
# have a day first and a month of at most 12, and these are consecutive years).
SHORT_FY = re.compile(r"(?<![\d/.£])(?P<a>[0-9]{2})/(?P<b>[0-9]{2})(?![\d/])")
# A year on its own; not the year of a date ("6 January 2021") nor half of a financial year.
CALENDAR_YEAR = re.compile(rf"(?<![\d/£.,-])(?<!{MONTH}\s)(?P<cy>(?:19|20)\d{{2}})(?![\d/–-]|\s?[/–-]\s?\d)",
                           re.IGNORECASE)
PREVIOUS = re.compile(r"\b(?:the\s+)?(?:previous|preceding|last|prior)\s+(?:financial\s+)?(?:year|period|quarter)\b"
                      r"|\bsame\s+(?:period|quarter|time)\s+(?:last|in\s+the\s+previous)\s+year\b", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    label: str
    start: dt.date | None
    end: dt.date | None


def _fy_start(a: str, b: str) -> int | None:
    """'2022','23' -> 2022; '2022','2023' -> 2022; anything else (2019-21) is not a financial year."""
    y1 = int(a)
    y2 = int(b) if len(b) == 4 else (y1 // 100) * 100 + int(b)
    if len(b) == 2 and y2 < y1:  # 1999/00
        y2 += 100
    return y1 if y2 == y1 + 1 else None


def financial_year(start_year: int) -> Period:
    return Period(f"{start_year}/{(start_year + 1) % 100:02d}", dt.date(start_year, 4, 1), dt.date(start_year + 1, 3, 31))


def quarter(start_year: int, q: int) -> Period:
    first_month = 4 + 3 * (q - 1)
    year = start_year + (first_month > 12)
    month = (first_month - 1) % 12 + 1
    end_month = month + 2
    end = dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
    return Period(f"{financial_year(start_year).label} Q{q}", dt.date(year, month, 1), end)


def half(start_year: int, h: int) -> Period:
    if h == 1:
        return Period(f"{financial_year(start_year).label} H1", dt.date(start_year, 4, 1), dt.date(start_year, 9, 30))
    return Period(f"{financial_year(start_year).label} H2", dt.date(start_year, 10, 1), dt.date(start_year + 1, 3, 31))


def calendar_year(year: int) -> Period:
    return Period(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))


def from_dates(start: dt.date, end: dt.date) -> Period:
    """The SPEC label of a date range: a financial year, half or quarter when it is one."""
    fy = start.year if start.month >= 4 else start.year - 1
    for candidate in (financial_year(fy), half(fy, 1), half(fy, 2), *(quarter(fy, q) for q in (1, 2, 3, 4))):
        if (candidate.start, candidate.end) == (start, end):
            return candidate
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return calendar_year(start.year)
    return Period(f"{start.isoformat()}..{end.isoformat()}", start, end)


def previous_year(p: Period) -> Period:
    """The same span one year earlier, with its label."""
    if p.start is None or p.end is None:
        return p
    start = p.start.replace(year=p.start.year - 1)
    end_year = p.end.year - 1
    end = p.end.replace(year=end_year, day=min(p.end.day, calendar.monthrange(end_year, p.end.month)[1]))
    return from_dates(start, end)


def _date(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(int(y), MONTHS[m.lower().rstrip(".")], int(d))
    except (KeyError, ValueError):
        return None


def _month_range(m: re.Match[str]) -> Period | None:
    m1, m2 = MONTHS.get(m.group("m1").lower().rstrip(".")), MONTHS.get(m.group("m2").lower().rstrip("."))
    if m1 is None or m2 is None:
        return None
    y2 = int(m.group("y2"))
    y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
    return from_dates(dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1]))


def find_periods(text: str, context: Period | None = None) -> list[tuple[int, int, Period]]:
    """Every period a sentence states, with its span; quarters and "last year" read against `context`."""
    return list(_find_periods(text, context))


@lru_cache(maxsize=8192)
def _find_periods(text: str, context: Period | None) -> tuple[tuple[int, int, Period], ...]:
    """find_periods, computed once per (sentence, context): several steps ask for the same one."""
    found: list[tuple[int, int, Period]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, p: Period | None) -> None:
        if p is not None and not any(s < end and start < e for s, e in taken):
            found.append((start, end, p))
            taken.append((start, end))

    for m in RANGE.finditer(text):
        b = _date(m["d2"], m["m2"], m["y2"])
        a = _date(m["d1"], m["m1"], m["y1"] or m["y2"])
        if a and b and a > b and not m["y1"]:  # "1 October to 31 March 2024" starts the year before
            a = a.replace(year=a.year - 1)
        add(m.start(), m.end(), from_dates(a, b) if a and b else None)
    for m in YEAR_ENDING.finditer(text):
        year = m.group("ye") or m.group("y1")
        add(m.start(), m.end(), financial_year(int(year) - 1) if year else None)
    for m in MONTH_RANGE.finditer(text):
        add(m.start(), m.end(), _month_range(m))
    fy_context = _fy_of(context)
    if fy_context is None:  # "2019-20 - Quarter 1": the text's own financial year
        own = next((f for m in FY_RX.finditer(text) if (f := _fy_start(m.group("fy"), m.group("fy2")))), None)
        short = next((2000 + int(m.group("a")) for m in SHORT_FY.finditer(text)
                      if int(m.group("b")) == (int(m.group("a")) + 1) % 100 and int(m.group("a")) > 12), None)
        fy_context = own if own is not None else short
    for m in HALF.finditer(text):
        second = m.group("h") == "2" or (m.group("ho") or "").lower() == "second" or bool(m.group("h2"))
        fy = _fy_start(m.group("fy"), m.group("fy2")) if m.group("fy") else fy_context
        add(m.start(), m.end(), half(fy, 2 if second else 1) if fy is not None else None)
    for m in QUARTER.finditer(text):
        q = ORDINAL[(m.group("q") or m.group("qw") or m.group("qo")).lower()]
        fy = _fy_start(m.group("fy"), m.group("fy2")) if m.group("fy") else fy_context
        add(m.start(), m.end(), quarter(fy, q) if fy is not None else None)
    for m in FY_RX.finditer(text):
        fy = _fy_start(m.group("fy"), m.group("fy2"))
        add(m.start(), m.end(), financial_year(fy) if fy is not None else None)
    for m in MONTH_YEAR.finditer(text):
        month, year = MONTHS[m.group("m1").lower().rstrip(".")], int(m.group("y1"))
        add(m.start(), m.end(), from_dates(dt.date(year, month, 1),
                                           dt.date(year, month, calendar.monthrange(year, month)[1])))
    for m in SHORT_FY.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b == (a + 1) % 100 and a > 12:
            add(m.start(), m.end(), financial_year(2000 + a))
    for m in PREVIOUS.finditer(text):
        add(m.start(), m.end(), previous_year(context) if context is not None else None)
    for m in CALENDAR_YEAR.finditer(text):
        add(m.start(), m.end(), calendar_year(int(m.group("cy"))))
    return tuple(sorted(found, key=lambda f: f[0]))


def _fy_of(p: Period | None) -> int | None:
    if p is None or p.start is None:
        return None
    return p.start.year if p.start.month >= 4 else p.start.year - 1


def parse_period(text: str, context: Period | None = None) -> Period | None:
    """The period a short text (a heading, a column header) states, or None."""
    found = find_periods(text, context)
    return found[0][2] if found else None
