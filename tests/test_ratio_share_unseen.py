"""'45 out of 50 complaints (90%) were answered on time': the count before "out of" counts what the
verb after the bracketed share says, as it does without the share. Own words, probed on main at
72e2a4d before the code: 1 of 3 passed (the case without a share)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure


def measures(tmp_path: Path, body: str) -> dict[float, str]:
    return {f.value: f.measure for f in read_review(tmp_path, body) if isinstance(f, Figure)}


@pytest.mark.parametrize("body, count, measure", [
    ("45 out of 50 complaints (90%) were answered on time.", 45.0, "within_target"),
    ("Twelve out of forty complaints (30%) were upheld in full.", 12.0, "upheld"),
    ("45 of the 50 complaints we closed were answered within the timescale.", 45.0, "within_target"),
])
def test_the_count_of_a_ratio_with_its_share(tmp_path: Path, body: str, count: float, measure: str) -> None:
    assert measures(tmp_path, body).get(count) == measure
