"""Layouts and sentence shapes of unseen reports, in words of our own. Written before the change that
reads them; run on main at 38132a3 first (see the commit message for how many passed there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

Row = tuple[str, float, str, str | None, str | None]


def figures(tmp_path: Path, text: str) -> list[Row]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return sorted(((f.measure, f.value, f.unit, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure)),
                  key=lambda t: (t[1], t[0]))


TITLE = "Complaints annual review 2030/31\n\n"


@pytest.mark.parametrize("body, expected", [
    # a table caption on the line above the first label of label-over-value cards
    (("Table 2: Outcomes of stage 1 complaints\nUpheld\n120\nPartly upheld\n88\nNot upheld\n247\n\n"
      "Complaints responded to within timescale\n"),
     [("partially_upheld", 88.0, "count", "stage1", "2030/31"), ("upheld", 120.0, "count", "stage1", "2030/31"),
      ("not_upheld", 247.0, "count", "stage1", "2030/31")]),
    # counter-example: a caption over a label with no value below it states nothing
    ("Our complaints work\nComplaints received\n\nWe thank every resident who wrote to us.\n", []),
    # list items under a lead-in that says what they measure
    (("The share of complaints upheld fell in several services:\n- Street cleaning: down from 31% to 18%.\n"
      "- Parking: down from 12% to 9%.\n"),
     [("upheld", 9.0, "percent", None, "2030/31"), ("upheld", 12.0, "percent", None, "2029/30"),
      ("upheld", 18.0, "percent", None, "2030/31"), ("upheld", 31.0, "percent", None, "2029/30")]),
    ("We upheld complaints in these areas:\n- Council tax 14\n- Parking 9\n",
     [("upheld", 9.0, "count", None, "2030/31"), ("upheld", 14.0, "count", None, "2030/31")]),
    # "totalled"
    ("Stage 1 complaints received totalled 212.", [("received", 212.0, "count", "stage1", "2030/31")]),
    ("Complaints to the Housing service totalled 41 and those to Planning totalled 19.",
     [("received", 19.0, "count", None, "2030/31"), ("received", 41.0, "count", None, "2030/31")]),
    # a count restated, then the part withdrawn
    ("Of the 27 complaints about adult care, eight had been withdrawn.",
     [("withdrawn", 8.0, "count", None, "2030/31"), ("received", 27.0, "count", None, "2030/31")]),
    # the second half of the year
    ("In the first half of the year we received 190 complaints, and in the second half 210.",
     [("received", 190.0, "count", None, "2030/31 H1"), ("received", 210.0, "count", None, "2030/31 H2")]),
])
def test_layouts_in_other_words(tmp_path: Path, body: str, expected: list[Row]) -> None:
    assert figures(tmp_path, TITLE + body + "\n") == expected


def test_the_year_before_last_year_in_an_annual_report(tmp_path: Path) -> None:
    # in a report on 2030/31, "last year" is the report's own year and "the year before" the one before it
    assert figures(tmp_path, "Summary of complaints: 2030/31\n\nLast year we received 400 complaints; the year before, 380.\n") == [
        ("received", 380.0, "count", None, "2029/30"), ("received", 400.0, "count", None, "2030/31")]


def test_a_meeting_month_on_the_cover_is_no_reporting_period(tmp_path: Path) -> None:
    assert figures(tmp_path, "Report to the Housing Board, June 2031\n\nComplaints\n\nWe received 400 complaints.\n") == [
        ("received", 400.0, "count", None, None)]


def test_counter_a_monthly_report_keeps_its_month(tmp_path: Path) -> None:
    assert figures(tmp_path, "Complaints report June 2031\n\nWe received 400 complaints.\n") == [
        ("received", 400.0, "count", None, "2031-06-01..2031-06-30")]


def test_ombudsman_outcome_rows_closed_without_a_finding(tmp_path: Path) -> None:
    # written after the vocabulary it tests (tables.toml table-col-not-investigated, "Redress"): the
    # outcomes an ombudsman's table gives for cases it closed without a finding, and the Housing
    # Ombudsman's bare "Redress"
    found = figures(tmp_path, "Ombudsman complaints 2030/31\n\nHousing Ombudsman outcomes\n\nOutcome | Cases\n"
                              "Premature | 6\nOutside jurisdiction | 3\nClosed after initial enquiries | 5\nRedress | 2\n"
                              "Severe maladministration | 1\n")
    assert found == [("upheld", 1.0, "count", "ombudsman", "2030/31"), ("not_upheld", 2.0, "count", "ombudsman", "2030/31"),
                     ("not_investigated", 3.0, "count", "ombudsman", "2030/31"),
                     ("not_investigated", 5.0, "count", "ombudsman", "2030/31"),
                     ("not_investigated", 6.0, "count", "ombudsman", "2030/31")]
