"""Minutes report what officers said in the past perfect ("Officers reported that 412 complaints had been
resolved at Stage 1"): a count is read as it would be in the simple past ("were resolved", "responded to").
Own words, written before the code (main at 0769df7): before the change 3 of 5 passed (the two
that failed read as received: 'had been closed', 'had responded'), and the counter-example; after it all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figures


@pytest.mark.parametrize("text, expected", [
    ("By the end of March, 1,840 complaints had been closed at the first stage and 133 at stage two.",
     {("closed", 1840.0, "count", "stage1"), ("closed", 133.0, "count", "stage2")}),
    ("Members heard that 77% of stage one complaints had been closed within the timescale.",
     {("within_target", 77.0, "percent", "stage1")}),
    ("The council had responded to 388 stage 1 complaints by 31 March.", {("closed", 388.0, "count", "stage1")}),
    ("The Committee was told that 61 complaints had been partly upheld.", {("partially_upheld", 61.0, "count", None)}),
    ("It was noted that 23 complaints had been withdrawn before a response was sent.",
     {("withdrawn", 23.0, "count", None)}),
])
def test_past_perfect_reads_as_simple_past(tmp_path: Path, text: str, expected: set) -> None:
    assert figures(tmp_path, text) == expected


def test_had_as_possession_stays_what_it_was(tmp_path: Path) -> None:
    """Counter-example: 'had' owning something ("the team had 6 officers") is no tense to undo."""
    assert figures(tmp_path, "The complaints team had 6 officers and had received 402 complaints by March.") == {
        ("received", 402.0, "count", None)}
