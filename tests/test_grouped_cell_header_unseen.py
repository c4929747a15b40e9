"""A table copied one cell per line whose periods repeat under group names ("First stage" over 2031/32 and
2030/31, "Second stage" over the same two years): each group's columns take its name. A PDF's text puts
the label column's name, set centred over two header rows, before, between or after the group names.
Written before the change in words of our own; 0 of 3 passed before it (every value took the last group)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

ROWS = [("Repairs and maintenance", 140, 151, 22, 19), ("Neighbourhoods", 61, 58, 9, 11),
        ("Lettings", 33, 40, 4, 6), ("Total", 234, 249, 35, 36)]


def _report(header: list[str]) -> str:
    cells = ["Complaints by service area", *header]
    for label, *values in ROWS:
        cells += [label, *(str(v) for v in values)]
    return "Brookfield Homes complaints report 2031/32\n\n" + "\n\n".join(cells) + "\n\nAll figures are complaints received.\n"


def _expected() -> set[tuple]:
    out = set()
    for _, a, b, c, d in ROWS:
        out |= {("received", a, "count", "stage1", "2031/32"), ("received", b, "count", "stage1", "2030/31"),
                ("received", c, "count", "stage2", "2031/32"), ("received", d, "count", "stage2", "2030/31")}
    return out


PERIODS = ["2031/32", "2030/31", "2031/32", "2030/31"]


def test_label_name_between_the_group_names(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, _report(["First stage", "Service area", "Second stage", *PERIODS]))
    assert _expected() <= keys


def test_label_name_before_the_group_names(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, _report(["Service area", "First stage", "Second stage", *PERIODS]))
    assert _expected() <= keys


def test_label_name_after_the_group_names(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, _report(["Stage one", "Stage two", "Service area", *PERIODS]))
    assert _expected() <= keys
