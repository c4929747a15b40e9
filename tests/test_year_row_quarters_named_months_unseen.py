"""A Year row under quarter rows that name their months in brackets ("Q1 (Apr to Jun)", "Quarter 3
(October–December)") is the sum of those quarters (period_sum), as under bare "Q1" ... "Q4". Words of our
own, written before the change: before it 0 of 2 passed (no check), after it 2 of 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

TABLE = ("Complaints logged, 2031/32\n"
         " Quarter                          2031/32      2030/31\n"
         " Q1 (Apr to Jun)                      120          118\n"
         " Q2 (Jul to Sep)                      131          109\n"
         " Quarter 3 (October–December)         117          121\n"
         " Q4 (Jan to Mar)                      140          132\n"
         " Year                                 {year}          480\n\nThe figures are provisional.\n")


@pytest.mark.parametrize(("year", "status"), [("508", "pass"), ("518", "fail")])
def test_a_year_row_under_quarters_with_months(tmp_path: Path, year: str, status: str) -> None:
    checks = report_checks(tmp_path, "Complaints report 2031/32\n\n" + TABLE.format(year=year), "quarters.txt")
    found = {(c.rule, c.status, c.line) for c in checks if c.rule in ("period_sum", "table_total")}
    assert ("period_sum", status, 9) in found, found
