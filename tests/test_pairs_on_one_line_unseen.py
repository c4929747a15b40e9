"""Counts by stage set on one line as "label: value" pairs, apart by bars, semicolons, commas or dots ("Stage 1: 245
| Stage 2: 31 | Ombudsman: 4", a dashboard's strip copied as text) under a caption about complaints: each is the
complaints at its stage, as the same pairs one per line were.

Written before the change in words of our own; on main at 98edf5f the lines apart by bars and by dots gave no
figure (the pair reader knew only spaces between pairs and no label "Stage 1"; the prose reader took the ones apart
by semicolons and commas). Pairs under a caption about other work are no complaints.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

TITLE = "Holmfirth Council - complaints 2031/32\n\n"


@pytest.mark.parametrize("sep", [" | ", "; ", ", ", " · "])
def test_counts_by_stage_on_one_line(tmp_path: Path, sep: str) -> None:
    line = sep.join(["Stage 1: 1,245", "Stage 2: 31", "Ombudsman: 4"])
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, TITLE + line + "\n")}
    assert {("received", 1245.0, "stage1"), ("received", 31.0, "stage2"), ("received", 4.0, "ombudsman")} <= got


def test_pairs_under_a_caption_of_other_work_are_no_complaints(tmp_path: Path) -> None:
    text = "Planning service 2031/32\n\nApplications decided\n\nStage 1: 120 | Stage 2: 31\n"
    assert not [f for f in report_figures(tmp_path, text) if f.value in (120.0, 31.0)]
