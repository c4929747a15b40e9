"""A stated change that names no stage ("Complaints rose by 40 on the previous year") under a list of each stage's
count beside the whole's, each with last year's in brackets, is the whole's change: the count spanning the stages
is the one its words name, not a stage's or the ombudsman's. Own words, written on 2026-12-07 before the change:
1 of 3 passed on 1fdd028 (the one asking for no failure); 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import check_statuses

TEXT = """Complaints and compliments report 2030/31
Last year's figures are in brackets.

Complaints received: 420 (380)
    First stage: 370 (340)
    Second stage: 50 (40)
Complaints to the Ombudsman: 12 (9)

Complaints rose by {size} on the previous year.
"""


def test_right_size_passes(tmp_path: Path) -> None:
    assert ("pass", 40.0) in check_statuses(tmp_path, TEXT.format(size=40), "stated_change")


def test_wrong_size_is_noticed(tmp_path: Path) -> None:
    assert {s for s, v in check_statuses(tmp_path, TEXT.format(size=45), "stated_change") if v == 45.0} & {"warn", "fail"}


def test_a_stage_s_change_is_not_taken_for_the_whole(tmp_path: Path) -> None:
    assert ("fail", 30.0) not in check_statuses(tmp_path, TEXT.format(size=30), "stated_change")
