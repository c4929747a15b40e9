"""PDF -> Document: words with boxes, lines, blocks and tables.

Two readers give each page's words and ruled tables: PDFium (pdfium_page.py, the default,
fast) and pdfplumber's full pdfminer layout (the reference; the word pass and the table
finder share one parse). From there the path is shared: words inside a table's box belong
to the table and are not repeated as paragraphs, lines are put in reading order
(columns.py), and lines repeated at the top or bottom of most pages (running titles,
"Page 3 of 12") are marked as furniture.
"""

from __future__ import annotations

import io
import statistics
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

import regex as re

from extractor.errors import InputError
from extractor.limits import DEFAULT, DocumentTimeout, Limits, LimitWarning
from extractor.load.columns import Placed, reading_order
from extractor.load.isolate import MAX_RESTARTS, ChildDied, ChildError, can_fork, isolated_pages
from extractor.models import BBox, Block, Document, Word

BULLET_ONLY = re.compile(r"^(?:[•◦▪●‣∙·\uf0b7\uf0a7]|\(cid:12[78]\))$")  # a bullet glyph alone, never a dash (a nil table cell)
BULLET = re.compile(r"^(?:[•◦▪●‣∙·]|\(cid:12[78]\)|[-–*](?=\s)|\(?[a-z]\)|\d{1,2}[.)](?=\s))\s*")
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", re.IGNORECASE)
MARGIN = 0.07  # top/bottom share of the page where running heads and footers live


@dataclass
class Line:
    """Words on one baseline of one page, in reading order."""

    words: list[Word]
    page: int
    top: float
    bottom: float
    size: float
    bold: bool
    text: str = ""
    furniture: bool = False
    index: int = 0  # 1-based line number in Document.lines


# what a reader yields per page, as plain data (it crosses a process boundary): number, width,
# height, pdfplumber-style word dicts, and (bbox, rows) of each ruled table
RawPage = tuple[int, float, float, list[dict[str, Any]], list[Any]]


@dataclass
class PageLayout:
    """What one pass over a page yields: its text lines and tables, each placed by `top`."""

    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[tuple[float, BBox, list[list[str]], tuple[Word, ...]]] = field(default_factory=list)
    lost: str = ""  # why the page could not be read (its reader died), if it could not


def open_pdf(path: Path, data: bytes) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018 - forces the page tree to be read now
        return pdf
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(str(path), "encrypted PDF; remove the password and try again") from None
    except Exception as exc:  # noqa: BLE001 - any failure to parse is bad input, reported, never a traceback
        # pdfplumber wraps pdfminer's errors: look at the wrapped one's name too.
        names = " ".join(type(e).__name__ for e in (exc, *exc.args) if isinstance(e, BaseException))
        if "password" in names.lower() or "encrypt" in names.lower():
            raise InputError(str(path), "encrypted PDF; remove the password and try again") from None
        raise InputError(str(path), f"not a readable PDF ({type(exc).__name__}); is it truncated or corrupt?") from None


def load_pdf(path: Path, data: bytes, reader: str = "pdfium", limits: Limits = DEFAULT) -> Document:
    """Read a PDF with PDFium's text layer (fast) or pdfplumber's full layout; same Document."""
    layouts = read_layouts(path, data, reader, limits)
    if not any(layout.lines or layout.tables for layout in layouts):
        if lost := [p for p in layouts if p.lost]:
            raise InputError(str(path), f"no page could be read; page {lost[0].number}: {lost[0].lost}")
        raise InputError(str(path), "no text layer on any page (scanned?); OCR is not supported")
    mark_furniture(layouts)
    blocks, lines = blocks_of(layouts)
    blocks = join_split_tables(blocks)
    title = next((b.text for b in blocks if b.kind == "heading" and not b.furniture), None)
    return Document(str(path), "pdf", tuple(blocks), lines=tuple(lines), pages=len(layouts), title=title,
                    page_sizes=tuple((p.width, p.height) for p in layouts))


