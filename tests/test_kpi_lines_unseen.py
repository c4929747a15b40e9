"""A corporate performance report's complaint indicators written as lines of text: the indicator's name,
its target, then each period's value after the period's label ("Q1: 86%   Q2: 91%", "Q1 101, Q2 97").
Written here in words of our own before the change; see the commit message for counts before and after."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

REPORT = """Ashcombe Borough Council
Corporate performance report: quarter 2, 2030/31

Customer services

KPI CS04 - Percentage of stage 1 complaints responded to within 10 working days
Target: 90%
Q1: 86%   Q2: 91%
Status: Green

KPI CS05 - Number of stage 2 complaints received
Q1: 14   Q2: 19
Direction of travel: worse

Complaints received (stage 1): Q1 101, Q2 97
Compliments received: Q1 55, Q2 61
"""


def keys(tmp_path: Path) -> set[tuple[str, float, str, str | None, str | None]]:
    path = tmp_path / "qpr.txt"
    path.write_text(REPORT, encoding="utf-8")
    return {(f.measure, f.value, f.unit, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure)}


def test_each_quarter_value_after_its_label_is_that_quarter_s(tmp_path: Path) -> None:
    got = keys(tmp_path)
    assert {("within_target", 86.0, "percent", "stage1", "2030/31 Q1"), ("within_target", 91.0, "percent", "stage1", "2030/31 Q2"),
            ("received", 14.0, "count", "stage2", "2030/31 Q1"), ("received", 19.0, "count", "stage2", "2030/31 Q2"),
            ("received", 101.0, "count", "stage1", "2030/31 Q1"), ("received", 97.0, "count", "stage1", "2030/31 Q2"),
            ("compliments", 55.0, "count", None, "2030/31 Q1"), ("compliments", 61.0, "count", None, "2030/31 Q2")} <= got


def test_an_indicator_s_target_is_no_result(tmp_path: Path) -> None:
    assert not {k for k in keys(tmp_path) if k[1] == 90.0}
