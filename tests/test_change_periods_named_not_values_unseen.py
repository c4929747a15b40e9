"""A stated change whose clause names its periods but not its values is looked up in the figures the report
gives for those periods: the compared year it names ("Complaints rose by 12% compared with 2031/32" under
"Complaints received: 61 (2031/32: 56)"), or the two quarters it is between ("Stage 2 complaints fell by 6
between the second and third quarters" over a table of quarters). A mismatch warns. Own words, written before
the change; probed on main at fae9906: 2 of 4 passed (the compared year was looked up already), 4 of 4 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

YEARS = ("Complaints annual report 2032/33\n\nSummary of the year\n\nComplaints received: 61 (2031/32: 56)\n"
         "Compliments received: 230 (2031/32: 201)\n\nComplaints rose by {size}% compared with 2031/32.\n")
QUARTERS = ("Complaints report 2032/33\n\nTable 2: Complaints received\n                 Q1    Q2    Q3    Q4    Year\n"
            "Stage 1          120   131   118   109   478\nStage 2           21    25    19    22    87\n\n"
            "Stage 2 complaints fell by {size} between the second and third quarters.\n")


@pytest.mark.parametrize(("text", "size", "expected"), [
    (YEARS, "9", "pass"), (YEARS, "12", "warn"), (QUARTERS, "6", "pass"), (QUARTERS, "4", "warn"),
])
def test_change_periods_named_not_values(tmp_path: Path, text: str, size: str, expected: str) -> None:
    assert {s for s, _ in check_statuses(tmp_path, text.format(size=size), "stated_change")} == {expected}
