"""Stated changes with their size: "a rise of 25 per cent" is a percentage (never a count of 25),
"rose from 120 to 150, an increase of 25%" checks the 25% and not only the direction, and "150
complaints, up 25% on last year's 120" is checked at all. Written before the change in words no
corpus document holds; on main at fd9cfc6 the right "per cent" sentence failed (a false alarm), the
wrong "from ... to" size passed, and "up 35% on last year's" gave no check."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import load
from extractor.pipeline import check


def statuses(tmp_path: Path, sentence: str) -> list[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(f"Complaints annual report 2030/31\n\n{sentence}\n", encoding="utf-8")
    return [(c.rule, c.status) for c in check(load(path)) if c.rule == "stated_change"]


@pytest.mark.parametrize("sentence, expected", [
    ("150 complaints were received in 2030/31 compared with 120 in 2029/30, a rise of 25 per cent.",
     [("stated_change", "pass")]),
    ("Complaints rose from 120 to 150, an increase of 25%.", [("stated_change", "pass")]),
    ("Complaints rose from 120 to 150, an increase of 35%.", [("stated_change", "fail")]),
    ("We received 150 complaints, up 25% on last year's 120.", [("stated_change", "pass")]),
    ("We received 150 complaints, up 35% on last year's 120.", [("stated_change", "fail")]),
])
def test_a_change_is_checked_by_its_size(tmp_path: Path, sentence: str, expected: list) -> None:
    assert statuses(tmp_path, sentence) == expected
