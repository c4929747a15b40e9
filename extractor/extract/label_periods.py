"""The period a table's label or title names ("2022/23", "Q1", "Apr - Jun", "Year to date",
"March 2024"), read against the report's own year: the period side of a table cell, split from
table_text.py, which finds the tables themselves.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import regex as re

from extractor.segment import Context

# "2023/2024", "2022/23", "2023-2024", "2016/17": a UK financial year.
FY = re.compile(r"(?<![\d/])(?P<a>(?:19|20)\d\d)\s*[/\-–]\s*(?P<b>(?:19|20)?\d\d)(?![\d/])")
# "April 2024 - March 2025", "1 April 2023 to 31 March 2024": a financial year in words.
FY_WORDS = re.compile(r"\bApr(?:il)?\s+(?P<a>(?:19|20)\d\d)\s*(?:-|–|to)\s*(?:\d{1,2}\s+)?Mar(?:ch)?\s+(?P<b>(?:19|20)\d\d)\b",
                      re.IGNORECASE)
# "Q1 and Q2 2020/2021", "H2", "first half": a half year.
HALF = re.compile(r"(?P<h1>\bQ1\s*(?:and|&|-|–|to)\s*Q2\b|\bH1\b|\bfirst\s+half\b)"
                  r"|(?P<h2>\bQ3\s*(?:and|&|-|–|to)\s*Q4\b|\bH2\b|\bsecond\s+half\b)", re.IGNORECASE)
QUARTER = re.compile(r"\b(?:Q|quarter\s*)(?P<q>[1-4])\b", re.IGNORECASE)
PERIOD_LABEL = re.compile(
    r"^\s*(?:(?:FY|year)\s*)?(?:(?:Q|quarter\s*)[1-4]\s*[-–]?\s*)?(?:(?:19|20)\d\d\s*[/\-–]\s*(?:19|20)?\d\d)?"
    r"\s*(?:(?:Q|quarter\s*)[1-4])?\s*$", re.IGNORECASE)
YEAR_END = re.compile(r"^\s*(?:year\s*end|full\s+year|annual)\s*$", re.IGNORECASE)
YEAR_TO_DATE = re.compile(r"^\s*(?:(?:financial\s+)?year[\s-]+to[\s-]+date|YTD|cumulative(?:\s+total)?|(?:year|total)\s+so\s+far)\s*$",
                          re.IGNORECASE)
YEAR = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*$")


def year_label(text: str) -> tuple[str, str, str] | None:
    """A calendar-year column header ("2023"), read as the calendar year."""
    m = YEAR.match(text or "")
    return (m.group("y"), f"{m.group('y')}-01-01", f"{m.group('y')}-12-31") if m else None


def _fy(a: str, b: str) -> tuple[str, str, str] | None:
    start = int(a)
    end = int(b) if len(b) == 4 else (start // 100) * 100 + int(b)
    if len(b) == 2 and end < start:  # "1999/00"
        end += 100
    if end != start + 1:
        return None
    return f"{start}/{str(end)[2:]}", f"{start}-04-01", f"{end}-03-31"


QUARTER_DATES = {1: ("04-01", "06-30", 0), 2: ("07-01", "09-30", 0), 3: ("10-01", "12-31", 0),
                 4: ("01-01", "03-31", 1)}


def _quarter(fy: tuple[str, str, str], q: int) -> tuple[str, str, str]:
    start_year = int(fy[1][:4]) + QUARTER_DATES[q][2]
    return f"{fy[0]} Q{q}", f"{start_year}-{QUARTER_DATES[q][0]}", f"{start_year}-{QUARTER_DATES[q][1]}"


def _context_fy(ctx: Context | None) -> tuple[str, str, str] | None:
    if ctx and ctx.period and (m := FY.match(ctx.period)):
        return _fy(m.group("a"), m.group("b"))
    return None


def text_period(text: str, ctx: Context | None = None) -> tuple[str, str | None, str | None] | None:
    """The period a title or lead-in states anywhere in it ("... (Quarter 1 - 2024/25):"); a year in brackets
    with its value, "(2029/30: 455)", is the year compared with, not the one stated."""
    text = COMPARED_IN_BRACKETS.sub(" ", text or "")
    found = [*FY.finditer(text or ""), *FY_WORDS.finditer(text or "")]
    fys = [f for m in sorted(found, key=lambda m: m.start()) if (f := _fy(m.group("a"), m.group("b")))]
    fy = fys[-1] if fys else None
    if fy and (h := HALF.search(text or "")):
        half = 1 if h.group("h1") else 2
        start_year, end_year = fy[1][:4], fy[2][:4]
        return (f"{fy[0]} H{half}", f"{start_year}-04-01" if half == 1 else f"{start_year}-10-01",
                f"{start_year}-09-30" if half == 1 else f"{end_year}-03-31")
    q = QUARTER.search(text or "")
    if q and (fy or _context_fy(ctx)):
        return _quarter(fy or _context_fy(ctx), int(q.group("q")))  # type: ignore[arg-type]
    return fy or _date_span(text)


COMPARED_IN_BRACKETS = re.compile(r"\(\s*(?:19|20)\d\d\s*[/-]\s*\d{2,4}\s*:[^()]{0,40}\)")
DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                       r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", re.IGNORECASE)


def _date_span(text: str) -> tuple[str, str | None, str | None] | None:
    """The one span a lead-in states from day to day ("Reporting period: 1 May 2031 - 31 July
    2031"): a report's own dates for the table below, not a year the text names in passing."""
    from extractor.extract.periods import find_periods

    if not DAY_MONTH.search(text or ""):
        return None
    spans = {p for _, _, p in find_periods(text or "") if p.start and p.end}
    if len(spans) != 1:
        return None
    p = spans.pop()
    return p.label, p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_LABEL = re.compile(r"^\s*(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
                         r"(?:[\s\-']+(?P<y>(?:19|20)?\d\d))?\s*$", re.IGNORECASE)


def month_period(text: str, ctx: Context | None = None) -> tuple[str, str, str] | None:
    """A month row ("April", "Jan-24", "March 2024"): its dates, the year from the label or
    from the financial year in context (January-March fall in its second calendar year)."""
    m = MONTH_LABEL.match(text or "")
    if not m:
        return None
    month = MONTHS.index(m.group("m").lower()[:3]) + 1
    if m.group("y"):
        year = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0)
    elif fy := _context_fy(ctx):
        year = int(fy[1][:4]) + (1 if month <= 3 else 0)
    else:
        return None
    last = (28 if year % 4 else 29) if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    start, end = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last}"
    return f"{start}..{end}", start, end


