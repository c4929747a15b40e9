"""A PDF whose table has no borders (a Word table with its lines turned off, a report printed from text):
its cells stand apart only by where they are set on the page. Written in our own words for an invented
council on 2026-12-07, drawn here with reportlab in a proportional type. Before the change (d07589e):
1 of 4 passed (the prose counter-example); after: 4 of 4.

What the change does: a PDF line's text keeps its layout (pdf.laid_out: words of one cell a space
apart, cells two spaces or more apart, each at about its column), the lines of such a table stay one
block (pdf_blocks._one_table), a header line over the rows is one line whatever its gaps, and the
readers of tables laid out as text read it (layout_grids takes PDFs too). A timescale alone on a header
line ("10 working days" under "Answered in") is that name wrapped, no value: the header is read to its top
(it stopped there, in a text file too, and two columns lost their names). The same held-out texts printed
to PDF scored core F1 0.545 before and 0.697 after (0.827 as text).
A numbered title in body type ("6. Customer feedback") is a heading over the paragraph below it; the
first line of a numbered paragraph wrapped onto the next is not."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen import canvas

from extractor import extract, load
from extractor.models import Figure

SIZE = 10.0
LEAD = 13.0


def _draw(path: Path, lines: list[list[tuple[float, str]]]) -> Path:
    """Each line a list of (x, text) runs, top down, one page."""
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", SIZE)
    for k, runs in enumerate(lines):
        for x, text in runs:
            pdf.drawString(x, 760 - LEAD * k, text)
    pdf.showPage()
    pdf.save()
    return path


COLUMNS = (60, 230, 300, 370, 440)
TABLE = [
    [(60, "Ashcombe Borough Council - complaints annual report 2031/32")],
    [],
    [(60, "Table 2: Stage 1 complaints by service, 2031/32")],
    [(60, "Service"), (230, "Received"), (300, "Outcome"), (440, "Answered in")],
    [(440, "10 working days")],
    [(300, "Upheld"), (370, "Not upheld")],
    [(60, "Parks and open"), (236, "57"), (306, "19"), (376, "38"), (446, "49")],
    [(60, "spaces")],
    [(60, "Council tax"), (236, "83"), (306, "22"), (376, "61"), (446, "77")],
    [(60, "Housing repairs"), (230, "140"), (306, "51"), (376, "89"), (440, "118")],
    [(60, "Total"), (230, "280"), (306, "92"), (370, "188"), (440, "244")],
]


def _figures(path: Path) -> set[tuple[str, float, str | None]]:
    return {(r.measure, r.value, r.area) for r in extract(load(path)) if isinstance(r, Figure)}


def test_a_table_without_borders_is_read_by_its_columns(tmp_path: Path) -> None:
    got = {(m, v) for m, v, _ in _figures(_draw(tmp_path / "ashcombe.pdf", TABLE))}
    assert {("received", 57.0), ("upheld", 19.0), ("not_upheld", 38.0), ("within_target", 49.0),
            ("received", 140.0), ("not_upheld", 89.0), ("received", 280.0), ("within_target", 244.0)} <= got


def test_a_row_keeps_its_wrapped_label(tmp_path: Path) -> None:
    got = _figures(_draw(tmp_path / "ashcombe.pdf", TABLE))
    areas = {a for m, v, a in got if (m, v) == ("received", 57.0)}
    assert areas and all(a is not None and "parks and open spaces" in a.lower() for a in areas), got


NUMBERED = [
    [(60, "6. Customer feedback")],
    [(60, "6.1 Stage 1 complaints received by the council in 2031/32 numbered 412, compared")],
    [(60, "with 380 in the year before.")],
]


def test_a_numbered_title_in_body_type_heads_the_paragraph_below(tmp_path: Path) -> None:
    doc = load(_draw(tmp_path / "numbered.pdf", NUMBERED))
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds[0] == ("heading", "6. Customer feedback")
    # the numbered paragraph's first line runs on into the next: one paragraph, no title
    assert kinds[1][0] == "paragraph" and kinds[1][1].endswith("year before.")


PROSE = [
    [(60, "We answered most complaints on time. Where we did not, the delay was usually in")],
    [(60, "arranging a visit, and we now offer evening appointments to make this easier.")],
]


def test_prose_lines_stay_one_paragraph(tmp_path: Path) -> None:
    """Counter-example: running text is never cut into cells."""
    doc = load(_draw(tmp_path / "prose.pdf", PROSE))
    assert [b.kind for b in doc.blocks] == ["paragraph"]
    assert all("  " not in ln.strip() for ln in doc.lines)
