"""Tables flattened to text with single spaces: a header line, then "label v1 v2" rows.

Written before the reader of this shape; every text is written for the test, no corpus
document holds it."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def _figures(tmp_path: Path, text: str, name: str = "flat.txt") -> set[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(f.measure, f.value, f.unit, f.stage, f.period, f.area)
            for f in extract(load(path)) if isinstance(f, Figure)}


def test_one_value_column_named_by_the_last_header_word(tmp_path: Path) -> None:
    text = ("Complaints by team 2030/31\n\nTeam Complaints received\nLibraries 41\nCoastal parks 17\nRegistrars 9\n"
            "All teams 67\n")
    got = _figures(tmp_path, text)
    assert ("received", 41, "count", None, "2030/31", "Libraries") in got
    assert ("received", 17, "count", None, "2030/31", "Coastal parks") in got


def test_header_of_one_word_per_column(tmp_path: Path) -> None:
    """Two value columns and a header of two words: each word names its column."""
    text = ("Stage 1 complaints in 2030/31\n\nReceived Upheld\nQ1 30 12\nQ2 25 9\nQ3 28 10\nQ4 31 14\n")
    got = _figures(tmp_path, text)
    assert ("received", 30, "count", "stage1", "2030/31 Q1", None) in got
    assert ("upheld", 14, "count", "stage1", "2030/31 Q4", None) in got


def test_sentences_with_numbers_are_not_rows(tmp_path: Path) -> None:
    """Counter-example: prose lines that end in a number are not a table."""
    text = ("Complaints overview\n\nThe number of complaints we received this year was 41\n"
            "and the number we upheld was 12\n")
    got = _figures(tmp_path, text)
    assert not any(area for *_, area in got)


def test_rows_as_one_paragraph_each_in_a_word_file(tmp_path: Path) -> None:
    """The same flattened table saved by Word with one paragraph per row."""
    from docx import Document as WordDocument

    word = WordDocument()
    for line in ("Stage 1 complaints in 2030/31", "Received Upheld", "Q1 30 12", "Q2 25 9", "Q3 28 10", "Q4 31 14"):
        word.add_paragraph(line)
    path = tmp_path / "flat.docx"
    word.save(str(path))
    got = {(f.measure, f.value, f.period) for f in extract(load(path)) if isinstance(f, Figure)}
    assert ("received", 30, "2030/31 Q1") in got and ("upheld", 14, "2030/31 Q4") in got
