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
