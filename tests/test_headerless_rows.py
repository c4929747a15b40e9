"""Rows of a label and its values with no header row and no separator, under a heading or lead
line that says what they count ("Complaints received by stage" / "Stage 1 171" / "Stage 2 38"):
a table whose header is the line above it. Written before the code that reads them.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

HEADER = "Feedback and complaints annual review 2030/31\n\n"


def keys(tmp_path: Path, text: str) -> set[tuple]:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + text + "\n", encoding="utf-8")
    return {(r.measure, r.value, r.unit, r.stage) for r in extract(load(f)) if isinstance(r, Figure)}


def test_stage_rows_under_a_heading_that_names_the_measure(tmp_path: Path) -> None:
    got = keys(tmp_path, "Complaints received by stage\n\nStage 1 171\nStage 2 38\n")
    assert {("received", 171, "count", "stage1"), ("received", 38, "count", "stage2")} <= got


def test_outcome_rows_with_shares_after_an_equals_sign(tmp_path: Path) -> None:
    got = keys(tmp_path, "What happened to the first stage complaints\n\nUpheld 61 = 30%\nPartly upheld 50 = 25%\n"
                         "Not upheld 92 = 45%\n")
    assert {("upheld", 61, "count", "stage1"), ("partially_upheld", 50, "count", "stage1"),
            ("not_upheld", 92, "count", "stage1"), ("not_upheld", 45, "percent", "stage1")} <= got


def test_rows_under_a_heading_that_names_no_measure_give_nothing(tmp_path: Path) -> None:
    assert keys(tmp_path, "Staff numbers by office\n\nNorth 171\nSouth 38\n") == set()


def test_two_lines_of_prose_ending_in_numbers_are_not_rows(tmp_path: Path) -> None:
    got = keys(tmp_path, "Complaints received by stage\n\nThe team answered calls numbering 171\nand visited 38\n")
    assert not any(v in (171, 38) for _, v, *_ in got)


def test_stage_names_head_the_columns_of_a_spaced_table(tmp_path: Path) -> None:
    text = ("Complaint outcomes\n\n"
            "                 Stage 1   Stage 2   Ombudsman\n"
            "Received             230        41           6\n"
            "Upheld                77        12           1\n")
    got = keys(tmp_path, text)
    assert {("received", 230, "count", "stage1"), ("received", 41, "count", "stage2"),
            ("received", 6, "count", "ombudsman"), ("upheld", 12, "count", "stage2")} <= got
    assert len(got) == 6


def test_a_row_of_quarters_heads_its_columns(tmp_path: Path) -> None:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + "Quarterly figures\n\n            Q1    Q2    Q3\nReceived    64    71    58\n"
                 "Upheld      20    25    17\n", encoding="utf-8")
    got = {(r.measure, r.value, r.period) for r in extract(load(f)) if isinstance(r, Figure)}
    assert {("received", 64, "2030/31 Q1"), ("received", 71, "2030/31 Q2"), ("upheld", 17, "2030/31 Q3")} <= got
