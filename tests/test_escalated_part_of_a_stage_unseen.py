"""A count escalated out of a stage's complaints is at the stage it went to: "52 of the 640 first stage complaints
were escalated to the second stage" is 52 received at stage 2, though its base is at stage 1. A part of a
stage's complaints that stays there (upheld, answered on time) keeps its base's stage.

Written before the code, in words of our own: 2 of 4 escalations right before, 4 after; the 3
counter-examples right before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

ESCALATED = [
    ("Of the 640 first stage complaints, 52 were escalated to the second stage.", ("received", 52.0, "count", "stage2")),
    ("71 of the 903 stage one cases went on to stage two.", ("received", 71.0, "count", "stage2")),
    ("Just 19 of our 388 stage 1 complaints (4.9%) moved to stage 2.", ("received", 19.0, "count", "stage2")),
    ("Just 19 of our 388 stage 1 complaints (4.9%) moved to stage 2.", ("received", 4.9, "percent", "stage2")),
]

STAYS = [
    ("88 of the 95 stage 2 complaints were answered on time.", ("within_target", 88.0, "count", "stage2")),
    ("Of the 412 stage 1 complaints, 97 were upheld.", ("upheld", 97.0, "count", "stage1")),
    ("Of the 412 stage 1 complaints, 97 were upheld.", ("received", 412.0, "count", "stage1")),
]


def _figures(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Complaints annual report 2030/31\n\nEscalations\n\n" + sentence + "\n"
    return [(r.measure, r.value, r.unit, r.stage) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", ESCALATED + STAYS)
def test_stage_of_a_part(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _figures(tmp_path, sentence)
