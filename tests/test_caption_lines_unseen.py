"""A caption line that names what is measured, over short "label: value" lines that name only the
stage ("Replies within timescale" / "Stage 1: 81%"): each value is the caption's measure at its
line's stage, as a table's caption is for its rows. Also a rate named once for two values told
by stage in brackets, and a stage that "made N decisions". Own words, written before the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import figure_keys


@pytest.mark.parametrize("body, expected", [
    ("Replies sent within the timescale\nStage 1: 81% (target 90%)\nStage 2: 66% (target 90%)",
     {("within_target", 81.0, "percent", "stage1"), ("within_target", 66.0, "percent", "stage2")}),
    ("Average working days taken to reply\nStage one: 8.4\nStage two: 17.9",
     {("average_response_days", 8.4, "working_days", "stage1"), ("average_response_days", 17.9, "working_days", "stage2")}),
    ("Share of complaints upheld\nStage 1 - 34%\nStage 2 - 21%",
     {("upheld", 34.0, "percent", "stage1"), ("upheld", 21.0, "percent", "stage2")}),
])
def test_a_caption_names_the_measure_of_the_stage_lines_below_it(tmp_path: Path, body: str, expected: set) -> None:
    assert figure_keys(tmp_path, body) == expected


def test_stage_lines_with_no_caption_still_count_complaints(tmp_path: Path) -> None:
    """The counter-case: no caption above, so "Stage 1: 412" is a count received as before."""
    assert figure_keys(tmp_path, "Complaints made this year\nStage 1: 412\nStage 2: 38") == {
        ("received", 412.0, "count", "stage1"), ("received", 38.0, "count", "stage2")}


def test_a_rate_named_once_is_read_at_each_bracketed_stage(tmp_path: Path) -> None:
    assert figure_keys(tmp_path, "Complaints per 1,000 homes: 38.2 (stage 1), 4.1 (stage 2)") == {
        ("received", 38.2, "per_1000", "stage1"), ("received", 4.1, "per_1000", "stage2")}


@pytest.mark.parametrize("body, value", [
    ("The review panel reached 14 decisions at stage 2 over the year.", 14.0),
    ("At the second stage, the adjudicator issued 9 final decisions.", 9.0),
])
def test_decisions_a_stage_made_are_its_closed_cases(tmp_path: Path, body: str, value: float) -> None:
    assert ("closed", value, "count", "stage2") in figure_keys(tmp_path, body)
