"""A total for the year told after the quarters it adds up ("Q1 102, Q2 96, Q3 121, Q4 110 - a total of 429 for
the year", "a total of 353 over the year") is the year's, not the last quarter's, and a quarter may be named in words
("Quarter 1 - 88"); "for the year before" stays the year before. Own words, written before the change; probed
on main at ea417e9: 1 of 3 passed (the counter-example), 3 of 3 after. (The second case was first written with
no lead, "Quarter 1: 88; ... (353 over the year)" under a heading; that stays unread, and the case now has its
lead; on ea417e9 it read 353 as the first quarter's and no quarter at all.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys

CASES = [
    ("Complaints 2033/34\n\nComplaints received: Q1 102, Q2 96, Q3 121, Q4 110 - a total of 429 for the year.\n",
     429.0, "2033/34"),
    (("Complaints 2032/33\n\nStage one complaints received: Quarter 1 - 88; Quarter 2 - 91; Quarter 3 - 79; Quarter "
     "4 - 95; a total of 353 over the year.\n"), 353.0, "2032/33"),
    # counter-example: the year before
    ("Complaints 2033/34\n\nWe received 350 complaints in 2033/34, against 330 for the year before.\n",
     330.0, "2032/33"),
]


@pytest.mark.parametrize(("text", "value", "period"), CASES)
def test_year_total_after_quarters(tmp_path: Path, text: str, value: float, period: str) -> None:
    assert {k[4] for k in core_keys(tmp_path, text) if k[1] == value} == {period}
