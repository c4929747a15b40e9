"""Render every seed report as PDF (corpus/pdf/) and DOCX (corpus/docx/), so every loader
is exercised on real content. Reproducible; not run by tests:

    .venv/bin/python corpus/render.py

Prose reports become A4 report PDFs (headings, paragraphs, bullets, ruled tables that may
split across pages, a running header and "Page N of M" footer). The dashboards seed becomes
landscape dashboard pages: slicers on top, panel headings, tiles with a big number above
its label, comparison blocks - the shape of a Power BI export. Content comes from the
source loaded by `extractor.load`, so a rendering says exactly what its source says.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from extractor import load
from extractor.models import Document

STYLES = getSampleStyleSheet()
HEADING_STYLES = {1: STYLES["Heading1"], 2: STYLES["Heading2"], 3: STYLES["Heading3"]}
CELL = ParagraphStyle("cell", parent=STYLES["BodyText"], fontSize=8.5, leading=10.5)


class NumberedCanvas(rl_canvas.Canvas):
    """Writes "Page N of M" and a running title once the page count is known."""

    title = ""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            w, h = self._pagesize
            self.setFont("Helvetica", 8)
            self.drawString(20 * mm, h - 12 * mm, self.title)
            self.drawRightString(w - 20 * mm, 10 * mm, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def report_flowables(doc: Document) -> list:
    """Blocks to reportlab flowables: what the text says, laid out as a printed report."""
    story: list = []
    for b in doc.blocks:
        if b.kind == "heading":
            style = HEADING_STYLES.get(min(b.level or 3, 3), STYLES["Heading3"])
            story.append(_p(b.text, style))
        elif b.kind == "list_item":
            story.append(ListFlowable([ListItem(_p(b.text, STYLES["BodyText"]), leftIndent=12)],
                                      bulletType="bullet", start="•", leftIndent=12))
        elif b.kind == "table":
            width = max(len(r) for r in b.rows)
            rows = [[_p(c, CELL) for c in r] + [""] * (width - len(r)) for r in b.rows]
            table = Table(rows, repeatRows=1, hAlign="LEFT",
                          colWidths=[(A4[0] - 40 * mm) / width] * width)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 4 * mm)]
        else:
            story.append(_p(b.text, STYLES["BodyText"]))
    return story


def render_report_pdf(doc: Document, out: Path) -> None:
    NumberedCanvas.title = doc.title or doc.name
    pdf = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=doc.title or doc.name)
    pdf.build(report_flowables(doc), canvasmaker=NumberedCanvas)


# ------------------------------------------------------------------- dashboards

TILE_W, TILE_H, GUTTER = 60 * mm, 26 * mm, 8 * mm


class DashboardPage:
    """A cursor over one tall landscape page: full-width lines, or tiles four to a row.

    A dashboard page is never split: the layout is measured first (draw=False), then the
    page is made as tall as it needs, as a Power BI "export to PDF" does with a long page.
    """

    def __init__(self, c: rl_canvas.Canvas | None, height: float) -> None:
        self.c = c
        self.w, self.h = landscape(A4)[0], height
        self.y = self.h - 18 * mm
        self.col = 0

    def end_row(self) -> None:
        if self.col:
            self.y -= TILE_H + 4 * mm
            self.col = 0

    def text(self, s: str, size: float = 9, bold: bool = False) -> None:
        self.end_row()
        if self.c is not None:
            self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            self.c.drawString(15 * mm, self.y - size, s)
        self.y -= size + 6

    def table(self, rows: tuple[tuple[str, ...], ...]) -> None:
        """A ruled table (case lists): drawn as a table so its cells stay cells."""
        self.end_row()
        width = max(len(r) for r in rows)
        cells = [[_p(c, CELL) for c in r] + [""] * (width - len(r)) for r in rows]
        table = Table(cells, colWidths=[(self.w - 30 * mm) / width] * width)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        _, height = table.wrap(self.w - 30 * mm, 10_000)
        if self.c is not None:
            table.drawOn(self.c, 15 * mm, self.y - height)
        self.y -= height + 6 * mm

    def tile(self, number: str, label: str) -> None:
        if self.col == 4:
            self.end_row()
        x = 15 * mm + self.col * (TILE_W + GUTTER)
        top = self.y
        self.col += 1
        if self.c is None:
            return
        self.c.setStrokeColor(colors.HexColor("#8aa0b8"))
        self.c.roundRect(x, top - TILE_H, TILE_W, TILE_H, 3 * mm)
        self.c.setFont("Helvetica-Bold", 22)
        self.c.drawCentredString(x + TILE_W / 2, top - 11 * mm, number)
        self.c.setFont("Helvetica", 7.5)
        for k, part in enumerate(_wrap(label, 44)):
            self.c.drawCentredString(x + TILE_W / 2, top - 16 * mm - k * 9, part)


def _wrap(s: str, width: int) -> list[str]:
    lines, cur = [], ""
    for word in s.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return lines + ([cur] if cur else [])


def render_dashboard_pdf(doc: Document, out: Path) -> None:
    """Dashboard pages from the tiles the text export pairs (number with its label)."""
    from extractor.extract import dashboards

    c = rl_canvas.Canvas(str(out), pagesize=landscape(A4))
    c.setTitle(doc.title or doc.name)
    for page_items in dashboards.pages_of(dashboards.items_of(doc)):
        probe = DashboardPage(None, 0)
        draw_dashboard_page(probe, page_items, doc)
        height = max(landscape(A4)[1], -probe.y + 40 * mm)
        c.setPageSize((landscape(A4)[0], height))
        draw_dashboard_page(DashboardPage(c, height), page_items, doc)
        c.showPage()
    c.save()


def draw_dashboard_page(cursor: DashboardPage, page_items: list, doc: Document) -> None:
    from extractor.extract import dashboards

    # Tables of text (case lists) stay ruled tables: map each of their lines to the table.
    table_at = {ln: b for b in doc.blocks if b.kind == "table"
                and max(len(c) for r in b.rows for c in r) > 30 for ln in b.row_lines}
    drawn: set[int] = set()
    pairs = dashboards.pair_sequence(page_items)
    label_of = {id(num): lab for num, lab, _ in pairs if num is not None}
    paired = {id(lab) for num, lab, _ in pairs if num is not None}
    for it in page_items:
        it.used = False
        if it.line in table_at:
            block = table_at[it.line]
            if id(block) not in drawn:
                drawn.add(id(block))
                cursor.table(block.rows)
        elif it.kind == "tile" and it.label is not None:
            cursor.tile(it.stated, it.label.text)
        elif it.kind == "num" and id(it) in label_of:
            cursor.tile(it.stated, label_of[id(it)].text)
        elif it.kind == "label" and id(it.label) in paired:
            continue
        elif it.rows:
            cursor.end_row()
            for row in it.rows:
                cursor.text("      ".join(row), size=9)
        elif it.text:
            cursor.text(it.text, size=12 if it.kind == "panel" else 9, bold=it.kind in ("panel", "slicer"))
    cursor.end_row()


def main() -> int:
    (HERE / "pdf").mkdir(exist_ok=True)
    (HERE / "docx").mkdir(exist_ok=True)
    try:
        sys.path.insert(0, str(HERE))
        from render_docx import write_docx  # type: ignore[import-not-found]
    except ImportError:
        write_docx = None
    for src in sorted((HERE / "documents").glob("*")):
        doc = load(src)
        out = HERE / "pdf" / f"{src.stem}.pdf"
        from extractor.extract import dashboards

        if dashboards.is_dashboard(tuple(dashboards.items_of(doc))):
            render_dashboard_pdf(doc, out)
        else:
            render_report_pdf(doc, out)
        print(f"wrote {out.relative_to(HERE.parent)}")
        if write_docx is not None:
            write_docx(doc, HERE / "docx" / f"{src.stem}.docx")
            print(f"wrote corpus/docx/{src.stem}.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
