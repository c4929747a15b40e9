"""A month named with no year in a report of a quarter or year is that month of the report's own
year ("In September alone there were 57 complaints" in a report of July to September 2030); and a
count said of a subject that names it ("Stage 2 escalations were 14 this quarter"). Own words,
written before the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure

QUARTER = "Quarterly complaints monitoring report: Quarter 2 (July to September 2030)"


def readings(tmp_path: Path, body: str, title: str = QUARTER) -> set[tuple[str, float, str | None, str | None]]:
    return {(f.measure, f.value, f.stage, f.period) for f in read_review(tmp_path, body, title) if isinstance(f, Figure)}


@pytest.mark.parametrize("body, value, period", [
    ("In September alone there were 57 complaints.", 57.0, "2030-09-01..2030-09-30"),
    ("During August we logged 41 complaints.", 41.0, "2030-08-01..2030-08-31"),
])
def test_a_month_without_a_year_is_the_reports_own(tmp_path: Path, body: str, value: float, period: str) -> None:
    assert {p for _, v, _, p in readings(tmp_path, body) if v == value} == {period}


def test_two_months_together_are_not_the_first_alone(tmp_path: Path) -> None:
    read = readings(tmp_path, "In July and August we logged 80 complaints.")
    assert {p for _, v, _, p in read if v == 80.0} != {"2030-07-01..2030-07-31"}


@pytest.mark.parametrize("body, expected", [
    ("Stage 2 escalations were 14 this quarter.", ("received", 14.0, "stage2", "2030/31 Q2")),
    ("Compliments were 35 in the quarter.", ("compliments", 35.0, None, "2030/31 Q2")),
])
def test_a_count_said_of_a_subject_that_names_it(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in readings(tmp_path, body)


@pytest.mark.parametrize("body", [
    "The reasons given most often were 3 in number.",
    "Complaints were 14 fewer than last quarter.",
])
def test_a_copula_with_no_measure_or_a_change_gives_no_count(tmp_path: Path, body: str) -> None:
    assert not {v for _, v, _, _ in readings(tmp_path, body)} & {3.0, 14.0}
