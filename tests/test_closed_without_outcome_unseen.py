"""Complaints closed without an outcome, said with a relative clause or an adverb, in sentences
written here in words of our own (2026-12-05) before the change: at 97e1d23 each was a `received`
figure (0 of 3 right), after, `withdrawn` or `not_investigated` (3 of 3). A count received stays one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

HEAD = "Complaints annual report 2030/31\n"

CASES = [
    ("We had 5 complaints which were later withdrawn.", ("withdrawn", 5.0)),
    ("We logged 38 complaints that were subsequently withdrawn by the customer.", ("withdrawn", 38.0)),
    ("There were 12 complaints which we decided not to investigate because they fell outside the policy.",
     ("not_investigated", 12.0)),
    ("Over the year, residents raised 642 complaints with us.", ("received", 642.0)),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[1][0] + str(int(c[1][1])) for c in CASES])
def test_closed_without_an_outcome(tmp_path: Path, sentence: str, expected: tuple[str, float]) -> None:
    keys = core_keys(tmp_path, HEAD + sentence + "\n")
    assert {(k[0], k[1]) for k in keys} == {expected}
