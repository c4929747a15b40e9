"""The fast PDF reader (PDFium) against the reference reader (pdfplumber's full layout).

The fast reader re-implements pdfplumber's word grouping on tuples and feeds PDFium's
paths to pdfplumber's table finder. These tests hold it to the reference: the same
records on every corpus PDF, the same words as pdfplumber's WordExtractor on generated
character streams, and a page PDFium cannot place (rotated) read by pdfplumber instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils.text import WordExtractor, extract_text

from extractor import check, extract, load
from extractor.load.pdfium_page import CELL_GAP, WORD_GAP, cell_text, words_of

HERE = Path(__file__).resolve().parent
CORPUS_PDFS = sorted((HERE.parent / "corpus" / "pdf").glob("*.pdf"))
CHROMIUM_PDF = HERE / "data" / "wrexham-chromium.pdf"  # made by tests/data/make_chromium_pdf.py
PDFS = [*CORPUS_PDFS, CHROMIUM_PDF]
BULLETS = ("•", "(cid:127)")  # PDFium maps the bullet glyph to U+2022; pdfminer leaves its CID


def records(path: Path, reader: str) -> list[dict[str, Any]]:
    doc = load(path, pdf_reader=reader)
    found = extract(doc)
    rows = [r.to_dict() for r in (*found, *check(doc, found))]
    for row in rows:
        for bullet in BULLETS:
            row["evidence"] = row["evidence"].replace(bullet, "")
        row["evidence"] = " ".join(row["evidence"].split())
    return rows


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_fast_reader_gives_the_reference_records_on_every_corpus_pdf(path: Path) -> None:
    fast, reference = records(path, "pdfium"), records(path, "pdfplumber")
    assert len(fast) > 20
    # Evidence is cut to a length, and a CID name is longer than its bullet: one cut may end sooner.
    fast_evidence, reference_evidence = [r.pop("evidence") for r in fast], [r.pop("evidence") for r in reference]
    assert fast == reference
    assert all(a.startswith(b) or b.startswith(a) for a, b in zip(fast_evidence, reference_evidence, strict=True))


def test_fast_reader_reads_the_same_lines_and_tables() -> None:
    path = next(p for p in CORPUS_PDFS if "wrexham" in p.name)
    fast, reference = load(path), load(path, pdf_reader="pdfplumber")
    assert fast.pages == reference.pages == 13
    assert [b.rows for b in fast.blocks if b.kind == "table"] == [b.rows for b in reference.blocks
                                                                  if b.kind == "table"]

    def corners(doc: Any) -> list[float]:
        return [v for b in doc.blocks for v in (b.bbox.x0, b.bbox.top, b.bbox.x1, b.bbox.bottom)]

    assert corners(fast) == pytest.approx(corners(reference), abs=2.0)  # glyph boxes differ a little
    assert sum(b.kind == "table" for b in fast.blocks) >= 20


def test_browser_printed_pdf_reads_like_the_reference() -> None:
    """Chromium draws text at 16 px under a 0.75 matrix and sets words apart by position only:
    sizes must include the matrix (else every line looks like a heading) and PDFium's own
    word gaps must split words ("ECONOMY AND", not "ECONOMYAND")."""
    fast, reference = load(CHROMIUM_PDF), load(CHROMIUM_PDF, pdf_reader="pdfplumber")
    assert fast.lines == reference.lines
    assert [(b.kind, b.level) for b in fast.blocks] == [(b.kind, b.level) for b in reference.blocks]
    assert any(b.rows and b.rows[0][0] == "ECONOMY AND PLANNING" for b in fast.blocks if b.kind == "table")
    body = [w.size for b in fast.blocks if b.kind == "paragraph" for w in b.words]
    assert 10 < max(set(body), key=body.count) < 12  # 11pt body text, not 16 px


# ---------------------------------------------------------------- generated characters

char_runs = st.lists(st.tuples(
    st.sampled_from(["a", "b", "1", "-", " "]),
    st.floats(0.0, 4.0),            # gap after the previous character
    st.sampled_from([0.0, 0.0, 0.0, 1.5, 2.9, 3.1, 12.0, -40.0]),  # baseline shift (new lines)
    st.sampled_from([(10.0, "Helvetica"), (10.0, "Helvetica-Bold"), (12.0, "Helvetica")]),
), min_size=1, max_size=60)


def as_chars(run: list[tuple[str, float, float, tuple[float, str]]]) -> list[tuple[Any, ...]]:
    chars, x, top = [], 50.0, 100.0
    for text, gap, shift, (size, font) in run:
        x, top = (50.0 if shift < 0 else x + gap), top + (abs(shift) if shift < 0 else shift)
        chars.append((text, x, x + size * 0.5, top, top + size, size, font))
        x += size * 0.5
    return chars


def as_dicts(chars: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [{"text": t, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "upright": True,
             "size": size, "fontname": font} for t, x0, x1, top, bottom, size, font in chars]


@settings(max_examples=300, deadline=None)
@given(char_runs)
def test_word_grouping_matches_pdfplumber(run: list[tuple[str, float, float, tuple[float, str]]]) -> None:
    chars = as_chars(run)
    ours = [("".join(c[0] for c in w), w[0][1], w[0][3], w[0][5], w[0][6])
            for w in words_of(chars, WORD_GAP, by_font=True)]
    extractor = WordExtractor(x_tolerance=WORD_GAP, extra_attrs=["size", "fontname"])
    theirs = [(w["text"], w["x0"], w["top"], w["size"], w["fontname"]) for w in extractor.extract_words(as_dicts(chars))]
    assert ours == theirs


@settings(max_examples=200, deadline=None)
@given(char_runs)
def test_cell_text_matches_pdfplumber_table_extract(run: list[tuple[str, float, float, tuple[float, str]]]) -> None:
    chars = as_chars(run)
    cell = (0.0, 0.0, 1000.0, 1000.0)
    assert cell_text(cell, chars) == extract_text(as_dicts(chars), x_tolerance=CELL_GAP)


# ---------------------------------------------------------------- pages PDFium cannot place


def test_a_page_displayed_turned_is_read_as_drawn(tmp_path: Path) -> None:
    """Landscape tables often sit on pages with /Rotate 90: their text runs along the page's
    own x axis. pdfminer turns each character on its side (and pdfplumber reads letters);
    the fast reader reads the line."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "rotated.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Complaints received in 2022/23: 120 complaints were received.")
    pdf.showPage()
    pdf.setPageRotation(90)
    pdf.drawString(72, 720, "Of these, 30 complaints were upheld.")
    pdf.showPage()
    pdf.save()
    assert load(path).lines == ("Complaints received in 2022/23: 120 complaints were received.",
                                "Of these, 30 complaints were upheld.")


