"""The days a body takes to log (record, register) a complaint or to first contact the complainant, as police
forces report them, are no complaint count and no response time: only the days to finalise (answer, resolve) a
complaint are. Own words, written on 2026-12-07 before the change: 1 of 3 passed on 1fdd028 (the days to
finalise); 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

LINES = """Complaints data 2031/32

Average days to record a complaint: 2
Average working days to finalise a complaint case: 11
"""

TABLE = """Complaints data 2031/32

Measure                                              2031/32     2030/31
Average working days to contact the complainant      3           5
Average working days to log a complaint case         2           4
Average working days to finalise a complaint case    12          14
"""


def test_days_to_record_give_no_figure(tmp_path: Path) -> None:
    assert not {k for k in core_keys(tmp_path, LINES, "lines.txt") if k[1] == 2.0}


def test_days_to_finalise_are_the_response_time(tmp_path: Path) -> None:
    assert ("average_response_days", 11.0, "working_days", None, "2031/32") in core_keys(tmp_path, LINES, "lines.txt")


def test_table_rows_of_days_to_contact_or_log_give_no_figure(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TABLE, "table.txt")
    assert not {k for k in keys if k[1] in (3.0, 5.0, 2.0, 4.0)}
    assert ("average_response_days", 12.0, "working_days", None, "2031/32") in keys
