"""Parsers of numbers and periods: table-driven rows and hypothesis properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.extract.numbers import find_numbers, number_to_words, parse_number
from extractor.extract.periods import (
    financial_year,
    find_periods,
    from_dates,
    half,
    parse_period,
    previous_year,
    quarter,
)


@pytest.mark.parametrize("text,value,unit,approximate", [
    ("twenty-six", 26, "count", False), ("one hundred and twelve", 112, "count", False),
    ("1,234", 1234, "count", False), ("87.5%", 87.5, "percent", False), ("15.42%", 15.42, "percent", False),
    ("49 per cent", 49, "percent", False), ("no", 0, "count", False), ("none", 0, "count", False),
    ("nil", 0, "count", False), ("a single", 1, "count", False), ("both", 2, "count", False),
    ("£350", 350, "GBP", False), ("<5", 5, "count", True), ("fewer than five", 5, "count", True),
    ("around 40", 40, "count", True),
])
def test_parse_number(text: str, value: float, unit: str, approximate: bool) -> None:
    n = parse_number(text)
    assert n is not None and (n.value, n.unit, n.approximate, n.stated) == (value, unit, approximate, text)


def test_suppressed_star_is_approximate_without_a_value() -> None:
    n = parse_number("*")
    assert n is not None and n.approximate and n.value != n.value  # NaN: no value to compare


def test_find_numbers_spans_and_bracketed_counts() -> None:
    text = "Planning Policy (4), Public Protection (4) and Regeneration (1); twenty-six cases"
    found = find_numbers(text)
    assert [(n.value, text[n.start:n.end]) for n in found] == [
        (4, "4"), (4, "4"), (1, "1"), (26, "twenty-six")]


@given(st.integers(min_value=0, max_value=999))
def test_numbers_round_trip_through_words(n: int) -> None:
    parsed = parse_number(number_to_words(n))
    assert parsed is not None and parsed.value == n


@given(st.integers(min_value=0, max_value=9_999_999))
def test_digits_with_thousands_separators_round_trip(n: int) -> None:
    parsed = parse_number(f"{n:,}")
    assert parsed is not None and parsed.value == n and parsed.unit == "count"


@pytest.mark.parametrize("text,label", [
    ("2022/23", "2022/23"), ("2022-23", "2022/23"), ("2022/2023", "2022/23"), ("1999/00", "1999/00"),
    ("Q2 2022/23", "2022/23 Q2"), ("1 April 2022 to 30 June 2022", "2022/23 Q1"),
    ("1 April 2021 to 30 June 2022", "2021-04-01..2022-06-30"),
    ("1 October 2023 - 31 March 2024", "2023/24 H2"), ("year ending 31 March 2023", "2022/23"),
    ("April to September 2024", "2024/25 H1"), ("April 2023 to March 2024", "2023/24"), ("2023", "2023"),
])
def test_parse_period(text: str, label: str) -> None:
    p = parse_period(text)
    assert p is not None and p.label == label


def test_financial_year_is_never_a_range_or_subtraction() -> None:
    assert parse_period("2019-21") is None
    assert [p.label for _, _, p in find_periods("in 2022-23 compared with 2021-22")] == ["2022/23", "2021/22"]


def test_relative_periods_read_against_the_context() -> None:
    q1 = quarter(2022, 1)
    found = [p.label for _, _, p in find_periods("Quarter two figures and the same period last year", q1)]
    assert found == ["2022/23 Q2", "2021/22 Q1"]


@given(st.integers(min_value=1990, max_value=2060), st.integers(min_value=1, max_value=4))
def test_quarters_tile_the_financial_year(year: int, q: int) -> None:
    p = quarter(year, q)
    assert financial_year(year).start <= p.start < p.end <= financial_year(year).end
    assert from_dates(p.start, p.end) == p and p.label == f"{financial_year(year).label} Q{q}"
    assert (p.end - p.start).days in range(89, 92)


@given(st.integers(min_value=1990, max_value=2060), st.sampled_from(["fy", "h1", "h2", "q1", "q2", "q3", "q4"]))
def test_previous_year_is_the_same_span_a_year_earlier(year: int, kind: str) -> None:
    p = {"fy": financial_year(year), "h1": half(year, 1), "h2": half(year, 2)}.get(kind) or quarter(year, int(kind[1]))
    prev = previous_year(p)
    assert prev.start == p.start.replace(year=p.start.year - 1) and prev.end == p.end.replace(year=p.end.year - 1)
    assert prev.label.replace(financial_year(year - 1).label, financial_year(year).label) == p.label


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
       st.integers(min_value=0, max_value=800))
def test_any_range_keeps_its_dates(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    p = from_dates(start, end)
    assert (p.start, p.end) == (start, end)
