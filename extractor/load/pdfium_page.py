"""One PDF page read through PDFium: characters, word boxes and ruled tables, no pdfminer parse.

pdfplumber builds its layout with pdfminer, in pure Python: about ten pages a second.
PDFium (C++, already a pdfplumber dependency through pypdfium2) gives the same page's
characters and vector paths in a few milliseconds. This module groups those characters
into words by pdfplumber's own rules (`extract_words(x_tolerance=2)` with size and font
name as word attributes) and hands the paths, as pdfplumber edge dicts, to pdfplumber's
pure-Python table finder; so both readers place words and cut table cells alike. A test
checks that both give the same records on every corpus PDF.

Where the two differ on purpose: a page displayed turned (/Rotate, common for landscape
tables) is read as drawn, where pdfminer turns its characters on their sides; text set at
an angle is skipped; and glyphs get their Unicode bullet where pdfminer leaves a CID name.
"""

from __future__ import annotations

import ctypes
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import groupby, pairwise
from operator import itemgetter
from typing import Any

from extractor.load.pdf_grid import outermost, regrid

# A character is a plain tuple: millions are made, and tuples are the cheapest record.
Char = tuple[str, float, float, float, float, float, str]
TEXT, X0, X1, TOP, BOTTOM, SIZE, FONT = range(7)
WORD_GAP = 2.0  # pdfplumber extract_words(x_tolerance=2): the loader's word pass
CELL_GAP = 3.0  # pdfplumber's default, used by Table.extract for cell text
LINE_GAP = 3.0  # pdfplumber's y_tolerance
SOFT_BREAKS = {"\x02": "-", "\ufffe": "-"}  # PDFium's marks for a hyphen that ends a line

Table = tuple[tuple[float, float, float, float], list[list[str]]]


@dataclass(frozen=True)
class EdgePage:
    """The two attributes of a pdfplumber Page that its table finder reads."""

    edges: list[dict[str, Any]]
    bbox: tuple[float, float, float, float]


@dataclass(frozen=True)
class PdfiumPage:
    """One page as the loader needs it: pdfplumber-style word dicts, tables and page size."""

    words: list[dict[str, Any]]
    tables: list[Table]
    width: float
    height: float
    skipped: str = ""  # what was left out to stay within a limit


def read_pdfium_page(page: Any, max_objects: int = 100_000) -> PdfiumPage:
    """Words and ruled tables of one page, placed in the crop box (what a viewer shows) and
    in the page's own space: a page displayed turned (/Rotate) is read as it was drawn.

    A page drawn with more than `max_objects` paths or edges (a plot of a million points, a
    hostile file) is read for its words only: the table finder's work and memory grow with
    the square of its edges."""
    left, bottom, right, top = page.get_cropbox()
    chars = page_chars(page, left, top)
    words = [_word_dict(w) for w in words_of(chars, WORD_GAP, by_font=True)]
    edges = page_edges(page, left, top, max_objects)
    if edges is None:
        return PdfiumPage(words, [], right - left, top - bottom,
                          f"tables skipped: over {max_objects} drawn objects (--max-page-objects)")
    return PdfiumPage(words, page_tables(edges, right - left, top - bottom, chars), right - left, top - bottom)


