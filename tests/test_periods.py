"""Period parser: SPEC section 4 labels from real wording, and hypothesis properties of the
financial calendar (quarters and halves tile the year, a previous year is one year earlier)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.extract.periods import (
    calendar_year,
    financial_year,
    find_periods,
    from_dates,
    half,
    parse_period,
    previous_year,
    quarter,
)


@pytest.mark.parametrize("text,label", [
    # financial years, never ranges or subtractions
    ("2022/23", "2022/23"), ("2022-23", "2022/23"), ("2022/2023", "2022/23"), ("2022–23", "2022/23"),
    ("1999/00", "1999/00"), ("the 23/24 year", "2023/24"), ("year ending 31 March 2023", "2022/23"),
    ("year ended 31st March 2020", "2019/20"), ("the 12 months up to March 2024", "2023/24"),
    ("April 2023 to March 2024", "2023/24"), ("between April 2023 and March 2024", "2023/24"),
    ("the year to March 31, 2029", "2028/29"),  # the day after the month, with a comma
    # quarters and halves
    ("Q2 2022/23", "2022/23 Q2"), ("Quarter 3 of 2023-24", "2023/24 Q3"), ("the fourth quarter 2019/20", "2019/20 Q4"),
    ("H1 2022/23", "2022/23 H1"), ("Quarters 1 and 2 - 2023-2024", "2023/24 H1"), ("Q3 & Q4 2021/22", "2021/22 H2"),
    ("the first two quarters of 2020/21", "2020/21 H1"), ("the last two quarters of 2020-21", "2020/21 H2"),
    ("2022/23 Q1", "2022/23 Q1"), ("2022/23 H2", "2022/23 H2"),
    ("1 April 2022 to 30 June 2022", "2022/23 Q1"), ("1 July 2022 to 30 September 2022", "2022/23 Q2"),
    ("1st January 2024 - 31st March 2024", "2023/24 Q4"), ("1 April 2022 to 30 September 2022", "2022/23 H1"),
    ("1 October 2023 - 31 March 2024", "2023/24 H2"), ("1 October to 31 March 2024", "2023/24 H2"),
    ("April to September 2024", "2024/25 H1"), ("October to December 2023", "2023/24 Q3"),
    ("1 April 2022 to 31 March 2023", "2022/23"),
    # anything else as stated, even when odd
    ("1 April 2021 to 30 June 2022", "2021-04-01..2022-06-30"), ("1 May 2023 to 31 May 2023", "2023-05-01..2023-05-31"),
    ("September 2024", "2024-09-01..2024-09-30"),
    # calendar years
    ("2023", "2023"), ("1 January 2023 to 31 December 2023", "2023"),
])
def test_parse_period(text: str, label: str) -> None:
    p = parse_period(text)
    assert p is not None and p.label == label


@pytest.mark.parametrize("text", ["2019-21", "Quarter one", "last year", "complaints", "12/05/2023", "10 working days"])
def test_no_period_without_a_year(text: str) -> None:
    """A quarter or "last year" needs a year to read against; a date or a two-year span is no period."""
    assert parse_period(text) is None


def test_financial_year_is_never_a_range_or_subtraction() -> None:
    assert [p.label for _, _, p in find_periods("in 2022-23 compared with 2021-22")] == ["2022/23", "2021/22"]


@pytest.mark.parametrize("text,labels", [
    ("Quarter two figures and the same period last year", ["2022/23 Q2", "2021/22 Q1"]),
    ("Quarter one - 17 informal complaints", ["2022/23 Q1"]),
    ("in the second quarter, compared with the previous year", ["2022/23 Q2", "2021/22 Q1"]),
    ("Q3 was quieter than last year", ["2022/23 Q3", "2021/22 Q1"]),
])
def test_relative_periods_read_against_the_context(text: str, labels: list[str]) -> None:
    found = [p.label for _, _, p in find_periods(text, quarter(2022, 1))]
    assert found == labels


def test_a_quarter_takes_the_year_its_own_text_states() -> None:
    """ "2019-20 - Quarter 1": the text's own financial year beats having none."""
    assert [p.label for _, _, p in find_periods("2019-20 - Quarter 1")] == ["2019/20", "2019/20 Q1"]


def test_spans_point_at_the_words() -> None:
    text = "During 1 April 2022 to 30 June 2022 the council received 15, compared to 13 in 2021/22."
    assert [(text[s:e], p.label) for s, e, p in find_periods(text)] == [
        ("1 April 2022 to 30 June 2022", "2022/23 Q1"), ("2021/22", "2021/22")]


def test_dates_inside_ranges_are_not_calendar_years() -> None:
    labels = [p.label for _, _, p in find_periods("Executive Management Team: 6 January 2021")]
    assert "2021" not in labels


