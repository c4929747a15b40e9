"""A share stated after a count "of them" ("investigated 40 complaints and upheld 26 of them, an
uphold rate of 70%"), or as "a rate of" / "equivalent to": the count of the pronoun is the count
just before it, and the share is judged against that ratio. Written in words of our own before the
code; before: 1 of 3 passed (the counter-example)."""

from __future__ import annotations

from pathlib import Path

from extractor import check, load


def _checks(tmp_path: Path, sentence: str) -> list[tuple]:
    path = tmp_path / "report.txt"
    path.write_text(f"Complaints report 2031/32\n\n{sentence}\n", encoding="utf-8")
    return [(c.rule, c.status, c.stated) for c in check(load(path)) if c.rule == "percentage"]


def test_wrong_rate_of_them_fails(tmp_path: Path) -> None:
    got = _checks(tmp_path, "The Ombudsman investigated 40 complaints in detail and upheld 26 of them, an uphold rate of 70%.")
    assert ("percentage", "fail", 70) in got


def test_right_share_of_them_passes(tmp_path: Path) -> None:
    got = _checks(tmp_path, "We closed 80 stage 2 complaints and upheld 18 of these, equivalent to 22.5%.")
    assert ("percentage", "pass", 22.5) in got


def test_them_with_no_count_before(tmp_path: Path) -> None:
    # counter-example: nothing before "of them" to be its count
    got = _checks(tmp_path, "Residents raised concerns and we upheld 26 of them, a rate of 70%.")
    assert got == []