def _year_to_date(ctx: Context | None) -> tuple[str, str | None, str | None] | None:
    """ "Year to date" in a report of a quarter or month: from the start of its financial year to
    the end of that quarter or month (SPEC 4 dates), the whole year when the report is of the year."""
    fy = _context_fy(ctx)
    if fy is None or ctx is None or not ctx.period_end:
        return None
    return _year_up_to(fy, ctx.period_end)


def _year_up_to(fy: tuple[str, str, str], end: str) -> tuple[str, str | None, str | None]:
    """A financial year from its start to `end` (SPEC 4): the whole year, its first half (April to
    September), else the dates."""
    if end == fy[2]:
        return fy
    if end == f"{fy[1][:4]}-09-30":
        return f"{fy[0]} H1", fy[1], end
    return f"{fy[1]}..{end}", fy[1], end


# "YTD 2032/33", "2031/32 year to date": a year's cumulative column, this year's or the year before's
YTD_WORD = r"(?:YTD|(?:financial\s+)?year[\s-]+to[\s-]+date|cumulative)"
YEAR_TO_DATE_OF = re.compile(rf"^\s*(?:{YTD_WORD}\s*[:(]?\s*(?P<a>(?:19|20)\d\d)\s*[/\-–]\s*(?P<b>(?:19|20)?\d\d)\s*\)?"
                             rf"|(?P<a2>(?:19|20)\d\d)\s*[/\-–]\s*(?P<b2>(?:19|20)?\d\d)\s*{YTD_WORD})\s*$", re.IGNORECASE)


def _year_to_date_of(text: str, ctx: Context | None) -> tuple[str, str | None, str | None] | None:
    """A named year's year to date, in a report of a month or a quarter: from the start of that year to the
    same point of it as the report's own period ends (April to December of each year in a December report);
    the whole year when the report is of a year or says no period."""
    if (m := YEAR_TO_DATE_OF.match(text)) is None:
        return None
    fy = _fy(m.group("a") or m.group("a2"), m.group("b") or m.group("b2"))
    if fy is None or ctx is None or not ctx.period_end:
        return fy
    own_end = date.fromisoformat(ctx.period_end)
    own_start_year = own_end.year if own_end.month >= 4 else own_end.year - 1
    try:
        end = own_end.replace(year=own_end.year + int(fy[1][:4]) - own_start_year)
    except ValueError:  # 29 February in a year without one
        end = own_end.replace(year=own_end.year + int(fy[1][:4]) - own_start_year, day=28)
    return _year_up_to(fy, end.isoformat())


# a column named by where it stands in time: "Latest", "Current" are the report's period;
# "Previous", "Prior", "Last" the one before it (the quarter before, in a report of a quarter)
# ("This year" / "Last year" as a table's columns: the report's year and the one before, whatever "last year"
# means in a sentence of an annual report)
CURRENT_LABEL = re.compile(r"^\s*(?:latest|current|this\s+(?:period|quarter|year))(?:\s+(?:position|result|value|figure|performance))?\s*$",
                           re.IGNORECASE)
PREVIOUS_LABEL = re.compile(r"^\s*(?:previous|prior|last)(?:\s+(?:period|quarter|year))?(?:\s+(?:result|value|figure|performance))?\s*$",
                            re.IGNORECASE)
