"""A share said as "equivalent to N% of" the count it is taken from, right after a count: the share is
of what that count measures (escalations, at their stage), not of the base's words. Written in words
of our own before the code; before: 1 of 2 passed (the counter-example)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures


def test_equivalent_to_a_share_of_stage_1(tmp_path: Path) -> None:
    text = ("Complaints report 2031/32\n\n45 complaints went on to stage 2, equivalent to 9.5% of the stage 1 "
            "complaints we answered.\n")
    got = {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, text)}
    assert ("received", 9.5, "percent", "stage2") in got


def test_equivalent_without_a_count_before(tmp_path: Path) -> None:
    # counter-example: no count before the share, so it is read from its own words
    text = "Complaints report 2031/32\n\nUpheld complaints were equivalent to 31% of all stage 1 complaints.\n"
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, text)}
    assert ("upheld", 31, "stage1") in got
