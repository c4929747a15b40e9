"""A table set in as a whole, its caption on the header line before columns of quarters of a year
("    Table 2: Feedback activity      Q3 2031/32      Q4 2031/32"): the caption is the label column's
header and each column its quarter; a set-in header of months alone keeps no label. Own words, written
after batch 18's first sight; probed on main at c122e63: 1 of 2 passed (the counter-example), 2 of 2 after."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

QUARTERS = """Patient feedback report, quarter 4 2031/32

    Table 2: Feedback activity                      Q3 2031/32      Q4 2031/32
    PALS contacts                                          902             977
    Formal complaints received                              84              91
    Compliments recorded                                   410             388
"""

MONTHS = """Complaints report, quarter 3 2031/32

      Table 1   Complaints answered in the quarter
                                         Oct       Nov       Dec        Q3
      Complaints answered                 41        37        35       113
"""


def test_set_in_quarter_table(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, QUARTERS)}
    assert {("received", 902, "informal", "2031/32 Q3"), ("received", 91, "stage1", "2031/32 Q4"),
            ("compliments", 388, None, "2031/32 Q4")} <= got, sorted(got)


def test_set_in_month_header_keeps_no_label(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, MONTHS)}
    assert {("closed", 41, "2031-10-01..2031-10-31"), ("closed", 113, "2031/32 Q3")} <= got, sorted(got)
