"""A stated change between two numbers written in words ("forty-one ..., compared with thirty-four ...,
a rise of 17 per cent"), perhaps with a footnote mark glued to a word ("complaints1") and a word broken
over two lines. Written in our own words; the checks found no values to judge before.
Before: 0 of 3 passed (no check at all); after: 3 of 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract, load


def _changes(tmp_path: Path, text: str) -> dict[int, str]:
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    return {c.line: c.status for c in check(doc, extract(doc)) if c.rule == "stated_change"}


@pytest.mark.parametrize(("text", "expected"), [
    (("Annual complaints statement 2031/32\n\nDuring 2031/32 we logged fifty-two complaints, compared with"
     " forty in 2030/31, a rise of 23 per cent.\n"), {3: "fail"}),  # 40 -> 52 is 30%
    (("Annual complaints statement 2031/32\n\nDuring 2031/32 we logged fifty-two com-\nplaints2, compared with"
     " forty in 2030/31,\na rise of 23 per cent.\n"), {5: "fail"}),
    (("Annual complaints statement 2031/32\n\nDuring 2031/32 we logged fifty-two complaints, compared with"
     " forty in 2030/31, a rise of 30 per cent.\n"), {3: "pass"}),
], ids=["words", "words-wrapped-with-footnote", "words-that-hold"])
def test_a_change_between_numbers_in_words_is_checked(tmp_path: Path, text: str, expected: dict[int, str]) -> None:
    assert _changes(tmp_path, text) == expected
