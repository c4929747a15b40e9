"""Reporting periods as reports write them, normalised to SPEC section 4 labels.

UK financial years run 1 April to 31 March: "2022/23", "2022-23" and "2022/2023" are
the year that starts in April 2022 (never a range or a subtraction). A date range that is
exactly a financial quarter, half or year gets that label; any other range is kept as
stated ("1 April 2021 to 30 June 2022" -> 2021-04-01..2022-06-30), so a check can see it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

import regex as re

from extractor.gate import WordIndex, compiled_index, has_digit, lower_for_gate, needs_digit
from extractor.patterns import compile_regex, load_rules

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
ORDINAL = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
           "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@cache
def _rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(type, regex) of every patterns/periods.toml rule, in file order (the order of precedence)."""
    return tuple((r["type"], compile_regex(r["regex"])) for r in load_rules("periods"))


@cache
def _gated_rules() -> tuple[tuple[str, re.Pattern[str], int, bool], ...]:
    """_rules with what each needs (extractor/gate.py): its bits in `_index`, and whether a digit."""
    return tuple((kind, rx, full, needs_digit(rx)) for (kind, rx), full in zip(_rules(), _index().full, strict=True))


@cache
def _index() -> WordIndex:
    return compiled_index([rx for _, rx in _rules()])


def _regex(kind: str) -> re.Pattern[str]:
    return next(rx for k, rx in _rules() if k == kind)


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


@lru_cache(maxsize=512)  # asked for on every sentence: Period is frozen, so one object serves
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
    return from_dates(_year_before(p.start), _year_before(p.end))


