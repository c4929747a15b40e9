"""Two ratios joined by "and" share the words after the second ("We answered 900 of the 1,000 stage 1
complaints and 80 of the 95 stage 2 complaints within the timescale"): both counts are within the time
limit, each at the stage its base names. Written in our own words; the first count was read as closed
and the second took the first's stage. Before: 0 of 1; after: 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TEXT = ("Complaints report 2030/31\n\nWe answered 900 of the 1,000 stage 1 complaints and 80 of the 95 stage 2"
        " complaints within the timescale.\n")


def test_two_ratios_joined_by_and_share_their_time_limit(tmp_path: Path) -> None:
    got = {f.value: (f.measure, f.stage) for f in report_figures(tmp_path, TEXT)}
    assert got[900.0] == ("within_target", "stage1")
    assert got[80.0] == ("within_target", "stage2")  # the stage its own base names
