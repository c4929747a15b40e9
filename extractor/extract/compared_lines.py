"""Last year's value on a line of its own under a figure: "2029/30: 1,150", "Last year: 1,980",
"Same quarter last year: 402".

Web pages and summaries print a key figure, its label, and below them the figure it compares with:

    1,204
    complaints received
    2029/30: 1,150

The line below is no figure of its own words - it names only a period (or an aim, "Target: 1,900", which is no figure) - and a reader that takes it for
one either loses it or takes it for the value of the label above it. So such lines are set aside before
the readers read the page (blank, with the page's line numbers kept), and each gives the figure read
just above it again, with its own value and period: the measure, stage and unit are the figure's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex as re

from extractor.block_lines import line_step
from extractor.extract.label_periods import label_period
from extractor.extract.numbers import count_numbers
from extractor.extract.periods import Period, parse_period, previous_quarter, previous_year
from extractor.models import Document, Figure

# "2029/30: 1,150", "(2029/30: 84%)", "Last year = 1,980": a period, a colon or equals sign, one value
COMPARED = re.compile(r"^\s*+\(?\s*+(?P<when>[^:=()\d£%]{0,30}?(?:\d{2,4}(?:\s*[/–-]\s*\d{2,4})?)?[^:=()\d£%]{0,30}?)"
                      r"\s*[:=]\s*+(?P<value>£?\d[\d,]*+(?:\.\d+)?\s*+%?)\s*+\)?\s*+$")
LAST_YEAR = re.compile(r"^(?:last|previous|prior)\s+year|^(?:the\s+)?year\s+before|^same\s+(?:quarter|period|month|time)\s+last\s+year",
                       re.IGNORECASE)
# "Target: 1,900" under a card: an aim, no figure (SPEC 7); set aside all the same, so no reader takes it
# for the card's value
AIM = re.compile(r"^(?:(?:our|annual|local|national)\s+)?(?:target|aim|goal|benchmark|standard|average)$", re.IGNORECASE)
LAST_QUARTER = re.compile(r"^(?:last|previous|prior)\s+quarter$", re.IGNORECASE)
MAX_LINE = 80  # characters: a longer line is a sentence
REACH = 4  # lines, in the page's own line steps: the figure compared stands this close above its comparison
RULE = "compared-line"


@dataclass(frozen=True)
class Compared:
    line: int  # 1-based
    when: str
    value: str


def compared_lines(doc: Document) -> list[Compared]:
    """The lines of a text page that state only a compared period's value, or an aim's."""
    if doc.format not in ("text", "markdown") or doc.line_numbers:
        return []
    out = []
    for n, text in enumerate(doc.lines, 1):
        m = COMPARED.match(text) if len(text) <= MAX_LINE else None
        if m is None:
            continue
        when = " ".join(m.group("when").split())
        if when and (_names_compared_period(when) or (AIM.match(when) and _under_card(doc.lines, n))):
            out.append(Compared(n, when, m.group("value").strip()))
    return out


def _names_compared_period(when: str) -> bool:
    """Whether the words before the colon are nothing but a period ("2029/30", "Q2 2029/30", "Last year"),
    not a label that names one ("Total complaints in 2029/30: 1,234" is a figure of its own)."""
    return bool(LAST_YEAR.match(when) or LAST_QUARTER.match(when) or label_period(when) is not None)


def _under_card(lines: Sequence[str], n: int) -> bool:
    """Whether line n (1-based) stands under a card: a value alone on a line, then its label (and perhaps
    last year's value, itself a compared line), however many blank lines a web page sets between them."""
    above = [t.strip() for t in lines[max(0, n - CARD_REACH):n - 1] if t.strip() and not _compared_value(t)][-2:]
    return len(above) == 2 and bool(BARE_VALUE.match(above[0]))


def _compared_value(text: str) -> bool:
    """A line that states only a compared period's value ("Last quarter: 85.9%")."""
    m = COMPARED.match(text) if len(text) <= MAX_LINE else None
    when = " ".join(m.group("when").split()) if m else ""
    return bool(when) and _names_compared_period(when)


CARD_REACH = 16  # lines above an aim a card's value and label may stand, blank lines between them


BARE_VALUE = re.compile(r"^£?\d[\d,]*(?:\.\d+)?\s*%?$")


def _period(f: Figure) -> Period | None:
    if f.period is None or f.period_start is None or f.period_end is None:
        return None
    return Period(f.period, dt.date.fromisoformat(f.period_start), dt.date.fromisoformat(f.period_end))


def _compared_period(when: str, own: Period) -> Period | None:
    if LAST_QUARTER.match(when):
        return previous_quarter(own)
    if LAST_YEAR.match(when):
        before = previous_year(own)
        return before if before is not own else None
    return parse_period(when, own)


def compared_figures(doc: Document, compared: Sequence[Compared], figures: Sequence[Figure]) -> list[Figure]:
    """For each compared line, the figures of the nearest line above it (within a few lines, and
    below the comparison before it) again, with the line's value and period."""
    out: list[Figure] = []
    floor = 0
    reach = REACH * line_step(doc)
    for c in compared:
        above = [f for f in figures if floor < f.line < c.line and c.line - f.line <= reach]
        floor = c.line
        if not above or AIM.match(c.when):
            continue
        nearest = max(f.line for f in above)
        numbers = count_numbers(c.value)
        if not numbers:
            continue
        number = numbers[0]
        for f in (f for f in above if f.line == nearest):
            own = _period(f)
            period = _compared_period(c.when, own) if own is not None else None
            if period is None or period.label == f.period or (number.unit == "percent") != (f.unit == "percent"):
                continue
            out.append(replace(f, value=number.value, stated=c.value, line=c.line, rule=RULE,
                               evidence=" ".join(doc.lines[c.line - 1].split()), period=period.label,
                               period_start=period.start.isoformat() if period.start else None,
                               period_end=period.end.isoformat() if period.end else None))
    return out
