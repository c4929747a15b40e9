"""Complaints closed and withdrawn in the verbs reports use for them: a complaint is concluded, finalised or
completed as well as closed; a complainant withdraws, drops or decides not to pursue it. One vocabulary
(patterns/parts.toml CLOSE_VERB, WITHDRAW_VERB) serves every rule of the measure.

Written before the code, in words of our own: 1 of 8 read right before, 8 after; the 3 counter-examples
gave no such figure before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

READ = [
    ("Across the year 214 complaints were concluded.", ("closed", 214.0)),
    ("In total, 96 cases were finalised by the service.", ("closed", 96.0)),
    ("By the end of March, 58 complaints had been completed.", ("closed", 58.0)),
    ("Of the 120 complaints concluded, 44 were upheld.", ("closed", 120.0)),
    ("Eleven complainants withdrew their complaints before a reply was sent.", ("withdrawn", 11.0)),
    ("In 14 cases the resident withdrew the complaint.", ("withdrawn", 14.0)),
    ("A further 6 people decided not to pursue their complaint.", ("withdrawn", 6.0)),
    ("Nine complaints were dropped by the people who made them.", ("withdrawn", 9.0)),
]

NOT_READ = [
    ("We received 150 complaints and completed training for 12 staff.", ("closed", 12.0)),
    ("The 3 new offices were completed in the spring.", ("closed", 3.0)),
    ("The council withdrew 4 of its proposals after consultation.", ("withdrawn", 4.0)),
]


def _figures(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Complaints annual report 2030/31\n\nOutcomes\n\n" + sentence + "\n"
    return [(r.measure, r.value) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", READ)
def test_read_with_its_measure(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence,unexpected", NOT_READ)
def test_not_read_as_that_measure(tmp_path: Path, sentence: str, unexpected: tuple) -> None:
    assert unexpected not in _figures(tmp_path, sentence)
