"""A period named after a comparison word ("higher than last year", "fewer than in 2030/31", "compared
with the year before") is the one compared with, not the period of the numbers said before it, nor
what a next sentence pointing back ("Of those, ...") speaks of. Written here in words of our own before
the change (2026-12-05, second session); at a7eb894 6 of the 9 expectations held (the
first sentence's two figures and the "Of those" figure took the compared year), after, all 9."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

YEAR = "Complaints annual report 2031/32\n\n"

CASES = [
    ("Compliments (250) and complaints (412) were both higher than last year.",
     [("compliments", 250.0, "count", None, "2031/32"), ("received", 412.0, "count", None, "2031/32")]),
    ("We received 412 complaints, fewer than in 2030/31.", [("received", 412.0, "count", None, "2031/32")]),
    ("The council received 640 complaints in the year, 6% fewer than in 2030/31. Of those, 212 were upheld.",
     [("received", 640.0, "count", None, "2031/32"), ("upheld", 212.0, "count", None, "2031/32")]),
    ("Stage one complaints numbered 640, lower than the year before.", [("received", 640.0, "count", "stage1", "2031/32")]),
    # counter-examples: a period said of its own value, or before any comparison
    ("We received 412 complaints, compared with 388 in 2030/31.",
     [("received", 412.0, "count", None, "2031/32"), ("received", 388.0, "count", None, "2030/31")]),
    ("In 2030/31 we received 388 complaints.", [("received", 388.0, "count", None, "2030/31")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_compared_period_is_not_the_figures(tmp_path: Path, text: str, expected: list[tuple]) -> None:
    keys = core_keys(tmp_path, YEAR + text + "\n")
    assert set(expected) <= keys, sorted(keys, key=str)
