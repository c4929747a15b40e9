"""A chart a PDF converter flattened: its values one to a line, then its category labels, either on one
line ("Q1 Q2 Q3 Q4", "Apr May Jun ...") or one to a line ("Resolved early" / "Upheld" / ...), under the
chart's title. Each value is read with the label in its place. A cell table (label, then its values)
is no chart. Written in words of our own before the code (held-out batch 16c: a Welsh council's web
page with two charts); on the commit before: 0 of 2 passed (the cell table passed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

QUARTERS = """Complaints report 2032/33

Stage 1 complaints received by quarter, 2032/33
118
131
97
124
Q1 Q2 Q3 Q4
We closed 455 stage 1 complaints in the year.
"""

OUTCOMES = """Complaints report 2032/33

How the Ombudsman decided complaints about the council, 2032/33
12
6
2
3
Closed after initial enquiries
Upheld
Partly upheld
Not upheld
The Ombudsman received 25 complaints about the council in the year.
"""

CELLS = """Complaints report 2032/33

Table 1: complaints by quarter
Measure
Q1
Q2
Q3
Q4
Stage 1 complaints received
118
131
97
124
Stage 2 complaints received
20
14
11
16
"""


def test_values_over_one_line_of_period_labels(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, QUARTERS)}
    assert {("received", 118, "stage1", "2032/33 Q1"), ("received", 97, "stage1", "2032/33 Q3"),
            ("received", 124, "stage1", "2032/33 Q4")} <= got


def test_values_over_one_label_per_line(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, OUTCOMES)}
    assert {("not_investigated", 12, "ombudsman"), ("upheld", 6, "ombudsman"),
            ("partially_upheld", 2, "ombudsman"), ("not_upheld", 3, "ombudsman")} <= got


def test_a_cell_table_is_no_chart(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, CELLS)}
    assert {("received", 131, "stage1", "2032/33 Q2"), ("received", 20, "stage2", "2032/33 Q1")} <= got
