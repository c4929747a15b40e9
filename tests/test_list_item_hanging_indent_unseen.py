"""A bulleted list item that wraps onto lines set in under its text (a hanging indent, as a PDF or a
plain-text report lays out a list) is one item: its sentence, its figures and its stated change stay
together. Written in words of our own with the code (a held-out adult social care report showed it);
on the commit before: 0 of 2 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

from extractor import check, load

LIST = """Complaints annual report 2031/32

  - Complaints upheld in full or in part went down from 150 in
    2030/31 to 120 in 2031/32, a reduction of 20%.
  - The team logged 96 compliments about home care, up from 80
    the year before.
"""


def test_item_is_one_block(tmp_path: Path) -> None:
    blocks = [b for b in load_text(tmp_path).blocks if b.kind == "list_item"]
    assert [(b.line, b.end_line) for b in blocks] == [(3, 4), (5, 6)]


def test_wrapped_change_is_checked_whole(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(LIST.replace("20%", "30%"), encoding="utf-8")
    fails = [(c.rule, c.stated) for c in check(load(path)) if c.status == "fail"]
    assert fails == [("stated_change", 30)]
    got = {(f.measure, f.value) for f in report_figures(tmp_path, LIST, "list.txt")}
    assert ("compliments", 80) in got


def load_text(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "report.txt"
    path.write_text(LIST, encoding="utf-8")
    return load(path)
