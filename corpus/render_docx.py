"""Write a Document as DOCX (python-docx): Heading styles, List Bullet items, tables.
Called by corpus/render.py for the corpus/docx/ renderings."""

from __future__ import annotations

import sys
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.models import Document


def write_docx(doc: Document, path: Path) -> None:
    out = docx.Document()
    out.core_properties.title = doc.title or doc.name
    for b in doc.blocks:
        if b.kind == "heading":
            out.add_heading(b.text, level=min(b.level or 1, 9))
        elif b.kind == "list_item":
            out.add_paragraph(b.text, style="List Bullet")
        elif b.kind == "table":
            width = max(len(r) for r in b.rows)
            table = out.add_table(rows=len(b.rows), cols=width)
            table.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
            out.add_paragraph("")
        else:
            para = out.add_paragraph()
            para.add_run(b.text).bold = b.bold
    out.save(str(path))
