"""PDF -> Document: words with boxes, lines, blocks and tables.

Two readers give each page's words and ruled tables: PDFium (pdfium_page.py, the default,
fast) and pdfplumber's full pdfminer layout (the reference; the word pass and the table
finder share one parse), each page read in a memory-capped child process (isolate.py).
From there the path is shared: words inside a table's box belong to the table and are not
repeated as paragraphs, the other words make lines (here), and pdf_blocks.py puts lines in
reading order (columns.py), marks lines repeated at the top or bottom of most pages
(running titles, "Page 3 of 12") as furniture and groups the rest into blocks.
"""

from __future__ import annotations

import io
import statistics
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import regex as re

from extractor.errors import InputError
from extractor.limits import DEFAULT, DocumentTimeout, Limits, LimitWarning
from extractor.load.isolate import MAX_RESTARTS, ChildDied, ChildError, can_fork, isolated_pages
from extractor.load.pdf_blocks import HUNG_NUMBER, Line, PageLayout, blocks_of, join_split_tables, mark_furniture
from extractor.load.pdf_grid import outermost, regrid
from extractor.models import BBox, Document, Word

__all__ = ["Line", "PageLayout", "group_lines", "load_pdf", "mark_furniture", "page_layout", "read_layouts"]

BULLET_ONLY = re.compile(r"^(?:[•◦▪●‣∙·\uf0b7\uf0a7]|\(cid:12[78]\))$")  # a bullet glyph alone, never a dash (a nil table cell)

# what a reader yields per page, as plain data (it crosses a process boundary): number, width,
# height, pdfplumber-style word dicts, and (bbox, rows) of each ruled table
RawPage = tuple[int, float, float, list[dict[str, Any]], list[Any]]


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
    found = page.find_tables()
    tables = [(t.bbox, regrid([r.cells for r in t.rows], t.extract(), t.bbox[2]))
              for t, keep in zip(found, outermost([t.bbox for t in found])) if keep]
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
    split: list[list[list[dict[str, Any]]]] = []
    for row in (_without_markers(r) for r in rows):
        row.sort(key=lambda w: w["x0"])
        chunk: list[dict[str, Any]] = [row[0]]
        chunks: list[list[dict[str, Any]]] = []
        for w in row[1:]:
            # a bullet and its text stay one line, however wide the tab between them, and so do a paragraph's
            # number hung in the margin and its first line ("4.1" ... "We received 486 ...")
            if w["x0"] - chunk[-1]["x1"] > 3.0 * max(w.get("size", 10), 6) \
                    and not (len(chunk) == 1 and (BULLET_ONLY.match(chunk[0]["text"])
                                                  or (not chunks and HUNG_NUMBER.match(chunk[0]["text"])))):
                chunks.append(chunk)
                chunk = []
            chunk.append(w)
        chunks.append(chunk)
        split.append(chunks)
    lines = [c for chunks in _table_rows_whole(split) for c in chunks]
    edge = _text_edge(lines)
    return [_line(c, page, edge) for c in lines]


def _text_edge(lines: list[list[dict[str, Any]]]) -> float:
    """Where most of a page's lines start (its body text's left edge): a line set in from it is
    indented in the laid-out text, one that starts left of it (a running head, a hanging number) is not."""
    starts = Counter(round(ln[0]["x0"]) for ln in lines if ln)
    return float(starts.most_common(1)[0][0]) if starts else 0.0


# a footnote's number: "418¹ complaints", "¹ Counted when logged"
MARKER = re.compile(r"^\d{1,2}(?:,\d{1,2})*[,.;:]?$")


