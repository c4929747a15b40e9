"""Shapes from the second batch of held-out reports (tests/data/held_out_reports: a Scottish
council's indicators, a Northern Ireland council, a university, a committee report as PDF text, a
housing trust's quarterly board report), each tested here in new words: label-and-value lines with
no bullets under a lead line, a one-column table of months, hyphenated stages, requests for a later
stage, outcome lists with the verb first, ombudsman summary labels, and independent reviewers.

Counts before/after the change are in the session note; each test was seen failing first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

HEADER = "Feedback and complaints annual review 2030/31\n\n"


def records(tmp_path: Path, text: str, header: str = HEADER) -> list[Figure]:
    f = tmp_path / "review.txt"
    f.write_text(header + text + "\n", encoding="utf-8")
    return [r for r in extract(load(f)) if isinstance(r, Figure)]


def keys(tmp_path: Path, text: str, header: str = HEADER) -> set[tuple]:
    return {(r.measure, r.value, r.unit, r.stage) for r in records(tmp_path, text, header)}


def test_label_and_value_lines_under_a_lead_line_are_read_one_by_one(tmp_path: Path) -> None:
    text = ("How the second stage cases ended:\nUpheld – 7\nPartly upheld – 12\nNot upheld – 19\n\n"
            "Other news follows.")
    got = keys(tmp_path, text)
    assert {("upheld", 7, "count", "stage2"), ("partially_upheld", 12, "count", "stage2"),
            ("not_upheld", 19, "count", "stage2")} <= got


def test_a_one_column_table_of_months_gives_each_month(tmp_path: Path) -> None:
    header = "Quarterly complaints digest, Q3 2030/31 (October to December 2030)\n\n"
    got = {(r.value, r.period) for r in records(tmp_path, "Complaints by month\nOctober 40\nNovember 35\n"
                                                 "December 29\nTotal 104", header)}
    assert {(40, "2030-10-01..2030-10-31"), (35, "2030-11-01..2030-11-30"), (29, "2030-12-01..2030-12-31"),
            (104, "2030/31 Q3")} <= got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Of those, 301 were settled at stage-one and 44 moved on to stage-two.",
     {("received", 44, "count", "stage2")}),
    ("Residents asked for 57 stage-two reviews during the year.", {("received", 57, "count", "stage2")}),
    ("There were 12 requests for a stage three review.", {("received", 12, "count", "stage3")}),
])
def test_hyphenated_stages_and_requests_for_a_later_stage(tmp_path: Path, sentence: str, expected: set[tuple]) -> None:
    assert expected <= keys(tmp_path, sentence)


def test_review_panels_are_not_requests(tmp_path: Path) -> None:
    assert not any(m == "received" and v == 3 for m, v, *_ in keys(tmp_path, "The 3 stage two review panels met monthly."))


def test_an_outcome_list_with_each_verb_before_its_count(tmp_path: Path) -> None:
    text = "First stage results: not upheld 140 (61%), upheld 51 (22%) and partly upheld 39 (17%)."
    got = keys(tmp_path, text)
    assert {("not_upheld", 140, "count", "stage1"), ("upheld", 51, "count", "stage1"),
            ("partially_upheld", 39, "count", "stage1"), ("upheld", 22, "percent", "stage1")} <= got
    assert ("not_upheld", 51, "count", "stage1") not in got


def test_ombudsman_summary_labels(tmp_path: Path) -> None:
    text = ("Housing Ombudsman\nThe Ombudsman's figures for us were:\n\nCases brought to the Ombudsman: 14\n"
            "Determinations: 11\nUpholding rate: 45%\n")
    got = keys(tmp_path, text)
    assert ("closed", 11, "count", "ombudsman") in got and ("upheld", 45, "percent", "ombudsman") in got


def test_an_independent_adjudicator_is_the_ombudsman_stage_with_no_named_body(tmp_path: Path) -> None:
    figs = records(tmp_path, "Students took 7 complaints to the Office of the Independent Adjudicator, which found "
                             "3 of them justified or partly justified.")
    got = {(r.measure, r.value, r.stage, r.body) for r in figs}
    assert ("upheld_or_partially_upheld", 3, "ombudsman", None) in got


def test_meeting_a_target_for_a_share(tmp_path: Path) -> None:
    assert ("within_target", 64, "percent", "stage2") in keys(
        tmp_path, "Our aim is to reply to stage two complaints in 20 working days; we hit this aim for 64% of them.")


def test_the_day_of_a_meeting_date_is_no_count(tmp_path: Path) -> None:
    text = "Cabinet, 14 October 2030\nComplaints and Compliments Report 2030/31\n\nWe logged 88 complaints."
    assert {v for _, v, *_ in keys(tmp_path, text, header="")} == {88}


def test_a_period_in_a_bracket_is_not_the_next_sentences_period(tmp_path: Path) -> None:
    got = {(r.measure, r.value, r.period) for r in records(
        tmp_path, "Nineteen complainants asked for a stage 2 review (2029/30: 25). Of these, 8 were upheld.")}
    assert ("upheld", 8, "2030/31") in got and ("received", 25, "2029/30") in got


def test_an_indicator_numbered_with_a_roman_numeral_is_a_label(tmp_path: Path) -> None:
    text = "Indicator 2 (iii)\nTotal number of complaints received\n1,406\n"
    assert ("received", 1406, "count", None) in keys(tmp_path, text)