@given(st.integers(min_value=1990, max_value=2060), st.integers(min_value=1, max_value=4))
def test_quarters_tile_the_financial_year(year: int, q: int) -> None:
    p = quarter(year, q)
    fy = financial_year(year)
    assert fy.start <= p.start < p.end <= fy.end
    assert from_dates(p.start, p.end) == p and p.label == f"{fy.label} Q{q}"
    assert (p.end - p.start).days in range(89, 92)
    if q < 4:
        assert quarter(year, q + 1).start == p.end + dt.timedelta(days=1)


@given(st.integers(min_value=1990, max_value=2060), st.integers(min_value=1, max_value=2))
def test_halves_are_two_quarters(year: int, h: int) -> None:
    p = half(year, h)
    first, second = quarter(year, 2 * h - 1), quarter(year, 2 * h)
    assert (p.start, p.end) == (first.start, second.end)
    assert p.label == f"{financial_year(year).label} H{h}" and from_dates(p.start, p.end) == p
    assert parse_period(p.label) == p


@given(st.integers(min_value=1990, max_value=2060))
def test_financial_year_labels_read_back(year: int) -> None:
    fy = financial_year(year)
    assert fy.start == dt.date(year, 4, 1) and fy.end == dt.date(year + 1, 3, 31)
    assert parse_period(fy.label) == fy == parse_period(f"{year}-{year + 1}") == parse_period(f"{year}/{year + 1}")
    assert parse_period(str(year)) == calendar_year(year)


@given(st.integers(min_value=1990, max_value=2060), st.sampled_from(["fy", "h1", "h2", "q1", "q2", "q3", "q4"]))
def test_previous_year_is_the_same_span_a_year_earlier(year: int, kind: str) -> None:
    p = {"fy": financial_year(year), "h1": half(year, 1), "h2": half(year, 2)}.get(kind) or quarter(year, int(kind[1]))
    prev = previous_year(p)
    assert prev.start == p.start.replace(year=p.start.year - 1) and prev.end == p.end.replace(year=p.end.year - 1)
    assert prev.label.replace(financial_year(year - 1).label, financial_year(year).label) == p.label


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
       st.integers(min_value=0, max_value=800))
def test_any_range_keeps_its_dates_and_reads_back(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    p = from_dates(start, end)
    assert (p.start, p.end) == (start, end)
    written = f"{start.day} {start:%B %Y} to {end.day} {end:%B %Y}"
    assert parse_period(written) == p


@given(st.dates(min_value=dt.date(1990, 3, 1), max_value=dt.date(2060, 12, 31)),
       st.integers(min_value=28, max_value=800))
def test_previous_year_of_any_range_is_one_year_earlier(start: dt.date, days: int) -> None:
    p = from_dates(start, start + dt.timedelta(days=days))
    prev = previous_year(p)
    assert prev.start == p.start.replace(year=p.start.year - 1, day=min(p.start.day, 28) if p.start.month == 2
                                         else p.start.day)
    assert prev.end is not None and p.end is not None and prev.end.year == p.end.year - 1


def _periods_of(tmp_path, text: str) -> set[tuple[float, str | None]]:
    from extractor import extract, load
    from extractor.models import Figure

    path = tmp_path / "looking-back.txt"
    path.write_text(text, encoding="utf-8")
    return {(f.value, f.period) for f in extract(load(path)) if isinstance(f, Figure)}


def test_last_year_in_a_report_written_after_its_year(tmp_path) -> None:
    """A report that never says "this year" looks back: its bare "last year" is its own year; a
    comparison with last year is still the year before."""
    text = ("Customer feedback review 2030/31\n\n- We received 212 complaints last year.\n"
            "- We upheld 61 complaints, compared to last year when 40 complaints were upheld.\n")
    got = _periods_of(tmp_path, text)
    assert (212, "2030/31") in got and (61, "2030/31") in got and (40, "2029/30") in got



def test_last_year_beside_this_year_is_the_year_before(tmp_path) -> None:
    text = ("Customer feedback review 2030/31\n\nThis year we received 212 complaints. "
            "Last year we received 190 complaints.\n")
    got = _periods_of(tmp_path, text)
    assert (212, "2030/31") in got and (190, "2029/30") in got


@pytest.mark.parametrize("text,label", [
    ("the first quarter", "2030-09-01..2030-11-30"),
    ("Quarter 4", "2031-06-01..2031-08-31"),
    ("the second half of the year", "2031-03-01..2031-08-31"),
    ("Q2 2030/31", "2030/31 Q2"),  # a quarter of a named financial year stays that year's
])
def test_quarters_of_a_body_whose_year_starts_in_september(text: str, label: str) -> None:
    """A body whose own year runs from 1 September counts its quarters from September."""
    own_year = from_dates(dt.date(2030, 9, 1), dt.date(2031, 8, 31))
    assert [p.label for _, _, p in find_periods(text, own_year)] == [label]
