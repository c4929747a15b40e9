"""A period that ends a clause before a colon ("We closed 40 complaints in 2031/32: 10 were upheld ...") does
not label the value after the colon: that value is the subject of a clause of its own ("10 were upheld") and
counts what its own words say. A period set before a value as its label ("2030/31: 388; 2031/32: 412") still
labels it. Found while checking a helper session's report (2026-12-06) with a sentence of our own; the
sentences below are in words of our own, written before the change: at ca40a56 0 of 2 read right (the first
value after the colon was read as one more count of the lead's measure)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

TITLE = "Marlow Reach Homes complaints 2031/32\n\n"
Y = "2031/32"


@pytest.mark.parametrize(("text", "expected"), [
    ("We closed 40 complaints in 2031/32: 10 were upheld, 15 partly upheld and 20 not upheld.", ("upheld", 10.0)),
    ("Our landlord service closed 64 cases during 2031/32: 21 were upheld and 43 were not upheld.", ("upheld", 21.0)),
])
def test_a_value_after_a_clause_ending_in_a_period_is_its_own(tmp_path: Path, text: str, expected: tuple[str, float]) -> None:
    keys = core_keys(tmp_path, TITLE + text + "\n")
    assert (*expected, "count", None, Y) in keys, sorted(keys, key=str)


def test_a_period_label_still_labels_its_value(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TITLE + "Complaints received: 2030/31: 388; 2031/32: 412.\n")
    assert {("received", 388.0, "count", None, "2030/31"), ("received", 412.0, "count", None, Y)} <= keys, sorted(keys, key=str)
