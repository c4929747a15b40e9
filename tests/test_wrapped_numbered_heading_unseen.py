"""A numbered heading set in a narrow column wraps onto a short second line ("4. The Public Services
Ombudsman for" / "Wales"), and the paragraph below begins on the next line with no blank line between:
the short line ends the heading, so the heading names the body and the paragraph's figures are the
ombudsman's. Words of our own, written before the change: before it 0 of 2 passed, after it 2 of 2;
the counter-example passed before."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def read(tmp_path: Path, text: str) -> tuple[list[str], set[tuple[str, float, str | None, str | None]]]:
    path = tmp_path / "report-2031-32.txt"
    path.write_text("Complaints annual report 2031/32\n\n" + text, encoding="utf-8")
    doc = load(path)
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    return headings, {(f.measure, f.value, f.stage, f.body) for f in extract(doc) if isinstance(f, Figure)}


def test_a_heading_wrapped_after_a_joining_word(tmp_path: Path) -> None:
    headings, got = read(tmp_path, "4. The Public Services Ombudsman for\nWales\n"
                                   "The Ombudsman received 14 complaints about the council during the year.\n")
    assert "4. The Public Services Ombudsman for Wales" in headings
    assert ("received", 14.0, "ombudsman", "PSOW") in got


def test_a_heading_wrapped_inside_a_name(tmp_path: Path) -> None:
    headings, got = read(tmp_path, "6. The Local Government and Social\nCare Ombudsman\n"
                                   "The Ombudsman received 21 complaints about the council during the year.\n")
    assert "6. The Local Government and Social Care Ombudsman" in headings
    assert ("received", 21.0, "ombudsman", "LGSCO") in got


def test_a_heading_over_a_sentence_is_left_alone(tmp_path: Path) -> None:
    headings, _ = read(tmp_path, "2. Complaints received\nWe received 120 complaints at stage one during the year.\n")
    assert "2. Complaints received" in headings
