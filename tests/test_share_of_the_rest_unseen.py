"""A share stated beside a ratio of those that failed ("95% were answered on time (2 of the 40 replies missed the
deadline)") is the share of the rest: 38 of 40. It is judged so only when the ratio's own words say its count
failed (missed, late, outside, overdue); any other mismatch still fails.

Written in words of our own after a re-worded dev-real excerpt ("97 percent achieved (one of the 34 responses
missed the target") gave a false FAIL; written after the change and checked to fail on 91c4548 (the session's base).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import check_statuses

TITLE = "Complaints performance 2031/32\n\n"


@pytest.mark.parametrize("sentence, status", [
    ("95% of stage 1 complaints were answered on time (2 of the 40 replies missed the deadline).", "pass"),
    ("90% of stage 1 complaints were answered on time (2 of the 40 replies missed the deadline).", "fail"),
    ("5% of stage 1 replies were late (2 of the 40 replies missed the deadline).", "pass"),
    ("95% of stage 1 complaints were answered on time (2 of the 40 replies were about parking).", "fail"),
])
def test_a_share_beside_the_failed_count_is_of_the_rest(tmp_path: Path, sentence: str, status: str) -> None:
    assert status in {s for s, _ in check_statuses(tmp_path, TITLE + sentence + "\n", "percentage")}
