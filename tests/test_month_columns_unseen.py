"""A spaced table whose columns are months named without a year and the quarter they make up
("Jan  Feb  Mar  Q4"), under a caption that names the year. Written in our own words before the reader
took a bare month for a period: the table was read as a sentence.
Before: 0 of 1 passed; after: 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

MONTHS = """\
Quality Committee - complaints update

   Table 2   Complaints answered, quarter 4 2035/36
                                          Jan      Feb      Mar       Q4
   Complaints answered                     31       27       40       98
   Answered within 30 working days         22       20       35       77

"""


def test_bare_month_columns_are_read_against_the_caption_s_year(tmp_path: Path) -> None:
    got = {(f.line, f.measure, f.value, f.period) for f in report_figures(tmp_path, MONTHS)}
    assert {(5, "closed", 31.0, "2036-01-01..2036-01-31"), (5, "closed", 40.0, "2036-03-01..2036-03-31"),
            (5, "closed", 98.0, "2035/36 Q4"), (6, "within_target", 22.0, "2036-01-01..2036-01-31"),
            (6, "within_target", 77.0, "2035/36 Q4")} <= got
