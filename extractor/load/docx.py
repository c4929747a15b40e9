"""DOCX -> Document with python-docx: paragraphs, heading styles, list items and tables,
in the order the body holds them (tables interleave with paragraphs).

Word files carry no fixed pages. `page` follows the page turns Word saved from its last
layout (`w:lastRenderedPageBreak`, present in files Word itself wrote); in a file no word
processor laid out, the author's explicit page breaks; with neither, every block is on page 1.
`line` counts paragraphs and table rows of the extracted text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex as re

from extractor.errors import InputError
from extractor.load.text import BULLET, numbered_title_level
from extractor.models import Block, Document

HEADING_STYLE = re.compile(r"^(?:heading\s*(?P<level>\d)|title)$", re.IGNORECASE)
LIST_STYLE = re.compile(r"list", re.IGNORECASE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_unpacked_size(path: Path, data: bytes, limit: int) -> None:
    """Refuse a package whose parts unpack to more than `limit` bytes, before any is unpacked:
    a zip bomb (one 1 GB node compressed to 1 MB) would otherwise take gigabytes to parse."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            size = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # open_docx says what is wrong with it
    if size > limit:
        raise InputError(str(path), f"unpacks to {size / 2**20:.0f} MB, over the {limit / 2**20:.3g} MB limit "
                         "(--max-file-mb); a zip bomb?")


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
    body = document.element.body
    _drop_note_markers(body)
    marks = RENDERED if any(True for _ in body.iter(RENDERED)) else EXPLICIT
    lines: list[str] = []
    blocks: list[Block] = []
    styles: dict[str | None, str] = {}  # style id -> name: python-docx looks each up among all styles
    page = 1
    for element in body.iterchildren():
        opens_on_new_page, breaks = _breaks(element, marks)
        before, start = page, page + opens_on_new_page
        page += breaks
        if element.tag == f"{W}p":
            block = _paragraph_block(Paragraph(element, document), len(lines) + 1, start, styles)
            if block is not None:
                lines.append(block.text)
                blocks.append(block)
        elif element.tag == f"{W}tbl":
            table = Table(element, document)
            inner = list(_nested_tables(table))
            if (boxed := _layout_paragraphs(table)) is not None:
                for para in boxed:  # a table used as a box around text: its paragraphs, read as text
                    opens, turns = _breaks(para._p, marks)  # a box may run over a page turn
                    block = _paragraph_block(para, len(lines) + 1, before + opens, styles)
                    before += turns
                    if block is not None:
                        lines.append(block.text)
                        blocks.append(block)
            else:
                inner.insert(0, table)
            # a table nested in a cell ("Complaints by location" inside a summary grid) is its own
            # table, after the one it sits in: python-docx leaves it out of the cell's text
            for rows in (list(_table_rows(t)) for t in inner):
                if rows:
                    first = len(lines) + 1
                    lines += [" | ".join(r) for r in rows]
                    blocks.append(Block("table", "\n".join(lines[first - 1:]), first, page=start,
                                        rows=tuple(rows), row_lines=tuple(range(first, first + len(rows))),
                                        end_line=first + len(rows) - 1))
    title = document.core_properties.title or next((b.text for b in blocks if b.kind == "heading"), None)
    return Document(str(path), "docx", tuple(blocks), lines=tuple(lines), pages=page, title=title)


RENDERED = f"{W}lastRenderedPageBreak"  # where Word's last layout turned the page: saved with the file
EXPLICIT = "explicit"  # no saved layout: count the author's page breaks instead


# a footnote's number: "418¹ complaints", "¹ Counted when logged"
MARKER = re.compile(r"^\s*+\d{1,2}(?:,\d{1,2})*+\s*+$")  # possessive: a run of "1,1,1" never backtracks


def _drop_note_markers(body: Any) -> None:
    """Runs set as superscript that hold only a short number refer to a note ("418¹ complaints")
    or open one: they are not figures, and read as text they become one ("418 1")."""
    marks = [r for r in body.iter(f"{W}r") if _superscript(r)
             and MARKER.match("".join(t.text or "" for t in r.iter(f"{W}t")))]
    for run in marks:
        run.getparent().remove(run)


def _superscript(run: Any) -> bool:
    props = run.find(f"{W}rPr")
    if props is None:
        return False
    align = props.find(f"{W}vertAlign")
    style = props.find(f"{W}rStyle")
    return (align is not None and align.get(f"{W}val") == "superscript") or (
        style is not None and bool(NOTE_STYLE.search(style.get(f"{W}val") or "")))


