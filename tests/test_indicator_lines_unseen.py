"""A Scottish model-procedure indicator page copied from a PDF: each indicator's numbered label on a line
("3 (ii) Stage 2 resolved (after escalation)", "1a ...") and its value on the next ("41 (12.5%)"), under a
title line of the indicator. Labels and values are pairs, not a paragraph run together; a population is
no figure. Written in our own words. Before: 0 of 1 passed; after: 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """\
Annual complaints indicators 2032/33

Indicator 1 - complaints received
1 (i) Complaints received in the year
2,410
1 (ii) Resident population (2032 estimate)
120,400

Indicator 3 - outcomes at stage 2
3 (i) Stage 2 upheld
41 (12.5%)
3 (ii) Stage 2 resolved (after escalation)
19 (5.8%)
"""


def test_numbered_indicator_labels_pair_with_the_values_below(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, PAGE)}
    assert {("received", 2410.0, "count", None), ("upheld", 41.0, "count", "stage2"), ("upheld", 12.5, "percent", "stage2"),
            ("resolved", 19.0, "count", "stage2"), ("resolved", 5.8, "percent", "stage2")} <= got
    assert not any(value == 120400.0 for _m, value, _u, _s in got)
