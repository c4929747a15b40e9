"""Held-out tables, by layout: tables a report prints without a header row (the caption above
says what is counted), columns that split a count by timeliness ("On time" / "Late"), rows by
category under a one-word "Total" or "Number" column, flattened rows that carry a share as
"60 = 50%" and last year in brackets, and years as column headers of a flattened table.

Every row was written for this file, before the code that reads it, in words no corpus document
holds. Expected records are what SPEC sections 2 and 4 say a careful reader records (measure,
value, unit, stage). The session note reports how many passed before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

HEADER = "Feedback and complaints annual review 2030/31\n\n"
S1, S2 = "stage1", "stage2"


def figures(tmp_path: Path, text: str) -> set[tuple]:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + text + "\n", encoding="utf-8")
    return {(r.measure, r.value, r.unit, r.stage) for r in extract(load(f)) if isinstance(r, Figure)}


TABLES = [
    # ---- no header row: the caption names the measure, the row labels name the stage
    (("Complaints received in 2030/31\nSettled at the first point of contact | 58 |\n"
     "Referred on for a full investigation | 17 |\nTotal | 75 |"),
     {("received", 58, "count", S1), ("received", 17, "count", S2), ("received", 75, "count", None)}),
    (("Complaints we received during the year\nParking services 23\nWaste and recycling 41\n"
     "Council tax 9\nAll services 73"),
     {("received", 23, "count", None), ("received", 41, "count", None), ("received", 9, "count", None),
      ("received", 73, "count", None)}),
    # ---- rows by category under a one-word count column
    (("Complaints by service area, 2030/31\n\nComplaint category Number\nBin collections 212\n"
     "Council tax 97\nHousing repairs 64\nAll categories 373"),
     {("received", 212, "count", None), ("received", 97, "count", None), ("received", 64, "count", None),
      ("received", 373, "count", None)}),
    (("We logged the following complaints, split by the part of the business they concerned.\n\n"
     "Area of the business | Total\nGas servicing | 140\nLettings | 38\nRent accounts | 22\nOverall | 200"),
     {("received", 140, "count", None), ("received", 38, "count", None), ("received", 22, "count", None),
      ("received", 200, "count", None)}),
    # ---- columns that split a count by timeliness
    (("First-stage complaints closed in 2030/31\nType | On time | Late |\n"
     "Replies sent within 10 working days | 140 | 12 |"),
     {("within_target", 140, "count", S1), ("outside_target", 12, "count", S1)}),
    ("Stage | Answered in timescale | Answered outside timescale\nStage 1 | 300 | 45\nStage 2 | 20 | 5",
     {("within_target", 300, "count", S1), ("outside_target", 45, "count", S1),
      ("within_target", 20, "count", S2), ("outside_target", 5, "count", S2)}),
    # ---- flattened rows: a count with its share as "60 = 50%", last year in brackets
    (("Stage one complaints by team (last year in brackets)\n"
     "Team Received Upheld or partly upheld Average days to reply\n"
     "Highways 120 (98) 60 = 50% (41%) 18 days (21 days)\n"
     "Libraries 15 (11) 3 = 20% (9%) 12 days (10 days)"),
     {("received", 120, "count", S1), ("received", 98, "count", S1), ("received", 15, "count", S1),
      ("upheld_or_partially_upheld", 60, "count", S1), ("upheld_or_partially_upheld", 50, "percent", S1),
      ("upheld_or_partially_upheld", 3, "count", S1),
      ("average_response_days", 18, "days", S1), ("average_response_days", 12, "days", S1)}),
    # ---- years as column headers of a flattened table
    ("Complaints received 2029/30 2030/31\nFirst stage 410 452\nSecond stage 38 41",
     {("received", 452, "count", S1), ("received", 410, "count", S1), ("received", 41, "count", S2),
      ("received", 38, "count", S2)}),
    # ---- outcomes as row labels of a header-less table
    ("Outcome of the complaints we closed\nUpheld | 31\nPartly upheld | 20\nNot upheld | 77",
     {("upheld", 31, "count", None), ("partially_upheld", 20, "count", None), ("not_upheld", 77, "count", None)}),
]


@pytest.mark.parametrize(("text", "expected"), TABLES, ids=[t[0][:50] for t in TABLES])
def test_unseen_tables(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    got = figures(tmp_path, text)
    assert expected <= got, f"missing {expected - got}; got {got}"


def test_a_table_of_other_numbers_under_a_complaints_caption_gives_no_figure(tmp_path: Path) -> None:
    """A header-less table of contact details or opening hours is not a table of complaints."""
    text = ("How to complain\nTelephone | 0300 555 0199 |\nOffice hours | 9 to 5 |\n"
            "Our address | 12 High Street |")
    assert figures(tmp_path, text) == set()


def test_survey_rows_named_by_a_code_give_no_figure(tmp_path: Path) -> None:
    """A row labelled by its code whose words, in the next cell, describe a survey result: no
    complaint figure, whatever the period columns above it."""
    text = ("Complaints and tenant perception results\n\n"
            "Code | Measure | 2029/30 | 2030/31\n"
            "PX1 | Share of tenants asked who were satisfied with repairs | 71 | 74\n"
            "PX2 | Share of tenants asked who were satisfied with how complaints are handled | 38 | 41\n")
    assert figures(tmp_path, text) == set()


def test_a_number_with_decimals_is_no_count(tmp_path: Path) -> None:
    """A column of shares printed without their sign ("38.5") counts nothing."""
    text = ("Complaints by quarter\n\nQuarter | Complaints received | Answered on time\n"
            "Q1 | 40 | 87.5\nQ2 | 52 | 90.4\n")
    got = figures(tmp_path, text)
    assert ("received", 40, "count", None) in got
    assert not [f for f in got if f[2] == "count" and f[1] != int(f[1])]


LISTS = [
    # a list of "category: count" lines under a heading that names complaints
    ("Complaints by ward\n\n- Northfield: 12\n- Southgate: 7\n- Eastbrook: 3",
     {("received", 12, "count", None), ("received", 7, "count", None), ("received", 3, "count", None)}),
    ("Complaint summary\n\nTotal complaints in 2030: 88\n\n- Stage 1 complaints: 70\n- Stage 2 complaints: 18",
     {("received", 88, "count", None), ("received", 70, "count", S1), ("received", 18, "count", S2)}),
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[t[0][:40] for t in LISTS])
def test_unseen_label_lists(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    got = figures(tmp_path, text)
    assert expected <= got, f"missing {expected - got}; got {got}"


def test_a_list_of_other_counts_gives_no_figure(tmp_path: Path) -> None:
    """The same layout under a heading about homes, not complaints."""
    text = "Homes we manage, by ward\n\n- Northfield: 1,200\n- Southgate: 800\n- Eastbrook: 450"
    assert figures(tmp_path, text) == set()


def test_every_line_of_a_list_takes_its_lead_in(tmp_path: Path) -> None:
    """ "Stage 1:" over a list of "category: count" lines scopes every line, not only the first.
    (Written after the change it pins.)"""
    text = "Complaints by tenure\n\nStage 1:\n\n- Owners: 20\n- Renters: 6\n\nStage 2:\n\n- Owners: 5\n- Renters: 2"
    got = figures(tmp_path, text)
    assert {("received", 20, "count", S1), ("received", 6, "count", S1),
            ("received", 5, "count", S2), ("received", 2, "count", S2)} <= got, got


def test_an_escalation_label_names_the_stage_it_goes_to() -> None:
    from extractor.extract.table_labels import classify_label
    assert classify_label("Rate of escalation from stage 1 to stage 2").get("stage") == S2


def test_cells_run_together_with_a_total_column_and_a_gap(tmp_path: Path) -> None:
    """A header and rows whose cells ran together, a Total column and "n/a" for a stage a
    procedure does not have: the split that makes each row add up to its Total."""
    text = ("Complaints by procedure 2030/31\n\n Stage 1Stage 2Stage 3Total\n"
            "Council complaints4812n/a60\nSocial care complaints217331\n")
    got = figures(tmp_path, text)
    assert {("received", 48, "count", S1), ("received", 12, "count", S2), ("received", 60, "count", None),
            ("received", 21, "count", S1), ("received", 7, "count", S2), ("received", 3, "count", "stage3"),
            ("received", 31, "count", None)} <= got, got


def test_indicator_rows_a_change_and_a_code_timescale(tmp_path: Path) -> None:
    """A row that states a change is no figure; a timescale named after an ombudsman's code is the
    body's own result, not the ombudsman's."""
    text = ("Complaint handling indicators 2030/31\n\nIndicator | Result\n"
            "Percentage rise in complaints compared with the year before | 4\n"
            "Share of complaints answered within the Ombudsman code timescales | 91%\n")
    got = figures(tmp_path, text)
    assert ("within_target", 91, "percent", None) in got, got
    assert not [f for f in got if f[1] == 4], got


def test_rows_merged_into_one_with_bullets(tmp_path: Path) -> None:
    """A PDF table whose rows ran into one cell: "A • B • C" beside "40 31 9"."""
    text = ("Complaint numbers 2030/31\n\nMeasure | Figure\n"
            "Complaints received • Stage one complaints • Stage two complaints | 40 31 9\n")
    got = figures(tmp_path, text)
    assert {("received", 40, "count", None), ("received", 31, "count", S1), ("received", 9, "count", S2)} <= got, got


def test_a_total_row_over_rows_of_different_stages_has_no_stage(tmp_path: Path) -> None:
    """Informal concerns and formal complaints, then their Total, in an adult social care report
    whose one formal stage is stage 1: the Total spans both stages. (Written after the change.)"""
    f = tmp_path / "asc.txt"
    f.write_text("Adult Social Care complaints report 2030/31\n\nConcerns and complaints by year\n\n"
                 "Year 2029/30 2030/31\nConcerns 80 70\nComplaints 30 25\nTotal 110 95\n", encoding="utf-8")
    got = {(r.measure, r.value, r.unit, r.stage) for r in extract(load(f)) if isinstance(r, Figure)}
    assert ("received", 95, "count", None) in got and ("received", 70, "count", "informal") in got, got


def test_every_quarter_of_a_list_takes_the_lead_in(tmp_path: Path) -> None:
    """ "... 40 stage one complaints, split as follows:" over "Q1 - 12" ... "Q4 - 8"."""
    text = "In 2030/31 we received 40 stage one complaints, split as follows:\n\n- Q1 - 12\n- Q2 - 9\n- Q3 - 11\n- Q4 - 8\n"
    got = figures(tmp_path, text)
    assert {("received", v, "count", S1) for v in (12, 9, 11, 8)} <= got, got
