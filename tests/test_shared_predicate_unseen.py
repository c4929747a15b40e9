"""Two shares joined by "and" share the words after the second: "77% of stage one complaints and 64% of stage
two complaints were closed within the timescale" says both were answered in time, each of its own stage. Own
words, written before the code (main at 206f0ae): before the change 0 of 3 passed (each read as
received), the counter-example passed; after it all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figures


@pytest.mark.parametrize("text, expected", [
    ("77% of stage one complaints and 64% of stage two complaints were closed within the timescale.",
     {("within_target", 77.0, "percent", "stage1"), ("within_target", 64.0, "percent", "stage2")}),
    ("In the year 31% of first stage cases and 45% of second stage cases were upheld in full.",
     {("upheld", 31.0, "percent", "stage1"), ("upheld", 45.0, "percent", "stage2")}),
    ("Around 12% of stage 1 complaints and 20% of stage 2 complaints were answered late.",
     {("outside_target", 12.0, "percent", "stage1"), ("outside_target", 20.0, "percent", "stage2")}),
])
def test_shares_joined_by_and_share_their_predicate(tmp_path: Path, text: str, expected: set) -> None:
    assert expected <= figures(tmp_path, text)


def test_a_share_with_its_own_predicate_keeps_it(tmp_path: Path) -> None:
    """Counter-example: the first share has its verb before the "and"; the second's verb is not its own."""
    got = figures(tmp_path, "85% of stage one complaints were answered on time and 40% of stage two complaints were upheld.")
    assert ("within_target", 85.0, "percent", "stage1") in got and ("upheld", 85.0, "percent", "stage1") not in got


def test_a_share_after_its_own_verb_keeps_it(tmp_path: Path) -> None:
    """Written with the change: a share whose verb stands before it ("The panel upheld 38 per cent of ...") is
    no part of a run that the next share's verb closes."""
    got = figures(tmp_path, "The panel upheld 38 per cent of first-stage complaints in full or in part, and 74 per cent "
                            "were answered within 10 working days.")
    assert ("within_target", 38.0, "percent", "stage1") not in got
