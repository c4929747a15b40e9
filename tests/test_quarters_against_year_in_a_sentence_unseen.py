"""A sentence that gives the four quarters and the year's total ("Complaints received: Q1 102, Q2 96, Q3 121, Q4
110 - a total of 429 for the year") is checked as quarters against the year (period_sum): it holds when they add
up and fails when they do not; three quarters "so far this year" are no whole year and give no check. Own words,
written before the change; probed on main at ea417e9: 1 of 5 passed (the counter-example), 5 of 5 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

QUARTERS = "Complaints 2033/34\n\nComplaints received: Q1 102, Q2 96, Q3 121, Q4 110 - a total of {total} for the year.\n"
WORDS = ("Complaints 2032/33\n\nStage one complaints received: Quarter 1 - 88; Quarter 2 - 91; Quarter 3 - 79; Quarter 4 - "
         "95; a total of {total} over the year.\n")


@pytest.mark.parametrize(("text", "total", "expected"), [
    (QUARTERS, "429", {("pass", 429.0)}),
    (QUARTERS, "492", {("fail", 492.0)}),
    (WORDS, "353", {("pass", 353.0)}),
    (WORDS, "335", {("fail", 335.0)}),
    # counter-example: three quarters are the year so far, not the year
    ("Complaints 2033/34\n\nComplaints received: Q1 102, Q2 96, Q3 121 - {total} so far this year.\n", "391", set()),
])
def test_quarters_against_year_in_a_sentence(tmp_path: Path, text: str, total: str, expected: set) -> None:
    assert check_statuses(tmp_path, text.format(total=total), "period_sum") == expected
