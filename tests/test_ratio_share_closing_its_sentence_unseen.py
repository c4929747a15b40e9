"""A ratio's share in a bracket closing its sentence, after a long clause with no other number ("In 11 of the 14
upheld cases the Council had already offered a suitable remedy before the complaint reached the Ombudsman (79%)"),
is the ratio's share however far it stands. Own words, written on 2026-12-07 before the change: 1 of 3 passed on
a49eeac (the one asking for no judgement where another number stands between); 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import check_statuses

LONG = ("Complaints report 2030/31\n\nIn 9 of the 12 cases we had already put things right before the Ombudsman looked "
        "at them and asked for nothing more ({share}%).\n")


def test_a_wrong_share_closing_the_sentence_fails(tmp_path: Path) -> None:
    assert ("fail", 70.0) in check_statuses(tmp_path, LONG.format(share=70), "percentage")


def test_a_right_share_closing_the_sentence_passes(tmp_path: Path) -> None:
    assert ("pass", 75.0) in check_statuses(tmp_path, LONG.format(share=75), "percentage")


def test_a_share_after_another_number_is_not_the_ratio_s(tmp_path: Path) -> None:
    text = ("Complaints report 2030/31\n\nIn 9 of the 12 cases we had already put things right, and 40 other complaints "
            "were closed at stage 1 before they reached the Ombudsman (70%).\n")
    assert ("fail", 70.0) not in check_statuses(tmp_path, text, "percentage")
