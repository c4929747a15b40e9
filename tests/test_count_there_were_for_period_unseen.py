"""A count said again for another period with its noun left out: "In 2029/30 there were 610." after
"We dealt with 668 stage 1 complaints in 2030/31." is the same count for 2029/30. Words of our own,
written before the reader took them (2026-12-07): 1 of 2 read before (the one after a semicolon, a
clause of its sentence), 2 after; the counter-examples
(a noun of its own after the number) give no such figure before and after."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

SAID_AGAIN = [
    ("Stage one\n\nWe dealt with 668 stage 1 complaints in 2030/31. In 2029/30 there were 610.\n",
     ("received", 610.0, "count", "stage1", "2029/30")),
    ("Compliments\n\nServices logged 240 compliments in 2031/32; in 2030/31 there were 180.\n",
     ("compliments", 180.0, "count", None, "2030/31")),
]


@pytest.mark.parametrize(("text", "key"), SAID_AGAIN, ids=["stage-count", "compliments"])
def test_the_count_of_the_sentence_before_for_its_own_period(tmp_path: Path, text: str, key: tuple) -> None:
    assert key in core_keys(tmp_path, text)


NOT_SAID_AGAIN = [
    "Stage one\n\nWe dealt with 668 stage 1 complaints in 2030/31. In 2029/30 there were 610 visitors to the centre.\n",
    "Stage one\n\nWe dealt with 668 stage 1 complaints in 2030/31. In 2029/30 there were 4 members of the panel.\n",
]


@pytest.mark.parametrize("text", NOT_SAID_AGAIN, ids=["visitors", "panel"])
def test_a_number_with_its_own_noun_is_not_the_count(tmp_path: Path, text: str) -> None:
    values = {k[1] for k in core_keys(tmp_path, text)}
    assert values == {668.0}, values
