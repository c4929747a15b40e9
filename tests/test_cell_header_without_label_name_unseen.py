"""A table copied one cell per line whose label column has no name: a caption ("Indicator 3: complaints"), then
one name per value column ("1st stage" / "2nd stage"), then the rows. The caption is the table's title and the
names are its columns. Written before the change in words of our own; 0 of 2 passed before it."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

CELLS = ["Measure 2: stage one and stage two complaints", "First stage", "Second stage",
         "Complaints received in the year", "412", "58",
         "Complaints answered in full in the year", "405", "55",
         "Complaints upheld in the year", "190", "21"]


def test_rows_under_named_columns_and_a_caption(tmp_path: Path) -> None:
    text = "Kilbarr Housing Association charter return 2032/33\n\n" + "\n\n".join(CELLS) + "\n"
    keys = core_keys(tmp_path, text)
    assert ("received", 412, "count", "stage1", "2032/33") in keys
    assert ("received", 58, "count", "stage2", "2032/33") in keys
    assert ("upheld", 21, "count", "stage2", "2032/33") in keys


def test_cells_on_touching_lines(tmp_path: Path) -> None:
    text = "Kilbarr Housing Association charter return 2032/33\n\n" + "\n".join(CELLS) + "\n"
    keys = core_keys(tmp_path, text)
    assert ("upheld", 190, "count", "stage1", "2032/33") in keys
