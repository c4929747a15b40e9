"""A change "on last year" whose values stand in the table of two years above it, among other measures of the
same stage ("Stage 1 complaints rose by 14% on last year" under rows for stage 1 complaints received, closed and
closed in time, each with last year's in brackets), is judged on the measure its subject names (complaints alone
are those received). A mismatch warns. Own words, written before the change; probed on main at c27ce5e: 0 of 2
passed, 2 of 2 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

TEXT = ("Complaints annual report 2032/33\n\nFigures for 2031/32 are in brackets.\n\n"
        "2. Complaints                                   2032/33   (2031/32)\n"
        "Stage 1 complaints received .....................  412     (360)\n"
        "Stage 1 complaints closed .......................  405     (371)\n"
        "   closed within 10 working days ................  330     (290)\n\n"
        "2.1 Stage 1 complaints rose by {size}% on last year, mostly about waste.\n")


@pytest.mark.parametrize(("size", "expected"), [("14", {("pass", 14.0)}), ("18", {("warn", 18.0)})])
def test_change_on_last_year_of_the_named_measure(tmp_path: Path, size: str, expected: set) -> None:
    assert check_statuses(tmp_path, TEXT.format(size=size), "stated_change") == expected
