"""'Answered in 10 working days' is timeliness as 'answered within 10 working days' is: a share
answered in a number of days is within the timescale, whichever side of the number the verb stands
and whether the days are written in digits or words; a complaint answered in a year is still only
answered. Own words, probed on main at ed3ba69 before the code: 1 of 4 passed (the counter-example).
(The days only qualify the share: no timescale figure of their own, SPEC section 7.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure


def figures(tmp_path: Path, body: str) -> list[tuple[str, float, str | None]]:
    return sorted(((f.measure, f.value, f.stage) for f in read_review(tmp_path, body) if isinstance(f, Figure)),
                  key=lambda t: t[1])


@pytest.mark.parametrize("body, expected", [
    (("71% of first-stage complaints were answered in 10 working days, and 52% of second-stage complaints "
     "were answered in 20 working days."), [("within_target", 52.0, "stage2"), ("within_target", 71.0, "stage1")]),
    ("We closed 84% of ‘stage 1 cases’ in 10 working days.", [("within_target", 84.0, "stage1")]),
    ("Staff resolved 63% of complaints in five working days.", [("within_target", 63.0, None)]),
    # counter-example: answered in a year is answered
    ("380 complaints were answered in 2030/31.", [("closed", 380.0, None)]),
])
def test_answered_in_days(tmp_path: Path, body: str, expected: list) -> None:
    assert figures(tmp_path, body) == expected
