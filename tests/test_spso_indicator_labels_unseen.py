"""An SPSO indicator page as text, each indicator's number before its label ("1 (iii)", "5b"): the
number is no part of what the label says (a population stays a population), a caption's rate does
not make its counts rates, "within 20 working days" after a stage or a noun is on time, and
"(direct and escalated)" names the stage's route, not an escalation. Written in words of our own
before the code; before: 1 of 4 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Complaints performance 2031/32

Indicator 1 - complaints received per 1,000 population
1 (i) Total number of complaints received
2,310
1 (iii) Population (mid-year estimate)
118,400
1a Complaints received per 1,000 population
19.5

Indicator 5 - complaints closed within the CHP timescales
5a Stage 1 within 5 working days
1,640 (84.1%)
5b Stage 2 within 20 working days
152 (80.4%)
5c Escalated complaints within 20 working days
61 (71.8%)

Indicator 6 - extensions authorised
6a Stage 1
120 (6.2%)
6b Stage 2 (direct and escalated)
19 (7.1%)
"""


def _read(tmp_path: Path) -> set[tuple]:
    return {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, PAGE)}


def test_counts_under_a_rate_caption(tmp_path: Path) -> None:
    got = _read(tmp_path)
    assert ("received", 2310, "count", None) in got and ("received", 19.5, "per_1000", None) in got


def test_population_is_no_figure(tmp_path: Path) -> None:
    assert not any(v == 118400 for _, v, _, _ in _read(tmp_path))


def test_within_timescale_rows(tmp_path: Path) -> None:
    got = _read(tmp_path)
    assert {("within_target", 152, "count", "stage2"), ("within_target", 61, "count", "stage2")} <= got


def test_route_in_brackets_is_no_escalation(tmp_path: Path) -> None:
    got = _read(tmp_path)
    assert not any(v == 19 and m == "received" for m, v, _, _ in got)
