"""Shares of a whole stated before them ("received 640 complaints ... housing 320 (50%), highways 192
(30%) ...") are only likely to be of that whole: one that does not fit it warns. But when the counts
of the shares add up to the whole exactly, the shares split it: the whole is their base for certain,
and a share that does not fit it fails. Words of our own, written before the change: before it 1 of 3
passed (the selection that keeps its warning), after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

from extractor import check, extract, load


def share_problems(tmp_path: Path, text: str) -> list[tuple[str, float | None]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    return sorted((c.status, c.stated) for c in check(doc, extract(doc)) if c.rule == "percentage" and c.status != "pass")


def test_a_share_that_does_not_fit_a_whole_its_counts_add_up_to_fails(tmp_path: Path) -> None:
    text = ("Complaints report 2031/32\n\nThe council received 640 complaints in 2031/32.\n"
            "Housing accounted for 320 (50%), highways for 192 (30%), waste for 96 (18%) and other services\n"
            "for 32 (5%).\n")
    assert share_problems(tmp_path, text) == [("fail", 18.0)]


def test_the_same_split_over_two_sentences_fails(tmp_path: Path) -> None:
    text = ("Feedback report 2030/31\n\nWe logged 200 complaints about the service this year. Most were about\n"
            "repairs: 110 (55%). Another 60 (30%) were about staff conduct and 30 (12%) about delays.\n")
    assert share_problems(tmp_path, text) == [("fail", 12.0)]


def test_a_selection_of_the_largest_groups_keeps_its_warning(tmp_path: Path) -> None:
    text = ("Complaints report 2031/32\n\nThe council received 640 complaints in 2031/32.\n"
            "The largest groups were housing with 320 (50%), highways with 192 (30%) and waste with 96 (18%).\n")
    assert [status for status, _ in share_problems(tmp_path, text)] in ([], ["warn"])
