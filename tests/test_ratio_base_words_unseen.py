"""A ratio's base says what it counts in its own words ("40 of the 48 stage 2 responses issued (83%) went
out within 20 working days"): the base is at the stage it names and, counting replies sent, is the number
closed; the count and its share are within the time limit ("went out within"). Written in our own words.
Before: 0 of 1 passed; after: 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TEXT = ("Complaints report 2030/31\n\n40 of the 48 stage 2 responses issued (83%) went out within 20 working days.\n")


def test_a_base_of_replies_sent_is_the_number_closed_at_its_stage(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, TEXT)}
    assert got == {("within_target", 40.0, "count", "stage2"), ("closed", 48.0, "count", "stage2"),
                   ("within_target", 83.0, "percent", "stage2")}
