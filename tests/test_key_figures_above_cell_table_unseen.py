"""Key figures set above a table copied one cell per line ("204 compliments" / "Complaints by quarter" / "Quarter"
/ "Stage one" / "Stage two" / "Q1" / 61 / 9 ...): a count and its words is a tile, neither the table's title nor
its label column's name, so the table counts complaints, by its own caption. Words of our own, written with
the change (before it, the tile's noun named the table's measure: 8 rows of compliments)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

CELLS = ["204 compliments", "Complaints by quarter", "Quarter", "Stage one", "Stage two",
         "Q1", "61", "9", "Q2", "58", "12", "Q3", "66", "8", "Q4", "70", "11"]


def test_the_table_below_a_tile_counts_complaints(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, "Complaints 2031/32\n\n" + "\n\n".join(CELLS) + "\n\nFigures are provisional.\n")
    assert ("received", 61.0, "count", "stage1", "2031/32 Q1") in keys, sorted(keys, key=str)
    assert not {k for k in keys if k[0] == "compliments" and k[1] != 204.0}, sorted(keys, key=str)
