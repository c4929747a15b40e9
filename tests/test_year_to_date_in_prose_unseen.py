""""Year to date" said in a sentence of a quarterly or monthly report is the year from its start to the end of
the report's own period, as a table's "Year to date" column is (label_periods): the first half in a second
quarter's report, April to December in a December report.

Written before the code, in words of our own: 0 of 3 dated right before, 3 after; a figure of the quarter
itself keeps the quarter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

Q2 = "Complaints performance report, Quarter 2 2030/31\n\nComplaints\n\n"
DEC = "Integrated performance report, December 2032\n\nComplaints\n\n"


def _keys(tmp_path: Path, text: str) -> list[tuple]:
    text = text + "\n"
    return [(r.measure, r.value, r.period) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("text,expected", [
    (Q2 + "So far this year we have received 1,255 complaints.", ("received", 1255.0, "2030/31 H1")),
    (Q2 + "Year to date, 877 cases have been closed at the first stage.", ("closed", 877.0, "2030/31 H1")),
    (DEC + "We have logged 266 complaints in the year to date.", ("received", 266.0, "2032-04-01..2032-12-31")),
])
def test_year_to_date(tmp_path: Path, text: str, expected: tuple) -> None:
    assert expected in _keys(tmp_path, text)


def test_the_quarter_keeps_its_own_period(tmp_path: Path) -> None:
    keys = _keys(tmp_path, Q2 + "We received 684 complaints in the quarter, taking the year-to-date total to 1,255.")
    assert ("received", 684.0, "2030/31 Q2") in keys


def test_a_year_to_date_paragraph_opens_no_period_for_the_next(tmp_path: Path) -> None:
    keys = _keys(tmp_path, Q2 + "Year to date we have received 319 complaints.\n\nOutcomes\n\nOf the 166 we closed, 71 were upheld.")
    assert ("received", 319.0, "2030/31 H1") in keys
    assert ("upheld", 71.0, "2030/31 Q2") in keys
