"""Counts a lead-in announces and the lists or sentences that split them, in words of our own (the
shapes of a council's performance cover report): a split whose last part is the next sentence, bullets
that each open with their count, and items that are headings over the sub-bullets the count is of.
Right, they raise nothing; with a count moved, a check points at the line. Written before the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import check_review

from extractor.models import Check

TITLE = "Marlow Vale Council quarterly performance summary"


def _checks(tmp_path: Path, text: str) -> list[Check]:
    return check_review(tmp_path, text, TITLE, "summary.txt")


def _problems(checks: list[Check]) -> list[tuple[str, str, int | None]]:
    return [(c.rule, c.status, c.line) for c in checks if c.status != "pass"]


REST_NEXT = ("Of the 24 service standards we track, 15 were met and 6 were nearly met. {v} standards were "
             "missed.\n")
BULLETS = ("Of the 30 requests in the review, the results are as follows:\n\n- {v} were answered in full\n"
           "- 8 were answered in part\n- Four were refused\n")
SUB_ITEMS = ("The {v} measures that missed their floor are in:\n\n- Housing\no Repairs done on time\no Empty homes relet\n"
             "- Waste\no Missed bins put right\no Fly-tipping cleared\no Streets cleaned to standard\n")


@pytest.mark.parametrize(("text", "right", "wrong", "line"), [
    (REST_NEXT, "Three", "Five", 3),
    (BULLETS, "18", "21", 3),
])
def test_a_split_of_an_announced_count_is_checked(tmp_path: Path, text: str, right: str, wrong: str,
                                                  line: int) -> None:
    ok = _checks(tmp_path, text.format(v=right))
    assert _problems(ok) == []
    assert [c for c in ok if c.status == "pass" and c.line == line and c.rule == "breakdown_sum"]
    moved = _checks(tmp_path, text.format(v=wrong))
    assert [p for p in _problems(moved) if p[0] == "breakdown_sum" and p[2] == line]


@pytest.mark.parametrize(("count", "problems"), [("five", []), ("four", [("list_count", 3)])])
def test_items_that_head_sub_bullets_count_the_sub_bullets(tmp_path: Path, count: str, problems: list) -> None:  # type: ignore[type-arg]
    got = _checks(tmp_path, SUB_ITEMS.format(v=count))
    assert [(rule, line) for rule, _status, line in _problems(got)] == problems


COORDINATED = """Themes of the year

The causes we heard most often in both repairs and lettings complaints were:

- waiting for a contractor's visit
- not being called back
- letters that did not explain the decision
"""


def test_a_count_of_the_kinds_it_coordinates_announces_no_list(tmp_path: Path) -> None:
    # "both repairs and lettings complaints" counts two kinds of complaint, not the themes listed under it
    assert not [c for c in _checks(tmp_path, COORDINATED) if c.rule == "list_count"]


COUNTED_WITH_AND = """Service improvements

We made 4 changes and improvements this year:

- a new online form
- text reminders of appointments
- a named officer for each case
"""


def test_a_list_announced_with_a_counted_noun_is_still_counted(tmp_path: Path) -> None:
    assert [(c.rule, c.status) for c in _checks(tmp_path, COUNTED_WITH_AND) if c.rule == "list_count"] == [("list_count", "fail")]
