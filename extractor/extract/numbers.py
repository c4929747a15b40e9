"""Numbers as reports write them: digits, words, percentages, money, suppressed values.

"no complaints" is 0, "twenty-six" is 26, "1,234" is 1234, "87.5%" is 87.5 percent,
"£350" is 350 GBP, "<5", "fewer than five", "around 40" and "*" are kept but flagged
approximate: a check may never call them wrong on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import regex as re

from extractor.limits import active
from extractor.patterns import compile_regex, expand, load_rules

WORD_GAPS = re.compile(r"[-\s]+")
DECIMAL = re.compile(r"^\d+\.\d+$")
# a sentence starts after the number: "[ws] . ws A" or "ws A", each run of spaces read once; matched at
# the number's end (a copy of the rest of the text per decimal number was quadratic)
SENTENCE_NEXT = re.compile(r"(?:\s*+\.)?\s++[A-Z]")

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}


@cache
def _rules(kind: str) -> tuple[dict[str, Any], ...]:
    """patterns/numbers.toml rules of one type, in file order."""
    return tuple(r for r in load_rules("numbers") if r["type"] == kind)


def _alternatives(kind: str) -> str:
    return "|".join(f"(?:{r['regex']})" for r in _rules(kind))


@cache
def number_regex() -> re.Pattern[str]:
    """One number as reports write it, with an optional approximate marker before it."""
    return compile_regex(rf"""(?P<approx>(?:{_alternatives("approximate")})\s*)?
    (?:(?P<money>£\s?)(?P<m>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<pence>\d{{2}}))?
      |(?P<digits>(?<![\d.,/]){{DIGITS}})(?P<pct>\s?(?:%|per\s?cent\b|percent\b))?
      |(?P<words>\b{{NUMBER_WORD}}\b)(?P<wpct>\s+per\s?cent\b)?
      |(?P<quantity>{_alternatives("quantity")})
      |(?P<star>{_alternatives("suppressed")}))""")


@cache
def _quantity_rules() -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    return tuple((r, re.compile(expand(r["regex"]), re.IGNORECASE | re.VERBOSE)) for r in _rules("quantity"))


def _quantity(text: str) -> int:
    """The count a quantity word states ("no" -> 0, "both" -> 2)."""
    for r, rx in _quantity_rules():
        if rx.fullmatch(text):
            return int(r["value"])
    raise ValueError(f"not a quantity word: {text!r}")


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
    """ "one hundred and twelve" -> 112, "twenty-six" -> 26; None if not a number in words."""
    words = WORD_GAPS.sub(" ", text.lower().replace(" and ", " ")).split()
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


def _number(m: re.Match[str], max_digits: int) -> Number | None:
    approx = bool(m.group("approx"))
    if m.group("money"):
        if too_long(m.group("m"), max_digits):
            return None
        value = float(m.group("m").replace(",", "")) + (int(m.group("pence") or 0) / 100)
        return Number(value, m.group(0).strip(), "GBP", approx, m.start(), m.end())
    if m.group("digits"):
        if too_long(m.group("digits"), max_digits):
            return None  # an id, a phone number or garbage: never a figure, and float() would overflow
        unit = "percent" if m.group("pct") else "count"
        return Number(float(m.group("digits").replace(",", "")), m.group(0).strip(), unit, approx, m.start(), m.end())
    if m.group("words"):
        value = words_to_int(m.group("words"))
        if value is None:
            return None
        unit = "percent" if m.group("wpct") else "count"
        return Number(float(value), m.group(0).strip(), unit, approx, m.start(), m.end())
    if m.group("quantity"):
        value = _quantity(m.group("quantity"))
        return Number(float(value), m.group(0).strip(), "count", approx, m.start(), m.end())
    if m.group("star"):
        return Number(float("nan"), "*", "count", True, m.start(), m.end())
    return None


def too_long(digits: str, limit: int) -> bool:
    """More digits than `limit` (--max-digits, extractor/limits.py)?"""
    return len(digits) > limit and sum(ch.isdigit() for ch in digits) > limit


def find_numbers(text: str) -> list[Number]:
    """Every number in a sentence, left to right, with its span; a digit run longer than the
    limit (--max-digits) is not a number."""
    return list(_find_numbers(text, active().max_digits))


@lru_cache(maxsize=8192)
def _find_numbers(text: str, max_digits: int) -> tuple[Number, ...]:
    out = []
    for m in number_regex().finditer(text):
        if (n := _number(m, max_digits)) is not None:
            out.append(n)
    return tuple(out)


def parse_number(text: str) -> Number | None:
    """The number a whole string states ("twenty-six", "15.42%", "<5"), or None."""
    m = number_regex().fullmatch(text.strip())
    return _number(m, active().max_digits) if m else None


def number_to_words(n: int) -> str:
    """0..999 in words, British style ("one hundred and twelve"), for round-trip tests."""
    if n < 0 or n > 999:
        raise ValueError("0..999 only")
    if n == 0:
        return "zero"
    by_value = {v: k for k, v in UNITS.items()}
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


YEAR_LIKE = re.compile(r"^(?:19|20)\d{2}$")


def count_numbers(text: str) -> list[Number]:
    """The counts and percentages of a sentence: numbers that do not name a stage, quarter,
    section or year, and do not sit inside a date or a reporting period."""
    return list(_count_numbers(text))


@lru_cache(maxsize=8192)
def _count_numbers(text: str) -> tuple[Number, ...]:
    from extractor.extract.periods import financial_year, find_periods

    numbers = find_numbers(text)
    if not numbers:
        return ()  # the periods, the costlier read, only matter to a text with numbers
    if CASE_ROW.match(text):
        return ()  # "24 004 658 Council tax Not upheld - no fault None": one case's record, a decision's words
    period_spans = [(s, e) for s, e, _ in find_periods(text, financial_year(2000))]
    period_spans += [m.span() for m in SPACED_REFERENCE.finditer(text)] if " " in text else []
    period_spans += [m.span() for m in PHONE.finditer(text)] if "0" in text else []
    out = []
    for n in numbers:
        if any(s < n.end and n.start < e for s, e in period_spans):
            continue
        if n.unit == "count" and YEAR_LIKE.match(n.stated):
            continue
        if _names_a_thing(text, n) or _in_a_code(text, n) or REFERENCE_DIGITS.match(n.stated):
            continue
        if n.unit == "count" and DECIMAL.match(n.stated) and SENTENCE_NEXT.match(text, n.end):
            continue  # a paragraph number "3.2 The council ..."
        out.append(n)
    return tuple(out)


@cache
def _naming() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return compile_regex(_alternatives("naming_before")), compile_regex(_alternatives("named_after"))


# "202409981": an ombudsman's case reference; counts that large are written with commas ("1,204,000")
REFERENCE_DIGITS = re.compile(r"^\d{7,}$")
# a line that opens with a case's reference is that case's record ("24 002 117 Planning ...", "202301145 Repairs ...")
CASE_ROW = re.compile(r"^\W*(?:\d{2}\s\d{3}\s\d{3}|(?:19|20)\d{7})(?![\d,.%])\s+\p{L}")
# "0345 600 2210", "(01632) 960 123", "020 7946 0958", "0800-123-456": a UK telephone number, its dialling code
# opening with 0 and its groups after it (a count is never written so)
PHONE = re.compile(r"(?<![\d,.])\(?0\d{2,4}\)?(?:[\s-]\d{3,4}){1,2}(?!\d|[,.]\d|%)|(?<![\d,.])0\d{9,10}(?!\d|[,.]\d|%)")
# "24 002 117": the LGSCO's case reference, its digits in groups of two, three and three
SPACED_REFERENCE = re.compile(r"(?<![\d,.])\d{2}\s\d{3}\s\d{3}(?![\d,.%])")
MONEY = re.compile(r"^\s*[£$€]")


def counts_nothing(stated: str) -> bool:
    """A value no complaint figure is stated as: a sum of money ("£450", a remedy's, which belongs to a
    decision) or a case reference ("203011245") standing alone in a cell."""
    return bool(MONEY.match(stated) or REFERENCE_DIGITS.match(stated.strip()))


def _in_a_code(text: str, n: Number) -> bool:
    """ "CH01", "TP05", "COVID-19": digits glued to letters belong to a code, they count nothing."""
    if not n.stated[:1].isdigit() or n.start == 0:
        return False
    before = text[n.start - 1]
    return before.isalpha() or (before == "-" and n.start > 1 and text[n.start - 2].isalpha()
                                and text[n.start - 2].isupper())


NAMING_REACH = 30  # "at stages one, two and three": the word that makes the last number a name stands this far back


def _names_a_thing(text: str, n: Number) -> bool:
    """ "stage 2", "Quarter one", "a two-stage process": the number names, it does not count."""
    before, after = _naming()
    return bool(before.search(text[max(0, n.start - NAMING_REACH):n.start]) or after.match(text[n.end:]))


WORDED_MIN = 11  # "forty-one", "one hundred and twelve": numbers in words no other use has; "one", "two" are left


@cache
def _number_words() -> re.Pattern[str]:
    return compile_regex(r"(?i)\b{NUMBER_WORD}\b")


# "44 per cent", "44 percent": a share in words after its digits
PERCENT_IN_WORDS = re.compile(r"(?<=\d)\s?(?:per\s?cent|percent)\b(?!age)", re.IGNORECASE)


def with_percent_signs(text: str) -> str:
    """A sentence with its shares in words written with a sign ("44 per cent" -> "44%" and spaces, same
    length), so the checks, whose phrasings name the sign, read a share either way a report writes it."""
    if "cent" not in text.lower():
        return text
    return PERCENT_IN_WORDS.sub(lambda m: "%" + " " * (len(m.group(0)) - 1), text)


def with_digits(text: str) -> str:
    """A sentence with its larger numbers in words written as digits ("forty-one complaints, compared with
    thirty-four" -> "41 complaints, compared with 34"), so the checks that find a change's or a share's
    values by their digits find these too."""
    low = text.lower()  # once, not once per word tried
    if not any(t in low for t in ("teen", "ty", "eleven", "twelve", "hundred")):
        return text

    def digits(m: re.Match[str]) -> str:
        n = words_to_int(m.group(0))
        return str(n) if n is not None and n >= WORDED_MIN else m.group(0)

    return _number_words().sub(digits, text)
