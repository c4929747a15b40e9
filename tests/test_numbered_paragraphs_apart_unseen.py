"""Numbered paragraphs set one under the other with no blank line ("7.1 ... working days." / "7.2 54
complaints ...") are apart: each keeps its own stage and subject, so the later one's share is not read
as a count of the earlier one's subject, and its timeliness figures take the stage of its own counts
("54 complaints were escalated to stage 2. 41 (75.9%) were answered ..."). A wrapped line that merely opens on a decimal value stays in
its paragraph. Written in words of our own before the code (held-out batch 16c: a council's and a
landlord's numbered paragraphs as pdftotext leaves them); on the commit before: 0 of 1 passed (the
decimal line passed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

NUMBERED = """Complaints performance report 2032/33

7.1 We received 640 stage 1 complaints in the year, and answered 590 of them within 10 working days.
7.2 54 complaints were escalated to stage 2. 41 (75.9%) were answered within 20 working days.
"""

DECIMAL = """Complaints performance report 2032/33

7.1 We closed 610 stage 1 complaints in the year, and the average time to respond to them was
8.4 working days, against a target of 10.
"""


def test_numbered_paragraphs_keep_their_own_stage(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, NUMBERED)}
    assert {("received", 640, "count", "stage1"), ("within_target", 590, "count", "stage1"),
            ("within_target", 41, "count", "stage2"), ("within_target", 75.9, "percent", "stage2")} <= got


def test_a_line_opening_on_a_decimal_value_stays_in_its_paragraph(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, DECIMAL)}
    assert ("average_response_days", 8.4, "stage1") in got
