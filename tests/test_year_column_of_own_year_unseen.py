"""A column named by the report's own year after its four quarters ("Q1  Q2  Q3  Q4  2032/33" in a 2032/33
report) is the year the quarters make up: a row whose quarters do not add up to it is flagged. A year
column of another year after the quarters (last year's total, for comparison) is not judged. Written in
words of our own before the code (held-out batch 17b: a borough's quarterly appendix with a planted slip);
on the commit before: 0 of 1 passed (the other year's column passed)."""

from __future__ import annotations

from pathlib import Path

from extractor import check, load

OWN = """Performance report 2032/33

5.1  Feedback by quarter

                                 Q1      Q2      Q3      Q4   2032/33
Stage 1 complaints              140     152     131     160       583
Compliments                      44      51      39      58       202
"""

OTHER = OWN.replace("Q4   2032/33", "Q4   2031/32").replace("58       202", "58       170").replace("160       583", "160       560")


def _failed(tmp_path: Path, text: str) -> list:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [c for c in check(load(path)) if c.status == "fail"]


def test_own_year_column_sums_its_quarters(tmp_path: Path) -> None:
    assert [(c.line, c.stated, c.expected) for c in _failed(tmp_path, OWN)] == [(7, 202, 192)]


def test_another_years_column_is_not_judged(tmp_path: Path) -> None:
    assert _failed(tmp_path, OTHER) == []
