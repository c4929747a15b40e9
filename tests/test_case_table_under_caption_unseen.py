"""A case table copied one cell per line, with blank lines between cells and long cells wrapped, whose caption
("Table 3: Ombudsman investigations concluded in 2031/32") sits right above its first header cell with no
blank line between: the caption is the table's title, not part of its first cell, and each row is a case.
Words of our own, written before the change: before it 0 of 1 passed, after it 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

PAGE = ("Annual complaints report 2031/32\n\n"
        "The Ombudsman concluded three investigations about the Trust.\n"
        "Table 3: Ombudsman investigations concluded in 2031/32\n"
        "PHSO ref\n\nService\n\nOutcome\n\n"
        "C-3310442\n\nRenal\nMedicine\n\nUpheld\n\n"
        "C-3311907\n\nStroke\n\nNot upheld\n\n"
        "C-3312281\n\nChildren's\nOutpatients\n\nPartly upheld\n\n"
        "The Trust has acted on each recommendation.\n")


def test_each_row_under_the_caption_is_a_case(tmp_path: Path) -> None:
    assert sorted(o for _, o, _ in case_outcomes(tmp_path, PAGE)) == ["not_upheld", "partially_upheld", "upheld"]