YEAR_WORD = re.compile(r"\byear\b", re.IGNORECASE)


def is_relative(text: str) -> bool:
    """Whether a label names its period only relative to the report's ("Latest", "Previous"): such
    a column dates a row's figure, but says nothing of what a row without a measure counts."""
    return bool(CURRENT_LABEL.match(text or "") or PREVIOUS_LABEL.match(text or ""))


def _relative(text: str, ctx: Context | None) -> tuple[str, str | None, str | None] | None:
    """The period of a "Latest" or "Previous" column, or None for any other label."""
    if ctx is None or not ctx.period or not ctx.period_start or not ctx.period_end:
        return None
    if CURRENT_LABEL.match(text):
        return ctx.period, ctx.period_start, ctx.period_end
    if not PREVIOUS_LABEL.match(text):
        return None
    from extractor.extract.periods import previous_quarter, previous_year

    own = ctx.own_period()
    before = (None if YEAR_WORD.search(text) else previous_quarter(own)) or previous_year(own)  # type: ignore[arg-type]
    return before.label, before.start.isoformat() if before.start else None, before.end.isoformat() if before.end else None


# "Q1 (Apr-Jun 2023)", "Quarter 4 (January to March 2031)": a period's name, then its months spelt out in brackets
SPELT_OUT = re.compile(r"^\s*(?P<name>[^()]{1,30}?)\s*\(\s*(?P<span>[^()]{3,40}?)\s*\)\s*$")
PERIOD_NAME = re.compile(r"^(?:Q[1-4]|quarter\s*(?:[1-4]|one|two|three|four)|H[12]|half\s*(?:[12]|one|two))$", re.IGNORECASE)


def label_period(text: str, ctx: Context | None = None) -> tuple[str, str | None, str | None] | None:
    """The period of a label that is nothing but a period ("2022/23", "Q1", "Year end", "April"), or a
    period's name with its months in brackets ("Q1 (Apr-Jun 2023)": the months, which name the year)."""
    from extractor.extract.periods import SAYS_THIS_YEAR

    return _label_period(text, ctx, SAYS_THIS_YEAR.get())


@lru_cache(maxsize=8192)  # a cell or label is asked about by several table, card and header readers
def _label_period(text: str, ctx: Context | None, says_this_year: bool) -> tuple[str, str | None, str | None] | None:
    """label_period, once per text, context and the one document state its periods read (`says_this_year`,
    which find_periods takes from periods.reading): the answer is a tuple of strings, shared safely."""
    if not text or not text.strip():
        return None
    if (m := SPELT_OUT.match(text)) and PERIOD_NAME.match(m.group("name").strip()) \
            and (spelt := label_period(m.group("span"), ctx)) is not None:
        return spelt
    if relative := _relative(text, ctx):
        return relative
    if YEAR_END.match(text):
        return _context_fy(ctx)
    if YEAR_TO_DATE.match(text):
        return _year_to_date(ctx)
    if (ytd := _year_to_date_of(text, ctx)) is not None:
        return ytd
    if month := month_period(text, ctx):
        return month
    if not PERIOD_LABEL.match(text) or not any(map(str.isdigit, text)):
        return _whole_period(text, ctx)
    return text_period(text, ctx)


ANY_YEAR = Context(period="2000/01", period_start="2000-04-01", period_end="2001-03-31")


def _whole_period(text: str, ctx: Context | None) -> tuple[str, str | None, str | None] | None:
    """A label that is one period of patterns/periods.toml from end to end ("Apr - Jun", "October to
    December 2031"), read against the report's year. A label without a letter ("2005") is a value."""
    if not any(ch.isalpha() for ch in text):
        return None
    from extractor.extract.periods import find_periods

    found = find_periods(text.strip(), ctx.own_period() if ctx is not None else None)
    if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(text.strip()):
        return None
    p = found[0][2]
    return p.label, p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None


BRACKETED_PART = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*:?\s*$")


def period_words(text: str, ctx: Context | None = None) -> str | None:
    """The words that say the period of a line that names a period and nothing else, perhaps with its
    dates in brackets ("Year to date (April to December 2033)", "Quarter 2 (July to September)",
    "2031/32:"): the bracket's dates when they read as a period, else the words before them."""
    s = " ".join((text or "").split()).rstrip(":")
    if not s or len(s.split()) > 10:
        return None
    if m := BRACKETED_PART.match(s):
        if label_period(m.group("head"), ctx) is None:
            return None
        return m.group("inner") if label_period(m.group("inner"), ctx) else m.group("head")
    return s if label_period(s, ctx) else None


def period_line(text: str, ctx: Context | None = None) -> tuple[str, str | None, str | None] | None:
    """The period of a line that names a period and nothing else (period_words)."""
    words = period_words(text, ctx)
    return label_period(words, ctx) if words else None
