"""Wrapped text with no blank line anywhere, then a table written one cell per line: the paragraph
ends at its last sentence, and the short lines under it, running down to a value, are the table's
header cells, not the paragraph's last words. Written in words of our own with the code (the layout
bench showed it: wrapped copies of web pages lost their tables); on the commit before: 0 of 1 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Feedback performance: quarter 2, 2031/32
This page sets out how we dealt with complaints between July
and September 2031, against the measures our regulator sets
for every landlord. We aim to reply to a stage 1 complaint
within 10 working days.
Measure
Stage 1
Stage 2
Complaints received
88
12
Complaints upheld
30
5
Complaints not upheld
51
6
"""


def test_header_cells_leave_the_paragraph(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, PAGE)}
    assert {("received", 88, "stage1"), ("received", 12, "stage2"), ("upheld", 30, "stage1"),
            ("not_upheld", 6, "stage2")} <= got
