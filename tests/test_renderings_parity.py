"""The same report read as text, as a Word file, as a browser's PDF and as LibreOffice's PDF of the
Word file must give the same figures: rendering does not change what a figure is.

Each test builds a small report of our own words at test time (python-docx, then Chromium or
LibreOffice where installed; CI installs both) and shows one way a rendering used to read
differently from the text (docs/renderings.md lists the causes):
- a numbered section title set in body type ("2. Housing Ombudsman") was a list item in a PDF
  (its number taken for a bullet) and a paragraph in a Word file, so it opened no section;
- a bullet typed as a character ("• Q2 - 9") stayed part of a Word paragraph's text;
- a row label and its numbers far to its right on one baseline ("Housing repairs      148  40")
  became two lines in a PDF, so the row lost its label.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from extractor import extract, load
from extractor.load.pdf import group_lines
from extractor.models import Figure

docx = pytest.importorskip("docx")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SOFFICE = shutil.which("soffice")


def _is_table_row(line: str) -> bool:
    return " | " in line


def _to_docx(lines: list[str], path: Path) -> None:
    """Non-blank lines as Word paragraphs (a line with " | " cells as a table row; a line starting
    with "# " as a Heading 2); spaces inside a line are kept, as Word keeps them."""
    document = docx.Document()
    rows: list[list[str]] = []
    for line in [*lines, ""]:
        if _is_table_row(line):
            rows.append([c.strip() for c in line.split("|")])
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    table.cell(i, j).text = c
            rows = []
        if line.startswith("# "):
            document.add_heading(line[2:], level=2)
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(path))


def _to_html(lines: list[str]) -> str:
    body = []
    for line in lines:
        if line.startswith("# "):
            body.append(f"<h2>{html.escape(line[2:])}</h2>")
        elif line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    return "<!doctype html><html><head><meta charset='utf-8'></head><body>" + "\n".join(body) + "</body></html>"


def _render(text: str, tmp: Path, kind: str) -> Path:
    """The report as `kind`: "txt", "docx", "browser" (Chromium's PDF) or "office" (LibreOffice's)."""
    lines = text.strip("\n").split("\n")
    if kind == "txt":
        path = tmp / "report.txt"
        path.write_text("\n".join(line.removeprefix("# ") for line in lines) + "\n", encoding="utf-8")
        return path
    if kind == "docx":
        path = tmp / "report.docx"
        _to_docx(lines, path)
        return path
    if kind == "browser":
        if not CHROMIUM:
            pytest.skip("chromium is not installed")
        page = tmp / "report.html"
        page.write_text(_to_html(lines), encoding="utf-8")
        out = tmp / "browser.pdf"
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", page.as_uri()], capture_output=True, timeout=120, check=False)
        if not out.exists():
            pytest.skip("chromium could not print a PDF here")
        return out
    if not SOFFICE:
        pytest.skip("soffice is not installed")
    source = _render(text, tmp, "docx")
    subprocess.run([SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp / "office"), str(source)],
                   capture_output=True, timeout=300, check=False)
    out = tmp / "office" / "report.pdf"
    if not out.exists():
        pytest.skip("soffice could not print a PDF here")
    return out


def _core(path: Path) -> Counter[tuple[object, ...]]:
    return Counter((f.measure, f.value, f.unit, f.stage, f.period) for f in extract(load(path))
                   if isinstance(f, Figure))


RENDERINGS = ["docx", "browser", "office"]

SECTIONS = """
Riverside Borough Council
Complaints Review 2025/26

1. Our own complaints

1.1 Residents made 260 stage 1 complaints to the council during the year.

1.2 Of these stage 1 complaints we upheld 58 and did not uphold 171.

2. Housing Ombudsman

2.1 The Housing Ombudsman upheld 3 complaints about us and did not uphold 6.

3. Compliments

3.1 Our teams were thanked 415 times.
"""


def test_numbered_section_titles_read_as_text_does(tmp_path: Path) -> None:
    text = _core(_render(SECTIONS, tmp_path, "txt"))
    assert text[("not_upheld", 6.0, "count", "ombudsman", "2025/26")] == 1  # the text reading is the yardstick
    for kind in RENDERINGS:
        out = tmp_path / kind
        out.mkdir()
        path = _render(SECTIONS, out, kind)
        titles = [b for b in load(path).blocks if "Housing Ombudsman" in b.text and len(b.text) < 30]
        assert titles and titles[0].kind == "heading" and titles[0].text == "2. Housing Ombudsman", kind
        assert _core(path) == text, kind


def test_numbered_sentence_stays_a_paragraph(tmp_path: Path) -> None:
    """Counter-example: "2. We received 19 complaints." ends like a sentence: no heading anywhere."""
    report = "Complaints note\n\n1. We received 19 complaints in 2025/26.\n\n2. Nine of them were upheld.\n"
    for kind in ["txt", *RENDERINGS]:
        out = tmp_path / kind
        out.mkdir()
        doc = load(_render(report, out, kind))
        assert not [b for b in doc.blocks if b.kind == "heading" and "complaints" in b.text and b.text[0].isdigit()], kind


def test_numbered_lead_in_to_a_list_stays_a_paragraph(tmp_path: Path) -> None:
    """Counter-example: "3.2. The four teams with most complaints were:" leads into the list below
    it; in Word and in a PDF it opens no section (the list keeps the heading it sits under)."""
    report = ("Copperfield Council complaints 2025/26\n\n3. Complaints by team\n\n"
              "3.2. The four teams with most complaints were:\n\n- Parking\n- Waste\n- Housing\n- Planning\n")
    for kind in ["docx", "browser"]:
        out = tmp_path / kind
        out.mkdir()
        blocks = load(_render(report, out, kind)).blocks
        lead = next(b for b in blocks if "four teams" in b.text)
        assert lead.kind == "paragraph", kind
        assert next(b for b in blocks if b.text == "Waste").heading_path[-1] == "3. Complaints by team", kind


BULLETS = """
Lakeside Homes complaints 2025/26

