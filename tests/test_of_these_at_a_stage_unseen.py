"""A count that opens its sentence or list item as a part of the count before it and names the stage it was
dealt with at ("122 of these were dealt with at stage one", "70 of them were resolved at the first stage")
counts what the count before it counts, at that stage.

Written in words of our own before the change, after a re-worded dev-real excerpt ("181 of these were dealt
with at stage one") lost its stage counts; on main at 91c4548 (the session's base) neither was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

TITLE = "Complaints in quarter 2, 2031/32\n\n"


@pytest.mark.parametrize("text, expected", [
    (("We received 140 complaints in the quarter.\n  • 122 of these were dealt with at stage one.\n"
     "  • 18 of these were handled at stage two.\n"),
     {("received", 122.0, "count", "stage1", "2031/32 Q2"), ("received", 18.0, "count", "stage2", "2031/32 Q2")}),
    ("The trust closed 96 complaints in the quarter. 70 of them were resolved at the first stage.\n",
     {("closed", 70.0, "count", "stage1", "2031/32 Q2")}),
])
def test_the_part_counts_the_whole_at_its_stage(tmp_path: Path, text: str, expected: set) -> None:
    assert expected <= core_keys(tmp_path, TITLE + text)


def test_a_part_by_subject_has_no_stage(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TITLE + "We received 140 complaints. 12 of these were about parking at stage one car parks.\n")
    assert not {k for k in keys if k[1] == 12.0 and k[3] is not None}
