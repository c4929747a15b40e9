"""Word tables, read from the DOCX and from the PDF LibreOffice prints of it.

Word and its exporters draw a shaded paragraph inside a table cell as a filled box around each
line; a table finder takes those boxes for cell borders and cuts the cell into slivers and
sub-rows, so a label ends in one column and its value in another. The tables here hold the
layouts of real Word reports (a header row of labels over one row of values, labels that wrap
over several shaded lines, a label column with a value column far to its right, zero values),
written for this file in words of our own. The same figures must come from both renderings.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

docx = pytest.importorskip("docx")
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

S1, S2 = "stage1", "stage2"


def _shade(cell, fill: str = "D9E2F3") -> None:
    """Shade each paragraph of a cell (paragraph shading, not cell shading)."""
    for p in cell.paragraphs:
        ppr = p._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        ppr.append(shd)


def _table(document, rows: list[list[str | None]], shade_first: bool = True) -> None:
    """A bordered table; None merges a cell into its left neighbour (a header over two columns)."""
    t = document.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is None:
                continue
            cell = t.cell(r, c)
            span = next((k for k in range(c + 1, len(row)) if row[k] is not None), len(row))
            if span > c + 1:
                cell = cell.merge(t.cell(r, span - 1))
            lines = text.split("\n")
            cell.text = lines[0]
            for more in lines[1:]:
                cell.add_paragraph(more)
            if r == 0 and shade_first:
                _shade(cell)


def _build(path: Path, tables: list[tuple[str, list[list[str]]]]) -> None:
    d = docx.Document()
    d.add_heading("Tenant complaints review 2030/31", 0)
    d.add_paragraph("This review covers complaints made to the association during 2030/31.")
    for heading, rows in tables:
        d.add_heading(heading, 2)
        _table(d, rows)
        d.add_paragraph("")
    d.save(str(path))


def _pdf(path: Path) -> Path:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                   check=True, capture_output=True, timeout=180)
    return path.with_suffix(".pdf")


def _figures(path: Path) -> set[tuple]:
    return {(r.measure, r.value, r.stage) for r in extract(load(path)) if isinstance(r, Figure)}


CASES = [
    # a header row of labels over one row of values, the labels wrapping over shaded lines
    ("header-over-values",
     [("Complaints handled 2030/31",
       [["Stage one\ncomplaints", "Stage one complaints\ntaken on to\nstage two", "Housing Ombudsman\ncases"],
        ["9", "2", "0"]])],
     {("received", 9, S1), ("received", 2, S2)}),
    # outcome pairs as columns, zero values included
    ("outcome-columns",
     [("Outcomes of stage one complaints 2030/31",
       [["Upheld", "Not upheld", "Withdrawn"], ["6", "0", "3"]])],
     {("upheld", 6, S1), ("not_upheld", 0, S1)}),
    # a label column and a value column far apart, with a zero
    ("label-value",
     [("Complaint figures 2030/31",
       [["Stage 1 complaints received", "31"], ["Stage 2 complaints received", "0"],
        ["Stage 1 complaints upheld", "14"]])],
     {("received", 31, S1), ("received", 0, S2), ("upheld", 14, S1)}),
    # a stage header merged over two outcome columns each
    ("merged-stage-header",
     [("What became of the complaints 2030/31",
       [["Stage one", None, "Stage two", None], ["Upheld", "Not upheld", "Upheld", "Not upheld"],
        ["5", "7", "1", "0"]])],
     {("upheld", 5, S1), ("not_upheld", 7, S1), ("upheld", 1, S2), ("not_upheld", 0, S2)}),
    # a row label with outcome and count pairs in the cells to its right
    ("outcome-pairs-in-cells",
     [("Decisions on complaints 2030/31",
       [["Complaint stage", "Outcome", "Outcome"], ["Stage one complaints", "Upheld 4", "Not upheld 8"],
        ["Stage two complaints", "Upheld 1", "Not upheld 0"]])],
     {("upheld", 4, S1), ("not_upheld", 8, S1), ("upheld", 1, S2), ("not_upheld", 0, S2)}),
]


@pytest.mark.parametrize(("name", "tables", "expected"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_word_table_figures(tmp_path: Path, name: str, tables, expected: set[tuple], fmt: str) -> None:
    path = tmp_path / f"{name}.docx"
    _build(path, tables)
    if fmt == "pdf":
        path = _pdf(path)
    got = _figures(path)
    assert expected <= got, f"missing {expected - got}; got {sorted(got)}"


def test_no_figures_from_a_table_of_dates_and_references(tmp_path: Path) -> None:
    """Counter-example: a shaded table of meeting dates and paper numbers gives no figure."""
    path = tmp_path / "meetings.docx"
    _build(path, [("Meetings of the board", [["Meeting\nof the board", "Paper\nnumber"],
                                              ["14 May 2031", "B/31/07"]])])
    for p in (path, _pdf(path)):
        assert _figures(p) == set()


def _md(tmp_path: Path, text: str) -> list[Figure]:
    f = tmp_path / "review.md"
    f.write_text("# Tenant complaints review 2030/31\n\n" + text + "\n", encoding="utf-8")
    return [r for r in extract(load(f)) if isinstance(r, Figure)]


def test_a_cell_of_words_and_a_number_counts_only_when_its_words_name_a_measure(tmp_path: Path) -> None:
    """Counter-example: 'Team 4', 'Zone 2' and 'Quarter 3' name no measure, so they count nothing."""
    got = _md(tmp_path, "## Complaints by team\n\n| Service | Handled by | Reported in |\n| --- | --- | --- |\n"
                        "| Estates | Team 4 | Quarter 3 |\n| Lettings | Zone 2 | Quarter 1 |\n")
    assert {r.value for r in got} & {4, 2, 3, 1} == set()


def test_a_number_of_column_is_not_a_category(tmp_path: Path) -> None:
    """Counter-example: 'No. resolved' beside the complaints column counts something else; it is
    no category of complaint, so its numbers are not complaints received."""
    got = _md(tmp_path, "## Complaints by theme\n\n| Theme | No. of complaints | No. resolved |\n| --- | --- | --- |\n"
                        "| Noisy neighbours | 6 | 5 |\n| Broken lifts | 9 | 7 |\n")
    assert {(r.measure, r.value) for r in got if r.measure == "received"} == {("received", 6), ("received", 9)}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_dated_span_above_a_table_is_its_period(tmp_path: Path, fmt: str) -> None:
    """A line naming a span from day to day just above a table dates the table's figures, in
    place of the report's own year; a table under no such line keeps the report's year."""
    d = docx.Document()
    d.add_heading("Tenant complaints review 2030/31", 0)
    d.add_heading("Complaints this quarter", 2)
    d.add_paragraph("Span covered: 1 February 2031 to 30 April 2031")
    _table(d, [["Stage one complaints", "Stage two complaints"], ["8", "3"]])
    d.add_heading("Complaints in the year", 2)
    _table(d, [["Stage one complaints", "Stage two complaints"], ["40", "11"]])
    path = tmp_path / "spans.docx"
    d.save(str(path))
    if fmt == "pdf":
        path = _pdf(path)
    got = {(r.value, r.stage, r.period_start, r.period_end) for r in extract(load(path)) if isinstance(r, Figure)}
    assert {(8, S1, "2031-02-01", "2031-04-30"), (3, S2, "2031-02-01", "2031-04-30"),
            (40, S1, "2030-04-01", "2031-03-31"), (11, S2, "2030-04-01", "2031-03-31")} <= got, sorted(got)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_names_and_counts_under_a_breakdown_heading(tmp_path: Path, fmt: str) -> None:
    """A table with no header row, a name and a count a row, under a heading that breaks
    complaints down by something, counts the complaints of each name."""
    d = docx.Document()
    d.add_heading("Tenant complaints review 2030/31", 0)
    d.add_heading("Complaints by estate", 2)
    _table(d, [["Ferry Lane", "7"], ["Orchard Rise", "0"], ["Kiln Court", "12"]], shade_first=False)
    d.add_heading("Board members by estate", 2)
    _table(d, [["Ferry Lane", "2"], ["Kiln Court", "3"]], shade_first=False)
    path = tmp_path / "estates.docx"
    d.save(str(path))
    if fmt == "pdf":
        path = _pdf(path)
    got = _figures(path)
    assert got == {("received", 7, None), ("received", 0, None), ("received", 12, None)}, sorted(got)


def test_a_breakdown_heading_over_phone_numbers_gives_nothing(tmp_path: Path) -> None:
    """Counter-example: names with two numbers, or with a date, under 'Complaints by office'."""
    got = _md(tmp_path, "## Complaints by office\n\n| Riverside | 4 May 2031 |\n| Northgate | 11 June 2031 |\n\n"
                        "## Complaints by team\n\n| Lettings | 3 | 4 |\n| Repairs | 5 | 6 |\n")
    assert got == []
