"""Footnote markers are no figures (written before the code that handles them).

Word-made PDFs, DOCX files and web pages set a footnote's number raised and small right after the
word or figure it annotates ("418¹ complaints"), and again at the start of the note at the foot of
the page ("¹ Counted when logged"). Read as text, the marker becomes a second number ("418 1") or
the start of a line ("2 Includes ..."), and the reader took it for a count. A marker is known by its
setting (raised and smaller than its line in a PDF, a superscript run in DOCX, <sup> in HTML), not
by its wording, so the sentences here are our own and the mechanism is the one under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

SENTENCES = [
    ("We logged 418", "1", " complaints during 2030/31, and 97", "2", " of them were upheld in full."),
    ("Compliments reached 265", "3", " over the same twelve months.", "", ""),
]
NOTES = [("1", " Counted on the day a complaint is logged, not when it is answered."),
         ("2", " Partly upheld complaints are shown separately in table 4."),
         ("3", " Includes thanks passed on by councillors.")]
EXPECTED = {("received", 418.0), ("upheld", 97.0), ("compliments", 265.0)}


def _figures(path: Path) -> set[tuple[str, float]]:
    return {(f.measure, f.value) for f in extract(load(path)) if isinstance(f, Figure)}


def test_pdf_raised_small_markers_are_not_counts(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = [Paragraph("Complaints annual report 2030/31", styles["Heading1"])]
    for a, m1, b, m2, c in SENTENCES:
        text = a + (f"<super rise=\"1.5\" size=\"6\">{m1}</super>" if m1 else "") + b + (f"<super rise=\"1.5\" size=\"6\">{m2}</super>" if m2 else "") + c
        story.append(Paragraph(text, styles["BodyText"]))
    story.append(Spacer(1, 300))
    for mark, note in NOTES:
        story.append(Paragraph(f"<super rise=\"1.5\" size=\"6\">{mark}</super>{note}", styles["BodyText"]))
    path = tmp_path / "notes.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    assert _figures(path) == EXPECTED


def test_docx_superscript_runs_are_not_counts(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Complaints annual report 2030/31", 1)
    for parts in SENTENCES:
        para = document.add_paragraph()
        for k, part in enumerate(parts):
            if part:
                para.add_run(part).font.superscript = k % 2 == 1
    for mark, note in NOTES:
        para = document.add_paragraph()
        para.add_run(mark).font.superscript = True
        para.add_run(note)
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert _figures(path) == EXPECTED


def test_html_sup_markers_are_not_counts(tmp_path: Path) -> None:
    body = "".join("<p>" + "".join(f"<sup>{p}</sup>" if k % 2 else p for k, p in enumerate(parts) if p) + "</p>"
                   for parts in SENTENCES)
    notes = "".join(f"<p><sup>{mark}</sup>{note}</p>" for mark, note in NOTES)
    path = tmp_path / "notes.html"
    path.write_text(f"<html><body><h1>Complaints annual report 2030/31</h1>{body}<hr>{notes}</body></html>",
                    encoding="utf-8")
    assert _figures(path) == EXPECTED


def test_a_small_number_that_is_a_figure_stays(tmp_path: Path) -> None:
    """Counter-example: a count set in the same size as its line is a count, however small."""
    path = tmp_path / "small.html"
    path.write_text("<h1>Complaints annual report 2030/31</h1><p>We logged 2 complaints in 2030/31; "
                    "x<sup>2</sup> is no marker of ours.</p>", encoding="utf-8")
    assert ("received", 2.0) in _figures(path)
