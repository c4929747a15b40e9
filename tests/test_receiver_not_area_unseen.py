"""Who receives a count is its area only when it is a part of the body: "Parks and Open Spaces received
14" is, "The Ombudsman received 7 complaints about the authority" (the ombudsman's stage) and "The Board
received 300" (the body itself) are not. Written in words of our own with the code (held-out batch 16c);
on the commit before: 1 of 2 passed (the ombudsman's failed; the part's area passed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

TITLE = "Feedback report 2032/33\n\n"


@pytest.mark.parametrize("text", [
    "The Ombudsman received 7 complaints about the authority during the year.",
    "The Board received 300 complaints in 2032/33.",
])
def test_receiver_that_is_no_part_gives_no_area(tmp_path: Path, text: str) -> None:
    got = [f for f in report_figures(tmp_path, TITLE + text + "\n") if f.measure == "received"]
    assert got and all(f.area is None for f in got)


def test_part_that_receives_is_the_area(tmp_path: Path) -> None:
    got = report_figures(tmp_path, TITLE + "Parks and Open Spaces received 14 complaints.\n")
    assert [f.area for f in got if f.measure == "received"] == ["Parks and Open Spaces"]
