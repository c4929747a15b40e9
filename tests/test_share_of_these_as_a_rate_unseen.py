"""A count of the count before it with its share said as a rate after a comma ("We closed 412 complaints. Of these,
103 were upheld, a rate of 25%.", "Of those, 7 went to the Ombudsman, or 2%"): the share is checked against that
count, as one in brackets was.

Written before the change in words of our own; on main at df9c668 only the bracketed form was checked. A change
said after the count ("a rise of 20%") is no share of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import check_statuses


def percentage_checks(tmp_path: Path, text: str) -> set[tuple[str, float | None]]:
    return check_statuses(tmp_path, "Annual complaints report 2031/32\n\n" + text + "\n", "percentage")


@pytest.mark.parametrize("text, status, stated", [
    ("We closed 412 complaints. Of these, 103 were upheld, a rate of 30%.", "fail", 30.0),
    ("We closed 412 complaints. Of these, 103 were upheld, a rate of 25%.", "pass", 25.0),
    ("We answered 350 stage 2 complaints. Of those, 7 went to the Ombudsman, or 5%.", "fail", 5.0),
])
def test_the_rate_is_of_the_count_before(tmp_path: Path, text: str, status: str, stated: float) -> None:
    assert (status, stated) in percentage_checks(tmp_path, text)


def test_a_change_is_no_share(tmp_path: Path) -> None:
    text = "We closed 412 complaints. Of these, 103 were upheld, a rise of 20%."
    assert not {c for c in percentage_checks(tmp_path, text) if c[1] == 20.0}
