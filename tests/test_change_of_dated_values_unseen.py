"""A stated change and its two values, each said with its year and a stage in its noun phrase ("There were 150
stage 1 complaints in 2030/31 and 90 in 2031/32, a fall of 40%"), or after an adjective ("a marked 40% fall on
the 20 received in 2030/31"): the change is checked between those two values, and a stage's number ("stage 1") is
never one of them.

Written in words of our own before the change (/tmp/an/chg5): on 91c4548 (the session's base) none of the dated
pairs with a stage was checked, "a marked 50% fall" was not, and "12 stage 1 complaints, a 50% fall on the 20"
was judged as 20 to 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

TITLE = "Annual complaints report 2031/32\n\n"


def changes(tmp_path: Path, sentence: str) -> set[tuple[str, float | None]]:
    return {(c.status, c.expected) for c in report_checks(tmp_path, TITLE + sentence + "\n") if c.rule == "stated_change"}


@pytest.mark.parametrize("sentence, status, expected", [
    ("There were 150 stage 1 complaints in 2030/31 and 90 in 2031/32, a fall of 40%.", "pass", 40.0),
    ("There were 150 stage 1 complaints in 2030/31 and 90 in 2031/32, a fall of 60%.", "fail", 40.0),
    ("There were 150 stage one complaints in 2030/31 and 90 in 2031/32 (a 60% reduction).", "fail", 40.0),
    ("We received 90 stage 1 complaints in 2031/32 and 150 in 2030/31, down 60%.", "fail", 40.0),
    ("The team received 12 stage 1 complaints, a marked 50% fall on the 20 received in 2030/31.", "fail", 40.0),
    ("The team received 12 stage 1 complaints, a 40% fall on the 20 received in 2030/31.", "pass", 40.0),
])
def test_the_change_is_between_the_dated_values(tmp_path: Path, sentence: str, status: str, expected: float) -> None:
    assert (status, expected) in changes(tmp_path, sentence)
