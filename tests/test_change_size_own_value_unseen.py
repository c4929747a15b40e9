"""A stated change followed by its own new value ("rose by 4.2% to 124") is that value's change: its earlier
value is not stated, so it is not judged against two other figures of the sentence ("41% ..., up from 36%").
Where the sentence gives the earlier value too ("rose by 15% to 121, from 110"), it is judged as before.
Words of our own, written before the change: before it 2 of 3 passed (the first raised a false alarm)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks


def _changes(tmp_path: Path, text: str) -> dict[int, str]:
    checks = report_checks(tmp_path, "Complaints report 2031/32\n\n" + text + "\n", "statement.txt")
    return {c.line: c.status for c in checks if c.rule == "stated_change"}


@pytest.mark.parametrize(("text", "expected"), [
    (("Complaints escalated to stage two rose by 4.2% to 124, and 41% of stage one complaints were upheld, "
      "up from 36%."), {}),
    ("Complaints escalated to stage two rose by 15% to 121, from 110 the year before.", {3: "fail"}),
    ("Complaints escalated to stage two rose by 10% to 121, from 110 the year before.", {3: "pass"}),
], ids=["own-value-apart", "slip-with-earlier", "holds-with-earlier"])
def test_a_change_with_its_own_new_value(tmp_path: Path, text: str, expected: dict[int, str]) -> None:
    assert _changes(tmp_path, text) == expected
