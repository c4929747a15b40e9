"""Key figures in a PDF set as a label over its value, line after line with no space between the pairs
(an indicator return or a dashboard printed to PDF): each value is its label's. Written in our own words
for an invented landlord on 2026-12-07, drawn with reportlab. Before the change (d25a85a) 1 of 2 passed (the
counter-check, as little was read at all): the PDF loader ran every line into one paragraph, where a text file's loader keeps a label and its value
apart from the next pair. After: 2 of 2 - the PDF loader now asks the text loader's own rule whether a line
carries on the paragraph above (text.joins_next), so both formats part their lines alike."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from extractor import extract, load
from extractor.models import Figure

LINES = [
    "Brackenridge Homes - complaints return 2032/33",
    "Indicator 1 - complaints received at stage 1",
    "1,204",
    "Indicator 2 - complaints received at stage 2",
    "96",
    "Indicator 3 - stage 1 complaints answered within 10 working days",
    "1,051 (87.3%)",
    "Indicator 4 - average working days to answer at stage 2",
    "17.6",
]


def _pdf(tmp_path: Path) -> Path:
    path = tmp_path / "brackenridge.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", 10)
    for k, text in enumerate(LINES):
        pdf.drawString(60, 760 - 13 * k, text)
    pdf.showPage()
    pdf.save()
    return path


def _figures(path: Path) -> set[tuple[str, float, str | None]]:
    return {(r.measure, r.value, r.stage) for r in extract(load(path)) if isinstance(r, Figure)}


def test_each_value_is_its_label_s(tmp_path: Path) -> None:
    got = _figures(_pdf(tmp_path))
    assert {("received", 1204.0, "stage1"), ("received", 96.0, "stage2"), ("average_response_days", 17.6, "stage2")} <= got


def test_no_value_is_read_with_the_next_label(tmp_path: Path) -> None:
    """Counter-check: 96 is not read with indicator 3's words, nor 1,204 with indicator 2's."""
    got = _figures(_pdf(tmp_path))
    assert not {(m, v) for m, v, _ in got} & {("within_target", 96.0), ("received", 1051.0)}
    assert ("received", 1204.0, "stage2") not in got
