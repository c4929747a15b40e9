"""A table copied column by column: its caption, its row labels one per line, closed by a Total, then as
many values one per line ("Upheld after investigation" / ... / "Total" / 5 / 3 / ... / 24). Each label
takes the value in its place, where the values' own sum settles it (the last is the sum of the others);
where it does not, or the counts differ, nothing is paired. Words of our own, written before the change:
before it 1 of 3 passed (the counter-example), after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

LABELS = ["Upheld after investigation", "Not upheld after investigation", "Closed after initial enquiries",
          "Referred back for local resolution", "Total"]


def page(values: list[str], gap: str = "\n") -> str:
    return ("Ombudsman decisions about the council\n\nLocal Government Ombudsman decisions, 2031/32\n"
            + gap.join(LABELS + values) + "\nDecisions in a year may concern complaints of earlier years.\n")


def test_labels_then_values_that_add_up(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, page(["5", "3", "9", "7", "24"]))
    y = "2031/32"
    assert {("upheld", 5.0, "count", "ombudsman", y), ("not_upheld", 3.0, "count", "ombudsman", y)} <= keys, sorted(keys, key=str)


def test_with_blank_lines_between_cells(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, page(["5", "3", "9", "7", "24"], gap="\n\n"))
    assert ("upheld", 5.0, "count", "ombudsman", "2031/32") in keys, sorted(keys, key=str)


def test_values_that_do_not_add_up_are_not_paired(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, page(["5", "3", "9", "7", "31"]))
    assert not {k for k in keys if k[0] in ("upheld", "not_upheld")}, sorted(keys, key=str)
