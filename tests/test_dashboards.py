"""Dashboard tiles: numbers paired with labels in text exports (by order) and PDFs (by word boxes)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.extract import dashboards
from extractor.load import load
from extractor.models import BBox, Block, Document, Figure, Word
from extractor.segment import contexts

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = CORPUS / "documents" / "wolverhampton-dashboards-2022-23.txt"


@cache
def seed_figures() -> tuple[Figure, ...]:
    doc = load(SEED)
    return tuple(dashboards.extract_figures(doc, contexts(doc)))


def at(line: int) -> list[tuple]:
    return sorted((f.measure, f.value, f.unit, f.stage, f.period, f.procedure)
                  for f in seed_figures() if f.line == line)


@pytest.mark.parametrize(("line", "expected"), [
    (25, [("received", 41, "count", "stage1", "2022/23", None)]),       # 41 / Stage 1 complaints received
    (33, [("partially_upheld", 21, "count", "stage1", "2022/23", None)]),
    (41, [("received", 29, "count", "stage1", "2022/23", "corporate")]),  # 29 / Corporate complaints procedure
    (45, [("average_response_days", 22, "calendar_days", "stage1", "2022/23", "corporate")]),
    (53, [("average_response_days", 14, "working_days", "stage1", "2022/23", "statutory")]),
    (62, [("received", 40, "count", "stage1", "2021/22", None)]),         # comparison: previous year
    (111, [("received", 91, "count", "informal", "2022/23", None)]),      # label first
    (115, [("compliments", 90, "count", None, "2022/23", None)]),
    (119, [("received", 0, "count", "stage3", "2022/23", "corporate")]),  # "Stage 3 ... received" is a caption
    (155, [("average_response_days", 54, "calendar_days", "stage1", "2022/23", "corporate"),
           ("received", 1, "count", "stage1", "2022/23", "corporate")]),  # "1 Complaints received | 54 ..."
    (209, [("compliments", 472, "count", None, "2022/23", None)]),
])
def test_seed_tiles(line: int, expected: list[tuple]) -> None:
    assert at(line) == expected


def test_tiles_side_by_side_on_one_line() -> None:
    assert [(m, v) for m, v, *_ in at(150)] == [
        ("not_upheld", 9), ("partially_upheld", 9), ("received", 25), ("upheld", 7)]
    f = next(f for f in seed_figures() if f.line == 150 and f.measure == "received")
    assert (f.evidence, f.stated, f.source) == ("25 Stage 1 complaints received", "25", "dashboard")


def test_differences_and_slicer_years_are_not_figures() -> None:
    lines = {f.line for f in seed_figures()}
    assert not lines & {12, 13, 14, 64, 101, 132, 142, 170, 195, 222}


def text_dashboard(*lines: str) -> Document:
    blocks = []
    for i, text in enumerate(lines, 1):
        if text:
            bold = text.startswith("**")
            kind = "heading" if text.endswith(("Complaints", "complaints", "year", ":")) else "paragraph"
            blocks.append(Block(kind, text.strip("*"), i, bold=bold))
    return Document("dash.txt", "text", tuple(blocks), lines=lines)


def test_same_conventions_in_other_words() -> None:
    doc = text_dashboard("Select a period:", "2023/2024", "**2024/2025**", "Select a service:", "**Adults**",
                         "Stage 2 Complaints", "7", "Stage 2 complaints received", "3",
                         "Stage 2 complaints upheld (we got it wrong)", "Compliments received", "18")
    figs = dashboards.extract_figures(doc, [])
    assert sorted((f.measure, f.value, f.stage, f.period, f.service) for f in figs) == [
        ("compliments", 18, None, "2024/25", "adults"), ("received", 7, "stage2", "2024/25", "adults"),
        ("upheld", 3, "stage2", "2024/25", "adults")]


def test_cards_with_the_label_above_the_value(tmp_path: Path) -> None:
    """A web page's cards copied as text: label line, value line; bare labels ("Upheld") under a
    card that names its stage; a data table after them stays the table reader's."""
    from extractor import extract

    f = tmp_path / "cards.txt"
    f.write_text("Complaints performance 2023/24\n\nStage 1 complaints\nReceived\n412\n"
                 "Responded to within 10 working days\n87%\nUpheld\n96\n\nStage 2 complaints\nReceived\n38\n"
                 "Responded to within 20 working days\n79%\n\nService\tReceived\tUpheld\nHousing\t210\t54\n"
                 "Waste\t98\t20\nTotal\t308\t74\n", encoding="utf-8")
    found = {(r.measure, r.value, r.unit, r.stage, r.area) for r in extract(load(f)) if isinstance(r, Figure)}
    assert {("received", 412, "count", "stage1", None), ("within_target", 87, "percent", "stage1", None),
            ("upheld", 96, "count", "stage1", None), ("received", 38, "count", "stage2", None),
            ("within_target", 79, "percent", "stage2", None)} <= found
    assert {("received", 210, "count", None, "Housing"), ("upheld", 54, "count", None, "Housing"),
            ("received", 308, "count", None, None)} <= found


def test_a_report_without_tiles_gives_nothing() -> None:
    doc = load(CORPUS / "documents" / "wrexham-2023-24-complaints-compliments.txt")
    assert dashboards.extract_figures(doc, contexts(doc)) == []


# ---------------------------------------------------------------- PDF tiles by geometry


