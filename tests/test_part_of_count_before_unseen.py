"""A count said as a part of the count before ("23 of those", "five of them") inside its sentence,
not opening it (written before the code).

"Of these, 38 were ..." and "Two of them were ..." at a sentence's start already take the stage of the
count they split; the same part said later in a sentence ("The officer confirmed that 23 of those had
been upheld", "the panel upheld five of them") splits it just the same. Before the change (HEAD
7b96cbe): 1 of 3 passed (the counter-example); after it: see the commit.
"""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import figures

MINUTE = ("Councillor Hale noted that 61 complaints had progressed to the second stage. "
          "The officer confirmed that 23 of those had been upheld or partly upheld.")
REVIEW = ("During the year 14 complaints went on to a stage three review panel. "
          "After hearing each case, the panel upheld five of them.")
OWN_STAGE = ("We logged 61 complaints at stage two. "
             "At stage one, where 412 were answered, we upheld 120 of them.")


def test_part_of_a_stage_two_count(tmp_path: Path) -> None:
    assert ("upheld_or_partially_upheld", 23, "count", "stage2") in figures(tmp_path, MINUTE)


def test_part_of_a_stage_three_count(tmp_path: Path) -> None:
    assert ("upheld", 5, "count", "stage3") in figures(tmp_path, REVIEW)


def test_a_stage_named_in_the_sentence_wins(tmp_path: Path) -> None:
    got = figures(tmp_path, OWN_STAGE)
    assert ("upheld", 120, "count", "stage1") in got
    assert ("upheld", 120, "count", "stage2") not in got
