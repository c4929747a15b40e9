"""A headerless list of categories and counts ("Repairs and maintenance | 287") under a caption that breaks
complaints down gives each category's received count, whatever words the caption breaks them down with: "by
category", and as readily "what residents complained about", "subjects of ... complaints", "main reasons
for complaints", "complaints about each service". A list under a caption that breaks down something else
("Complaint handling staff trained in 2031/32") gives none.

Written before the code, in words of our own: 1 of 5 captions read before ("... by ..."), 5 after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import figure_keys

ROWS = "Repairs and maintenance\t287\nDamp and mould\t104\nOther\t46\nTotal\t437\n"


@pytest.mark.parametrize("caption", [
    "Stage 1 complaints by category",
    "What residents complained about at stage 1",
    "Subjects of stage one complaints",
    "Main reasons for complaints at stage 1",
    "Stage 1 complaints about each service",
])
def test_a_caption_that_breaks_complaints_down(tmp_path: Path, caption: str) -> None:
    keys = figure_keys(tmp_path, f"Annual complaints report 2031/32\n\n{caption}\n{ROWS}")
    assert {("received", 287.0, "count", "stage1"), ("received", 104.0, "count", "stage1")} <= keys


def test_a_caption_that_breaks_down_something_else(tmp_path: Path) -> None:
    text = "Annual complaints report 2031/32\n\nComplaint handling staff trained in 2031/32\nHousing officers\t12\nRepairs supervisors\t8\n"
    assert not figure_keys(tmp_path, text)
