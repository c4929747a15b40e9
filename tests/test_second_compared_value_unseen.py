"""A second earlier value joined to a compared one ("compared with 121 in quarter 1 and 150 in the
same quarter last year"): the same measure, in its own period, read against the report's period
and not the first compared value's. Own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure

QUARTER = "Quarterly complaints monitoring report: Quarter 2 (July to September 2030)"


@pytest.mark.parametrize("body, value, expected", [
    ("We received 143 stage 1 complaints, compared with 121 in quarter 1 and 150 in the same quarter last year.",
     150.0, ("received", "2029/30 Q2")),
    ("We answered 88% on time, against 84% in quarter 1 and 79% a year earlier.", 79.0, ("within_target", "2029/30 Q2")),
])
def test_a_second_compared_value(tmp_path: Path, body: str, value: float, expected: tuple) -> None:
    read = {(f.measure, f.period) for f in read_review(tmp_path, body, QUARTER) if isinstance(f, Figure) and f.value == value}
    assert read == {expected}


def test_a_value_of_another_thing_after_and_is_not_compared(tmp_path: Path) -> None:
    body = "We received 143 complaints, compared with 121 in quarter 1 and 150 about parking."
    read = [f for f in read_review(tmp_path, body, QUARTER) if isinstance(f, Figure) and f.value == 150.0]
    assert all(f.rule != "prose-compared-value" for f in read)
