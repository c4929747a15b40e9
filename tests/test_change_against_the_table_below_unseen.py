"""A stated change that names its quarter but neither value ("Stage 2 complaints closed rose by 11 in Quarter 3.")
over a table of quarters just below it is checked against the table's values for that quarter and the quarter
before (a mismatch warns: the report does not say these are the change's values). Own words, written before the
change; probed on main at ef106a1: 0 of 2 passed, 2 of 2 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

TEXT = ("Complaints Performance Report - Quarter 3 2031/32\n\n2.1 Stage 2 complaints closed rose by {size} in Quarter 3, "
        "mostly in Housing.\n\nTable 2: Complaints closed\nIndicator\nQ2\nQ3\nYear to date\nStage 1 complaints closed\n"
        "212\n230\n651\nStage 2 complaints closed\n40\n49\n131\n")


@pytest.mark.parametrize(("size", "expected"), [("9", {("pass", 9.0)}), ("11", {("warn", 11.0)})])
def test_change_against_the_table_below(tmp_path: Path, size: str, expected: set) -> None:
    assert check_statuses(tmp_path, TEXT.format(size=size), "stated_change") == expected
