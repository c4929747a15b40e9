"""Every complaint table of tests/layout_matrix.py in every text layout gives exactly the figures its
data states: a layout the reader knows for one table must hold for the others. Written before the
changes that read them; see the commit message for how many passed before and after."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from layout_matrix import LAYOUTS, TABLES, document

from extractor import extract, load
from extractor.models import Figure


@pytest.mark.parametrize("how", LAYOUTS)
@pytest.mark.parametrize("table", sorted(TABLES))
def test_a_table_reads_the_same_in_every_layout(tmp_path: Path, table: str, how: str) -> None:
    text, expected = document(table, how)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    got = Counter((f.measure, f.value, f.unit, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure))
    want = Counter(expected)
    assert (sorted(want - got), sorted(got - want)) == ([], [])
