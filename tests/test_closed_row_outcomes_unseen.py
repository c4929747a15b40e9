"""A table row that splits the complaints closed at a stage into outcome columns is the whole breakdown:
when its outcomes do not add up to its closed count, the row is wrong (not "some may still be open",
which closed complaints cannot be). Written in our own words; the first case only warned before.
Before: 1 of 2 passed (the row that adds up); after: 2 of 2."""

from __future__ import annotations

from pathlib import Path

from extractor import check, extract, load

TABLE = """\
Kestrel Housing complaints 2033/34

| Stage | Closed | Upheld | Partly upheld | Not upheld |
| --- | --- | --- | --- | --- |
| Stage one | {closed} | 120 | 45 | 300 |
| Stage two | 52 | 10 | 12 | 30 |
"""


def _outcome_checks(tmp_path: Path, closed: int) -> dict[int, str]:
    path = tmp_path / "report.md"
    path.write_text(TABLE.format(closed=closed), encoding="utf-8")
    doc = load(path)
    return {c.line: c.status for c in check(doc, extract(doc)) if c.rule == "outcome_sum"}


def test_a_closed_row_whose_outcome_columns_fall_short_fails(tmp_path: Path) -> None:
    assert _outcome_checks(tmp_path, 471) == {5: "fail", 6: "pass"}  # 120 + 45 + 300 = 465


def test_a_closed_row_whose_outcome_columns_add_up_passes(tmp_path: Path) -> None:
    assert _outcome_checks(tmp_path, 465) == {5: "pass", 6: "pass"}