def page_chars(page: Any, left: float, top: float) -> list[Char]:
    """Every character of the content stream, in stream order, with pdfminer's box convention:
    the bottom is the baseline plus the font's descent and the top one font size above it.

    The bottom comes from the character's origin on its baseline and its font's descent, as pdfminer
    places it: PDFium's loose box reaches lower under a glyph with a descender in some fonts ("p" in a
    16-point bold title), which set it on a line of its own.

    Text set at an angle (chart axis labels, margin stamps) is left out: it carries no
    sentences, and read as lines it makes noise."""
    from pypdfium2 import raw

    helper = page.get_textpage()
    textpage = helper.raw  # the bare handle: the helper object costs a property lookup per call
    try:
        count = raw.FPDFText_CountChars(textpage)
        text = helper.get_text_range(0, count) if count > 0 else ""
        if len(text) != count:  # characters outside the BMP: ask one at a time
            text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        rect = raw.FS_RECTF()
        rect_ref = ctypes.addressof(rect)
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        origin_x_ref, origin_y_ref = ctypes.addressof(origin_x), ctypes.addressof(origin_y)
        char_box, char_origin = _char_calls()
        generated, object_of = raw.FPDFText_IsGenerated, _object_address()
        handle = ctypes.cast(textpage, ctypes.c_void_p).value  # the text page as the plain calls take it
        fonts: dict[int | None, tuple[float, str, bool, float]] = {}  # by text object
        faces: dict[int, str] = {}  # font names by font handle
        chars: list[Char] = []
        for i, ch in enumerate(text):
            ch = SOFT_BREAKS.get(ch, ch)
            if ch < " ":
                continue  # PDFium's line breaks: lines are found from positions
            if ch.isspace() and generated(textpage, i) == 1:
                # PDFium's own space, where it saw a word gap (some producers, Chromium among them,
                # set words apart by position alone): a zero-width blank after the last character.
                if chars and chars[-1][TEXT] != " ":
                    last = chars[-1]
                    chars.append((" ", last[X1], last[X1], last[TOP], last[BOTTOM], last[SIZE], last[FONT]))
                continue
            key = object_of(handle, i)
            size, fontname, upright, descent = fonts.get(key) or fonts.setdefault(key, _font(raw, textpage, i, key, faces))
            if not upright:
                continue
            char_box(handle, i, rect_ref)
            # the baseline from the origin; the loose box's bottom only where PDFium gives none
            base = top - origin_y.value - descent if char_origin(handle, i, origin_x_ref, origin_y_ref) \
                else top - rect.bottom
            chars.append((ch, rect.left - left, rect.right - left, base - size, base, size, fontname))
        return chars
    finally:
        helper.close()


@cache
def _object_address() -> Any:
    """FPDFText_GetTextObject returning the object's address as an int: a dictionary key
    that costs nothing to make (the stock binding wraps every result in a pointer object).
    It takes the text page as a plain address, as `_char_calls` do."""
    from pypdfium2 import raw

    return _plain(raw.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_int)


@cache
def _char_calls() -> tuple[Any, Any]:
    """FPDFText_GetLooseCharBox and FPDFText_GetCharOrigin taking plain addresses (the text page,
    the rectangle, the two doubles): the same C functions, called once per character each, without
    the stock bindings' checks of typed pointers, which cost about as much as the calls."""
    from pypdfium2 import raw

    return (_plain(raw.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_int, ctypes.c_void_p),
            _plain(raw.FPDFText_GetCharOrigin, ctypes.c_int, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p))


def _plain(fn: Any, restype: Any, *args: Any) -> Any:
    """The C function behind a pypdfium2 binding, its first argument (a handle) and any pointers
    passed as plain addresses (ints)."""
    return ctypes.CFUNCTYPE(restype, ctypes.c_void_p, *args)(ctypes.cast(fn, ctypes.c_void_p).value)


def _font(raw: Any, textpage: Any, i: int, obj: int | None, faces: dict[int, str]) -> tuple[float, str, bool, float]:
    """Size (the em as drawn on the page, pdfminer's `size`), base font name, whether
    character i stands upright (its matrix neither turns nor skews it), and the font's descent at
    that size (negative: below the baseline)."""
    matrix = raw.FS_MATRIX()
    scale, upright = 1.0, True
    if raw.FPDFText_GetMatrix(textpage, i, matrix):
        scale = matrix.d
        upright = abs(matrix.b) < 1e-3 * abs(matrix.a) and abs(matrix.c) < 1e-3 * abs(matrix.d) and matrix.a > 0 < matrix.d
    size = round(raw.FPDFText_GetFontSize(textpage, i) * scale, 3)
    get_font = raw.FPDFTextObj_GetFont
    handle = get_font(ctypes.cast(obj, get_font.argtypes[0])) if obj else None
    face = ctypes.cast(handle, ctypes.c_void_p).value or 0 if obj else 0
    if face not in faces:
        buf = ctypes.create_string_buffer(256)
        raw.FPDFText_GetFontInfo(textpage, i, buf, 256, ctypes.byref(ctypes.c_int()))
        faces[face] = buf.value.decode("utf-8", "replace")
    descent = ctypes.c_float(0.0)
    if face and not raw.FPDFFont_GetDescent(handle, ctypes.c_float(size), ctypes.byref(descent)):
        descent.value = 0.0
    return size, faces[face], upright, min(0.0, descent.value)


