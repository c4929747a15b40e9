"""Complaints an ombudsman used its discretion not to pursue are not investigated: "The Ombudsman chose not to
pursue 9 complaints about the council", "we used our discretion not to investigate 5 further complaints".

Written before the change in words of our own; on main at e691768 both counts were read as received; after,
not investigated. A decision not to pursue something else leaves the count after it alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

TITLE = "Annual review letter 2031/32\n\n"


@pytest.mark.parametrize("sentence, value", [
    ("The Ombudsman chose not to pursue 9 complaints about the council.", 9.0),
    ("In its letter the Ombudsman said it had used its discretion not to investigate 5 further complaints.", 5.0),
])
def test_complaints_not_pursued_are_not_investigated(tmp_path: Path, sentence: str, value: float) -> None:
    got = {(f.measure, f.value) for f in report_figures(tmp_path, TITLE + sentence + "\n")}
    assert ("not_investigated", value) in got and ("received", value) not in got


def test_a_decision_not_to_pursue_a_debt_reads_no_outcome(tmp_path: Path) -> None:
    got = {(f.measure, f.value) for f in report_figures(
        tmp_path, TITLE + "The council chose not to pursue the debt, and 12 complaints were closed at stage 1.\n")}
    assert ("not_investigated", 12.0) not in got
