"""A share said in the sentence after its count, with its base named: "56 complaints were escalated to
stage 2. This is 24% of the 236 complaints received." The count is the one the sentence before
states; the base and the share stand together: a mismatch fails. Words of our own for invented
bodies, written before the check (2026-12-07): 0 of 2 wrong shares failed before (no check), 2 after;
a sentence before with two counts, or a base smaller than the count, gives no check."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

SHARES = [
    ("Stage two\n\n56 complaints were escalated to stage 2 in 2031/32. This is {p}% of the 236 complaints received.\n",
     "24", "31"),
    ("Appeals panel\n\nThe panel upheld 14 appeals during the year. That represents {p} per cent of the 40 appeals it heard.\n",
     "35", "45"),
]


def _percentage_checks(tmp_path: Path, text: str) -> list:
    return [c for c in report_checks(tmp_path, text, "report.txt") if c.rule == "percentage"]


@pytest.mark.parametrize(("text", "right", "wrong"), SHARES, ids=["escalated", "appeals"])
def test_a_wrong_share_fails(tmp_path: Path, text: str, right: str, wrong: str) -> None:
    checks = _percentage_checks(tmp_path, text.format(p=wrong))
    assert [c.status for c in checks] == ["fail"], [(c.status, c.message) for c in checks]


@pytest.mark.parametrize(("text", "right", "wrong"), SHARES, ids=["escalated", "appeals"])
def test_the_right_share_passes(tmp_path: Path, text: str, right: str, wrong: str) -> None:
    checks = _percentage_checks(tmp_path, text.format(p=right))
    assert [c.status for c in checks] == ["pass"], [(c.status, c.message) for c in checks]


NOT_JUDGED = [
    "Stage two\n\nWe escalated 56 complaints, 12 more than in 2030/31. This is 31% of the 236 complaints received.\n",
    "Stage two\n\n56 complaints were escalated to stage 2. This is 31% of the 40 we expected.\n",
]


@pytest.mark.parametrize("text", NOT_JUDGED, ids=["two-counts-before", "base-below-count"])
def test_no_share_is_judged_without_one_count(tmp_path: Path, text: str) -> None:
    assert [c for c in _percentage_checks(tmp_path, text) if c.status != "pass"] == []