def _without_markers(row: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A row without its footnote markers: a short number set smaller than the row's text and
    raised above its baseline (Word's superscript) is a reference to a note, not a figure; the
    number opening the note at the foot of the page is set the same way."""
    text = [w for w in row if not MARKER.match(w["text"])]
    if not text or len(text) == len(row):
        return row
    size = statistics.median(w.get("size", 0.0) for w in text)
    baseline = statistics.median(w["bottom"] for w in text)
    kept = [w for w in row if not (MARKER.match(w["text"]) and w.get("size", 0.0) <= 0.8 * size
                                   and w["bottom"] <= baseline - 0.1 * size)]
    return kept or row


def _table_rows_whole(rows: list[list[list[dict[str, Any]]]]) -> list[list[list[dict[str, Any]]]]:
    """A row's label and its numbers far to its right (a table set out with spaces or tabs, or a
    Word table without borders) make one line, as the text file's row does; so does the header
    line right above such a row, when the numbers start right of its first words. Prose in columns and
    tiles of label and value side by side stay apart."""
    joined = [len(r) > 1 and any(ch.isalpha() for w in r[0] for ch in w["text"])
              and all(NUMBER_CELL.match(w["text"]) or NIL_CELL.match(w["text"]) for c in r[1:] for w in c)
              and any(NUMBER_CELL.match(w["text"]) for c in r[1:] for w in c) for r in rows]
    out = []
    for k, r in enumerate(rows):
        header = len(r) > 1 and not joined[k] and _heads_rows_below(rows, joined, k)
        out.append([[w for c in r for w in c]] if joined[k] or header else r)
    return out


HEADER_LINES = 4  # a table's header may take this many lines over its first row ("Responded within 10" / "working days")
HEADER_CELL_WORDS = 6  # a column's or group's heading is a few words ("Stage 1 – early resolution"), not a sentence


def _heads_rows_below(rows: list[list[list[dict[str, Any]]]], joined: list[bool], k: int) -> bool:
    """Whether row k, its cells apart by wide gaps, is a line of the header over a table's rows: every
    line down to the first row of label and numbers (at most HEADER_LINES on) is close below the one above
    and holds short headings only, and row k does not stand out left of that row."""
    def short(r: list[list[dict[str, Any]]]) -> bool:
        return all(len(c) <= HEADER_CELL_WORDS for c in r)

    if not short(rows[k]):
        return False
    for j in range(k + 1, min(k + 1 + HEADER_LINES, len(rows))):
        size = max(rows[j - 1][0][0].get("size", 10), 6)
        if rows[j][0][0]["top"] - rows[j - 1][0][0]["bottom"] >= 2.5 * size:
            return False
        if joined[j]:  # (set over the table's columns: never out left of its first row)
            return rows[k][0][0]["x0"] >= rows[j][0][0]["x0"] - 0.5 * size
        if not short(rows[j]):
            return False
    return False


# a cell that holds only a number: "148", "1,204", "27%", "(43%)", "£1,250", "-", "n/a" is no number
NIL_CELL = re.compile(r"^(?:[-–—*]|n/?a|\.\.)$", re.IGNORECASE)  # a cell with no value in a row of values: "–", "n/a"
NUMBER_CELL = re.compile(r"^[(£]?[-+]?\d[\d,]*(?:\.\d+)?%?\)?$")


def _line(ws: list[dict[str, Any]], page: int, left: float = 0.0) -> Line:
    words = [_word(w) for w in ws]
    sizes = [w.size for w in words]
    size = statistics.median(sizes)
    return Line(words, page, min(w.bbox.top for w in words), max(w.bbox.bottom for w in words),
                size, all(w.bold for w in words), " ".join(w.text for w in words), layout=laid_out(words, left, size))


CHAR_WIDTH = 0.5  # of the type size: an average character's width, for setting words at their columns
CELL_GAP = 1.0  # of the type size: a gap this wide between two words parts two cells, not two words


def laid_out(words: Sequence[Word], left: float, size: float) -> str:
    """The line as a text file would have it: each word at about the column its place on the page gives,
    words of one cell a space apart, cells two spaces or more apart, indented as far as it is set in from
    the page's text edge. The text readers of spaced tables and set-in lines then read a PDF's lines
    as they read a text file's (a table without borders is no paragraph of numbers)."""
    width = max(size, 1.0) * CHAR_WIDTH
    out = ""
    prev: Word | None = None
    for w in words:
        at = max(0, round((w.bbox.x0 - left) / width))
        if prev is None:
            out = " " * at
        elif w.bbox.x0 - prev.bbox.x1 >= CELL_GAP * max(size, 1.0):
            out += " " * max(2, at - len(out))
        else:
            out += " "
        out += w.text
        prev = w
    return out