def read_layouts(path: Path, data: bytes, reader: str, limits: Limits) -> list[PageLayout]:
    """Every page's layout, read in a child process (load/isolate.py) where one can be forked:
    a page that kills the reader becomes an empty page and a warning, not a dead batch."""
    pages = partial(pdfium_layouts if reader == "pdfium" else pdfplumber_layouts, path, data, limits)
    try:
        if not can_fork():
            return [page_layout(*raw) for raw in pages(0)]
        _warm_up(reader)
        lost: dict[int, str] = {}

        def on_lost(index: int, how: str) -> None:
            lost[index] = how
            warnings.warn(f"{path}: page {index + 1} skipped: {how}", LimitWarning, stacklevel=2)

        # the child sends words as plain dicts (cheap to pickle); lines and blocks are made here
        read = [page_layout(*raw) for raw in isolated_pages(pages, limits.pdf_memory_mb, limits.timeout, on_lost)]
        return _with_lost_pages(read, lost)
    except (InputError, DocumentTimeout):
        raise
    except TimeoutError:
        raise DocumentTimeout(limits.timeout) from None
    except ChildDied as exc:
        raise InputError(str(path), f"the PDF reader died on {MAX_RESTARTS} pages ({exc.how}); "
                         "is the file corrupt or made to exhaust memory?") from None
    except ChildError as exc:
        if exc.name == "InputError":
            raise InputError(str(path), exc.message) from None
        raise InputError(str(path), f"not a readable PDF ({exc.name}: {exc.message})") from None
    except Exception as exc:  # noqa: BLE001 - any failure to parse is bad input, reported, never a traceback
        raise InputError(str(path), f"not a readable PDF ({type(exc).__name__}: {exc})") from None


def _warm_up(reader: str) -> None:
    """Import the reader's modules here, once, so each forked child starts with them instead
    of importing them again (about 100 ms a document)."""
    import pdfplumber.table  # the table finder both readers use
    import pypdfium2  # noqa: F401 - loads PDFium itself

    from extractor.load import pdfium_page

    if reader == "pdfium":
        pdfium_page._object_address()
    else:
        import pdfplumber  # noqa: F401


def _with_lost_pages(read: list[PageLayout], lost: dict[int, str]) -> list[PageLayout]:
    """Empty stand-ins (the size of the page before) for pages the reader died on, so page
    numbers stay right."""
    out: list[PageLayout] = []
    pending = sorted(lost)
    for layout in read:
        while pending and pending[0] + 1 < layout.number:
            k = pending.pop(0)
            out.append(_blank(k + 1, out, lost[k]))
        out.append(layout)
    out += [_blank(k + 1, out, lost[k]) for k in pending]
    return out


def _blank(number: int, before: list[PageLayout], how: str) -> PageLayout:
    width, height = (before[-1].width, before[-1].height) if before else (612.0, 792.0)
    return PageLayout(number, width, height, lost=how)


def _check_pages(path: Path, count: int, limits: Limits) -> None:
    if count > limits.max_pages:
        raise InputError(str(path), f"{count} pages, over the limit of {limits.max_pages} (--max-pages)")


def pdfplumber_layouts(path: Path, data: bytes, limits: Limits, start: int = 0) -> Iterator[RawPage]:
    """Pages from `start` on through pdfplumber (pdfminer's layout): the reference reader."""
    pdf = open_pdf(path, data)
    try:
        _check_pages(path, len(pdf.pages), limits)
        for i in range(start, len(pdf.pages)):
            page = pdf.pages[i]
            yield raw_page(page, i + 1)
            page.close()  # drop the page's parsed layout: memory stays flat on long reports
    finally:
        pdf.close()


def pdfium_layouts(path: Path, data: bytes, limits: Limits, start: int = 0) -> Iterator[RawPage]:
    """Pages from `start` on through PDFium (see load/pdfium_page.py)."""
    import pypdfium2 as pdfium

    from extractor.load.pdfium_page import read_pdfium_page

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(str(path), "encrypted PDF; remove the password and try again") from None
        raise InputError(str(path), "not a readable PDF (PdfiumError); is it truncated or corrupt?") from None
    try:
        _check_pages(path, len(pdf), limits)
        for i in range(start, len(pdf)):
            page = pdf[i]
            read = read_pdfium_page(page, limits.max_page_objects)
            if read.skipped:
                warnings.warn(f"{path}: page {i + 1}: {read.skipped}", LimitWarning, stacklevel=2)
            yield i + 1, read.width, read.height, read.words, read.tables
            page.close()
    finally:
        pdf.close()


def read_page(page: Any, number: int) -> PageLayout:
    """One pdfplumber page: words from its word pass, tables from its table finder."""
    return page_layout(*raw_page(page, number))


def raw_page(page: Any, number: int) -> RawPage:
    """(number, width, height, word dicts, tables) of one pdfplumber page: plain data."""
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, x_tolerance=2)
    tables = [(table.bbox, table.extract()) for table in page.find_tables()]
    return number, float(page.width), float(page.height), words, tables


def page_layout(number: int, width: float, height: float, words: list[dict[str, Any]],
                tables: Sequence[tuple[Sequence[float], list[list[str | None]]]]) -> PageLayout:
    """Tables with two or more columns keep the words inside them; the other words make lines."""
    layout = PageLayout(number, float(width), float(height))
    boxes = []
    for bbox, cells in tables:
        rows = _without_empty_columns([r for r in ([" ".join((c or "").split()) for c in row] for row in cells)
                                       if any(r)])
        if len(rows) >= 1 and max(len(r) for r in rows) >= 2:
            x0, top, x1, bottom = bbox
            boxes.append(bbox)
            inside = tuple(_word(w) for w in words if _inside(w, bbox))
            layout.tables.append((top, BBox(x0, top, x1, bottom), rows, inside))
    free = [w for w in words if not any(_inside(w, b) for b in boxes)]
    layout.lines = group_lines(free, number)
    return layout


