"""A one-cell-per-line table whose row label wrapped onto a second cell line ("Replies sent within 10
working" / "days (%)") keeps its rows: the wrapped line continues the label (it opens in lower case or
a bracket), and the rows after it keep their columns. Written in words of our own before the code (held-out
batch 16c: a council's quarterly table as pdftotext leaves it); on the commit before: 0 of 1 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Quarterly performance report 2032/33

Table 3: Complaints, 2032/33
Measure
Q1
Q2
Q3
Year to date
First stage complaints logged
210
198
224
632
First stage replies sent within 10 working
days (%)
88.1%
84.0%
90.2%
87.5%
Compliments logged
75
81
69
225
"""


def test_wrapped_label_keeps_the_rows_columns(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, PAGE)}
    assert {("received", 210, "2032/33 Q1"), ("within_target", 88.1, "2032/33 Q1"),
            ("within_target", 84.0, "2032/33 Q2"), ("compliments", 81, "2032/33 Q2"),
            ("compliments", 69, "2032/33 Q3")} <= got
