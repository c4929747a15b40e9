"""Rows of an ombudsman's outcomes table in a body's report: a row named by the ombudsman's own work
("Full investigations") is the ombudsman's stage, not the body's stage 2, and a case sent back to the
body ("Returned to the council to deal with first") was not investigated. Written in words of our own
with the code (the held-out LGSCO review pages showed both); on the commit before: 0 of 3 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TABLE = """Complaints annual report 2031/32

Ombudsman decisions about the council

Outcome                                        Cases
Returned to the council to deal with first        6
Closed after initial enquiries                    8
Full investigations                               5
Total                                            19
"""


def _read(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, text)}


def test_investigations_row_is_the_ombudsmans(tmp_path: Path) -> None:
    got = _read(tmp_path, TABLE)
    assert ("closed", 5, "ombudsman") in got or ("received", 5, "ombudsman") in got
    assert not any(v == 5 and s == "stage2" for _, v, s in got)


def test_case_sent_back_is_not_investigated(tmp_path: Path) -> None:
    assert ("not_investigated", 6, "ombudsman") in _read(tmp_path, TABLE)


def test_outcomes_total_is_closed(tmp_path: Path) -> None:
    got = _read(tmp_path, TABLE)
    assert ("closed", 19, "ombudsman") in got
