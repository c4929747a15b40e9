"""A comma-separated export is a table by its very format: each of its numbers is read once, by the
table reader, not again as a key-figure tile ("Stage 1 complaints received,120,135,...": the 120 was
also read as a tile dated by the last column's quarter). Words of our own, written before the change:
before it 0 of 1 passed, after it 1 of 1."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

EXPORT = """Measure,Q1 2031/32,Q2 2031/32,Q3 2031/32,Q4 2031/32,Total 2031/32
Stage 1 complaints received,120,135,128,140,523
Stage 2 complaints received,14,12,18,11,55
Compliments received,60,72,55,81,268
"""


def test_each_cell_of_an_export_is_one_figure(tmp_path: Path) -> None:
    path = tmp_path / "dashboard-2031-32.csv"
    path.write_text(EXPORT, encoding="utf-8")
    got = Counter((f.line, f.value) for f in extract(load(path)) if isinstance(f, Figure))
    assert len(got) == 15 and set(got.values()) == {1}
