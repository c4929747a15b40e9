"""Tables whose cells arrive one per line (web or Word tables copied as text): rebuilt by counting.

Every text here is written for the test; no corpus document holds it."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.extract.cell_lines import cell_line_tables
from extractor.models import Figure


def _doc(tmp_path: Path, cells: list[str]):
    path = tmp_path / "cells.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    return load(path)


ONE_HEADER_ROW = ["Feedback by directorate 2031/32", "Directorate", "Complaints received", "Responded on time",
                  "Libraries", "14", "12", "Coastal Parks", "9", "9", "Registrars", "3", "2", "Total", "26", "23"]


def test_one_header_row_then_label_and_values(tmp_path: Path) -> None:
    tables = cell_line_tables(_doc(tmp_path, ONE_HEADER_ROW))
    assert len(tables) == 1
    block, title = tables[0]
    assert title == "Feedback by directorate 2031/32"
    assert block.rows[0] == ("Directorate", "Complaints received", "Responded on time")
    assert block.rows[1:] == (("Libraries", "14", "12"), ("Coastal Parks", "9", "9"), ("Registrars", "3", "2"),
                              ("Total", "26", "23"))


def test_every_value_keeps_its_own_line(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ONE_HEADER_ROW)
    figures = [r for r in extract(doc) if isinstance(r, Figure)]
    received = {f.value: f.line for f in figures if f.measure == "received"}
    # cells are two lines apart (a blank line between): "14" is the 6th cell, line 11
    assert received[14] == 11 and received[9] == 17


def test_stacked_header_cells_read_downwards(tmp_path: Path) -> None:
    """Two header rows of cells: the measure twice, then a period under each."""
    cells = ["Reason", "Complaints logged", "Complaints logged", "2030/31", "2029/30",
             "Delay", "40", "31", "Attitude", "12", "19", "Total", "52", "50"]
    block, _ = cell_line_tables(_doc(tmp_path, cells))[0]
    assert block.rows[0] == ("Reason", "Complaints logged 2030/31", "Complaints logged 2029/30")
    figures = [r for r in extract(_doc(tmp_path, cells)) if isinstance(r, Figure)]
    assert {(f.value, f.period) for f in figures if f.measure == "received"} >= {
        (40, "2030/31"), (31, "2029/30"), (52, "2030/31"), (50, "2029/30")}


def test_short_lines_that_are_not_a_table(tmp_path: Path) -> None:
    """Counter-examples: short headings and one-line paragraphs with a stray number are not cells."""
    cells = ["Contents", "Introduction", "Our year", "Page 4", "Complaints", "What we learned",
             "Next steps", "12", "Contact us"]
    assert cell_line_tables(_doc(tmp_path, cells)) == []


def test_sentences_break_a_run(tmp_path: Path) -> None:
    cells = ["Directorate", "Complaints received", "Libraries", "14",
             "We received far fewer complaints about the libraries this year than in any year before.",
             "Coastal Parks", "9", "Registrars", "3"]
    assert cell_line_tables(_doc(tmp_path, cells)) == []


def test_cells_of_a_word_document_one_paragraph_each(tmp_path: Path) -> None:
    """The same table saved by Word with one paragraph per cell (no blank lines between)."""
    from docx import Document as WordDocument

    word = WordDocument()
    for cell in ONE_HEADER_ROW:
        word.add_paragraph(cell)
    path = tmp_path / "cells.docx"
    word.save(str(path))
    tables = cell_line_tables(load(path))
    assert len(tables) == 1 and tables[0][0].rows[1] == ("Libraries", "14", "12")
