"""Numbers as reports write them: digits, words, percentages, money, suppressed values.

"no complaints" is 0, "twenty-six" is 26, "1,234" is 1234, "87.5%" is 87.5 percent,
"£350" is 350 GBP, "<5", "fewer than five", "around 40" and "*" are kept but flagged
approximate: a check may never call them wrong on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex as re

UNITS = {
    "zero": 0, "nil": 0, "none": 0, "no": 0, "one": 1, "a single": 1, "single": 1, "two": 2, "both": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
WORD_UNITS = sorted((k for k in UNITS if k not in ("no", "none", "nil", "both", "a single", "single")),
                    key=len, reverse=True)

# A number written in words: "one hundred and twelve", "twenty-six", "forty two", "nine".
_UNIT = "|".join(WORD_UNITS)
_TENS = "|".join(TENS)
WORDS = (rf"(?:(?:{_UNIT})\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS})(?:[-\s](?:{_UNIT}))?|{_UNIT}))?"
         rf"|(?:{_TENS})(?:[-\s](?:{_UNIT}))?|{_UNIT})")
APPROX = r"(?:fewer\s+than|less\s+than|under|around|about|approximately|approx\.?|circa|c\.|over|more\s+than|<|>|~)"
NUMBER = re.compile(
    rf"""(?P<approx>{APPROX}\s*)?
    (?:(?P<money>£\s?)(?P<m>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<pence>\d{{2}}))?
      |(?P<digits>(?<![\d.,/])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<![\d.,/])\d+(?:\.\d+)?)(?P<pct>\s?(?:%|per\s?cent\b|percent\b))?
      |(?P<words>\b{WORDS}\b)(?P<wpct>\s+per\s?cent\b)?
      |(?P<zero>\b(?:no|none|nil|a\s+single|both)\b)
      |(?P<star>(?<!\w)\*(?!\w)))""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Number:
    """One number found in a text: its value, how it was written, and where."""

    value: float
    stated: str
    unit: str  # count | percent | GBP
    approximate: bool
    start: int
    end: int


def words_to_int(text: str) -> int | None:
    """ "one hundred and twelve" -> 112, "twenty-six" -> 26, "no" -> 0; None if not a number word."""
    words = re.sub(r"[-\s]+", " ", text.lower().replace(" and ", " ")).split()
    if " ".join(words) in UNITS:
        return UNITS[" ".join(words)]
    total, seen = 0, False
    for w in words:
        if w in UNITS:
            total += UNITS[w]
        elif w in TENS:
            total += TENS[w]
        elif w == "hundred" and seen:
            total *= 100
        else:
            return None
        seen = True
    return total if seen else None


def _number(m: re.Match[str]) -> Number | None:
    approx = bool(m.group("approx"))
    if m.group("money"):
        value = float(m.group("m").replace(",", "")) + (int(m.group("pence") or 0) / 100)
        return Number(value, m.group(0).strip(), "GBP", approx, m.start(), m.end())
    if m.group("digits"):
        unit = "percent" if m.group("pct") else "count"
        return Number(float(m.group("digits").replace(",", "")), m.group(0).strip(), unit, approx, m.start(), m.end())
    if m.group("words"):
        value = words_to_int(m.group("words"))
        if value is None:
            return None
        unit = "percent" if m.group("wpct") else "count"
        return Number(float(value), m.group(0).strip(), unit, approx, m.start(), m.end())
    if m.group("zero"):
        value = words_to_int(m.group("zero")) or 0
        return Number(float(value), m.group(0).strip(), "count", approx, m.start(), m.end())
    if m.group("star"):
        return Number(float("nan"), "*", "count", True, m.start(), m.end())
    return None


def find_numbers(text: str) -> list[Number]:
    """Every number in a sentence, left to right, with its span."""
    return list(_find_numbers(text))


@lru_cache(maxsize=8192)
def _find_numbers(text: str) -> tuple[Number, ...]:
    out = []
    for m in NUMBER.finditer(text):
        if (n := _number(m)) is not None:
            out.append(n)
    return tuple(out)


def parse_number(text: str) -> Number | None:
    """The number a whole string states ("twenty-six", "15.42%", "<5"), or None."""
    m = NUMBER.fullmatch(text.strip())
    return _number(m) if m else None


def number_to_words(n: int) -> str:
    """0..999 in words, British style ("one hundred and twelve"), for round-trip tests."""
    if n < 0 or n > 999:
        raise ValueError("0..999 only")
    if n == 0:
        return "zero"
    by_value = {v: k for k, v in UNITS.items() if k not in ("no", "none", "nil", "both", "a single", "single")}
    tens = {v: k for k, v in TENS.items()}
    parts = []
    if n >= 100:
        parts.append(f"{by_value[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(tens[n - n % 10] + (f"-{by_value[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(by_value[n])
    return " ".join(parts)


# Numbers that name a thing rather than count it: "stage two", "Quarter one", "section 3.2",
# "Q2", "page 4", "paragraph 1.7", "Appendix 2", and years.
NAMING_WORD = re.compile(r"(?:\b(?:stage|quarter|phase|section|appendix|paragraph|para|item|page|part|level|"
                         r"tier|step|priority|band|year|Q|H|number|no\.?)\s*)$", re.IGNORECASE)
# "a two stage process", "a three-tier procedure", "10-day target" names a kind, not a count.
NAMED_AFTER = re.compile(r"^-(?:stage|tier|step|level)\b|^\s(?:stage|tier|step|level)d?\s+(?:complaints?\s+)?"
                         r"(?:process|procedure|approach|system|model|policy|scheme)\b", re.IGNORECASE)
YEAR_LIKE = re.compile(r"^(?:19|20)\d{2}$")


def count_numbers(text: str) -> list[Number]:
    """The counts and percentages of a sentence: numbers that do not name a stage, quarter,
    section or year, and do not sit inside a date or a reporting period."""
    return list(_count_numbers(text))


@lru_cache(maxsize=8192)
def _count_numbers(text: str) -> tuple[Number, ...]:
    from extractor.extract.periods import financial_year, find_periods

    period_spans = [(s, e) for s, e, _ in find_periods(text, financial_year(2000))]
    out = []
    for n in find_numbers(text):
        if any(s < n.end and n.start < e for s, e in period_spans):
            continue
        if n.unit == "count" and YEAR_LIKE.match(n.stated):
            continue
        if NAMING_WORD.search(text[max(0, n.start - 12):n.start]) or NAMED_AFTER.match(text[n.end:]):
            continue
        if n.unit == "count" and re.match(r"^\d+\.\d+$", n.stated) and re.search(r"^\s*\.?\s+[A-Z]", text[n.end:]):
            continue  # a paragraph number "3.2 The council ..."
        out.append(n)
    return tuple(out)
