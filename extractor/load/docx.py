"""DOCX -> Document with python-docx: paragraphs, heading styles, list items and tables,
in the order the body holds them (tables interleave with paragraphs).

Word files carry no fixed pages, so `page` stays None unless the author put explicit
page breaks in; `line` counts paragraphs and table rows of the extracted text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex as re

from extractor.errors import InputError
from extractor.models import Block, Document

HEADING_STYLE = re.compile(r"^(?:heading\s*(?P<level>\d)|title)$", re.IGNORECASE)
LIST_STYLE = re.compile(r"list", re.IGNORECASE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def open_docx(path: Path, data: bytes) -> Any:
    import docx

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(str(path), "not a readable DOCX (not a zip package); is it a .doc or corrupt?")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any failure to parse is bad input, reported, never a traceback
        raise InputError(str(path), f"not a readable DOCX ({type(exc).__name__})") from None


def load_docx(path: Path, data: bytes) -> Document:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = open_docx(path, data)
    lines: list[str] = []
    blocks: list[Block] = []
    page = 1
    breaks = False
    for element in document.element.body.iterchildren():
        if element.tag == f"{W}p":
            para = Paragraph(element, document)
            if _page_break(element):
                page += 1
                breaks = True
            block = _paragraph_block(para, len(lines) + 1, page)
            if block is not None:
                lines.append(block.text)
                blocks.append(block)
        elif element.tag == f"{W}tbl":
            rows = list(_table_rows(Table(element, document)))
            if rows:
                first = len(lines) + 1
                lines += [" | ".join(r) for r in rows]
                blocks.append(Block("table", "\n".join(lines[first - 1:]), first, page=page,
                                    rows=tuple(rows), row_lines=tuple(range(first, first + len(rows))),
                                    end_line=first + len(rows) - 1))
    if not breaks:
        blocks = [_no_page(b) for b in blocks]
    title = document.core_properties.title or next((b.text for b in blocks if b.kind == "heading"), None)
    return Document(str(path), "docx", tuple(blocks), lines=tuple(lines), pages=page if breaks else None,
                    title=title)


def _no_page(b: Block) -> Block:
    from dataclasses import replace

    return replace(b, page=None)


def _page_break(element: Any) -> bool:
    return any(br.get(f"{W}type") == "page" for br in element.iter(f"{W}br"))


def _paragraph_block(para: Any, line: int, page: int) -> Block | None:
    text = " ".join(para.text.split())
    if not text:
        return None
    style = (para.style.name if para.style is not None else "") or ""
    bold = all(r.bold for r in para.runs if r.text.strip()) and any(r.text.strip() for r in para.runs)
    if m := HEADING_STYLE.match(style):
        level = int(m.group("level")) if m.group("level") else 1
        return Block("heading", text, line, page=page, level=level, end_line=line, bold=bold)
    numbered = para._p.pPr is not None and para._p.pPr.numPr is not None
    if LIST_STYLE.search(style) or numbered:
        return Block("list_item", text, line, page=page, end_line=line, bold=bold)
    return Block("paragraph", text, line, page=page, end_line=line, bold=bold)


def _table_rows(table: Any) -> Iterator[tuple[str, ...]]:
    """Rows as cell texts; a merged cell spanning columns is read once."""
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            yield tuple(cells)
