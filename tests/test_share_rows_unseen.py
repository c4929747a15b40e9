"""A table whose columns are periods and whose rows are measures may state a row of shares ("% within 10
working days") that is one of its count rows over another, column by column. The checker learns which
two rows from the table (every column but one must agree) and points at a column whose share does not
hold (a failure: three other columns agree, so the two rows are the table's own; 2026-12-07, it was a
warning). Written in our own words before the checker read shares along a row. Before: 0 of 2 passed;
after: 2 of 2."""

from __future__ import annotations

from pathlib import Path

from extractor import check, extract, load

TABLE = """\
Brightwater Council complaints dashboard, quarter 1 2034/35

| Measure | Apr | May | Jun | Q1 |
| --- | --- | --- | --- | --- |
| Stage 1 closed | 120 | 96 | 110 | 326 |
| Stage 1 closed within 10 working days | 102 | 79 | 93 | 274 |
| % within 10 working days | 85.0% | {may} | 84.5% | 84.0% |
| Compliments | 40 | 31 | 36 | 107 |
"""


def _share_checks(tmp_path: Path, may: str) -> list[tuple[int, str]]:
    path = tmp_path / "dashboard.md"
    path.write_text(TABLE.format(may=may), encoding="utf-8")
    doc = load(path)
    return sorted((c.line, c.status) for c in check(doc, extract(doc)) if c.rule == "percentage")


def test_a_row_of_shares_is_checked_column_by_column(tmp_path: Path) -> None:
    assert _share_checks(tmp_path, "82.3%") == [(7, "pass")] * 4  # 79 of 96 = 82.3%


def test_a_share_that_is_not_its_column_s_counts_is_told(tmp_path: Path) -> None:
    got = _share_checks(tmp_path, "88.3%")
    assert (7, "fail") in got and got.count((7, "pass")) == 3
