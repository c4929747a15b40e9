"""Print a seed report through headless Chromium: the PDF shape most browser-made reports have
(embedded subset fonts, text drawn at 16 px under a 0.75 matrix, word gaps by position alone).

    python tests/data/make_chromium_pdf.py   # writes tests/data/wrexham-chromium.pdf

Committed so tests need no browser; tests/test_pdf_readers.py holds both PDF readers to the
same records on it.
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

from extractor import load

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "corpus" / "documents" / "wrexham-2023-24-complaints-compliments.txt"
STYLE = ("body{font-family:Arial,sans-serif;font-size:11pt} table{border-collapse:collapse} "
         "table{margin:0 0 14pt 0} td{border:1px solid #000;padding:3px}")


def page_html() -> str:
    parts = [f'<html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>']
    for b in load(SOURCE).blocks:
        text = html.escape(b.text)
        if b.kind == "heading":
            level = min(b.level or 2, 4)
            parts.append(f"<h{level}>{text}</h{level}>")
        elif b.kind == "table" and b.rows:
            parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                                             for row in b.rows) + "</table>")
        elif b.kind == "list_item":
            parts.append(f"<ul><li>{text}</li></ul>")
        else:
            parts.append(f"<p>{text}</p>")
    return "\n".join([*parts, "</body></html>"])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(page_html(), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={HERE / 'wrexham-chromium.pdf'}", page.as_uri()], check=True)


if __name__ == "__main__":
    main()
