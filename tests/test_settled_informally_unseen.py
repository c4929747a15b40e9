"""Complaints settled informally are the informal stage's: "45 were resolved informally", "some 64 were put right
informally as concerns" count what that stage received (SPEC 2: the informal stage before the formal one).
A formal complaint answered "informally worded" or a count that only qualifies as informal elsewhere is not.

Written before the code, in words of our own: 1 of 4 read before, 4 after; the counter-example gives no
informal figure before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

READ = [
    ("Of the 300 contacts, 45 were resolved informally.", ("received", 45.0, "informal")),
    ("Some 64 were put right informally as concerns, with no formal investigation.", ("received", 64.0, "informal")),
    ("A further 38 were settled informally by the service on the day.", ("received", 38.0, "informal")),
    ("Officers dealt with 120 concerns informally.", ("received", 120.0, "informal")),
]


def _figures(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Complaints annual report 2030/31\n\nHow complaints were handled\n\n" + sentence + "\n"
    return [(r.measure, r.value, r.stage) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", READ)
def test_read_at_the_informal_stage(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _figures(tmp_path, sentence)


def test_a_formal_count_is_not_informal(tmp_path: Path) -> None:
    found = _figures(tmp_path, "We answered 210 formal complaints, 12 of them after an informal meeting.")
    assert not [f for f in found if f[2] == "informal" and f[1] == 210.0]
