"""A table copied one cell per line under the report's title and a caption that names its stage ("Stage 1
complaints by outcome" / "Outcome" / "Number" / "Percentage" / "Upheld" / "88" / "21%" ...): the caption and the
title are not an upper header row, so the share column keeps the caption's stage as the count column does.

Written before the change in words of our own; on main at 4b3522e the counts were stage 1 and their shares had no
stage (the header read "Stage 1 complaints by outcome Number" / "Outcome Percentage"). A caption with a year in the
corner of a header of one row still names the label column, its columns read as before.
"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

CELLS_BY_OUTCOME = [
    "Corran Bay Council - Complaints Annual Report 2031/32", "Stage 1 complaints by outcome", "Outcome", "Number",
    "Percentage", "Upheld", "88", "21%", "Partially upheld", "97", "23%", "Not upheld", "236", "56%", "Total", "421",
    "100%"]
BY_OUTCOME = "\n\n".join(CELLS_BY_OUTCOME) + "\n"

CELLS_CORNER = [
    "Tollbridge Homes annual complaints report", "Ombudsman cases, 2031/32", "LGSCO", "Housing Ombudsman",
    "Cases decided", "12", "9", "Upheld", "5", "4", "Not upheld", "7", "5"]
CORNER = "\n\n".join(CELLS_CORNER) + "\n"


def test_shares_keep_the_captions_stage(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, BY_OUTCOME)}
    assert {("upheld", 88.0, "count", "stage1"), ("upheld", 21.0, "percent", "stage1"),
            ("not_upheld", 56.0, "percent", "stage1")} <= got
    assert ("upheld", 21.0, "percent", None) not in got


def test_a_caption_in_the_corner_names_the_label_column(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.body) for f in report_figures(tmp_path, CORNER)}
    assert {("upheld", 5.0, "LGSCO"), ("upheld", 4.0, "HO")} <= got
