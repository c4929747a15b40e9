"""A table's caption that gives its whole as "(n=336)" or "(n = 336)" states the total its rows make ("Table 2 -
How stage 1 complaints were made (n=336)" over "Online form" / "189" / "Email" / "83" / ...): the rows are added
up against it, as against a Total row. Own words, written before the change; probed on main at c27ce5e: 0 of 4
passed, 4 of 4 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

CELLS = ("Complaints 2031/32\n\nTable 3 - How stage 1 complaints reached us (n={n})\nOnline form\n190\nEmail\n84\n"
         "Telephone\n40\nLetter\n11\n\nMost complaints came online.\n")
ROWS = ("Complaints 2031/32\n\nFigure 4: Stage 2 complaints by service (n = {n})\nHousing repairs      31\nParking              "
        "12\nCouncil tax           9\n\nRepairs led again.\n")


@pytest.mark.parametrize(("text", "n", "expected"), [
    (CELLS, "325", "pass"), (CELLS, "335", "fail"), (ROWS, "52", "pass"), (ROWS, "54", "fail"),
])
def test_caption_n_is_the_tables_total(tmp_path: Path, text: str, n: str, expected: str) -> None:
    assert {s for s, _ in check_statuses(tmp_path, text.format(n=n), "table_total")} == {expected}
