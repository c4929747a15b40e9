"""Rows of one stage run on as a group: a row that names only a measure ("% inside 10 working days")
under a row of one stage is that stage's, while a row that names its subject again ("Complaints upheld",
"... (all stages)") stands alone. Written in our own words; the grouped rows lost their stage before.
Before: 1 of 2 passed (the rows standing alone); after: 2 of 2."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

GROUPED = """\
Complaint handling, 2032/33

| Measure | 2032/33 |
| --- | --- |
| Stage one replies sent | 120 |
| % inside 10 working days | 81% |
| Stage two replies sent | 14 |
| % inside 20 working days | 64% |
| Compliments | 40 |
"""

STANDING_ALONE = """\
Complaint handling, 2032/33

| Measure | 2032/33 |
| --- | --- |
| Stage two complaints received | 30 |
| Complaints upheld | 12 |
| Stage one complaints received | 210 |
| Average days to reply (all stages) | 14 |
"""


def _read(tmp_path: Path, text: str) -> dict[float, tuple]:
    return {f.value: (f.measure, f.unit, f.stage) for f in report_figures(tmp_path, text)}


def test_a_measure_row_under_a_stage_row_is_of_that_stage(tmp_path: Path) -> None:
    got = _read(tmp_path, GROUPED)
    assert got[81.0] == ("within_target", "percent", "stage1")
    assert got[64.0] == ("within_target", "percent", "stage2")
    assert got[40.0] == ("compliments", "count", None)


def test_a_row_that_names_its_subject_again_keeps_no_stage(tmp_path: Path) -> None:
    got = _read(tmp_path, STANDING_ALONE)
    assert got[12.0] == ("upheld", "count", None)
    assert got[14.0][0] == "average_response_days" and got[14.0][2] is None
