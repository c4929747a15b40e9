"""A dashboard row's year to date is the sum of its quarters even when a Target column stands between the
label and the quarters ("Measure | Target | Q1 | Q2 | Q3 | Q4 | Year to date"): a target is no part of any
total, so a year to date that is not its quarters' sum fails as `period_sum`. Found in a landlord's board
dashboard written for this project as a Word table by a helper session that had not seen the tool
(2026-12-06: the slip was only a warning that "the parts may overlap", the target's dash counted as a part).
The tables below are in words of our own, written before the change: at e58654e the slip gave a warning, not
a failure (0/1), and the right table no failure (1/1)."""

from __future__ import annotations

from pathlib import Path

from extractor import check, load
from extractor.models import Check

TABLE = """# Brookhaven Housing board dashboard 2031/32

Table 2: complaints by quarter, 2031/32

| Measure | Target | Q1 | Q2 | Q3 | Q4 | Year to date |
|---|---|---|---|---|---|---|
| Stage 1 complaints | – | 50 | 60 | 55 | 45 | {ytd} |
| Stage 1 answered on time | 95% | 91% | 93% | 90% | 94% | 92% |
"""


def _failed(tmp_path: Path, ytd: int) -> list[tuple[str, float | None]]:
    path = tmp_path / "dashboard.md"
    path.write_text(TABLE.format(ytd=ytd), encoding="utf-8")
    return [(c.rule, c.stated) for c in check(load(path)) if isinstance(c, Check) and c.status == "fail"]


def test_a_year_to_date_beside_a_target_column_fails_when_wrong(tmp_path: Path) -> None:
    assert ("period_sum", 230.0) in _failed(tmp_path, 230)


def test_a_right_year_to_date_beside_a_target_column_passes(tmp_path: Path) -> None:
    assert _failed(tmp_path, 210) == []
