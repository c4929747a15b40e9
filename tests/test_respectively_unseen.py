"""Values matched in order to the stages a sentence lists, by "respectively": "Stage 1 and stage 2
complaints numbered 412 and 57 respectively". And a change whose subject names a measure of its own
("The proportion of complaints answered late fell to 9%"). Own words, written before the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import figure_keys


@pytest.mark.parametrize("body, expected", [
    ("Stage 1 and stage 2 complaints numbered 412 and 57 respectively.",
     {("received", 412.0, "count", "stage1"), ("received", 57.0, "count", "stage2")}),
    ("We answered 88% and 71% of first and second stage complaints on time respectively.",
     {("within_target", 88.0, "percent", "stage1"), ("within_target", 71.0, "percent", "stage2")}),
    ("Upheld rates at stages one, two and three were 30%, 22% and 10% respectively.",
     {("upheld", 30.0, "percent", "stage1"), ("upheld", 22.0, "percent", "stage2"), ("upheld", 10.0, "percent", "stage3")}),
])
def test_respectively_matches_values_to_stages_in_order(tmp_path: Path, body: str, expected: set) -> None:
    assert expected <= figure_keys(tmp_path, body)


def test_a_change_takes_the_measure_its_subject_names(tmp_path: Path) -> None:
    assert ("outside_target", 9.0, "percent", None) in figure_keys(tmp_path, "The proportion of complaints answered late fell to 9%.")
