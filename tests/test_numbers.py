"""Number parser: table-driven rows from real report wording, and hypothesis round trips."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.extract.numbers import count_numbers, find_numbers, number_to_words, parse_number

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text,value,unit,approximate", [
    ("twenty-six", 26, "count", False), ("twenty six", 26, "count", False), ("Forty-Two", 42, "count", False),
    ("one hundred and twelve", 112, "count", False), ("one hundred twelve", 112, "count", False),
    ("nine", 9, "count", False), ("seventeen", 17, "count", False), ("zero", 0, "count", False),
    ("1,234", 1234, "count", False), ("12,005,000", 12005000, "count", False), ("15", 15, "count", False),
    ("87.5%", 87.5, "percent", False), ("15.42%", 15.42, "percent", False), ("49 per cent", 49, "percent", False),
    ("49 percent", 49, "percent", False), ("49 %", 49, "percent", False), ("fifty per cent", 50, "percent", False),
    ("no", 0, "count", False), ("none", 0, "count", False), ("nil", 0, "count", False),
    ("a single", 1, "count", False), ("both", 2, "count", False),
    ("£350", 350, "GBP", False), ("£1,250.50", 1250.5, "GBP", False), ("£ 200", 200, "GBP", False),
    ("<5", 5, "count", True), ("fewer than five", 5, "count", True), ("less than 5", 5, "count", True),
    ("around 40", 40, "count", True), ("approximately 1,200", 1200, "count", True), ("over 90%", 90, "percent", True),
])
def test_parse_number(text: str, value: float, unit: str, approximate: bool) -> None:
    n = parse_number(text)
    assert n is not None and (n.value, n.unit, n.approximate, n.stated) == (value, unit, approximate, text)


@pytest.mark.parametrize("text", ["", "complaints", "nobody", "Q2", "twenty-six complaints", "2022/23"])
def test_parse_number_wants_a_whole_number(text: str) -> None:
    assert parse_number(text) is None


def test_suppressed_star_is_approximate_without_a_value() -> None:
    """A withheld cell ("*") has no value to compare: NaN, flagged approximate, never a zero."""
    n = parse_number("*")
    assert n is not None and n.approximate and math.isnan(n.value) and n.unit == "count"


@pytest.mark.parametrize("text,expected", [
    ("Planning Policy (4), Public Protection (4) and Regeneration (1); twenty-six cases",
     [(4, "4"), (4, "4"), (1, "1"), (26, "twenty-six")]),
    ("Waste Management (2); Street Lighting (1)", [(2, "2"), (1, "1")]),
    ("five cases were upheld, no cases partially upheld and 20 not upheld", [(5, "five"), (0, "no"), (20, "20")]),
    ("Six complaints were received via email and one complaint via an online form", [(6, "Six"), (1, "one")]),
    ("105 (58%) within 5 working days", [(105, "105"), (58, "58%"), (5, "5")]),
])
def test_find_numbers_spans(text: str, expected: list[tuple[float, str]]) -> None:
    found = find_numbers(text)
    assert [(n.value, text[n.start:n.end]) for n in found] == expected


@pytest.mark.parametrize("text,counts", [
    # stage names, quarters, paragraph numbers, appendices, dates and years name things
    ("Quarter one - During 1 April 2022 to 30 June 2022 the council received 15 stage one complaints", ["15"]),
    ("In the second quarter we logged nine stage 2 complaints (see Appendix 4)", ["nine"]),
    ("3.2 The council received 34 complaints in 2019/20", ["34"]),
    ("The procedure is a two stage process and 12 were escalated", ["12"]),
    ("a three-tier procedure; 7 complaints were upheld", ["7"]),
    ("Between 1 October and 31 December 2023, 41 complaints were received", ["41"]),
])
def test_count_numbers_skips_names_dates_and_years(text: str, counts: list[str]) -> None:
    assert [n.stated for n in count_numbers(text)] == counts


def test_every_number_of_a_real_sentence() -> None:
    """Wolverhampton H1 report, line 134: the counts a reader would record, nothing else."""
    line = (ROOT / "corpus/documents/wolverhampton-2022-23-h1-complaints.txt").read_text(encoding="utf-8").splitlines()[133]
    stated = [n.stated for n in count_numbers(line)]
    assert stated[:6] == ["29", "29", "29", "five", "four", "20"]
    assert "2022" not in stated and "one" in stated  # "one case via telephone"; no years


@given(st.integers(min_value=0, max_value=999))
def test_numbers_round_trip_through_words(n: int) -> None:
    parsed = parse_number(number_to_words(n))
    assert parsed is not None and parsed.value == n and parsed.unit == "count"


@given(st.integers(min_value=21, max_value=999).filter(lambda n: n % 10 and n % 100 > 20))
def test_hyphen_or_space_between_tens_and_units(n: int) -> None:
    words = number_to_words(n)
    spaced = parse_number(words.replace("-", " "))
    assert spaced is not None and spaced.value == n


@given(st.integers(min_value=0, max_value=9_999_999))
def test_digits_with_thousands_separators_round_trip(n: int) -> None:
    parsed = parse_number(f"{n:,}")
    assert parsed is not None and parsed.value == n and parsed.unit == "count"


@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=0, max_value=99))
def test_percentages_with_decimals_round_trip(whole: int, hundredths: int) -> None:
    text = f"{whole}.{hundredths:02d}%"
    parsed = parse_number(text)
    assert parsed is not None and parsed.unit == "percent" and parsed.value == pytest.approx(whole + hundredths / 100)


@given(st.integers(min_value=0, max_value=999), st.sampled_from(["complaints were received", "cases upheld"]))
def test_a_number_in_words_is_found_with_its_span(n: int, tail: str) -> None:
    words = number_to_words(n)
    sentence = f"In total {words} {tail}."
    found = find_numbers(sentence)
    assert [(x.value, sentence[x.start:x.end]) for x in found] == [(n, words)]
