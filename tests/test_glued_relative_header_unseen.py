"""A table whose cells ran together, under a header of periods named by where they stand ("This quarterLast
quarter", "This yearLast year"): each column takes its period, and a row label that ends on a stage takes the
stage's number, not the first value ("Complaints closed at stage 1798741" is stage 1, 798 and 741). Found in a
Scottish indicators page written for this project by a helper session who had not seen the tool
(2026-12-06); the page below is in words of our own, written before the change: at 457b674 none of the 4
expected figures was read, after, all 4."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """Brackwater Council complaints performance 2031/32

Indicator 2: complaints closed
This yearLast year
Complaints received at stage 1812760
Complaints closed at stage 1798741
"""


def test_relative_period_columns_and_the_stage_in_the_label(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    assert {("received", 812.0, "count", "stage1", "2031/32"), ("received", 760.0, "count", "stage1", "2030/31"),
            ("closed", 798.0, "count", "stage1", "2031/32"), ("closed", 741.0, "count", "stage1", "2030/31")} <= keys, \
        sorted(keys, key=str)
