"""Outcomes told in the sentence after a total, pointing back at it ("We received 90 complaints at stage
one. Of these, 20 were upheld, ..."), are outcomes of those very complaints: more outcomes than
complaints is a sure error (fail), as when one sentence gives both. Fewer may be complaints still open
(a warning at most). Without the pointer, outcomes told apart from a count received may be of other
complaints, and a mismatch warns. Words of our own, written before the change: before it 2 of 3 passed
(the two that expect no failure), after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

from extractor import check, extract, load


def sums(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "report.txt"
    path.write_text("Complaints report 2031/32\n\n" + text + "\n", encoding="utf-8")
    doc = load(path)
    return [c.status for c in check(doc, extract(doc)) if c.rule == "outcome_sum"]


def test_more_outcomes_than_the_complaints_they_point_back_at_fail(tmp_path: Path) -> None:
    assert sums(tmp_path, "We received 90 complaints at stage one. Of these, 20 were upheld, 31 were partly "
                          "upheld, 29 were not upheld and 15 were withdrawn.") == ["fail"]


def test_fewer_outcomes_than_the_complaints_they_point_back_at_only_warn(tmp_path: Path) -> None:
    assert sums(tmp_path, "We received 90 complaints at stage one. Of these, 20 were upheld, 31 were partly "
                          "upheld and 29 were not upheld.") in (["warn"], [])


def test_outcomes_told_apart_from_a_count_received_warn(tmp_path: Path) -> None:
    assert sums(tmp_path, "We received 90 complaints at stage one. During the year 20 were upheld, 31 were "
                          "partly upheld, 29 were not upheld and 15 were withdrawn.") in (["warn"], [])