def words_of(chars: list[Char], gap: float, by_font: bool) -> list[list[Char]]:
    """pdfplumber's WordExtractor for upright text, on tuples: runs of one size and font (when
    `by_font`), cut into lines by clustering tops, each line ordered by x and split at blanks,
    at gaps wider than `gap`, and where a character steps back or off the line."""
    runs = groupby(chars, key=itemgetter(SIZE, FONT)) if by_font else [(None, iter(chars))]
    words: list[list[Char]] = []
    for _, run in runs:
        for line in cluster(list(run), TOP, LINE_GAP):
            line.sort(key=itemgetter(X0))
            word: list[Char] = []
            for c in line:
                if c[TEXT].isspace():
                    if word:
                        words.append(word)
                    word = []
                    continue
                if word and (c[X0] < word[-1][X0] or c[X0] > word[-1][X1] + gap
                             or abs(c[TOP] - word[-1][TOP]) > LINE_GAP):
                    words.append(word)
                    word = []
                word.append(c)
            if word:
                words.append(word)
    return words


def cluster(items: list[Any], key: int | str, tolerance: float) -> list[list[Any]]:
    """pdfplumber's cluster_objects: values chained within `tolerance` share a cluster; clusters
    in value order, items in their original order inside each."""
    values = sorted({item[key] for item in items})
    index: dict[float, int] = {}
    last, n = None, -1
    for v in values:
        if last is None or v > last + tolerance:
            n += 1
        index[v] = n
        last = v
    ordered = sorted(items, key=lambda item: index[item[key]])
    return [list(group) for _, group in groupby(ordered, key=lambda item: index[item[key]])]


def _word_dict(chars: list[Char]) -> dict[str, Any]:
    """pdfplumber's word dict: its characters' text (ligatures spelt out, as pdfplumber's LIGATURES
    map each one-character key) and the box around them, read column by column in one transpose."""
    first = chars[0]
    if len(chars) == 1:
        return {"text": first[TEXT].translate(_ligatures()), "x0": first[X0], "x1": first[X1],
                "top": first[TOP], "bottom": first[BOTTOM], "size": first[SIZE], "fontname": first[FONT]}
    text, x0, x1, tops, bottoms, _, _ = zip(*chars, strict=True)
    return {"text": "".join(text).translate(_ligatures()), "x0": min(x0), "x1": max(x1),
            "top": min(tops), "bottom": max(bottoms), "size": first[SIZE], "fontname": first[FONT]}


@cache
def _ligatures() -> dict[int, str]:
    from pdfplumber.utils.text import LIGATURES

    return str.maketrans(LIGATURES)


def page_tables(edges: list[dict[str, Any]], width: float, height: float, chars: list[Char]) -> list[Table]:
    """Ruled tables found by pdfplumber's table finder on the page's path edges."""
    from pdfplumber.table import TableFinder

    if not edges:
        return []
    finder = TableFinder(EdgePage(edges, (0.0, 0.0, width, height)))  # type: ignore[arg-type]
    by_middle = sorted(chars, key=_v_mid)
    middles = [_v_mid(c) for c in by_middle]
    tables = []
    found = finder.tables
    for table, keep in zip(found, outermost([t.bbox for t in found])):
        if not keep:
            continue
        rows = []
        for row in table.rows:
            _, top, _, bottom = row.bbox
            in_row = by_middle[bisect_left(middles, top):bisect_left(middles, bottom)]
            rows.append([cell_text(cell, in_row) for cell in row.cells])
        tables.append((table.bbox, regrid([r.cells for r in table.rows], rows, table.bbox[2])))
    return tables


