"""Values each labelled by a period after a lead that names what they count: "Complaints received:
2030/31 - 412; 2029/30 - 388", "Stage 2: 2030/31 = 41, 2029/30 = 37", "Second stage cases: Q1 - 12;
Q2 - 9". Own words, written before the code (probed at 6f0bf63: nothing read)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure


@pytest.mark.parametrize("body, expected", [
    ("Compliments logged: 2030/31 = 640, 2029/30 = 588.", {("compliments", 640.0, None, "2030/31"),
                                                          ("compliments", 588.0, None, "2029/30")}),
    ("Second stage cases: 2030/31 - 44; 2029/30 - 39", {("received", 44.0, "stage2", "2030/31"),
                                                        ("received", 39.0, "stage2", "2029/30")}),
    ("First stage cases: Q1 - 12; Q2 - 9; Q3 - 15.", {("received", 12.0, "stage1", "2030/31 Q1"),
                                                      ("received", 15.0, "stage1", "2030/31 Q3")}),
])
def test_each_value_in_its_labels_period(tmp_path: Path, body: str, expected: set) -> None:
    read = {(f.measure, f.value, f.stage, f.period) for f in read_review(tmp_path, body) if isinstance(f, Figure)}
    assert expected <= read
