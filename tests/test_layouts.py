"""Layouts of Word files and their PDFs that carry text the way a reader sees it: a bullet
glyph set apart by a tab, a bold body line used as a heading, a one-cell table used as a box
around lines of text. Each is built here, in words of our own."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from extractor import extract, load
from extractor.load.pdf import group_lines
from extractor.models import Figure


def _word(text: str, x0: float, top: float = 100.0, size: float = 11.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 6.0 * len(text), "top": top, "bottom": top + size, "size": size}


def test_a_bullet_and_its_text_across_a_tab_are_one_line() -> None:
    words = [_word("·", 90.0), _word("Complaints", 149.0), _word("rose", 215.0)]
    assert [ln.text for ln in group_lines(words, 1)] == ["· Complaints rose"]


def test_a_dash_cell_and_a_number_across_a_gap_stay_apart() -> None:
    """A nil cell ("-") beside a value is two cells of a table row, not a bullet."""
    words = [_word("-", 90.0), _word("12", 200.0)]
    assert [ln.text for ln in group_lines(words, 1)] == ["-", "12"]


def _docx(tmp_path: Path, build) -> Path:  # type: ignore[no-untyped-def]
    doc = WordDocument()
    build(doc)
    path = tmp_path / "review.docx"
    doc.save(str(path))
    return path


def test_a_bold_body_line_is_a_heading_that_scopes_what_follows(tmp_path: Path) -> None:
    def build(doc) -> None:  # type: ignore[no-untyped-def]
        doc.add_paragraph("Review of complaints 2030/31")
        doc.add_paragraph().add_run("Complaints to the Ombudsman").bold = True
        doc.add_paragraph("Residents took 9 complaints further.")
    blocks = load(_docx(tmp_path, build)).blocks
    heading = next(b for b in blocks if b.text == "Complaints to the Ombudsman")
    assert heading.kind == "heading"
    assert "Complaints to the Ombudsman" in blocks[-1].heading_path


def test_a_table_that_boxes_lines_of_text_is_read_as_text(tmp_path: Path) -> None:
    def build(doc) -> None:  # type: ignore[no-untyped-def]
        doc.add_paragraph("Review of complaints 2030/31")
        cell = doc.add_table(rows=1, cols=1).cell(0, 0)
        cell.paragraphs[0].text = "Total complaints in 2030: 64"
        cell.add_paragraph("Stage 1 complaints: 50")
        cell.add_paragraph("Stage 2 complaints: 14")
    doc = load(_docx(tmp_path, build))
    assert [b.kind for b in doc.blocks].count("table") == 0
    got = {(f.measure, f.value, f.stage) for f in extract(doc) if isinstance(f, Figure)}
    assert {("received", 50, "stage1"), ("received", 14, "stage2")} <= got, got


def test_a_glued_header_wrapped_onto_a_second_line(tmp_path: Path) -> None:
    """A PDF that wraps a header whose cells ran together: "...Partially upheldNot" / "upheldOngoing"."""
    f = tmp_path / "outcomes.txt"
    f.write_text("Outcomes of complaints 2030/31\n\nComplaint typeUpheldPartially upheldNot\nupheldOngoing\n"
                 "Parking permits4210\nStreet lighting1300\n", encoding="utf-8")
    got = {(r.measure, r.value) for r in extract(load(f)) if isinstance(r, Figure)}
    assert {("upheld", 4), ("partially_upheld", 2), ("not_upheld", 1), ("upheld", 1), ("partially_upheld", 3)} <= got, got


def test_a_label_with_its_value_is_no_caption() -> None:
    from extractor.extract.table_labels import is_caption
    assert is_caption("Complaints received in 2030/31")
    assert not is_caption("Number of compliments received32")
    assert not is_caption("Complaints: 41")
