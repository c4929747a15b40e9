"""Two shares of one measure in one sentence, each with its count ("120 (50%) ... within 10 working days
and 180 (80%) within 20"): each is checked against the whole the sentence names, the second too.
Words of our own, written before the change: before it 1 of 2 passed (the one where both hold), after
it 2 of 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract, load

TEXT = ("Complaints report 2031/32\n\nOf the 240 stage one complaints closed, 120 (50%) were answered within 10 "
        "working days and 180 ({second}) within 20 working days.\n")


@pytest.mark.parametrize(("second", "expected"), [("75%", []), ("80%", [("fail", 80.0)])])
def test_the_second_share_of_a_sentence_is_checked(tmp_path: Path, second: str, expected: list) -> None:  # type: ignore[type-arg]
    path = tmp_path / "report.txt"
    path.write_text(TEXT.format(second=second), encoding="utf-8")
    doc = load(path)
    got = sorted((c.status, c.stated) for c in check(doc, extract(doc)) if c.rule == "percentage" and c.status != "pass")
    assert got == expected


def test_a_split_larger_than_its_named_whole_is_told_once(tmp_path: Path) -> None:
    """Written before the change (seen first when a held-out report's wrapped outcome was joined): the
    outcomes add to 105 against the 100 the sentence names, and the shares fit the 100. The one error is
    the sum; the shares are not judged against the 105. Before: 3 failures; after: 1."""
    path = tmp_path / "report.txt"
    path.write_text("Complaints report 2031/32\n\nOf the 100 complaints closed in Q2, 40 (40%) were upheld, 35 (35%) "
                    "were partly upheld and 30 (30%) were not upheld.\n", encoding="utf-8")
    doc = load(path)
    assert sorted(c.rule for c in check(doc, extract(doc)) if c.status == "fail") == ["outcome_sum"]
