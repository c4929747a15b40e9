"""Last year's value in brackets on a line of its own under a card's value ("(2029/30: 1,042)") is an
aside: it opens no section dated last year, and the paragraph below still speaks of the report's own year.
Written in our own words; the next paragraph was dated last year before. Before: 0 of 1; after: 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TEXT = """\
Complaints report 2030/31

Stage 1 complaints received
1,186
(2029/30: 1,042)

We answered 1,066 of the 1,170 stage 1 complaints within the Code timescales.
"""


def test_a_bracketed_last_year_line_dates_nothing_after_it(tmp_path: Path) -> None:
    got = {f.value: f.period for f in report_figures(tmp_path, TEXT)}
    assert got[1066.0] == "2030/31" and got[1170.0] == "2030/31"
