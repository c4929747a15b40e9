"""A row of tiles copied values first and then as many labels, where some labels are no complaint measure
("tenants satisfied with our service", "homes managed"): each label still takes the value in its place, so
the labels the vocabulary knows are not shifted onto their neighbours' values. A label that wraps onto a
line that looks like a value ("Stage 1 replies within" / "10 working days") is one label, and a numbered
section title after the labels is no label of the row. Words of our own, written with the change (before it,
the last value was paired with the first known label)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import figure_keys


def figures(tmp_path: Path, text: str) -> set[tuple[str, float, str, str | None]]:
    return figure_keys(tmp_path, text, "tiles-2031-32.txt")


ROW = ("2,415\n\n167\n\n77%\n\n91%\n\nhomes managed\n\ncomplaints received\n\nStage 1 replies within\n10 working days\n\n"
       "tenants satisfied with\nour repairs service\n\n2. About our complaints\nWe publish these figures each year.\n")


def test_each_label_takes_the_value_in_its_place(tmp_path: Path) -> None:
    found = figures(tmp_path, ROW)
    assert ("received", 167.0, "count", None) in found
    assert ("within_target", 77.0, "percent", "stage1") in found
    assert not {v for _m, v, _u, _s in found} & {2415.0, 91.0}


def test_a_label_short_of_the_values_pairs_nothing(tmp_path: Path) -> None:
    """One label fewer than the values: which is whose is not known, and no value takes a known label's
    neighbour."""
    found = figures(tmp_path, ROW.replace("homes managed\n\n", ""))
    assert ("received", 2415.0, "count", None) not in found and ("received", 77.0, "percent", None) not in found
