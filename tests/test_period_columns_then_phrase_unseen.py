"""A single-spaced table header of periods followed by one longer column name ("Quarter 2031/32 2030/31 Replied
to within the agreed time (2031/32)") over rows of as many values ("Q1 (Apr to Jun) 140 131 76%"): the periods
name the first columns and the words after them the last. Words of our own, written before the change: before
it 0 of 1 passed (no figure from the table), after it 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = ("Patient complaints 2031/32\n\nFormal complaints received\n"
        "Quarter 2031/32 2030/31 Replied to within the agreed time (2031/32)\n"
        "Q1 (Apr to Jun) 140 131 76%\nQ2 (Jul to Sep) 151 144 80%\nQ3 (Oct to Dec) 139 150 82%\n"
        "We are working to reply more quickly.\n")


def test_periods_then_a_named_column(tmp_path: Path) -> None:
    keys = {(m, v, u, p) for m, v, u, _stage, p in core_keys(tmp_path, PAGE)}  # (the stage is another reader's)
    assert {("received", 140.0, "count", "2031/32 Q1"), ("received", 131.0, "count", "2030/31 Q1"),
            ("within_target", 76.0, "percent", "2031/32 Q1")} <= keys, sorted(keys, key=str)
