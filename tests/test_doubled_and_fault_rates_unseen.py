"""Two pieces of vocabulary a news story or a landlord's page uses: a count that "more than doubled, from 148
to 317" or "halved" is compared like one that rose or fell; an ombudsman's "maladministration rate" or "fault
rate" is the share of its decisions that went against the body (upheld, in percent), however it is reached.
Benchmarks (a national or sector average) and other services' rates stay out.

Written before the code, in words of our own: 3 of 5 read before, 5 after; the 3 counter-examples give
no such figure before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

READ = [
    ("Requests for a stage two review more than doubled, from 14 to 31.", ("received", 31.0, "count")),
    ("Complaints about bin collections halved, from 240 to 120.", ("received", 120.0, "count")),
    ("Complaints about bin collections halved, from 240 to 120.", ("received", 240.0, "count")),
    ("The Housing Ombudsman said our maladministration rate reached 62%.", ("upheld", 62.0, "percent")),
    ("The Ombudsman's fault rate for the council stood at 45%.", ("upheld", 45.0, "percent")),
]

NOT_READ = [
    ("The Ombudsman's average maladministration rate for similar landlords was 71%.", ("upheld", 71.0, "percent")),
    ("The council tax collection rate reached 96% in March.", ("upheld", 96.0, "percent")),
    ("Fly-tipping reports more than doubled, from 300 to 650.", ("received", 650.0, "count")),
]


def _figures(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Complaints annual report 2030/31\n\nHow we compare\n\n" + sentence + "\n"
    return [(r.measure, r.value, r.unit) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", READ)
def test_read(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence,unexpected", NOT_READ)
def test_not_read(tmp_path: Path, sentence: str, unexpected: tuple) -> None:
    assert unexpected not in _figures(tmp_path, sentence)