def _without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """Drop columns with no text in any row: a border drawn as a thin filled box (browsers, some
    Word exports) has two edges, and the finder cuts a sliver of a column between them."""
    if not rows:
        return rows
    width = max(len(r) for r in rows)
    keep = [k for k in range(width) if any(k < len(r) and r[k] for r in rows)]
    return [[r[k] if k < len(r) else "" for k in keep] for r in rows]


def _inside(w: dict[str, Any], box: Sequence[float]) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _word(w: dict[str, Any]) -> Word:
    font = str(w.get("fontname", ""))
    return Word(w["text"], BBox(w["x0"], w["top"], w["x1"], w["bottom"]), float(w.get("size", 0.0)),
                "bold" in font.lower() or "black" in font.lower() or "heavy" in font.lower())


def group_lines(words: list[dict[str, Any]], page: int) -> list[Line]:
    """Words sharing a baseline make a line; a wide horizontal gap starts a new one (tiles, columns)."""
    rows: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= 2.5:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        chunk: list[dict[str, Any]] = [row[0]]
        for w in row[1:]:
            # a bullet and its text stay one line, however wide the tab between them
            if w["x0"] - chunk[-1]["x1"] > 3.0 * max(w.get("size", 10), 6) \
                    and not (len(chunk) == 1 and BULLET_ONLY.match(chunk[0]["text"])):
                lines.append(_line(chunk, page))
                chunk = []
            chunk.append(w)
        lines.append(_line(chunk, page))
    return lines


def _line(ws: list[dict[str, Any]], page: int) -> Line:
    words = [_word(w) for w in ws]
    sizes = [w.size for w in words]
    return Line(words, page, min(w.bbox.top for w in words), max(w.bbox.bottom for w in words),
                statistics.median(sizes), all(w.bold for w in words), " ".join(w.text for w in words))


