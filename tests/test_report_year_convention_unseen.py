"""A report whose year is not the financial year says so once ("the academic year 2032/33 (1 September
2032 to 31 August 2033)", "our year, 1 November 2032 - 31 October 2033"): every "2032/33" in it, and the
year before ("2031/32"), is that span (SPEC 4: the dates as the report states them, not April-March).
A report that states April to March keeps its labels. Written in words of our own before the code
(held-out batch 17c: a university's student complaints paper); on the commit before: 0 of 2 passed
(the April-March report passed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

ACADEMIC = """College of Ardwen
Student complaints annual report 2032/33

1.1 This report covers the academic year 2032/33 (1 September 2032 to 31 August 2033).
1.2 We received 120 stage 1 complaints in 2032/33 (2031/32: 98), and 31 students asked for a stage 2 review.
"""

NOVEMBER = """Brackenhurst Homes
Complaints performance report
Reporting year: 2032/33, that is 1 November 2032 - 31 October 2033.

We received 84 complaints at stage 1 during 2032/33.
"""

APRIL = """Tarnside Council
Complaints report 2032/33 (1 April 2032 to 31 March 2033)

We received 412 stage 1 complaints in 2032/33.
"""


def test_academic_year_labels_are_its_span(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period, f.period_start, f.period_end) for f in report_figures(tmp_path, ACADEMIC)}
    assert ("received", 120, "2032-09-01..2033-08-31", "2032-09-01", "2033-08-31") in got
    assert ("received", 98, "2031-09-01..2032-08-31", "2031-09-01", "2032-08-31") in got


def test_landlords_own_year_labels_are_its_span(tmp_path: Path) -> None:
    got = {(f.value, f.period) for f in report_figures(tmp_path, NOVEMBER)}
    assert (84, "2032-11-01..2033-10-31") in got


def test_a_financial_year_keeps_its_label(tmp_path: Path) -> None:
    got = {(f.value, f.period) for f in report_figures(tmp_path, APRIL)}
    assert (412, "2032/33") in got