NOTE_STYLE = re.compile(r"(?:foot|end)note\s*reference", re.IGNORECASE)


def _breaks(element: Any, marks: str) -> tuple[int, int]:
    """(1 if the element opens on a new page else 0, page turns inside or before it)."""
    if marks == RENDERED:
        turns = list(element.iter(RENDERED))
    else:
        turns = [br for br in element.iter(f"{W}br") if br.get(f"{W}type") == "page"]
        turns += [b for b in element.iter(f"{W}pageBreakBefore") if b.get(f"{W}val") not in ("0", "false")]
    if not turns:
        return 0, 0
    return int(_before_any_text(element, turns[0])), len(turns)


def _before_any_text(element: Any, mark: Any) -> bool:
    """Does the page turn come before the element's first character (so the element opens the page)?"""
    for node in element.iter(f"{W}t", mark.tag):
        if node is mark:
            return True
        if node.tag == f"{W}t" and (node.text or "").strip():
            return False
    return True


def _paragraph_block(para: Any, line: int, page: int, styles: dict[str | None, str]) -> Block | None:
    text = " ".join(para.text.split())
    if not text:
        return None
    style = _style_name(para, styles)
    bold = all(r.bold for r in para.runs if r.text.strip()) and any(r.text.strip() for r in para.runs)
    if m := HEADING_STYLE.match(style):
        level = int(m.group("level")) if m.group("level") else 1
        return Block("heading", text, line, page=page, level=level, end_line=line, bold=bold)
    numbered = para._p.pPr is not None and para._p.pPr.numPr is not None
    if LIST_STYLE.search(style) or numbered:
        return Block("list_item", text, line, page=page, end_line=line, bold=bold)
    if bold and _reads_as_title(text):
        # a short line set in bold in the body style: the heading of a report that uses no heading styles
        return Block("heading", text, line, page=page, level=BOLD_HEADING_LEVEL, end_line=line, bold=bold)
    # body type shaped as a text file's heading or bullet reads as the text file's line would:
    # "2. Housing Ombudsman" opens a section, "• Q2 - 9" is an item
    if (level := numbered_title_level(text)) is not None:
        return Block("heading", text, line, page=page, level=level, end_line=line, bold=bold)
    if (m := BULLET.match(text)) and m.group("text").strip():
        return Block("list_item", m.group("text").strip(), line, page=page, end_line=line, bold=bold)
    return Block("paragraph", text, line, page=page, end_line=line, bold=bold)


BOLD_HEADING_LEVEL = 6  # below every styled heading: it scopes only what follows it
TITLE_WORDS = 12


def _reads_as_title(text: str) -> bool:
    """A few words with no closing full stop or colon and not a bare number."""
    return (len(text.split()) <= TITLE_WORDS and not text.rstrip().endswith((".", ":", ";", ","))
            and any(ch.isalpha() for ch in text))


def _layout_paragraphs(table: Any) -> list[Any] | None:
    """The paragraphs of a table that only frames text: every row fills one cell, and some cell
    holds several paragraphs ("Total complaints in 2024: 44", "Stage 1 complaints: 31", ... in
    one box). A real table's cells, side by side, stay a table."""
    paragraphs: list[Any] = []
    several = False
    for row in table.rows:
        filled = {id(c._tc): c for c in row.cells if c.text.strip()}
        if len(filled) > 1:
            return None
        for cell in filled.values():
            texts = [p for p in cell.paragraphs if p.text.strip()]
            several |= len(texts) > 1
            paragraphs += texts
    return paragraphs if several else None


def _nested_tables(table: Any) -> Iterator[Any]:
    """Tables inside the cells of `table`, at any depth, each once."""
    seen: list[Any] = []  # the cells' elements themselves: an id() of a freed proxy may come back
    for row in table.rows:
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            for inner in cell.tables:
                yield inner
                yield from _nested_tables(inner)


def _style_name(para: Any, styles: dict[str | None, str]) -> str:
    """The paragraph's style name, looked up once per style id of the document."""
    sid = para._p.style
    if sid not in styles:
        style = para.style
        styles[sid] = (style.name if style is not None else "") or ""
    return styles[sid]


def _table_rows(table: Any) -> Iterator[tuple[str, ...]]:
    """Rows as cell texts; a merged cell spanning columns is read once, in its first column, and
    leaves the others empty (as a PDF's grid does), so a header over two columns stays above them."""
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                cells.append("")
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            yield tuple(cells)
