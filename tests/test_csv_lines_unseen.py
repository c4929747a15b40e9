"""A spreadsheet's rows saved into a text file (a dashboard's export pasted under its title, a .txt that
is really comma-separated): each line a row of quoted labels and bare values. Written in our own words
before the loader read such lines: the rows were read as sentences, and most figures were lost.
Before: 3 of 4 passed (the sentences that are no rows); after: 4 of 4."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

from extractor.load.line_shapes import split_row

EXPORT = """\
Feedback system extract - complaints by quarter
Year: 2031/32   Printed 03/05/2032
"Indicator","Q1","Q2","Q3","Q4","Year"
"Stage one complaints logged",88,94,101,79,362
"Stage two complaints logged",7,12,9,6,34
"Compliments logged",31,27,40,22,120
,,,,,
"Notes: quarter 4 excludes late returns.",,,,,
"""

def test_rows_of_a_comma_separated_export_are_read_as_a_table(tmp_path: Path) -> None:
    got = {(f.line, f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, EXPORT)}
    assert {(4, "received", 88.0, "stage1", "2031/32 Q1"), (4, "received", 362.0, "stage1", "2031/32"),
            (5, "received", 12.0, "stage2", "2031/32 Q2"), (6, "compliments", 40.0, None, "2031/32 Q3")} <= got
    assert not any(f[0] in (2, 3) for f in got)  # the print date and the header give no figure


@pytest.mark.parametrize("line", [
    "We logged 1,204 complaints, 1,118 at stage one, and 86 at stage two.",
    "The council logged 1,204 complaints and 2,311 enquiries,4,000 fewer than in 2030/31.",
    "Apr,May,Jun were the busiest months",
])
def test_a_sentence_with_commas_between_its_numbers_is_no_row(line: str) -> None:
    assert split_row(line) is None
