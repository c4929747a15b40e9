"""A change "on" the quarter it names ("Stage 2 complaints were down 20% on quarter 1") is measured from that
quarter to the one after it, in the table of quarters above: the quarter named is the one compared with, not
the change's own. Own words, written before the change; probed on main at d56b4a4 with the look-up by a named
quarter: 0 of 2 passed (it took quarter 1 for the change's own and the quarter before it for the earlier,
and found none), 2 of 2 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_checks

TEXT = ("Complaints report Q2 2032/33\n\n| Measure | Q1 | Q2 | Year to date |\n|---|---|---|---|\n"
        "| Stage 1 received | 150 | 162 | 312 |\n| Stage 2 received | 25 | 20 | 45 |\n\n"
        "Stage 2 complaints were down {size}% on quarter 1.\n")


@pytest.mark.parametrize(("size", "expected"), [("20", {("pass", 20.0)}), ("25", {("warn", 25.0)})])
def test_change_on_a_named_quarter(tmp_path: Path, size: str, expected: set) -> None:
    checks = [c for c in report_checks(tmp_path, TEXT.format(size=size), name="report.md") if c.rule == "stated_change"]
    assert {(c.status, c.stated) for c in checks} == expected
