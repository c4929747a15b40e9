"""A count that opens its sentence or list item by pointing back at the count before it, with its share in a
bracket ("1,000 of these (75%) were settled on the day"), is judged against that count. Own words, written on
2026-12-07 before the change: 3 of 6 passed on 5ceb453 (the two that ask for no false alarm, and the right share
of the sentence before, which another check passed; the wrong one there only warned); 6 of 6 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

ITEMS = """Complaints report 2030/31

Over the year:
  • the advice line took 1,250 calls about complaints
  • 1,000 of these ({share}%) were settled on the day
  • 214 formal complaints were made
"""

SENTENCES = """Patient experience report 2030/31

The Trust logged 830 PALS contacts in the year. 720 of them ({share}%) were closed within five working days.
"""


@pytest.mark.parametrize("text, wrong", [(ITEMS, 75), (SENTENCES, 90)])
def test_wrong_share_fails(tmp_path: Path, text: str, wrong: int) -> None:
    assert ("fail", float(wrong)) in check_statuses(tmp_path, text.format(share=wrong), "percentage")


@pytest.mark.parametrize("text, right", [(ITEMS, 80), (SENTENCES, 87)])
def test_right_share_passes(tmp_path: Path, text: str, right: int) -> None:
    assert check_statuses(tmp_path, text.format(share=right), "percentage") == {("pass", float(right))}


def test_two_counts_before_leave_the_base_unsure(tmp_path: Path) -> None:
    text = ("Complaints report 2030/31\n\nWe received 400 complaints and 520 compliments. 300 of these (70%) were "
            "answered in time.\n")
    assert ("fail", 70.0) not in check_statuses(tmp_path, text, "percentage")


def test_a_share_of_its_own_sentence_count_still_fails(tmp_path: Path) -> None:
    text = "Complaints report 2030/31\n\nWe closed 200 complaints and 150 of them (70%) were answered in time.\n"
    assert ("fail", 70.0) in check_statuses(tmp_path, text, "percentage")
