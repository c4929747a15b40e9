"""A share followed by its ratio in brackets ("The upheld rate was 30% (103/412)", "answered on time in 81% (97 of
120) of cases"): the share is checked against the ratio, as one after its ratio was.

Written before the change in words of our own; on main at 8068408 the share right before a bracket opening on its
ratio was never taken for the ratio's (2 of 3 failed; the one whose ratio reads "97 of 120" was already checked).
A share with its count in brackets, "50% (3) of complaints", is not a ratio's either way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import check_statuses


def percentage_checks(tmp_path: Path, sentence: str) -> set[tuple[str, float | None]]:
    return check_statuses(tmp_path, "Annual complaints report 2031/32\n\n" + sentence + "\n", "percentage")


@pytest.mark.parametrize("sentence, status, stated", [
    ("The upheld rate was 30% (103/412).", "fail", 30.0),
    ("The upheld rate was 25% (103/412).", "pass", 25.0),
    ("Stage 1 replies went out on time in 90% (97 of 120) of cases.", "fail", 90.0),
])
def test_a_share_before_its_bracketed_ratio(tmp_path: Path, sentence: str, status: str, stated: float) -> None:
    assert (status, stated) in percentage_checks(tmp_path, sentence)
