"""A share followed by its own count and base in brackets ("72% of complaints (36 out of 50) were
answered on time"): the words after the bracket say what the share counts, as they would with no
bracket; the first count of the bracket counts the same, and its base is what the clause's cases
are. And "In 12 cases <clause>": the clause's verb says what the count is, never "received".
Own words, written before the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure


def figures(tmp_path: Path, body: str) -> dict[tuple[float, str], str | None]:
    """(value, unit) -> measure of each figure read."""
    return {(f.value, f.unit): f.measure for f in read_review(tmp_path, body) if isinstance(f, Figure)}


@pytest.mark.parametrize("body, share, count, measure", [
    ("72% of complaints (36 out of 50) closed in the quarter were answered within the target time.",
     72.0, 36.0, "within_target"),
    ("Some 64% of stage one complaints (112 of 175) got a full reply within ten working days.",
     64.0, 112.0, "within_target"),
    ("Only 18% of the cases (9 of 50) were upheld after review.", 18.0, 9.0, "upheld"),
    ("Around 40% of complaints (22 out of 55) went past the deadline.", 40.0, 22.0, "outside_target"),
])
def test_a_share_reads_past_its_own_ratio_in_brackets(tmp_path: Path, body: str, share: float, count: float,
                                                       measure: str) -> None:
    read = figures(tmp_path, body)
    assert read.get((share, "percent")) == measure
    assert read.get((count, "count")) == measure


def test_the_base_of_a_timeliness_ratio_is_no_count_of_complaints_made(tmp_path: Path) -> None:
    """The cases a timeliness share is taken over were answered, so they were closed."""
    read = figures(tmp_path, "Of stage two complaints, 81% (26 out of 32) closed this year were answered in time.")
    assert read.get((32.0, "count")) == "closed"


@pytest.mark.parametrize("body, value, measure", [
    ("In 12 cases the complaint was upheld.", 12.0, "upheld"),
    ("In 45 cases we sent a full reply within ten working days.", 45.0, "within_target"),
    ("In 7 cases the service took longer than its target to reply.", 7.0, "outside_target"),
])
def test_in_n_cases_counts_what_its_clause_says(tmp_path: Path, body: str, value: float, measure: str) -> None:
    assert figures(tmp_path, f"We received 140 complaints this year. {body}").get((value, "count")) == measure


@pytest.mark.parametrize("body", [
    "In one case the complainant asked us to stop looking into it.",
    "In two cases the resident moved away before we finished.",
])
def test_in_n_cases_is_no_count_of_complaints_received(tmp_path: Path, body: str) -> None:
    read = figures(tmp_path, f"We received 140 complaints this year. {body}")
    assert read == {(140.0, "count"): "received"}
