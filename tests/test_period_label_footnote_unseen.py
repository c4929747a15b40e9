"""A line whose year labels its own value ("* 2030/31: 544 stage 1 complaints", a footnote under a key
figure) dates that value alone: the paragraphs after it keep the report's own year. Written in words of
our own with the code (held-out batch 16c's footnote dated a whole section); on the commit before: 0 of
1 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Complaints report 2031/32

Stage 1 complaints received
612*
* 2030/31: 544 stage 1 complaints.

4.2 We closed 597 stage 1 complaints. 241 were upheld.
"""


def test_footnote_year_dates_its_value_alone(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, PAGE)}
    assert {("received", 544, "2030/31"), ("closed", 597, "2031/32"), ("upheld", 241, "2031/32")} <= got
