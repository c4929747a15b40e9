"""A held-out set of relations in words of our own (tests/data/held_out_relations), written before
the checks that read them: every document comes right (`.right.`) and with one stated result
moved (`.wrong.`: the one line that differs). Sums in prose and in tables (pipe, space-aligned,
one cell per line, flattened to text lines), shares beside their count and base, stated changes
with both values. A wrong version must get a failing or warning check at the moved line; a right
version, and each `tricky-` document (rounded shares, a total that leaves out a category it
names, nested sub-totals, periods side by side), must get no failing check."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract, load
from extractor.models import Check

DATA = Path(__file__).parent / "data" / "held_out_relations"
RIGHT = sorted(DATA.glob("*.right.*"))
TRICKY = sorted(DATA.glob("tricky-*"))


def checks_of(path: Path) -> list[Check]:
    doc = load(path)
    return check(doc, extract(doc))


def moved_line(right: Path, wrong: Path) -> int:
    """The one line (from 1) where the wrong version differs from the right one."""
    a, b = right.read_text().split("\n"), wrong.read_text().split("\n")
    changed = [i + 1 for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    assert len(changed) == 1, changed
    return changed[0]


def points_at(c: Check, line: int) -> bool:
    return c.line is not None and abs(c.line - line) <= 1 or line in c.lines


def test_the_set_is_large_enough() -> None:
    assert len(RIGHT) >= 12 and len(TRICKY) >= 4


@pytest.mark.parametrize("right", RIGHT, ids=lambda p: p.name.split(".")[0])
def test_the_moved_result_is_flagged_at_its_line(right: Path) -> None:
    wrong = right.with_name(right.name.replace(".right.", ".wrong."))
    line = moved_line(right, wrong)
    flagged = [c for c in checks_of(wrong) if c.status in ("fail", "warn") and points_at(c, line)]
    assert flagged, f"nothing flagged at line {line} of {wrong.name}"


@pytest.mark.parametrize("path", RIGHT + TRICKY, ids=lambda p: p.name.split(".")[0])
def test_right_arithmetic_never_fails(path: Path) -> None:
    failed = [(c.rule, c.line, c.message) for c in checks_of(path) if c.status == "fail"]
    assert failed == []
