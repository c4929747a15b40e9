"""Words reports use for measures the reader already knows, in words of our own (2026-12-08), written
before the rules that read them:

- replying to complaints is closing them, as answering and responding are ("the repairs team replied to 377
  complaints"); stage responses sent, in the passive ("290 stage one responses were issued");
- being thanked is a compliment ("staff were thanked 415 times", "residents thanked the team on 88
  occasions");
- asking for a second look at the next stage is a request at that stage ("58 tenants asked us to look
  again at stage 2", "14 customers asked the council to take their complaints on to the second stage").

Before: 0 of 7 read right (the reply read as received, the rest read as nothing); after: 7 of 7. A reply
within a time, thanks to volunteers and a second look at a policy give none of these.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import figure_keys

TITLE = "Customer feedback report 2032/33\n\n"


@pytest.mark.parametrize("sentence,expected", [
    ("The repairs team replied to 377 complaints in the year.", ("closed", 377.0, "count", None)),
    ("At stage 2 we replied to 64 complaints.", ("closed", 64.0, "count", "stage2")),
    ("In all, 290 stage one responses were issued.", ("closed", 290.0, "count", "stage1")),
    ("Our staff were thanked 415 times by the people they helped.", ("compliments", 415.0, "count", None)),
    ("Residents thanked the lettings team on 88 occasions.", ("compliments", 88.0, "count", None)),
    ("During the year 58 tenants asked us to look again at stage 2.", ("received", 58.0, "count", "stage2")),
    ("14 customers asked the council to take their complaints on to the second stage.",
     ("received", 14.0, "count", "stage2")),
])
def test_the_words_read_as_the_measure(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in figure_keys(tmp_path, TITLE + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "We replied to 377 complaints within ten working days.",
    "We thanked 40 volunteers at the awards evening.",
    "Nine residents asked us to look again at the bin rota.",
])
def test_no_measure_of_these_words(tmp_path: Path, sentence: str) -> None:
    keys = figure_keys(tmp_path, TITLE + sentence + "\n")
    assert not {k for k in keys if k[0] in ("closed", "compliments", "received")}
