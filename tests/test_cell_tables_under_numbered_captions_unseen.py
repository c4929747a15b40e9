"""Several tables copied one cell per line, one after another, each under a numbered caption run into its first
header cell with no blank line ("Indicator 2: complaints closed by stage" / "Stage"), and of different widths:
each caption starts a table of its own, so each is read with its own header and width. Words of our own,
written before the change: before it 0 of 2 passed, after it 2 of 2."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

CELLS_1 = ["Indicator 1: complaints received\nYear", "Complaints received", "Complaints per 1,000 residents",
           "2031/32", "1,840", "21.3", "2030/31", "1,702", "19.8"]
CELLS_2 = ["Indicator 2: complaints closed by stage\nStage", "Number closed", "Share of all closed",
           "Stage 1", "1,612", "88.1%", "Stage 2", "218", "11.9%", "Total", "1,830"]
PAGE = "Complaints performance 2031/32\n\n" + "\n\n".join(CELLS_1 + CELLS_2) + "\n\nThe figures are audited.\n"


def test_the_first_table_is_read_with_its_periods(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    assert {("received", 1840.0, "count", None, "2031/32"), ("received", 1702.0, "count", None, "2030/31")} <= keys, \
        sorted(keys, key=str)


def test_the_second_table_is_read_with_its_stages(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    assert {("closed", 1612.0, "count", "stage1", "2031/32"), ("closed", 218.0, "count", "stage2", "2031/32")} <= keys, \
        sorted(keys, key=str)
