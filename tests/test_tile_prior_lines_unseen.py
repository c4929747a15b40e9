"""Key-figure tiles whose last year's value sits on a line of its own in brackets under the value
("(2029/30: 880)"), as a web page's cards are copied. Written in our own words before the tile reader
knew such a line: it took it for a period that dated every card after it.
Before: 0 of 1 passed; after: 1 of 1 (the cards' labels were first written in words no tile vocabulary knows, a separate gap, and then changed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TILES = """\
Moorfield Housing - complaints in 2030/31
Every year we tell tenants how many complaints they made to us, how quickly we answered them and what changed as a result; the cards below give the headline numbers and the figures in brackets are last year's.
Our year at a glance
Stage one complaints received
912
(2029/30: 880)
Stage two complaints received
77
(2029/30: 64)
Compliments received
140
We answered 850 of the 912 stage one complaints on time in 2030/31.
"""


def test_a_bracketed_line_under_a_tile_is_its_value_last_year(tmp_path: Path) -> None:
    got = {(f.line, f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, TILES)}
    assert {(5, "received", 912.0, "stage1", "2030/31"), (6, "received", 880.0, "stage1", "2029/30"),
            (8, "received", 77.0, "stage2", "2030/31"), (9, "received", 64.0, "stage2", "2029/30"),
            (11, "compliments", 140.0, None, "2030/31"), (12, "within_target", 850.0, "stage1", "2030/31")} <= got
    assert not any(period == "2029/30" and line not in (6, 9) for line, _m, _v, _s, period in got)
