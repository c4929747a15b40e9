"""Performance indicators laid out label, then value, whose labels are worded the report's own way ("appeals
received over the year in total", "appeals received for every 1,000 of population", "as a % of every appeal fully
closed"): a rate or share is checked against the figures whose labels say the same scope, the words that name
none (over, every, for, fully ...) set aside, and "for every 1,000" is "per 1,000".

Written in words of our own after the re-worded dev-real excerpts lost their indicator checks; written after
the change and checked to fail on 91c4548 (the session's base).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

INDICATORS = """Appeals performance indicators 2031/32

1 (i)  appeals received over the year in total

412

1 (ii)  population (mid-year estimate)

88,000

1a  appeals received for every 1,000 of population

{rate}

2 (i)  appeals closed at stage 1 - number

300

2 (ii)  appeals closed over the year in total

400

2a  appeals closed at stage 1 as a % of every appeal closed

{share}
"""


@pytest.mark.parametrize("rate, share, statuses", [
    ("4.7", "75%", {("average", "pass"), ("percentage", "pass")}),
    ("5.2", "70%", {("average", "fail"), ("percentage", "fail")}),
])
def test_reworded_indicators_are_checked(tmp_path: Path, rate: str, share: str, statuses: set) -> None:
    got = {(c.rule, c.status) for c in report_checks(tmp_path, INDICATORS.format(rate=rate, share=share))}
    assert statuses <= got
