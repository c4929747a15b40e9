"""The page of a check in a Word file, in a report of our own words built with python-docx: the page
is the one Word's own last layout gives (the `w:lastRenderedPageBreak` marks it saved), including a
page turn Word saved inside a table that runs over a page; the share itself is a place's share of
all complaints against the row of a location table nested in a layout table (the shape of a real
landlord report whose converted PDF puts the sentence a page later than Word does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract, load
from extractor.models import Check

docx = pytest.importorskip("docx")
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

PLACES = [("Northgate", "12"), ("Riverside", "9"), ("Old Mill", "5"), ("Hillcrest", "4")]  # 30 in all


def _saved_turn(paragraph) -> None:  # type: ignore[no-untyped-def]
    """Mark a page turn before the paragraph's text, as Word saves its last layout."""
    run = paragraph.runs[0] if paragraph.runs else paragraph.add_run("")
    run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))


def _write(path: Path, share: str, turn_in_table: bool, saved: bool = True) -> None:
    d = docx.Document()
    d.add_paragraph("Hollybank Homes annual complaints review 2031")
    d.add_heading("Summary", level=1)
    d.add_paragraph("We received 30 complaints in 2031, 21 at stage one and 9 at stage two.")
    grid = d.add_table(rows=1, cols=2)  # a layout table: words left, the location table right
    left, right = grid.rows[0].cells
    left.paragraphs[0].add_run("Complaints by location")
    first = left.add_paragraph("Most complaints came from our newer schemes.")
    if saved and turn_in_table:
        _saved_turn(first)  # the layout table runs over a page: Word saves the turn inside it
    inner = right.add_table(rows=0, cols=2)
    for place, count in PLACES:
        row = inner.add_row().cells
        row[0].text, row[1].text = place, count
    turn = d.add_heading("Learning from complaints", level=1)
    if saved:
        _saved_turn(turn)
    else:
        turn.runs[0]._r.insert(0, _page_break())
    d.add_paragraph(f"Delays were worst at the Northgate scheme, which alone accounted for {share} "
                    "of all complaints.")
    d.save(str(path))


def _page_break():  # type: ignore[no-untyped-def]
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    return br


def _share_checks(path: Path) -> list[Check]:
    doc = load(path)
    return [c for c in check(doc, extract(doc)) if c.rule == "percentage" and "Northgate" in (c.evidence or "")]


@pytest.mark.parametrize(("turn_in_table", "page"), [(False, 2), (True, 3)])
def test_a_wrong_place_share_fails_on_the_page_words_layout_gives(tmp_path: Path, turn_in_table: bool,
                                                                   page: int) -> None:
    path = tmp_path / "review.docx"
    _write(path, "45%", turn_in_table)  # 12 of 30 is 40%
    got = _share_checks(path)
    assert [(c.status, c.stated, round(c.expected or 0, 1), c.page) for c in got] == [("fail", 45, 40.0, page)]


def test_explicit_page_breaks_give_the_page_when_word_saved_no_layout(tmp_path: Path) -> None:
    path = tmp_path / "review.docx"
    _write(path, "45%", turn_in_table=False, saved=False)
    assert [(c.status, c.page) for c in _share_checks(path)] == [("fail", 2)]


@pytest.mark.parametrize("share", ["40%", "40.0%"])
def test_a_right_place_share_passes(tmp_path: Path, share: str) -> None:
    path = tmp_path / "review.docx"
    _write(path, share, turn_in_table=True)
    assert [c.status for c in _share_checks(path)] == ["pass"]
