"""A bare year labelling last year's value in its bracket ("402 complaints (2030: 377)"), as police,
fire and NHS bodies write their years by the March they end in, in a page written here in words of
our own (2026-12-05) before the change: at 97e1d23 the bracketed values took the report's own year
(0 of 2 compared values dated right); after, the year ending March 2030 is 2029/30 (2 of 2). In a
report kept in calendar years the bare year stays that calendar year."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

YEAR_ENDING = """Complaints year ending 31 March 2031
The force recorded 402 complaints (2030: 377) and upheld 41 (2030: 35).
"""

CALENDAR = """Complaints in 2031
The service recorded 402 complaints (2030: 377).
"""


def test_a_bare_year_in_a_bracket_is_the_year_ending_march(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, YEAR_ENDING)
    assert {("received", 377.0, "count", None, "2029/30"), ("upheld", 35.0, "count", None, "2029/30")} <= keys
    assert not {k for k in keys if k[1] in (377.0, 35.0) and k[4] == "2030/31"}


def test_in_a_calendar_year_report_it_stays_the_calendar_year(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, CALENDAR)
    assert ("received", 377.0, "count", None, "2030") in keys
