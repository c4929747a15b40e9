"""A row of key-figure tiles copied from a PDF in reading order gives its values first, one to a line,
then their labels in the same order ("412" / "96" / "88%" / "Stage 1 complaints received" / "Stage 2
complaints received" / "Stage 1 answered on time"): as many labels as values, each the label of the
value in its place. Where the labels are fewer or more, which is whose is not known: nothing is read.
Words of our own, written before the change: before it 1 of 3 passed (the one expecting nothing),
after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import figure_keys


def figures(tmp_path: Path, text: str) -> set[tuple[str, float, str, str | None]]:
    return figure_keys(tmp_path, "Complaints dashboard, Quarter 2 2031/32\n\n" + text, "tiles.txt")


def test_values_then_as_many_labels(tmp_path: Path) -> None:
    text = ("412\n\n96\n\n88%\n\nStage 1 complaints received\n\nStage 2 complaints received\n\n"
            "Stage 1 answered on time\n\nCompliments are reported separately.\n")
    assert figures(tmp_path, text) == {("received", 412.0, "count", "stage1"), ("received", 96.0, "count", "stage2"),
                                       ("within_target", 88.0, "percent", "stage1")}


def test_a_label_wrapped_over_two_lines_is_one_label(tmp_path: Path) -> None:
    text = "57\n\n23\n\nComplaints about\nrepairs received\n\nCompliments\n\n"
    assert figures(tmp_path, text) == {("received", 57.0, "count", None), ("compliments", 23.0, "count", None)}


def test_fewer_labels_than_values_read_nothing(tmp_path: Path) -> None:
    text = "412\n\n96\n\n88%\n\nStage 1 complaints received\n\nStage 2 complaints received\n\n"
    assert not {v for _m, v, _u, _s in figures(tmp_path, text)} & {412.0, 96.0, 88.0}
