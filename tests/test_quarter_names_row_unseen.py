"""A row of quarters named in full and set apart by single spaces ("Quarter 1 Quarter 2 Quarter 3
Quarter 4") heads the values under it as "Q1 Q2 Q3 Q4" does: a period's name and its number are one
cell. Found by bench/perturb.py quarter_words (a dashboard of label, quarters, values went 1.00 -> 0.00).
Written here in words of our own after the change (2026-12-05, second session); at a7eb894 neither
page below gave a figure, after, both give all of theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

PAGE = """Brackwater Homes
Quarterly complaints dashboard, 2031/32

Stage 1 complaints received
{q} 1 {q} 2 {q} 3 {q} 4
143 151 128 160
"""


@pytest.mark.parametrize("q", ["Quarter", "Qtr"])
def test_each_value_takes_its_quarter(tmp_path: Path, q: str) -> None:
    keys = core_keys(tmp_path, PAGE.format(q=q))
    assert {("received", v, "count", "stage1", f"2031/32 Q{k}") for k, v in enumerate((143.0, 151.0, 128.0, 160.0), 1)} \
        <= keys, sorted(keys, key=str)
