"""A title set large in a font whose glyph boxes PDFium draws deeper under a descender ("p", "y" in
Liberation Sans Bold at 16 points, as LibreOffice embeds it for Arial) stays one line: the PDFium reader
places a character's bottom by its origin on the baseline and the font's descent, as pdfminer does, not
by PDFium's loose box. Before (b5521f1..3d4e9ae) the title read "Com laints and com liments: earl re ort"
with its p's and y's on lines of their own; a half-year report written for this project as Word and
printed by LibreOffice lost its title period that way. The file was made here from a two-line Word
document (python-docx, Arial) converted by LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import load

PDF = Path(__file__).parent / "data" / "pdf_glyphs" / "descender-title.pdf"


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_a_large_title_keeps_its_descenders(reader: str) -> None:
    doc = load(PDF, pdf_reader=reader)
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Complaints and compliments: yearly report 2032/33", texts
    assert not any(t.strip() in {"p", "y", "y y p"} for t in texts), texts
