"""A board paper's quarterly table laid out with spaces, as PDF text gives it: a header of quarters with
short years and a year-to-date column ("Q1 31/32    Q2 31/32    YTD    Q2 30/31"), indented over rows
of a label and four values. Seen failing in held-out batch 13 (the header was taken for a caps title,
and a YTD cell made it no header at all); written in words of our own before the change.

- every row is read under its own column's period; YTD at the end of a second quarter is the year's
  first half (SPEC 4: "2031/32 H1");
- "replies sent" and "responses issued" count the complaints answered (closed), not received."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAPER = """Thornbury Homes - Board report, Quarter 2 2031/32

5. Complaints

                                     Q1 31/32    Q2 31/32      YTD    Q2 30/31
       First stage complaints logged      203         188       391         176
       First stage replies sent           199         190       389         170
       Second stage reviews logged         21          17        38          25
"""


def test_a_spaced_quarter_table_with_a_year_to_date_column_is_read_by_its_columns(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, PAPER, "paper.txt")}
    assert {("received", 203.0, "stage1", "2031/32 Q1"), ("received", 188.0, "stage1", "2031/32 Q2"),
            ("received", 391.0, "stage1", "2031/32 H1"), ("received", 176.0, "stage1", "2030/31 Q2"),
            ("closed", 199.0, "stage1", "2031/32 Q1"), ("closed", 389.0, "stage1", "2031/32 H1"),
            ("received", 17.0, "stage2", "2031/32 Q2")} <= got


HALF = """Kestrel Vale Council - performance report, Quarter 2 2031/32

4. Complaints

Of the 140 first stage complaints closed in the half year, 38 were upheld.
The figures for the half-year to 30 September 2031 show 19 second stage reviews.
"""


def test_the_half_year_of_a_quarterly_report_is_the_half_its_quarter_ends(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, HALF)}
    assert {("closed", 140.0, "2031/32 H1"), ("upheld", 38.0, "2031/32 H1"), ("received", 19.0, "2031/32 H1")} <= got
