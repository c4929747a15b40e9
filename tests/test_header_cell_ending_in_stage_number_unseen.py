"""A column name that ends on the number of the stage it names ("Received at stage 1", "Escalated to Stage 2")
is a header cell, not a label with its value: a table under such a header is read. Written before the change in
words of our own; 1 of 2 passed before it (the spaced table; the pipe table's header was taken for a row of
data and the table dropped)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

HEADER = "Tolbury Homes complaints performance 2031/32\n\n"


def test_pipe_table_under_stage_numbered_names(tmp_path: Path) -> None:
    text = HEADER + ("Quarter | Received at stage 1 | Escalated to Stage 2\n"
                     "Q1 | 142 | 11\n"
                     "Q2 | 156 | 14\n")
    keys = core_keys(tmp_path, text)
    assert ("received", 142, "count", "stage1", "2031/32 Q1") in keys
    assert ("received", 14, "count", "stage2", "2031/32 Q2") in keys


def test_spaced_table_under_stage_numbered_names(tmp_path: Path) -> None:
    text = HEADER + ("Service        Answered at level 1    Reviewed at level 2\n"
                     "Repairs                 88                    9\n"
                     "Lettings                41                    3\n")
    keys = core_keys(tmp_path, text)
    assert ("received", 9, "count", "stage2", "2031/32") in keys or ("closed", 9, "count", "stage2", "2031/32") in keys
