"""A column of shares beside its column of counts, with no Total row and no base column ("Upheld 210 35.0%" /
"Partly upheld 150 25.0%" / ... under "Stage 1 / Stage 1 (%)"), where the shares split the counts' sum: each
share is checked against its count over that sum, learnt from the rows that agree (three at least); the one
row that disagrees fails (it warned until 2026-12-07: the three rows that agree make the sum the table's own). A share column of something else (a rate of each row's own) is not read so. Own
words, written before the change; probed on main at ef106a1: 1 of 3 passed (the counter-example), 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

OUTCOMES = ("Complaint outcomes 2032/33\n\n"
            "                 Stage 1    Stage 1 (%)    Stage 2    Stage 2 (%)\n"
            "Upheld             210       35.0%           24        30.0%\n"
            "Partly upheld      150       25.0%           16        {p}%\n"
            "Not upheld         204       34.0%           36        45.0%\n"
            "Withdrawn           36        6.0%            4         5.0%\n")
RATES = ("Answered on time 2032/33\n\n"
         "                 Closed    On time    On time (%)\n"
         "Housing            120       96         80.0%\n"
         "Planning            60       45         75.0%\n"
         "Waste               80       72         90.0%\n"
         "Finance             40       30         75.0%\n")


@pytest.mark.parametrize(("text", "expected"), [
    (OUTCOMES.format(p="20.0"), {("pass", 35.0), ("pass", 25.0), ("pass", 34.0), ("pass", 6.0), ("pass", 30.0),
                                 ("pass", 20.0), ("pass", 45.0), ("pass", 5.0)}),
    (OUTCOMES.format(p="25.0"), {("pass", 35.0), ("pass", 25.0), ("pass", 34.0), ("pass", 6.0), ("pass", 30.0),
                                 ("fail", 25.0), ("pass", 45.0), ("pass", 5.0)}),
    # counter-example: each row's own rate, checked against its own counts, never against a column's sum
    (RATES, {("pass", 80.0), ("pass", 75.0), ("pass", 90.0)}),
])
def test_share_column_of_its_column_sum(tmp_path: Path, text: str, expected: set) -> None:
    assert check_statuses(tmp_path, text, "percentage") == expected
