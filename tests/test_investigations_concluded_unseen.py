"""What a report closes is named by more nouns than "complaints" and "cases": investigations concluded and
reviews completed at a stage are complaints closed there; "did not uphold the remaining four" is a count
not upheld. Audits and works completed are no complaints.

Written before the code, in words of our own: 1 of 4 read before, 4 after; the 2 counter-examples give no
closed figure before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

READ = [
    ("Eleven investigations were concluded during the year.", ("closed", 11.0)),
    ("By the end of March, 26 stage two reviews had been completed.", ("closed", 26.0)),
    ("The independent investigators did not uphold the remaining four.", ("not_upheld", 4.0)),
    ("Of the 30 complaints investigated, the panel did not uphold 12.", ("not_upheld", 12.0)),
]

NOT_READ = [
    ("During the year 12 internal audits were completed.", ("closed", 12.0)),
    ("Repairs to 40 garages were completed in the spring.", ("closed", 40.0)),
]


def _figures(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Complaints annual report 2030/31\n\nStage 2\n\n" + sentence + "\n"
    return [(r.measure, r.value) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", READ)
def test_read(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence,unexpected", NOT_READ)
def test_not_read(tmp_path: Path, sentence: str, unexpected: tuple) -> None:
    assert unexpected not in _figures(tmp_path, sentence)
