"""A spaced header of quarters then two years ("Q1  Q2  Q3  Q4  2032/33  2031/32") names six columns: the
quarters of the report's year, the year, and the year before. (The quarters were taken for the label
column's header, and their values for the rows' labels.) Written in words of our own before the code
(held-out batch 17b: a borough's quarterly performance appendix); on the commit before: 0 of 1 passed
(a header with one year passed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Performance report 2032/33

5.1  Feedback by quarter

                                 Q1      Q2      Q3      Q4   2032/33   2031/32
Stage 1 complaints              140     152     131     160       583       560
Compliments                      44      51      39      58       192       170
"""


def test_quarters_and_two_years(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, PAGE)}
    assert {("received", 140, "2032/33 Q1"), ("received", 160, "2032/33 Q4"), ("received", 583, "2032/33"),
            ("received", 560, "2031/32"), ("compliments", 51, "2032/33 Q2"), ("compliments", 170, "2031/32")} <= got
