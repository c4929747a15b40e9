"""A total on a line of its own and its split by service, area or kind on the lines under it
("Total complaints received: 331" / "- Adult services: 120" / ...), and a total split by what the
complaints were about in its own sentence ("comprised 60 about repairs, 15 about ... and 13 about ..."):
the parts are added up against the total, from the figures the reader took from them.

Written before the change in words of our own; on main at 91c4548 no check looked at these. A list
the text says is a selection ("the services with the most complaints") or a list of other measures
is no split of the total.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import check_statuses

TITLE = "Complaints annual summary 2032/33\n\n"


def sums(tmp_path: Path, text: str) -> set[tuple[str, float | None]]:
    return check_statuses(tmp_path, TITLE + text + "\n", "breakdown_sum")


@pytest.mark.parametrize("text, status, stated", [
    ("Total complaints received: 331\n- Adult services: 120\n- Children's services: 92\n- Housing: 100",
     "warn", 331.0),
    ("Total complaints received: 312\n- Adult services: 120\n- Children's services: 92\n- Housing: 100",
     "pass", 312.0),
    (("Number of stage 1 complaints - 250\n• Parks and open spaces - 61\n• Street cleansing - 102\n"
      "• Licensing - 52"), "warn", 250.0),
    (("The 97 complaints we logged comprised 60 about repairs, 15 about anti-social behaviour and 13 about "
      "other matters."), "fail", 97.0),
    (("The 88 complaints we logged comprised 60 about repairs, 15 about anti-social behaviour and 13 about "
      "other matters."), "pass", 88.0),
])
def test_the_split_is_added_up(tmp_path: Path, text: str, status: str, stated: float) -> None:
    assert (status, stated) in sums(tmp_path, text)


@pytest.mark.parametrize("text", [
    "Total complaints received: 312\nThe services with the most complaints were:\n- Housing: 100\n- Waste: 80",
    "Complaints received: 312\n- Upheld: 41\n- Answered within 10 working days: 250",
    "Total complaints received: 312\n\nCompliments received: 120\nComments received: 92",
    "What our 240 appeals were about (top 3):\n• Noise - 90\n• Parking - 70\n• Litter - 30",
])
def test_no_split_is_added_up(tmp_path: Path, text: str) -> None:
    assert not {s for s in sums(tmp_path, text) if s[0] != "pass"}


def test_items_with_their_own_counts_are_not_counted(tmp_path: Path) -> None:
    text = TITLE + "What our 240 appeals were about (top 3):\n• Noise - 90\n• Parking - 70\n• Litter - 30\n"
    assert not check_statuses(tmp_path, text, "list_count")
