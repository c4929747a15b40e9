"""A month named with no year in a report of a quarter or year is that month of the report's own
year ("In September alone there were 57 complaints" in a report of July to September 2030); and a
count said of a subject that names it ("Stage 2 escalations were 14 this quarter"). Own words,
written before the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import figure_keys

QUARTER = "Quarterly complaints monitoring report: Quarter 2 (July to September 2030)"
FIELDS = ("measure", "value", "stage", "period")



@pytest.mark.parametrize("body, value, period", [
    ("In September alone there were 57 complaints.", 57.0, "2030-09-01..2030-09-30"),
    ("During August we logged 41 complaints.", 41.0, "2030-08-01..2030-08-31"),
])
def test_a_month_without_a_year_is_the_reports_own(tmp_path: Path, body: str, value: float, period: str) -> None:
    assert {p for _, v, _, p in figure_keys(tmp_path, body, FIELDS, QUARTER) if v == value} == {period}


def test_two_months_together_are_not_the_first_alone(tmp_path: Path) -> None:
    read = figure_keys(tmp_path, "In July and August we logged 80 complaints.", FIELDS, QUARTER)
    assert {p for _, v, _, p in read if v == 80.0} != {"2030-07-01..2030-07-31"}


@pytest.mark.parametrize("body, expected", [
    ("Stage 2 escalations were 14 this quarter.", ("received", 14.0, "stage2", "2030/31 Q2")),
    ("Compliments were 35 in the quarter.", ("compliments", 35.0, None, "2030/31 Q2")),
])
def test_a_count_said_of_a_subject_that_names_it(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in figure_keys(tmp_path, body, FIELDS, QUARTER)


@pytest.mark.parametrize("body", [
    "The reasons given most often were 3 in number.",
    "Complaints were 14 fewer than last quarter.",
])
def test_a_copula_with_no_measure_or_a_change_gives_no_count(tmp_path: Path, body: str) -> None:
    assert not {v for _, v, _, _ in figure_keys(tmp_path, body, FIELDS, QUARTER)} & {3.0, 14.0}
