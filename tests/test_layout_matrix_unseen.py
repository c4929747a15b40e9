"""Every complaint table of tests/layout_matrix.py and tests/layout_axes.py, in every text layout and as
Markdown and HTML, gives exactly the figures its data states (none for a table that counts no
complaints): a layout the reader knows for one table must hold for the others. Written before the
changes that read them; see the commit messages for how many passed before and after."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from layout_axes import all_tables
from layout_matrix import renders
from layout_renderings import FAST, write

from extractor import extract, load
from extractor.models import Figure

CASES = [(name, how) for name, make in sorted(all_tables().items()) for how in FAST if renders(make(), how)]


def readings(path: Path) -> Counter[tuple[object, ...]]:
    """The core key of every figure read from the file."""
    return Counter((f.measure, f.value, f.unit, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure))


@pytest.mark.parametrize(("table", "how"), CASES)
def test_a_table_reads_the_same_in_every_layout(tmp_path: Path, table: str, how: str) -> None:
    made = all_tables()[table]()
    got, want = readings(write(made, how, tmp_path)), Counter(made.expected)
    assert (sorted(want - got), sorted(got - want)) == ([], [])