def span_year_before(label: str | None, start: str | None, end: str | None) -> tuple[str, str | None, str | None] | None:
    """A period written as its label and ISO dates (a record's fields), moved to the same span a year
    earlier; None without its dates."""
    if not start or not end:
        return None
    p = previous_year(Period(label or "", dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
    return p.label, p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None


def year_to_date(p: Period | None) -> Period | None:
    """ "Year to date" in a report of `p`: its financial year from April to the end of `p` (the first half
    in a second quarter's report); None where the report's period is unknown."""
    if p is None or p.start is None or p.end is None:
        return None
    fy = p.start.year if p.start.month >= 4 else p.start.year - 1
    return from_dates(dt.date(fy, 4, 1), p.end)


def says_year_to_date(text: str) -> bool:
    """Whether a period's words are the year so far ("year to date", "so far this year", "YTD"): patterns/periods.toml
    period-year-to-date, the one vocabulary of it in sentences."""
    return _regex("year_to_date").search(text) is not None


def previous_quarter(p: Period) -> Period | None:
    """The quarter before a quarter ("the previous quarter" in Q1 is the year before's Q4); None
    for a longer period, whose "previous quarter" could be any of several."""
    if p.start is None or p.end is None or not 80 <= (p.end - p.start).days <= 95:
        return None
    end = p.start - dt.timedelta(days=1)
    start = (end.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    start = (start - dt.timedelta(days=1)).replace(day=1)
    return from_dates(start, end)


def following_year(p: Period) -> Period:
    """The same span one year later, with its label."""
    if p.start is None or p.end is None:
        return p
    return from_dates(_year_after(p.start), _year_after(p.end))


def _year_after(d: dt.date) -> dt.date:
    return d.replace(year=d.year + 1, day=min(d.day, calendar.monthrange(d.year + 1, d.month)[1]))


def _year_before(d: dt.date) -> dt.date:
    """The same day a year earlier; 29 February becomes the 28th."""
    return d.replace(year=d.year - 1, day=min(d.day, calendar.monthrange(d.year - 1, d.month)[1]))


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


# Whether the document being read says "this year" of its own period. A report that does ("this
# year we received 430, compared with 342 last year") means the year before by "last year"; one that
# never does is written after its year and means that year ("We received 70 complaints last year").
# Set per document by `reading`; a comparison ("compared to last year") means the year before always.
SAYS_THIS_YEAR: ContextVar[bool] = ContextVar("SAYS_THIS_YEAR", default=True)
THIS_YEAR = re.compile(r"\bthis\s+(?:financial\s+)?year\b|\bthe\s+year\s+to\s+date\b", re.IGNORECASE)


# "up from 1,650 last year", "(last year: 352)", "compared with ... last year": a comparison
COMPARES = re.compile(r"\b(?:compared|comparison|than|from|on|since|with|versus|vs|against)\b", re.IGNORECASE)


def _compares(before: str) -> bool:
    return bool(COMPARES.search(before)) or before.rstrip().endswith("(")


@contextmanager
def reading(texts: Iterable[str]) -> Iterator[None]:
    """Read the periods of one document's texts: settles what its bare "last year" means."""
    # only a "this year" that states something counted ("This year we recorded 430 complaints"),
    # not one about plans ("This year we will publish all our letters")
    # a text without "this year" anywhere has no sentence with it: only the others are split
    token = SAYS_THIS_YEAR.set(any(THIS_YEAR.search(s) and re.search(r"\d", s)
                                   for t in texts if THIS_YEAR.search(t)
                                   for s in re.split(r"(?<=[.!?])\s+", t)))
    try:
        yield
    finally:
        SAYS_THIS_YEAR.reset(token)


def find_periods(text: str, context: Period | None = None) -> list[tuple[int, int, Period]]:
    """Every period a sentence states, with its span; quarters and "last year" read against `context`."""
    return list(_find_periods(text, context, SAYS_THIS_YEAR.get()))


@lru_cache(maxsize=8192)
def _find_periods(text: str, context: Period | None, says_this_year: bool = True) -> tuple[tuple[int, int, Period], ...]:
    """find_periods, computed once per (sentence, context): several steps ask for the same one.
    Rules are read in file order; a span already read is not read again."""
    found: list[tuple[int, int, Period]] = []
    fy_context = _fy_of(context)
    if fy_context is None:  # "2019-20 - Quarter 1": the text's own financial year
        fy_context = _own_financial_year(text)
    for kind, m in _period_matches(text):
        if kind == "last_year" and (says_this_year or _compares(text[:m.start()])):
            continue  # "last year" is then the year before: the `previous` rule reads it
        p = READERS[kind](m, context, fy_context)
        if p is not None and not any(s < m.end() and m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), p))
    return tuple(sorted(found, key=lambda f: f[0]))


@lru_cache(maxsize=8192)
def _period_matches(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every match of every period rule, in file order: what a sentence says, whatever the context.
    A sentence is read against several contexts (its section's year, and count_numbers' fixed one),
    and the searches, not the reading, are the cost."""
    found, digit = _index().mask(lower_for_gate(text)), has_digit(text)
    out: list[tuple[str, re.Match[str]]] = []
    for kind, rx, full, digits in _gated_rules():
        if found & full != full or (digits and not digit):
            continue  # extractor/gate.py: the rule's words, or any digit, are absent
        out += ((kind, m) for m in rx.finditer(text))
    return tuple(out)


def _own_financial_year(text: str) -> int | None:
    own = next((f for m in _regex("financial_year").finditer(text) if (f := _fy_start(m["fy"], m["fy2"]))), None)
    if own is not None:
        return own
    return next((2000 + int(m["a"]) for m in _regex("short_financial_year").finditer(text)
                 if _short_fy(m) is not None), None)


Reader = Callable[[re.Match[str], Period | None, int | None], Period | None]


def _read_months_to(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    """ "12 mths to Dec 24": the months that end with the month named."""
    month = MONTHS.get(m["m"].lower().rstrip("."))
    if month is None:
        return None
    year = int(m["yy"]) + (2000 if len(m["yy"]) == 2 else 0)
    words = {"twelve": 12, "six": 6, "three": 3}
    months = 3 if m["q"] else 6 if m["hy"] else 12 if m["y"] else words.get(m["n"].lower()) or int(m["n"])
    first = year * 12 + month - months  # months since year 0 of the first month, 0-based
    start = dt.date(first // 12, first % 12 + 1, 1)
    return from_dates(start, dt.date(year, month, calendar.monthrange(year, month)[1]))


def _read_numeric_date_range(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    """ "01.11.2023-31.10.2024": day first; a two-digit year is of this century."""
    def day(d: str, n: str, y: str) -> dt.date | None:
        try:
            return dt.date(int(y) + (2000 if len(y) == 2 else 0), int(n), int(d))
        except ValueError:
            return None
    a, b = day(m["d1"], m["n1"], m["y1"]), day(m["d2"], m["n2"], m["y2"])
    return from_dates(a, b) if a and b and a < b else None


def _read_date_range(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    b = _date(m["d2"], m["m2"], m["y2"])
    a = _date(m["d1"], m["m1"] or m["m2"], m["y1"] or m["y2"])
    if a and b and a > b and not m["y1"]:  # "1 October to 31 March 2024" starts the year before
        a = a.replace(year=a.year - 1)
    return from_dates(a, b) if a and b else None


def _read_year_ending(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    year = m["ye"] or m["y1"]
    return financial_year(int(year) - 1) if year else None


def _read_half(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    if m["hy"]:  # "in the half year": the half of the report's own quarter or half, none in a report of a year
        if context is None or context.start is None or context.end is None or (context.end - context.start).days > 190:
            return None
        month = context.start.month
        return half(context.start.year - (1 if month < 4 else 0), 1 if 4 <= month <= 9 else 2)
    second = (m["h"] == "2" or (m["ho"] or "").lower() == "second" or bool(m["h2"])
              or (m["hq"] or "").lower() in ("last", "final", "second"))
    if not (m["fy"] or m.groupdict().get("sa")) and (own := _part_of_own_year(context, 1 if second else 0, 6)) is not None:
        return own
    year = _named_year(m, fy)
    return half(year, 2 if second else 1) if year is not None else None


def _named_year(m: re.Match[str], fy: int | None) -> int | None:
    """The financial year a quarter or half names with it ("Q2 2022/23", "Q4 23/24"), else `fy`."""
    if m["fy"]:
        return _fy_start(m["fy"], m["fy2"])
    if (a := m.groupdict().get("sa")) and (b := m.groupdict().get("sb")) and int(b) == (int(a) + 1) % 100 and int(a) > 12:
        return 2000 + int(a)
    return fy


def _read_quarter(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    q = ORDINAL[(m["q"] or m["qw"] or m["qo"]).lower()]
    named = m["fy"] or m.groupdict().get("sa")
    if not named and (own := _part_of_own_year(context, q - 1, 3)) is not None:
        return own
    year = _named_year(m, fy)
    return quarter(year, q) if year is not None else None


def _part_of_own_year(context: Period | None, index: int, months: int) -> Period | None:
    """Part `index` (0-based) of `months` months of a body's own year that does not start in April
    or January ("1 November 2024 to 31 October 2025": its first quarter is November to January)."""
    if context is None or context.start is None or context.end is None or context.start.day != 1 \
            or context.start.month in (1, 4) or not 360 <= (context.end - context.start).days <= 366:
        return None
    first = context.start.year * 12 + context.start.month - 1 + index * months
    last = first + months - 1
    return from_dates(dt.date(first // 12, first % 12 + 1, 1),
                      dt.date(last // 12, last % 12 + 1, calendar.monthrange(last // 12, last % 12 + 1)[1]))


def _read_financial_year(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    year = _fy_start(m["fy"], m["fy2"])
    return financial_year(year) if year is not None else None


def _read_month(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    month, year = MONTHS[m["m1"].lower().rstrip(".")], int(m["y1"])
    return from_dates(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


def _short_fy(m: re.Match[str]) -> Period | None:
    """ "23/24" is 2023/24 when the years follow each other (and "12/13" could be a date: no)."""
    a, b = int(m["a"]), int(m["b"])
    return financial_year(2000 + a) if b == (a + 1) % 100 and a > 12 else None


def _read_month_range_own_year(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    """ "Apr - Jun" with no year: those months of the financial year the context gives; a quarter or
    half when they are one (SPEC 4), else the months as dated. None without a year to read against."""
    first = MONTHS.get((m["m1"] or m["b1"]).lower().rstrip("."))
    last = MONTHS.get((m["m2"] or m["b2"]).lower().rstrip("."))
    if fy is None or first is None or last is None:
        return None
    i, j = (first - 4) % 12, (last - 4) % 12  # months into the financial year, April = 0
    if j < i:
        return None
    if i % 3 == 0 and j == i + 2:
        return quarter(fy, i // 3 + 1)
    if i % 6 == 0 and j == i + 5:
        return half(fy, i // 6 + 1)
    if i == 0 and j == 11:
        return financial_year(fy)
    y1, y2 = fy + (first < 4), fy + (last < 4)
    return from_dates(dt.date(y1, first, 1), dt.date(y2, last, calendar.monthrange(y2, last)[1]))


def _read_month_own_year(m: re.Match[str], context: Period | None, fy: int | None) -> Period | None:
    """ "June (4)": that month of the financial year the context gives."""
    month = MONTHS.get(m["m1"].lower().rstrip("."))
    if fy is None or month is None:
        return None
    year = fy + (month < 4)
    return from_dates(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


READERS: dict[str, Reader] = {
    "date_range": _read_date_range,
    "year_ending": _read_year_ending,
    "month_range": lambda m, context, fy: _month_range(m),
    "month_range_own_year": _read_month_range_own_year,
    "month_own_year": _read_month_own_year,
    "half": _read_half,
    "quarter": _read_quarter,
    "quarter_year_before": lambda m, context, fy: quarter(fy - 1, ORDINAL[(m["q"] or m["qw"] or m["qo"]).lower()])
    if fy is not None else None,
    "financial_year": _read_financial_year,
    "numeric_date_range": _read_numeric_date_range,
    "months_to": _read_months_to,
    "financial_year_words": _read_financial_year,  # _fy_start refuses years that do not follow
    "month": _read_month,
    "short_financial_year": lambda m, context, fy: _short_fy(m),
    "previous": lambda m, context, fy: previous_year(context) if context is not None else None,
    "previous_quarter": lambda m, context, fy: previous_quarter(context) if context is not None else None,
    "year_to_date": lambda m, context, fy: year_to_date(context),
    "last_year": lambda m, context, fy: context,  # in a report written after its year: that year
    "whole_year": lambda m, context, fy: financial_year(fy) if fy is not None else None,
    "calendar_year": lambda m, context, fy: calendar_year(int(m["cy"])),
}


def _fy_of(p: Period | None) -> int | None:
    if p is None or p.start is None:
        return None
    return p.start.year if p.start.month >= 4 else p.start.year - 1


def parse_period(text: str, context: Period | None = None) -> Period | None:
    """The period a short text (a heading, a column header, a label) states, or None. A text
    naming a period inside another ("2022/23 Q1", "2019-20 - Quarter 1") states the narrower."""
    found = [p for _, _, p in find_periods(text, context)]
    if not found:
        return None
    dated = [p for p in found if p.start is not None and p.end is not None]
    narrowest = min(dated, key=lambda p: p.end - p.start, default=None)  # type: ignore[operator]
    if narrowest is not None and len(dated) == len(found) and all(
            p.start <= narrowest.start and narrowest.end <= p.end for p in dated):  # type: ignore[operator]
        return narrowest
    return found[0]
