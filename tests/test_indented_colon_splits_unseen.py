"""A figure stated as "label: value (last year's)" with lines set in under it in the same shape ("Stage 1: 297
(258)") is split by them: their values add up to it, this year's and last year's alike, or the report is told
(a warning: the lines under it may be a selection). Own words, written on 2026-12-07 before the change: 1 of 4
passed on 1fdd028 (the one asking for no warning); 4 of 4 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import check_statuses

TEXT = """Annual complaints summary 2030/31
Last year's figures in brackets.

Complaints received: 512 (470)
    First stage: 455 (421)
    Second stage: {second} (49)
Complaints taken to the Ombudsman: 21 (17)
    Not investigated: 15 (12)
    Investigated: 6 (5)
Compliments received: 388 (341)
"""


def test_parts_that_add_up_pass(tmp_path: Path) -> None:
    statuses = check_statuses(tmp_path, TEXT.format(second=57), "breakdown_sum")
    assert {("pass", 512.0), ("pass", 470.0), ("pass", 21.0), ("pass", 17.0)} <= statuses


def test_a_part_that_does_not_add_up_is_told(tmp_path: Path) -> None:
    assert {s for s, v in check_statuses(tmp_path, TEXT.format(second=67), "breakdown_sum") if v == 512.0} & {"warn", "fail"}


def test_last_year_s_parts_are_judged_apart(tmp_path: Path) -> None:
    text = TEXT.format(second=57).replace("First stage: 455 (421)", "First stage: 455 (431)")
    assert {s for s, v in check_statuses(tmp_path, text, "breakdown_sum") if v == 470.0} & {"warn", "fail"}


def test_no_warning_where_the_parts_add_up(tmp_path: Path) -> None:
    assert not {s for s in check_statuses(tmp_path, TEXT.format(second=57), "breakdown_sum") if s[0] != "pass"}
