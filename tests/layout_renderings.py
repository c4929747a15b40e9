"""The reports of tests/layout_matrix.py as files: plain text in each text layout, Markdown, HTML (a
header in two lines as merged cells: colspan over the stages, rowspan down the label column), DOCX
(merged cells too) and PDF printed from the HTML by Chromium, as a browser prints a web page."""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

from layout_matrix import LAYOUTS, Table, parts, renders, text_document

FAST = (*LAYOUTS, "markdown", "html")
SLOW = ("docx", "pdf")


def _spans(row: list[str], first: int = 1) -> list[tuple[str, int]]:
    """An upper header row as (text, colspan): an empty cell continues the filled one on its left."""
    out: list[tuple[str, int]] = []
    for c, text in enumerate(row):
        if c >= first + 1 and not text and out and out[-1][0]:
            out[-1] = (out[-1][0], out[-1][1] + 1)
        else:
            out.append((text, 1))
    return out


def markdown_document(table: Table) -> str:
    title, intro, outro = parts(table)
    every = [*table.heads, *table.rows]
    grid = ["| " + " | ".join(every[0]) + " |", "|" + "---|" * len(every[0])] + ["| " + " | ".join(r) + " |" for r in every[1:]]
    note = table.note + "\n\n" if table.note else ""
    return (f"# {title}\n\n## 1. Introduction\n\n{intro}\n\n## 2. {table.section}\n\n{note}{table.caption}\n\n"
            + "\n".join(grid) + f"\n\n## 3. Learning from complaints\n\n{outro}\n")


def _html_table(table: Table) -> str:
    e = html.escape
    rows: list[str] = []
    if len(table.heads) == 2:
        upper, lower = table.heads
        label = f'<th rowspan="2">{e(lower[0])}</th>'
        cells = "".join(f'<th colspan="{n}">{e(t)}</th>' if n > 1 else f"<th>{e(t)}</th>" for t, n in _spans(upper)[1:])
        rows += [f"<tr>{label}{cells}</tr>", "<tr>" + "".join(f"<th>{e(t)}</th>" for t in lower[1:]) + "</tr>"]
    else:
        rows.append("<tr>" + "".join(f"<th>{e(t)}</th>" for t in table.heads[0]) + "</tr>")
    body = ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in table.rows]
    return "<table border=\"1\">\n<thead>\n" + "\n".join(rows) + "\n</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"


def html_document(table: Table) -> str:
    title, intro, outro = parts(table)
    note = f"<p>{html.escape(table.note)}</p>\n" if table.note else ""
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\n<h1>{title}</h1>\n"
            f"<h2>1. Introduction</h2>\n<p>{intro}</p>\n<h2>2. {html.escape(table.section)}</h2>\n{note}"
            f"<p>{html.escape(table.caption)}</p>\n{_html_table(table)}\n"
            f"<h2>3. Learning from complaints</h2>\n<p>{outro}</p>\n</body></html>\n")


def write_docx(table: Table, path: Path) -> None:
    """A Word file with heading styles and a table grid; a two-line header's cells merged."""
    import docx

    title, intro, outro = parts(table)
    d = docx.Document()
    d.add_heading(title, 1)
    d.add_heading("1. Introduction", 2)
    d.add_paragraph(intro)
    d.add_heading(f"2. {table.section}", 2)
    if table.note:
        d.add_paragraph(table.note)
    d.add_paragraph(table.caption)
    every = [*table.heads, *table.rows]
    grid = d.add_table(rows=len(every), cols=len(every[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(every):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    if len(table.heads) == 2:
        c = 1
        for _text, n in _spans(table.heads[0])[1:]:
            if n > 1:
                grid.cell(0, c).merge(grid.cell(0, c + n - 1))
            c += n
        label = table.heads[1][0]
        grid.cell(0, 0).merge(grid.cell(1, 0)).text = label
    d.add_heading("3. Learning from complaints", 2)
    d.add_paragraph(outro)
    d.save(str(path))


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"


def write_pdf(table: Table, path: Path) -> None:
    """The HTML page printed to PDF by headless Chromium."""
    page = path.with_suffix(".html")
    page.write_text(html_document(table), encoding="utf-8")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", page.as_uri()], check=True, capture_output=True, timeout=120)
    page.unlink()


def write(table: Table, how: str, folder: Path) -> Path:
    """The report holding `table` rendered `how`, written into `folder`."""
    if how in LAYOUTS:
        assert renders(table, how)
        path = folder / "report.txt"
        path.write_text(text_document(table, how), encoding="utf-8")
    elif how == "markdown":
        path = folder / "report.md"
        path.write_text(markdown_document(table), encoding="utf-8")
    elif how == "html":
        path = folder / "report.html"
        path.write_text(html_document(table), encoding="utf-8")
    elif how == "docx":
        path = folder / "report.docx"
        write_docx(table, path)
    elif how == "pdf":
        path = folder / "report.pdf"
        write_pdf(table, path)
    else:
        raise ValueError(how)
    return path
