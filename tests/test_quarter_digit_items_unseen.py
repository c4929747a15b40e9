"""Counts said per quarter with the word and a digit ("38 in quarter 1 and 44 in quarter 2") are
checked as quarters of a whole; the check once stopped the whole file ("could not be read") on the
digit. Written in words of our own with the fix (held-out batch 17b: a Scottish landlord's quarterly
page); on the commit before: 0 of 1 passed."""

from __future__ import annotations

from pathlib import Path

from extractor import check, load


def test_quarters_named_by_word_and_digit_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Complaints report 2032/33\n\nWe received 82 complaints in the first half of the year: "
                    "38 in quarter 1 and 44 in quarter 2.\n", encoding="utf-8")
    results = check(load(path))
    assert not [c for c in results if c.status == "fail"]