def _v_mid(c: Char) -> float:
    return (c[TOP] + c[BOTTOM]) / 2


def cell_text(cell: tuple[float, float, float, float] | None, chars: list[Char]) -> str:
    """pdfplumber's Table.extract for one cell: characters centred inside it, as words
    (x tolerance 3, fonts ignored) in lines, lines top to bottom."""
    if cell is None:
        return ""
    x0, top, x1, bottom = cell
    inside = [c for c in chars if x0 <= (c[X0] + c[X1]) / 2 < x1 and top <= _v_mid(c) < bottom]
    words = [_word_dict(w) for w in words_of(inside, CELL_GAP, by_font=False)]
    return "\n".join(" ".join(w["text"] for w in line) for line in cluster(words, "top", LINE_GAP))


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def page_edges(page: Any, left: float, top: float, max_objects: int = 100_000) -> list[dict[str, Any]] | None:
    """Horizontal and vertical segments of every vector path, as pdfplumber edge dicts; None
    when the paths or edges number more than `max_objects`."""
    from pypdfium2 import raw

    paths = _paths(raw, page.raw, IDENTITY, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, 0, max_objects)
    if paths is None:
        return None
    edges: list[dict[str, Any]] = []
    segments = 0
    for path, outer in paths:
        segments += raw.FPDFPath_CountSegments(path)
        if segments > 10 * max_objects:  # curves (charts) have many segments and few edges
            return None
        for points in _subpaths(raw, path, outer):
            for (x0, y0), (x1, y1) in pairwise(points):
                if abs(x0 - x1) < 1e-6 or abs(y0 - y1) < 1e-6:
                    edges.append(_edge(x0 - left, top - y0, x1 - left, top - y1))
        if len(edges) > max_objects:
            return None
    return edges


def _paths(raw: Any, parent: Any, outer: Matrix, count: Any, get: Any, depth: int,
           limit: int) -> list[tuple[Any, Matrix]] | None:
    """Path objects of a page or form XObject, each with the matrix of the forms around it;
    None past `limit` objects.

    Walks the object list with bare handles: pypdfium2's get_objects wraps every object,
    text runs included, in a Python object (thousands a page in browser-printed PDFs)."""
    n = count(parent)
    if n > limit:
        return None
    found: list[tuple[Any, Matrix]] = []
    for k in range(n):
        obj = get(parent, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            found.append((obj, outer))
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 4:
            inner = _paths(raw, obj, _compose(_matrix(raw, obj), outer), raw.FPDFFormObj_CountObjects,
                           raw.FPDFFormObj_GetObject, depth + 1, limit - len(found))
            if inner is None:
                return None
            found += inner
    return found


def _matrix(raw: Any, obj: Any) -> Matrix:
    m = raw.FS_MATRIX()
    return (m.a, m.b, m.c, m.d, m.e, m.f) if raw.FPDFPageObj_GetMatrix(obj, m) else IDENTITY


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """`inner` then `outer`, PDF row-vector convention."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer  # the outer matrix's entries, named as in the PDF reference
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _subpaths(raw: Any, path: Any, outer: Matrix) -> list[list[tuple[float, float]]]:
    """A path's points in page space, one list per subpath, control points included and a
    closed subpath ending where it began (as pdfminer gives them)."""
    a, b, c, d, e, f = _compose(_matrix(raw, path), outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    for k in range(raw.FPDFPath_CountSegments(path)):
        segment = raw.FPDFPath_GetPathSegment(path, k)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([])
        subpaths[-1].append(point)
        if raw.FPDFPathSegment_GetClose(segment) and subpaths[-1][0] != point:
            subpaths[-1].append(subpaths[-1][0])
    return subpaths


def _edge(x0: float, top0: float, x1: float, top1: float) -> dict[str, Any]:
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(top0, top1), max(top0, top1)
    return {"object_type": "curve_edge", "x0": left, "x1": right, "top": top, "bottom": bottom, "doctop": top,
            "width": right - left, "height": bottom - top, "orientation": "h" if top == bottom else "v"}
