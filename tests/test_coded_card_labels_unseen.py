"""A card's label that opens with its indicator's code ("HC3 - Stage 1 complaints per 1,000 tenancies"
over "14.2"): the code is no number of the label, which still names what the value below it counts.
Written in our own words before the label reader knew codes set apart by a dash. Before: 0 of 1 passed;
after: 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

CARDS = """\
Ridgeway Homes performance 2031/32

HC3 - Stage 1 complaints per 1,000 tenancies
14.2

HC4 - Stage 2 replies sent within timescale
87%

Stage 1 - complaints received
402
"""


def test_a_coded_label_over_its_value_is_read(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, CARDS)}
    assert {("received", 14.2, "per_1000", "stage1"), ("within_target", 87.0, "percent", "stage2"),
            ("received", 402.0, "count", "stage1")} <= got
