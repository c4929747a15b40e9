"""Who answered or completed the complaints does not change what was counted: "Officers responded to 312 stage 1
complaints", "Service managers answered 128", "The Chief Executive completed 18 stage 2 reviews" are complaints
closed, as "we responded to" is. What someone asked for or received stays received.

Written before the code, in words of our own: 0 of 4 read as closed before, 4 after; the 2 counter-examples
stay received before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures


def _keys(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Complaints annual report 2030/31\n\nResponses\n\n" + sentence + "\n"
    return [(r.measure, r.value) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", [
    ("Officers responded to 312 stage 1 complaints in the year.", ("closed", 312.0)),
    ("Service managers answered 128 complaints at the first stage.", ("closed", 128.0)),
    ("The Chief Executive completed 18 stage 2 reviews.", ("closed", 18.0)),
    ("The Director completed 9 reviews during the quarter.", ("closed", 9.0)),
    ("Officers received 312 complaints in the year.", ("received", 312.0)),
    ("Complainants asked for 18 stage 2 reviews.", ("received", 18.0)),
])
def test_what_was_counted(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _keys(tmp_path, sentence)
