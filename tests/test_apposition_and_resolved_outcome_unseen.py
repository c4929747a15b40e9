"""Two shapes of the Scottish model's reports, in words of our own: a count set off by commas ("The great
majority, 1,920, were closed at stage 1") is read by the words after its commas; "resolved" closing a list of
outcomes ("... 70 not upheld and 9 resolved") is the outcome resolved, while "we resolved 80 complaints" is
complaints closed.

Written before the code: 1 of 4 read before, 4 after; the 2 counter-examples give no `resolved` before
and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

READ = [
    ("By far the largest share, 1,920, were closed at the first stage.", ("closed", 1920.0, "stage1")),
    ("Of those, a small number, 14, were withdrawn.", ("withdrawn", 14.0, None)),
    ("Of the 400 closed at stage 1, 90 were upheld, 200 not upheld and 12 resolved.", ("resolved", 12.0, "stage1")),
    ("At stage 2, 28 upheld, 40 partially upheld, 70 not upheld and 9 resolved.", ("resolved", 9.0, "stage2")),
]

NOT_RESOLVED = [
    "We resolved 80 complaints at the first stage.",
    "Of the 400 closed, 12 were resolved within five working days.",
]


def _figures(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Complaints performance 2030/31\n\nOutcomes\n\n" + sentence + "\n"
    return [(r.measure, r.value, r.stage) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", READ)
def test_read(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", NOT_RESOLVED)
def test_not_resolved(tmp_path: Path, sentence: str) -> None:
    assert not [f for f in _figures(tmp_path, sentence) if f[0] == "resolved"]