During 2025/26 we logged 44 stage 1 complaints, by quarter:

• Q1 - 12
• Q2 - 9
• Q3 - 11
• Q4 - 12

*Figures exclude 3 withdrawn cases.
"""


def test_typed_bullets_in_word_are_list_items(tmp_path: Path) -> None:
    text = _core(_render(BULLETS, tmp_path, "txt"))
    doc = load(_render(BULLETS, tmp_path, "docx"))
    items = [b for b in doc.blocks if "Q2" in b.text]
    assert items and items[0].kind == "list_item" and items[0].text == "Q2 - 9"
    # counter-example: an asterisk glued to its word is a footnote mark, not a bullet
    note = next(b for b in doc.blocks if "withdrawn" in b.text)
    assert note.kind == "paragraph" and note.text.startswith("*Figures")
    assert _core(tmp_path / "report.docx") == text


def _word(text: str, x0: float, top: float = 100.0, size: float = 11.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 6.0 * len(text), "top": top, "bottom": top + size,
            "size": size, "fontname": "Serif"}


def test_row_label_and_its_numbers_far_right_are_one_line() -> None:
    words = [_word("Housing", 72), _word("repairs", 120), _word("148", 260), _word("40", 320), _word("27%", 380)]
    assert [ln.text for ln in group_lines(words, 1)] == ["Housing repairs 148 40 27%"]


def test_columns_and_tiles_on_one_baseline_stay_apart() -> None:
    """Counter-examples: two columns of prose, and tiles of label and value side by side."""
    prose = [_word("Complaints", 72), _word("fell.", 140), _word("The", 330), _word("ombudsman", 355)]
    assert [ln.text for ln in group_lines(prose, 1)] == ["Complaints fell.", "The ombudsman"]
    tiles = [_word("Received", 72), _word("534", 180), _word("Upheld", 300), _word("96", 400)]
    assert len(group_lines(tiles, 1)) == 4


SPACED = """
Hillside District Council complaints 2025/26

Stage 1 complaints by service, 2025/26

Service               Received   Upheld
Housing repairs            148       40
Parking                     97       18
Total                      245       58
"""


def test_spaced_table_in_word_reads_alike_in_office_pdf(tmp_path: Path) -> None:
    text = _core(_render(SPACED, tmp_path, "txt"))
    assert text[("received", 148.0, "count", "stage1", "2025/26")] == 1
    assert _core(_render(SPACED, tmp_path, "office")) == text


WRAPPED = """
Northvale Council complaints report 2025/26

Complaints by directorate
Directorate Number of complaints Upheld and partly upheld Average time to respond
Community wellbeing and adult support teams      288 (241)      130 = 45% (39%)      31 days (35 days)
Neighbourhood services and street care        96 (88)      40 = 42% (47%)      19 days (22 days)
Resources and customer contact centre        41 (37)      12 = 29%      15 days
"""


def test_table_rows_that_wrap_in_office_pdf_stay_rows(tmp_path: Path) -> None:
    """A row written as one line of a text file, too long for a LibreOffice page (it keeps the
    spaces between the columns), wraps onto a second line: it is still one row of the table."""
    text = _core(_render(WRAPPED, tmp_path, "txt"))
    assert text[("received", 288.0, "count", None, "2025/26")] == 1
    office = _render(WRAPPED, tmp_path, "office")
    assert any(b.end_line and b.end_line > b.line and "288" in b.text for b in load(office).blocks)  # it did wrap
    assert _core(office) == text
    assert _core(tmp_path / "report.docx") == text


def test_wrapped_prose_does_not_join_a_table(tmp_path: Path) -> None:
    """Counter-example: a two-line paragraph of prose that closes with a full stop stays prose."""
    report = ("Westmoor Council complaints 2025/26\n\n"
              "During the year the council received 402 complaints from residents, tenants and businesses, "
              "which was more than in any of the three years before it.\n")
    assert _core(_render(report, tmp_path, "office")) == _core(_render(report, tmp_path, "txt"))


COVER = """
Agenda Item 9
Page 41

# Lowmoor Borough Council
Report to: Cabinet
Date: 4 June 2026

Complaints Handling Annual Report 2025/26

4. Letter from the Ombudsman
4.1 The annual letter is attached. It shows:

Decisions made: 12
Uphold rate: 50%
"""


@pytest.mark.parametrize("kind", RENDERINGS)
def test_a_cover_of_one_line_paragraphs_still_names_the_report(tmp_path: Path, kind: str) -> None:
    """A text file runs the cover's lines into two paragraphs, so the title naming complaints is
    among its first blocks; Word and a PDF give each line a block and the title falls off the
    cover. The list counts all the same: the heading above the lines it was read from names the
    ombudsman (a list or table rebuilt from lines has no headings of its own)."""
    text = _core(_render(COVER, tmp_path, "txt"))
    assert text[("closed", 12.0, "count", "ombudsman", "2025/26")] == 1
    assert _core(_render(COVER, tmp_path, kind)) == text


def test_a_general_report_cover_does_not_name_complaints(tmp_path: Path) -> None:
    """Counter-example: the same list in a general performance report counts in no rendering."""
    general = COVER.replace("Complaints Handling Annual Report", "Quarterly Performance Report").replace(
        "4. Letter from the Ombudsman", "4. Planning applications")
    for kind in ["txt", "docx"]:
        out = tmp_path / kind
        out.mkdir()
        assert not _core(_render(general, out, kind))
