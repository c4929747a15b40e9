"""Last year's value in brackets with its unit said again ("Average time to respond at stage 1: 9 days (11 days)")
under a note that brackets hold last year's values: the bracketed value is the measure for the year before, as a
bare "351 (299)" already was.

Written before the change in words of our own; on main at aaeae9e the bracketed days were dropped. With no note
saying what brackets hold, a bracketed value is left alone; a bracket of another unit is no prior value.
"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

NOTED = """Kilnsea District Council annual complaints report 2031/32 (2030/31 in brackets)
Average time to respond at stage 1: 9 days (11 days)
Average time to respond at stage 2: 21 working days (19 working days)
"""


def test_bracketed_days_are_last_years(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, NOTED)}
    assert {("average_response_days", 9.0, "stage1", "2031/32"), ("average_response_days", 11.0, "stage1", "2030/31"),
            ("average_response_days", 21.0, "stage2", "2031/32"), ("average_response_days", 19.0, "stage2", "2030/31")} <= got


def test_without_the_note_a_bracket_is_no_prior_year(tmp_path: Path) -> None:
    text = NOTED.replace(" (2030/31 in brackets)", "")
    got = {(f.value, f.period) for f in report_figures(tmp_path, text)}
    assert (11.0, "2030/31") not in got and (19.0, "2030/31") not in got
