"""NHS Wales' "Putting Things Right" calls every complaint a concern: a page about concerns is a
complaints report, and a column of formal concerns counts the formal stage. Written in words of our
own; before the code: 1 of 2 passed (the counter-example; the page was taken for another subject)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Concerns quarterly report, April to June 2031

Formal concerns by directorate

Directorate | Formal concerns | Replied within 30 working days
Emergency Medicine | 140 | 88
Planned Care | 96 | 71
Total | 236 | 159
"""


def test_formal_concerns_column_is_stage1(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, PAGE)}
    assert {("received", 140, "stage1"), ("received", 236, "stage1"), ("within_target", 159, "stage1")} <= got


def test_safeguarding_concerns_page_is_no_complaints_report(tmp_path: Path) -> None:
    # counter-example: concerns of another kind on a page that never names complaint handling
    text = ("Safeguarding concerns, April to June 2031\n\nDirectorate | Concerns raised | Referred on\n"
            "Emergency Medicine | 31 | 12\nPlanned Care | 18 | 5\n")
    assert report_figures(tmp_path, text) == []