def test_text_set_at_an_angle_is_left_out(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "angled.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "We received 45 complaints in the year.")
    pdf.saveState()
    pdf.translate(40, 400)
    pdf.rotate(90)
    pdf.drawString(0, 0, "Number of complaints")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    assert load(path).lines == ("We received 45 complaints in the year.",)


def test_an_unknown_reader_is_refused() -> None:
    with pytest.raises(ValueError, match="pdf_reader"):
        load(CORPUS_PDFS[0], pdf_reader="ocr")


def test_a_sliver_column_between_double_rules_is_dropped() -> None:
    from extractor.load.pdf import _without_empty_columns

    rows = [["Service", "", "Complaints", ""], ["Planning", "", "6", ""], ["Total", "", "6", ""]]
    assert _without_empty_columns(rows) == [["Service", "Complaints"], ["Planning", "6"], ["Total", "6"]]
    assert _without_empty_columns([["Stage 1", "", "12"], ["Stage 2", "3", ""]]) == [["Stage 1", "", "12"],
                                                                                      ["Stage 2", "3", ""]]


def test_browser_printed_report_scores_as_its_text_version() -> None:
    """The whole pipeline on a Chromium-printed report, scored against the seed's gold (its lines
    aligned to the text's, as `tally eval` does for renderings)."""
    from extractor.evaluate import align_lines, read_jsonl, score_document

    corpus = HERE.parent / "corpus"
    name = "wrexham-2023-24-complaints-compliments"
    doc = load(CHROMIUM_PDF)
    found = extract(doc)
    rows = [r.to_dict() for r in (*found, *check(doc, found))]
    rows = align_lines(rows, load(corpus / "documents" / f"{name}.txt").lines, len(doc.lines))
    score = score_document(CHROMIUM_PDF.name, rows, read_jsonl(corpus / "gold" / f"{name}.jsonl"),
                           read_jsonl(corpus / "gold" / f"{name}.checks.jsonl"))
    assert score.core[2] >= 0.95
    assert score.checks["found_at_line"] == score.checks["gold"] == 3


# ---------------------------------------------------------------- reading order


def two_column_report(path: Path) -> None:
    """An annual-report page: a heading across the page, then body text in two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    width, height = A4
    frames = [Frame(40, height - 120, width - 80, 60, id="head"),
              Frame(40, 60, (width - 100) / 2, height - 190, id="left"),
              Frame(60 + (width - 100) / 2, 60, (width - 100) / 2, height - 190, id="right")]
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate(frames=frames)])
    filler = ("Our complaints team works with every service to put things right quickly and to learn from "
              "what residents tell us about the way we deliver services across the borough. ")
    story = [Paragraph("Complaints annual report 2023/24", styles["Title"]), FrameBreak(),
             Paragraph(filler * 3, styles["BodyText"]),
             Paragraph("During 2023/24 we received 412 stage one complaints, compared with 388 in the previous "
                       "year, and we responded to 87% of them within ten working days.", styles["BodyText"]),
             Paragraph(filler * 2, styles["BodyText"]), FrameBreak(),
             Paragraph(filler * 3, styles["BodyText"]),
             Paragraph("Of the 412 stage one complaints, 96 were upheld, 120 were partly upheld and 196 were "
                       "not upheld.", styles["BodyText"]),
             Paragraph(filler * 2, styles["BodyText"])]
    doc.build(story)


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    path = tmp_path / "columns.pdf"
    two_column_report(path)
    doc = load(path)
    texts = [b.text for b in doc.blocks]
    received = next(t for t in texts if "we received 412" in t)
    assert "in the previous year, and we responded to 87% of them within ten working days." in received
    assert texts.index(received) < texts.index(next(t for t in texts if "96 were upheld" in t))
    figures = {(f.measure, f.value, f.unit) for f in extract(doc)}
    assert {("received", 412, "count"), ("within_target", 87, "percent"), ("upheld", 96, "count"),
            ("partially_upheld", 120, "count"), ("not_upheld", 196, "count")} <= figures


def test_a_text_table_is_not_taken_for_columns(tmp_path: Path) -> None:
    """Label and number cells leave a gutter too, but they are short: rows stay rows."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "table.pdf"
    pdf = canvas.Canvas(str(path))
    rows = [("Service area", "Complaints"), *[(f"Service number {k} of the council", str(10 + k)) for k in range(9)]]
    for k, (label, value) in enumerate(rows):
        pdf.drawString(72, 720 - 18 * k, label)
        pdf.drawString(360, 720 - 18 * k, value)
    pdf.showPage()
    pdf.save()
    lines = load(path).lines
    # each label and its number far to its right are one line, as in the text file's row, the two cells a run
    # of spaces apart as a text file's table sets them (pdf.laid_out)
    rows = [ln for ln in lines if ln.startswith("Service number")]
    assert [" ".join(ln.split()) for ln in rows] == [f"Service number {k} of the council {10 + k}" for k in range(9)]
    assert all("council  " in ln for ln in rows)


def test_a_bare_number_in_the_margin_is_a_page_number_only_where_it_counts_pages() -> None:
    """A column of counts that runs to the foot of a page leaves "0" in the margin: not furniture;
    "1", "2", "3" at the foot of pages 1-3 are."""
    from extractor.load.pdf import Line, PageLayout, mark_furniture

    def page(n: int, foot: str) -> PageLayout:
        body = Line([], n, 300.0, 310.0, 10.0, False, "Complaints received")
        return PageLayout(n, 595.0, 842.0, lines=[body, Line([], n, 820.0, 830.0, 10.0, False, foot)])

    counted = [page(n, str(n)) for n in (1, 2, 3)]
    mark_furniture(counted)
    assert all(p.lines[1].furniture for p in counted)
    cells = [page(n, v) for n, v in ((1, "0"), (2, "12"), (3, "0"))]
    mark_furniture(cells)
    assert not any(p.lines[1].furniture for p in cells)
