"""A table whose cells arrive one per line inside a web page copied with no blank line anywhere: prose
above it, its caption, header cells, then each row's label and values, and the next indicator's line
right below. Its cells are read as a table with its own header, whatever the lines around it (before,
only a table set apart by blank lines was). Written in words of our own before the change."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Skip to content
Strathbeg Council
Complaints handling performance 2031/32
We publish these figures every year using the indicators the Scottish Public Services Ombudsman sets for the model procedure.
Indicator 4: how complaints closed were decided
Decision
Frontline
Investigation
Upheld
88 (30.1%)
14 (25.9%)
Not upheld
171 (58.6%)
33 (61.1%)
Resolved
33 (11.3%)
7 (13.0%)
Indicator 5: complaints closed in time
5a Frontline complaints closed within 5 working days: 240 (82.2%)
Back to top
"""


def test_a_one_cell_per_line_table_inside_a_packed_page_is_read_with_its_header(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, PAGE, "page.txt")}
    assert {("upheld", 88.0, "count", "stage1"), ("upheld", 14.0, "count", "stage2"),
            ("not_upheld", 171.0, "count", "stage1"), ("not_upheld", 33.0, "count", "stage2"),
            ("resolved", 7.0, "count", "stage2"), ("upheld", 30.1, "percent", "stage1")} <= got
