"""Loaders: every format gives the same Document model with real blocks, pages and lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import load
from extractor.errors import InputError
from extractor.models import Block, Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
WREXHAM = "wrexham-2023-24-complaints-compliments"
RBKC = "rbkc-2019-20-annual-complaints"
DASH = "wolverhampton-dashboards-2022-23"
PROGRESS = "wolverhampton-2023-24-h1-progress"


def source(name: str) -> Path:
    return next((CORPUS / "documents").glob(f"{name}.*"))


def rendering(name: str, fmt: str) -> Path:
    return CORPUS / fmt / f"{name}.{fmt}"


def table_starting(doc: Document, first_cell: str) -> Block:
    return next(b for b in doc.blocks if b.kind == "table" and b.rows[0][0] == first_cell)


@pytest.mark.parametrize("path", [source(WREXHAM), rendering(WREXHAM, "pdf"), rendering(WREXHAM, "docx")],
                         ids=["text", "pdf", "docx"])
def test_wrexham_housing_table_in_every_format(path: Path) -> None:
    doc = load(path)
    housing = table_starting(doc, "HOUSING")
    assert housing.rows[0] == ("HOUSING", "NUMBER OF COMPLAINTS")
    assert len(housing.rows) == 16  # header, 14 teams, Total
    assert housing.rows[1] == ("DLO repairs", "50")
    assert housing.rows[-1] == ("Total", "177")
    # each row has its own line, and the line holds the row's text
    assert len(set(housing.row_lines)) == 16
    assert "Planned Maintenance" in doc.lines[housing.row_lines[2] - 1]


def test_text_table_lines_are_file_lines() -> None:
    doc = load(source(WREXHAM))
    housing = table_starting(doc, "HOUSING")
    assert housing.line == 190 and housing.row_lines[-1] == 205 and housing.page is None


@pytest.mark.parametrize("fmt", ["text", "pdf", "docx"])
def test_rbkc_cause_table(fmt: str) -> None:
    doc = load(source(RBKC) if fmt == "text" else rendering(RBKC, fmt))
    cause = table_starting(doc, "Cause")
    assert cause.rows[0] == ("Cause", "Count", "Percentage")
    assert ("Communications", "53", "15.42%") in cause.rows
    assert ("Service failure", "53", "15.45%") in cause.rows
    assert cause.rows[-1] == ("Total", "343", "100%")  # <b> tags of the source are gone
    assert len(cause.rows) == 11  # header, 9 causes, Total: the blank line in the source does not split it


def test_progress_html_cells_in_markdown_are_text() -> None:
    doc = load(source(PROGRESS))
    lgsco = table_starting(doc, "Local Government and Social Care Ombudsman – full investigations")
    team, outcome = lgsco.rows[3][0], lgsco.rows[3][1]
    assert team.startswith("Team Education Services, SEND Team Complaint in relation to delays")
    assert "pay complainant £350" in outcome and "<" not in outcome
    ho = table_starting(doc, "Housing Ombudsman Full investigations")
    assert "severe maladministration" in ho.rows[1][1]
    assert "to pay the resident £700" in ho.rows[1][1]


def test_markdown_headings_and_heading_paths() -> None:
    doc = load(source(PROGRESS))
    heads = [b for b in doc.blocks if b.kind == "heading"]
    assert heads[0].text == "Complaints Progress update Quarters 1 and 2 - 2023-2024" and heads[0].line == 3
    stage_one = next(b for b in heads if b.text == "Stage one")
    assert stage_one.level == 4
    assert stage_one.heading_path[-2:] == ("Children's & Education", "Children & Education")


def test_text_numbered_headings_and_list_items() -> None:
    doc = load(source("wolverhampton-2022-23-h1-complaints"))
    head = next(b for b in doc.blocks if b.text == "1.2 Stage One Complaints")
    assert head.kind == "heading" and head.line == 13 and head.level == 3
    assert head.heading_path == (
        ("SECTION 1: Children's, Education, Adults, Public Health Services Complaints Activity "
        "1 April 2022 to 30 September 2022"), "1.0 Children's and Education Services – Complaint Activity")
    wrex = load(source(WREXHAM))
    item = next(b for b in wrex.blocks if b.text.startswith("1.1 To provide Members"))
    assert item.kind == "list_item" and item.line == 32


def test_pdf_blocks_have_pages_lines_boxes_and_furniture() -> None:
    doc = load(rendering(WREXHAM, "pdf"))
    assert doc.format == "pdf" and doc.pages == len(doc.page_sizes) > 5
    footers = [b for b in doc.blocks if b.furniture and b.text.startswith("Page ")]
    assert len(footers) == doc.pages  # "Page N of M" on every page is furniture
    head = next(b for b in doc.blocks if b.kind == "heading" and b.text == "Environment & Technical (155)")
    assert head.page is not None and head.bbox is not None and head.words
    assert doc.lines[head.line - 1] == "Environment & Technical (155)"
    para = next(b for b in doc.blocks if b.kind == "paragraph" and b.text.startswith("Of the 155 formal"))
    assert para.heading_path[-1] == "Environment & Technical (155)"
    assert all(w.bbox.x0 < w.bbox.x1 and w.bbox.top < w.bbox.bottom for w in para.words)


def test_pdf_table_split_across_pages_is_one_table(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    rows = [["Service", "Received", "Upheld"]] + [[f"Service area {i}", str(i), str(i % 3)] for i in range(1, 61)]
    story = [Paragraph("Complaints by service", getSampleStyleSheet()["Heading1"]),
             Paragraph("Text before the table. " * 40, getSampleStyleSheet()["BodyText"]),
             Table(rows, repeatRows=1, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))]
    path = tmp_path / "split.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    doc = load(path)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1 and doc.pages == 2
    table = tables[0]
    assert table.rows[0] == ("Service", "Received", "Upheld")
    assert len(table.rows) == 61  # one header (repeated on page 2, kept once) and 60 rows
    assert table.rows[-1] == ("Service area 60", "60", "0")
    assert doc.lines[table.row_lines[-1] - 1] == "Service area 60 | 60 | 0"
    # and the joined table gives a figure per row and column, the continued rows included
    from extractor import extract
    from extractor.models import Figure

    figures = [f for f in extract(doc) if isinstance(f, Figure) and f.source == "table"]
    assert len([f for f in figures if f.measure == "received"]) == 60
    assert ("Service area 60", "upheld", 0) in {(f.area, f.measure, f.value) for f in figures}


def test_pdf_dashboard_tiles_have_word_boxes() -> None:
    doc = load(rendering(DASH, "pdf"))
    words = [w for b in doc.blocks for w in b.words]
    big = next(w for w in words if w.text == "41" and w.size > 15)
    label = next(w for w in words if w.text == "received" and 0 < w.bbox.top - big.bbox.bottom < 30
                 and abs(w.bbox.x0 - big.bbox.x0) < 120)
    assert big.bold and not label.bold
    assert label.bbox.top > big.bbox.bottom  # the label sits below its number


def test_docx_headings_lists_and_tables() -> None:
    doc = load(rendering(WREXHAM, "docx"))
    assert doc.format == "docx"
    head = next(b for b in doc.blocks if b.text == "Environment & Technical (155)")
    assert head.kind == "heading"
    item = next(b for b in doc.blocks if b.text.startswith("1.1 To provide Members"))
    assert item.kind == "list_item"
    team = next(b for b in doc.blocks if b.kind == "table" and b.rows[0][0] == "Team")
    assert team.rows[0] == ("Team", "Numbers of Complaints", "Not Upheld", "Partially Upheld", "Upheld")


def test_a_title_line_over_sentences_is_a_heading(tmp_path: Path) -> None:
    """Web pages copied as text put a section title straight above its paragraph."""
    f = tmp_path / "page.txt"
    f.write_text("Housing Ombudsman\nThe Ombudsman issued six determinations about us during the year.\n\n"
                 "Complaint Volumes 2023-2024 2024-2025\nStage 1 239 136\n", encoding="utf-8")
    doc = load(f)
    assert [(b.kind, b.text) for b in doc.blocks][:2] == [
        ("heading", "Housing Ombudsman"), ("paragraph", "The Ombudsman issued six determinations about us during the year.")]
    assert doc.blocks[2].kind != "heading"  # a table's header row stays with its rows


def test_docx_pages_follow_explicit_page_breaks(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("We received 120 complaints in 2022/23.")
    d.add_page_break()
    d.add_paragraph("Of these, 30 were upheld.")
    d.add_paragraph("Nine were partly upheld.").paragraph_format.page_break_before = True
    d.save(tmp_path / "breaks.docx")
    doc = load(tmp_path / "breaks.docx")
    assert [(b.text, b.page) for b in doc.blocks] == [("We received 120 complaints in 2022/23.", 1),
                                                      ("Of these, 30 were upheld.", 2), ("Nine were partly upheld.", 3)]
    assert doc.pages == 3


def test_docx_pages_follow_words_saved_layout(tmp_path: Path) -> None:
    """Word saves where its layout turned the page (w:lastRenderedPageBreak); a paragraph that runs
    over the turn starts on the earlier page, the next one on the later."""
    import docx
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_paragraph("We received 120 complaints in 2022/23.")
    long = d.add_paragraph("Of these, 30 were upheld ")
    long.add_run("and nine partly upheld.")._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    d.add_paragraph("Response times improved.")
    d.add_paragraph("Compliments rose to 87.").runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    d.add_page_break()  # an explicit break Word also marks: only the saved layout counts
    d.save(tmp_path / "rendered.docx")
    doc = load(tmp_path / "rendered.docx")
    assert [b.page for b in doc.blocks] == [1, 1, 2, 3]


def test_docx_without_page_marks_is_one_page() -> None:
    doc = load(rendering(WREXHAM, "docx"))
    assert doc.pages == 1 and {b.page for b in doc.blocks} == {1}


def test_html_blocks(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(
        "<html><head><title>Complaints 2023/24</title><script>var n = 99;</script></head><body>"
        "<h1>Annual complaints</h1><p>We received <b>120</b> complaints.</p>"
        "<ul><li>12 by email</li><li>3 by letter</li></ul>"
        "<table><tr><th>Service</th><th>Received</th></tr><tr><td>Housing</td><td>54</td></tr></table>"
        "<h2>Stage 2</h2><p>Five complaints escalated.</p></body></html>", encoding="utf-8")
    doc = load(page)
    kinds = [(b.kind, b.text) for b in doc.blocks if b.kind != "table"]
    assert kinds == [("heading", "Annual complaints"), ("paragraph", "We received 120 complaints."),
                     ("list_item", "12 by email"), ("list_item", "3 by letter"), ("heading", "Stage 2"),
                     ("paragraph", "Five complaints escalated.")]
    table = next(b for b in doc.blocks if b.kind == "table")
    assert table.rows == (("Service", "Received"), ("Housing", "54")) and table.line == 5
    assert "99" not in " ".join(doc.lines)
    assert doc.blocks[-1].heading_path == ("Annual complaints", "Stage 2")


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""),
                                             ("utf-16", b"")])  # Python writes UTF-16's byte-order mark itself
def test_text_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes(prefix + "Complaints – 2023/24\n\nWe paid £350 to one complainant’s family.\n".encode(encoding))
    doc = load(f)
    assert doc.blocks[-1].text == "We paid £350 to one complainant’s family."
    assert doc.blocks[-1].line == 3


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    f = tmp_path / "report.download"
    f.write_bytes((CORPUS / "pdf" / f"{DASH}.pdf").read_bytes())
    assert load(f).format == "pdf"
    g = tmp_path / "notes"
    g.write_text("# Complaints\n\n- 12 by email\n", encoding="utf-8")
    assert load(g).format == "markdown"


def test_a_csv_export_is_a_table_under_its_title(tmp_path: Path) -> None:
    """A dashboard's "download data" file: title row, header row, rows; a quoted "1,204" is one cell."""
    f = tmp_path / "feedback-export.csv"
    f.write_text('Complaints export 2030/31\nMeasure,Q1,Q2\nStage 1 complaints received,"1,204",980\n\nNote: provisional\n',
                 encoding="utf-8")
    doc = load(f)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "table", "paragraph"]
    assert doc.blocks[1].rows[1] == ("Stage 1 complaints received", "1,204", "980")
    assert doc.blocks[1].row_lines == (2, 3)


def test_a_tab_separated_export_and_an_xhtml_page_load(tmp_path: Path) -> None:
    tsv = tmp_path / "export.tsv"
    tsv.write_text("Service\t2029/30\t2030/31\nHousing\t112\t98\n", encoding="utf-8")
    assert load(tsv).blocks[0].rows == (("Service", "2029/30", "2030/31"), ("Housing", "112", "98"))
    page = tmp_path / "page.xhtml"
    page.write_text("<html><body><p>We received 12 complaints.</p></body></html>", encoding="utf-8")
    assert load(page).blocks[0].text == "We received 12 complaints."


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "export.csv"
    f.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(InputError, match="binary content"):
        load(f)
