"""A table of single cases with an outcome column: each row is one case, a figure of its outcome.

Every text is written for the test; no corpus document holds it."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

REVIEWS = """Stage 2 reviews 2030/31

Service | Date | Issue | Outcome
Bereavement services | 02/05/2030 | Delay in returning ashes | Upheld
Harbour office | 14/06/2030 | Mooring fees charged twice x2 | Not upheld
Allotments | 30/07/2030 | Plot boundary dispute | Partly upheld
"""


def _records(tmp_path: Path, text: str) -> list:
    path = tmp_path / "reviews.md"
    path.write_text(text, encoding="utf-8")
    return extract(load(path))


def test_each_case_row_is_a_figure_of_its_outcome(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period, f.area) for f in _records(tmp_path, REVIEWS)
           if isinstance(f, Figure)}
    assert got == {("upheld", 1, "stage2", "2030/31", "Bereavement services"),
                   ("not_upheld", 2, "stage2", "2030/31", "Harbour office"),
                   ("partially_upheld", 1, "stage2", "2030/31", "Allotments")}


def test_an_ombudsman_case_table_gives_no_outcome_figures(tmp_path: Path) -> None:
    """Counter-case: under an ombudsman heading the rows are cases the ombudsman decided."""
    text = REVIEWS.replace("Stage 2 reviews 2030/31", "Local Government and Social Care Ombudsman decisions 2030/31")
    assert not [f for f in _records(tmp_path, text) if isinstance(f, Figure) and f.value in (1, 2)
                and f.measure in ("upheld", "not_upheld", "partially_upheld")]


def test_a_table_of_counts_by_outcome_is_not_a_case_list(tmp_path: Path) -> None:
    text = "Stage 1 outcomes 2030/31\n\nOutcome | Number\nUpheld | 40\nNot upheld | 71\n"
    got = {(f.measure, f.value) for f in _records(tmp_path, text) if isinstance(f, Figure)}
    assert ("upheld", 40) in got and ("upheld", 1) not in got


def test_unnamed_columns_beside_a_count_are_its_categories(tmp_path: Path) -> None:
    """ "Team | Complaints | Attitude | Delay": the short-labelled columns break the count down."""
    text = ("Complaints by team and cause 2030/31\n\nTeam | Complaints | Attitude | Delay\n"
            "Harbour | 9 | 4 | 5\nAllotments | 6 | 1 | 5\n")
    got = {(f.measure, f.value, f.category, f.area) for f in _records(tmp_path, text) if isinstance(f, Figure)}
    assert {("received", 9, None, "Harbour"), ("received", 4, "attitude", "Harbour"),
            ("received", 5, "delay", "Allotments")} <= got


def test_columns_beside_no_complaint_count_are_not_categories(tmp_path: Path) -> None:
    """Counter-case: a table with no column counting complaints says nothing about its other columns."""
    text = "Staffing 2030/31\n\nTeam | Staff | Vacancies\nHarbour | 9 | 4\nAllotments | 6 | 1\n"
    assert not [f for f in _records(tmp_path, text) if isinstance(f, Figure)]
