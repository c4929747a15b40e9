"""A share said of a subject that names a measure ("Stage 1 response performance was 84%",
"Timeliness at stage 2 stood at 71%"): the subject's words say what the share is, as a table's
label would. A subject that names no measure gives no figure. Own words, written before the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import figure_keys


@pytest.mark.parametrize("body, expected", [
    ("Stage 1 response performance was 84% against a target of 95%.", ("within_target", 84.0, "percent", "stage1")),
    ("Timeliness at stage 2 stood at 71%.", ("within_target", 71.0, "percent", "stage2")),
    ("On-time replies at the first stage reached 90% in the year.", ("within_target", 90.0, "percent", "stage1")),
    ("The stage two uphold rate was 27%.", ("upheld", 27.0, "percent", "stage2")),
])
def test_a_share_takes_the_measure_its_subject_names(tmp_path: Path, body: str, expected: tuple) -> None:
    assert expected in figure_keys(tmp_path, body)


@pytest.mark.parametrize("body", [
    "Staff turnover in the team was 12% over the year.",
    "Our customer satisfaction score was 64%.",
])
def test_a_share_of_another_subject_is_no_figure(tmp_path: Path, body: str) -> None:
    assert figure_keys(tmp_path, body) == set()


@pytest.mark.parametrize("label", ["Timeliness", "Response performance", "On-time replies"])
def test_a_timeliness_column_is_within_target(tmp_path: Path, label: str) -> None:
    body = f"Stage | Received | {label}\nStage 1 | 240 | 82%\nStage 2 | 31 | 64%"
    assert ("within_target", 82.0, "percent", "stage1") in figure_keys(tmp_path, body)


@pytest.mark.parametrize("body, value", [
    ("The Parliamentary and Health Service Ombudsman accepted 6 cases for investigation and upheld 1.", 6.0),
    ("The Ombudsman opened 4 investigations into our handling of complaints this year.", 4.0),
])
def test_an_ombudsmans_investigations_are_at_its_stage(tmp_path: Path, body: str, value: float) -> None:
    """'investigation' names the second stage of a council's procedure, but not when the ombudsman is the
    one investigating."""
    assert {s for _, v, _, s in figure_keys(tmp_path, body) if v == value} == {"ombudsman"}


def test_a_stage_named_beside_the_ombudsman_is_kept(tmp_path: Path) -> None:
    body = "Following the Ombudsman's advice we moved 30 complaints on to stage 2 investigation."
    assert {s for _, v, _, s in figure_keys(tmp_path, body) if v == 30.0} == {"stage2"}


@pytest.mark.parametrize("line, expected", [
    ("Investigation (stage 2): 96 closed, average 18.2 working days",
     {("closed", 96.0, "count", "stage2"), ("average_response_days", 18.2, "working_days", "stage2")}),
    ("Stage one: 410 received, 71% on time", {("received", 410.0, "count", "stage1"),
                                              ("within_target", 71.0, "percent", "stage1")}),
])
def test_a_label_line_with_its_values_is_read_not_taken_for_a_heading(tmp_path: Path, line: str, expected: set) -> None:
    assert expected <= figure_keys(tmp_path, line)
