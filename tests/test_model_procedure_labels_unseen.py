"""The model procedures' stage names in labels and sentences: "Frontline: 1,050 (87%)" under a caption
is stage 1 whatever the colon after the label; "investigation complaints" are stage 2, also after a
paragraph about the frontline stage. Own words, probed on main at 4d73068 before the code: 1 of 3
passed (the label without a colon)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure


def figures(tmp_path: Path, body: str) -> set[tuple[str, float, str | None]]:
    return {(f.measure, f.value, f.stage) for f in read_review(tmp_path, body) if isinstance(f, Figure)}


@pytest.mark.parametrize("body, expected", [
    ("Cases closed inside the timescale\nFrontline: 1,050 (87%)\nInvestigation: 101 (77%)",
     {("within_target", 1050.0, "stage1"), ("within_target", 87.0, "stage1"),
      ("within_target", 101.0, "stage2"), ("within_target", 77.0, "stage2")}),
    ("Cases closed inside the timescale\nFrontline 1,050 (87%)\nInvestigation 101 (77%)",
     {("within_target", 1050.0, "stage1"), ("within_target", 87.0, "stage1"),
      ("within_target", 101.0, "stage2"), ("within_target", 77.0, "stage2")}),
    (("This year we closed 1,204 cases at the frontline stage.\n\n"
     "Of the investigation complaints we closed, 41 were upheld and 69 not upheld."),
     {("closed", 1204.0, "stage1"), ("upheld", 41.0, "stage2"), ("not_upheld", 69.0, "stage2")}),
])
def test_model_procedure_stage_names(tmp_path: Path, body: str, expected: set) -> None:
    assert figures(tmp_path, body) == expected
