"""A stage word in what an earlier count of the sentence did ("41 were settled informally ..., and 160 were
taken on as formal complaints") is that count's, not the next one's; a stage the complaint did not reach
("without a formal investigation") names none. Where the stage is said for the next count too, or heads the
sentence, it still applies.

Written before the code, in words of our own: 0 of 4 statements right before, 4 after; 2 of the 3
counter-examples right before, 3 after ("stage one and 6 went on ..." read "stage one and 6" as two stages
named together).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

CASES = [
    # the second count's clause names no stage: the first count's "informally" is not its
    # (not the 41's informal stage: with an informal tier and no later stage named, the formal one is stage 1, SPEC 2)
    ("Of the 230 contacts, 41 were settled informally on the phone, and 160 were logged as complaints.",
     ("received", 160.0, "stage1")),
    ("Some 58 were dealt with at the informal stage; the other 97 were looked into as complaints.",
     ("received", 97.0, None)),
    # a stage the complaints never reached
    ("We closed 64 complaints without a formal investigation.", ("closed", 64.0, None)),
    ("We resolved 212 complaints quickly, rather than at stage two.", ("closed", 212.0, None)),
]

COUNTER = [
    # the stage heads the sentence: every count in it is at that stage
    ("At stage two, 40 complaints were upheld and 12 were not upheld.", ("not_upheld", 12.0, "stage2")),
    # the stage is said for the count itself
    ("18 were closed at stage one and 6 went on to the second stage.", ("received", 6.0, "stage2")),
    ("Of the 73 stage two complaints we received, 20 were upheld.", ("upheld", 20.0, "stage2")),
]


def _figures(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Customer complaints annual report 2030/31\n\nComplaints\n\n" + sentence + "\n"
    return [(r.measure, r.value, r.stage) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", CASES + COUNTER)
def test_stage_of_each_count(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _figures(tmp_path, sentence)
