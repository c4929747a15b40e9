"""A table written one cell per line whose header cells ran on into the paragraph above (text with no
blank line between them: "... reported at 7.2." / "Table 4: ..." / "Measure" / "Q1" / "Q2"), and values
with a footnote's mark glued to them ("1,204¹", "88*"): the header is put back under its caption, and the
mark is no part of the value. Written in words of our own with the code (held-out batch 16c's page
copies showed both); on the commit before: 0 of 2 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Quarterly performance report, Q2 2031/32
5. Complaints and compliments
5.1 The council aims to answer stage 1 complaints within 10 working days.
Statutory adult social care complaints are reported at 7.2.
Table 4: Stage 1 complaints, 2031/32
Measure
Q1
Q2

Stage 1 complaints received
301
288

Stage 1 complaints answered
290
279
"""

MARKED = """Complaints annual report 2031/32

Key figures
Measure
2031/32
2030/31
Stage 1 complaints received
1,204¹
1,150
Compliments received
640*
598
¹ Includes 21 complaints withdrawn before a reply was due.
"""


def test_header_cells_taken_back_from_the_paragraph(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, PAGE)}
    assert {("received", 301, "stage1", "2031/32 Q1"), ("received", 288, "stage1", "2031/32 Q2"),
            ("closed", 279, "stage1", "2031/32 Q2")} <= got


def test_footnote_marks_glued_to_values(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period, f.stated) for f in report_figures(tmp_path, MARKED)}
    assert {("received", 1204, "2031/32", "1,204"), ("received", 1150, "2030/31", "1,150"),
            ("compliments", 640, "2031/32", "640")} <= got
