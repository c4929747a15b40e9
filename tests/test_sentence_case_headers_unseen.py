"""A table flattened to text whose column names are sentence case and several words each, all on one
line ("Compliments received Complaints logged" over "Q1 40 22"): each name starts on its capital, so the
header is cut there, with a label column's header before the first name when there is one more capital.

Written in words of our own after a re-worded dev-real excerpt ("Concerns raised Complaints logged") lost
its table; they were written after the change and checked to fail on main at 91c4548 (the session's base). A name that runs on
past a capital ("Complaints to LGSCO") is not cut there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

from extractor.extract.flat_rows import split_header_at_capitals


@pytest.mark.parametrize("text, expected", [
    ("Feedback by quarter 2031/32\n\nCompliments received Complaints logged\nQ1 40 22\nQ2 35 19\n",
     {("compliments", 40.0, "count", None, "2031/32 Q1"), ("received", 22.0, "count", None, "2031/32 Q1"),
      ("compliments", 35.0, "count", None, "2031/32 Q2"), ("received", 19.0, "count", None, "2031/32 Q2")}),
    ("Adult social care feedback 2031/32\n\nQuarter Informal concerns Formal complaints\nQ1 8 5\nQ2 6 7\n",
     {("received", 8.0, "count", "informal", "2031/32 Q1"), ("received", 5.0, "count", "stage1", "2031/32 Q1"),
      ("received", 6.0, "count", "informal", "2031/32 Q2"), ("received", 7.0, "count", "stage1", "2031/32 Q2")}),
])
def test_each_column_is_read_under_its_own_name(tmp_path: Path, text: str, expected: set) -> None:
    assert expected <= core_keys(tmp_path, text)


@pytest.mark.parametrize("line, width, cut", [
    ("Concerns raised Complaints logged", 2, ("", "Concerns raised", "Complaints logged")),
    ("Month Informal concerns Formal complaints", 2, ("Month", "Informal concerns", "Formal complaints")),
    ("Complaints to LGSCO Complaints upheld", 2, None),
    ("Received Upheld", 2, None),  # one word per name: the word-count rule's
    ("Concerns Raised Complaints Logged", 2, None),  # title case: a capital on every word says nothing
])
def test_the_header_is_cut_at_its_capitals(line: str, width: int, cut: tuple[str, ...] | None) -> None:
    assert split_header_at_capitals(line, width) == cut