def mark_furniture(layouts: list[PageLayout]) -> None:
    """Lines in the page margins that repeat on most pages (digits aside) are page furniture."""
    def shape(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    def in_margin(line: Line, layout: PageLayout) -> bool:
        return line.top < layout.height * MARGIN or line.bottom > layout.height * (1 - MARGIN)

    counts: Counter[str] = Counter()
    for layout in layouts:
        counts.update({shape(ln) for ln in layout.lines if in_margin(ln, layout)})
    need = max(2, (len(layouts) + 1) // 2)
    numbering = _page_numbering(layouts, in_margin)
    for layout_index, layout in enumerate(layouts):
        for ln in layout.lines:
            if not in_margin(ln, layout):
                continue
            if BARE_NUMBER.match(ln.text):
                # a bare number is a page number only where it counts the pages; else it is a table
                # cell that a page break left in the margin ("0" at the foot of a column of counts)
                ln.furniture = numbering is not None and int(ln.text) - layout_index == numbering
            elif counts[shape(ln)] >= need or PAGE_NUMBER.match(ln.text):
                ln.furniture = len(layouts) > 1 or bool(PAGE_NUMBER.match(ln.text))


BARE_NUMBER = re.compile(r"^\d{1,4}$")


def _page_numbering(layouts: list[PageLayout], in_margin: Any) -> int | None:
    """The offset between a page's bare number in its margin and its index, when most pages with
    one agree (page 1 numbered "1": offset 1), else None."""
    offsets: Counter[int] = Counter()
    for i, layout in enumerate(layouts):
        offsets.update({int(ln.text) - i for ln in layout.lines if in_margin(ln, layout) and BARE_NUMBER.match(ln.text)})
    if not offsets:
        return None
    offset, seen = offsets.most_common(1)[0]
    return offset if seen >= max(1, (len(layouts) + 1) // 2) else None


def blocks_of(layouts: list[PageLayout]) -> tuple[list[Block], list[str]]:
    """Number every line of the document and group lines into blocks, tables in place."""
    body = _body_size(layouts)
    sizes = sorted({round(ln.size, 1) for p in layouts for ln in p.lines if ln.size > body * 1.12}, reverse=True)
    blocks: list[Block] = []
    text_lines: list[str] = []
    for layout in layouts:
        placed = [Placed(ln.top, ln.bottom, ln.words[0].bbox.x0, ln.words[-1].bbox.x1, len(ln.words), ln)
                  for ln in layout.lines]
        placed += [Placed(t[1].top, t[1].bottom, t[1].x0, t[1].x1, 0, t) for t in layout.tables]
        group: list[Line] = []
        for item in reading_order(placed, layout.width):
            if isinstance(item, Line):
                text_lines.append(item.text)
                item.index = len(text_lines)
                if group and not _continues(group, item, body):
                    blocks.append(_text_block(group, body, sizes))
                    group = []
                group.append(item)
                continue
            if group:
                blocks.append(_text_block(group, body, sizes))
                group = []
            _, box, rows, table_words = item
            first = len(text_lines) + 1
            text_lines += [" | ".join(r) for r in rows]
            blocks.append(Block("table", "\n".join(" | ".join(r) for r in rows), first, page=layout.number,
                                rows=tuple(tuple(r) for r in rows),
                                row_lines=tuple(range(first, first + len(rows))), bbox=box, words=table_words,
                                end_line=first + len(rows) - 1))
        if group:
            blocks.append(_text_block(group, body, sizes))
    return blocks, text_lines


def _body_size(layouts: list[PageLayout]) -> float:
    counts: Counter[float] = Counter()
    for p in layouts:
        for ln in p.lines:
            counts[round(ln.size, 1)] += len(ln.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def _kind(line: Line, body: float) -> str:
    if line.size > body * 1.12 or (line.bold and len(line.text) < 90 and not line.text.endswith(".")):
        return "heading"
    if BULLET.match(line.text):
        return "list_item"
    return "paragraph"


def _continues(group: list[Line], line: Line, body: float) -> bool:
    """Does `line` carry on the block of `group` (same kind, size, close below, no new bullet)?"""
    last = group[-1]
    if line.furniture or last.furniture or line.page != last.page:
        return False
    kind, first_kind = _kind(line, body), _kind(group[0], body)
    if kind == "list_item" or (kind == "heading") != (first_kind == "heading"):
        return False
    gap = line.top - last.bottom
    same_column = abs(line.words[0].bbox.x0 - group[0].words[0].bbox.x0) < 40 or first_kind == "list_item"
    return -3 <= gap <= max(last.size, line.size) * 0.45 and abs(line.size - last.size) < 0.6 and same_column


def _text_block(group: list[Line], body: float, sizes: list[float]) -> Block:
    kind = _kind(group[0], body)
    text = " ".join(ln.text for ln in group)
    level = None
    if kind == "heading":
        size = round(group[0].size, 1)
        level = (sizes.index(size) + 1) if size in sizes else len(sizes) + 1
    elif kind == "list_item":
        text = BULLET.sub("", text, count=1)
    words = tuple(w for ln in group for w in ln.words)
    box = BBox(min(w.bbox.x0 for w in words), group[0].top, max(w.bbox.x1 for w in words), group[-1].bottom)
    return Block(kind, " ".join(text.split()), group[0].index, page=group[0].page, level=level, bbox=box,
                 words=words, furniture=group[0].furniture, end_line=group[-1].index,
                 bold=all(ln.bold for ln in group))


def join_split_tables(blocks: list[Block]) -> list[Block]:
    """A table that opens a page and continues the table that closed the previous page is one table."""
    out: list[Block] = []
    for b in blocks:
        prev = _last_content(out)
        if (b.kind == "table" and prev is not None and out[prev].kind == "table" and b.page is not None
                and out[prev].page is not None and b.page > out[prev].page
                and _first_on_page(blocks, b) and _continues_table(out[prev].rows, b.rows)):
            rows, row_lines = list(b.rows), list(b.row_lines)
            if rows[0] == out[prev].rows[0]:  # repeated header
                rows, row_lines = rows[1:], row_lines[1:]
            merged = out[prev]
            out[prev] = replace(merged, rows=merged.rows + tuple(rows), row_lines=merged.row_lines + tuple(row_lines),
                                text=merged.text + "\n" + "\n".join(" | ".join(r) for r in rows),
                                end_line=b.end_line, words=merged.words + b.words)
            continue
        out.append(b)
    return out


def _continues_table(before: Sequence[Sequence[str]], after: Sequence[Sequence[str]]) -> bool:
    """Same columns, the earlier part not closed by a Total row, and no new header opening the
    later part (a repeat of the earlier header is fine)."""
    if len(after[0]) != len(before[0]) or before[-1][0].strip().lower().startswith("total"):
        return False
    new_header = not any(ch.isdigit() for cell in after[0][1:] for ch in cell)
    return not new_header or list(after[0]) == list(before[0])


def _last_content(blocks: list[Block]) -> int | None:
    for i in range(len(blocks) - 1, -1, -1):
        if not blocks[i].furniture:
            return i
    return None


def _first_on_page(blocks: list[Block], b: Block) -> bool:
    return next(x for x in blocks if x.page == b.page and not x.furniture) is b