def tile_pdf(path: Path, comparison: bool = False) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    if comparison:
        c.setFont("Helvetica", 9)
        c.drawString(50, 815, "Select a service:")
        c.drawString(150, 815, "Adults")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(250, 815, "Housing")
        c.setFont("Helvetica", 10)
        c.drawString(50, 580, "Comparison to previous year")
        c.drawString(50, 560, "2023/2024")
        c.drawString(200, 560, "41")
        c.drawString(50, 545, "2022/2023")
        c.drawString(200, 545, "37")
        c.drawString(50, 525, "Difference: 4")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 780, "Stage 1 Complaints")
    for x, number, label in ((50, "41", "Stage 1 complaints received"), (300, "14", "Stage 1 complaints upheld")):
        c.setFont("Helvetica-Bold", 24)
        c.drawString(x, 720, number)
        c.setFont("Helvetica", 9)
        c.drawString(x, 700, label)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 640, "22")
    c.setFont("Helvetica", 9)
    c.drawString(80, 644, "Average response days (calendar days)")
    c.save()


def pdf_words(path: Path) -> tuple[Word, ...]:
    with pdfplumber.open(path) as pdf:
        raw = pdf.pages[0].extract_words(extra_attrs=["size", "fontname"])
    return tuple(Word(w["text"], BBox(w["x0"], w["top"], w["x1"], w["bottom"]), w["size"],
                      "Bold" in w["fontname"]) for w in raw)


def test_pdf_tiles_pair_numbers_with_the_label_below_or_right(tmp_path: Path) -> None:
    path = tmp_path / "tiles.pdf"
    tile_pdf(path)
    pairs = {n.text: label for n, label, _ in dashboards.pair_words(pdf_words(path))}
    assert pairs == {"41": "Stage 1 complaints received", "14": "Stage 1 complaints upheld",
                     "22": "Average response days (calendar days)"}


def test_pdf_tiles_become_figures_with_the_panel_stage(tmp_path: Path) -> None:
    path = tmp_path / "tiles.pdf"
    tile_pdf(path)
    words = pdf_words(path)
    doc = Document("tiles.pdf", "pdf", (Block("tile", " ".join(w.text for w in words), 1, page=1, words=words),))
    figs = dashboards.extract_figures(doc, [])
    assert sorted((f.measure, f.value, f.unit, f.stage, f.page) for f in figs) == [
        ("average_response_days", 22, "calendar_days", "stage1", 1), ("received", 41, "count", "stage1", 1),
        ("upheld", 14, "count", "stage1", 1)]


def test_pdf_comparison_block_sets_the_period_and_a_bold_slicer_value_the_service(tmp_path: Path) -> None:
    path = tmp_path / "page.pdf"
    tile_pdf(path, comparison=True)
    words = pdf_words(path)
    doc = Document("page.pdf", "pdf", (Block("tile", " ".join(w.text for w in words), 1, page=1, words=words),))
    figs = dashboards.extract_figures(doc, [])
    assert sorted((f.measure, f.value, f.stage, f.period, f.service) for f in figs) == [
        ("average_response_days", 22, "stage1", "2023/24", "housing"),
        ("received", 37, "stage1", "2022/23", "housing"), ("received", 41, "stage1", "2023/24", "housing"),
        ("received", 41, "stage1", "2023/24", "housing"), ("upheld", 14, "stage1", "2023/24", "housing")]


def test_pdf_tiles_pair_across_blocks_and_keep_the_number_line(tmp_path: Path) -> None:
    path = tmp_path / "tiles.pdf"
    tile_pdf(path)
    by_top: dict[int, list[Word]] = {}
    for w in pdf_words(path):
        by_top.setdefault(round(w.bbox.top), []).append(w)
    blocks = tuple(Block("paragraph", " ".join(w.text for w in ws), n, page=3, words=tuple(ws))
                   for n, (_, ws) in enumerate(sorted(by_top.items()), 1))
    figs = dashboards.extract_figures(Document("tiles.pdf", "pdf", blocks), [])
    number_lines = {b.text: b.line for b in blocks}
    got = sorted((f.value, f.line, f.page, f.evidence) for f in figs)
    assert got[:2] == [(14, number_lines["41 14"], 3, "14 Stage 1 complaints upheld"),
                       (22, got[1][1], 3, "22 Average response days (calendar days)")]
    assert (got[2][0], got[2][1]) == (41, number_lines["41 14"])


def test_dashboard_lines_tell_prose_which_lines_are_tiles() -> None:
    lines = dashboards.dashboard_lines(load(SEED))
    assert {25, 27, 61, 62, 150, 155} <= lines and not lines & {64, 66, 279}
    assert dashboards.dashboard_lines(load(CORPUS / "documents" / "wrexham-2023-24-complaints-compliments.txt")) \
        == set()


def test_label_then_number_and_percentage_tiles() -> None:
    doc = text_dashboard("Select a year:", "2023/24", "Stage 1 Complaints", "Stage 1 complaints received: 120",
                         "87% Stage 1 complaints responded to within timescale", "LGSCO enquiries received 6")
    got = sorted((f.measure, f.value, f.unit, f.stage) for f in dashboards.extract_figures(doc, []))
    assert got == [("received", 6, "count", "ombudsman"), ("received", 120, "count", "stage1"),
                   ("within_target", 87, "percent", "stage1")]


def test_a_report_listing_labelled_numbers_is_no_dashboard() -> None:
    doc = text_dashboard("Complaints received: 120", "Complaints upheld: 40", "Compliments received: 55")
    assert dashboards.extract_figures(doc, []) == []
