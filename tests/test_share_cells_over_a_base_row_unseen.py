"""Cells of a count with its share ("48 (75%)") in a table whose columns are stages or periods have their whole
in a row of the same column ("Received | 500 | 60"): the row the share cells agree with is learnt from the table,
and a cell that does not fit is told: a failure where three other cells fit the row (the whole is then the
table's own; a warning until 2026-12-07), a warning where fewer do. Own words, written
on 2026-12-07 before the change: 2 of 6 passed on 5ceb453 (two that ask for no warning, where nothing was checked);
6 of 6 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import check_statuses

BARRED = """Complaints report 2030/31

| | Stage 1 | Stage 2 |
|---|---|---|
| Received | 500 | 60 |
| Upheld | 200 (40%) | 30 (50%) |
| Answered in time | 450 (90%) | 48 ({share}%) |
"""

SPACED = """Housing complaints 2031/32

                         First stage     Second stage
Complaints closed        120             30
Resolved in time         96 (80%)        21 ({share}%)
"""

TWO_WHOLES = """Complaints report 2030/31

| | Quarter 1 | Quarter 2 |
|---|---|---|
| Received | 200 | 180 |
| Closed | 160 | 150 |
| Upheld | 40 (25%) | 30 (20%) |
| Not upheld | 120 (75%) | 120 (80%) |
"""


def test_a_cell_off_its_column_s_whole_is_told(tmp_path: Path) -> None:
    assert ("fail", 75.0) in check_statuses(tmp_path, BARRED.format(share=75), "percentage")


def test_cells_that_fit_pass(tmp_path: Path) -> None:
    statuses = check_statuses(tmp_path, BARRED.format(share=80), "percentage")
    assert ("pass", 80.0) in statuses and not {s for s in statuses if s[0] != "pass"}


def test_two_cells_over_a_row_named_as_the_whole(tmp_path: Path) -> None:
    assert ("warn", 75.0) in check_statuses(tmp_path, SPACED.format(share=75), "percentage")


def test_two_cells_that_fit_pass(tmp_path: Path) -> None:
    assert not {s for s in check_statuses(tmp_path, SPACED.format(share=70), "percentage") if s[0] != "pass"}


def test_the_whole_is_the_row_the_cells_agree_with(tmp_path: Path) -> None:
    assert not {s for s in check_statuses(tmp_path, TWO_WHOLES, "percentage") if s[0] != "pass"}


def test_the_whole_learnt_is_said(tmp_path: Path) -> None:
    assert ("pass", 25.0) in check_statuses(tmp_path, TWO_WHOLES, "percentage")
