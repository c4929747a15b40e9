"""A cover names the report's quarter in a heading of its own ("Quarter 3" over "2031/32"): the year is
narrowed to it. The quarters of a table's header, one cell to a line near the top ("Q1" / "Q2" / "Q3" /
"Q4"), are no cover's quarter: the report stays the year's. Words of our own, written with the change
(before it, the year's report was dated Q1, the first header cell)."""

from __future__ import annotations

from pathlib import Path

from extractor import load
from extractor.doc_periods import document_period


def period(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    found = document_period(load(path))
    return found.label if found else None


def test_a_cover_quarter_narrows_the_year(tmp_path: Path) -> None:
    assert period(tmp_path, "Complaints report\n\nQuarter 3\n\n2031/32\n\nWe received 88 complaints.\n") == "2031/32 Q3"


def test_header_cells_of_quarters_leave_the_year(tmp_path: Path) -> None:
    text = ("Complaints report 2031/32\n\nComplaints received\n\nQ1\n\nQ2\n\nQ3\n\nQ4\n\nYear\n\n"
            "Stage 1\n\n40\n\n38\n\n51\n\n47\n\n176\n")
    assert period(tmp_path, text) == "2031/32"
