"""HTML -> Document with lxml's HTML parser (libxml2): headings, paragraphs, list items and
tables, scripts and styles dropped. `line` counts the blocks' lines of the extracted text (a table
row is one line), since a web page's source lines say little about what a reader sees.

The tree is lxml's own, not BeautifulSoup's: the same parser underneath, but a C tree that a
20 MB page fits in a few hundred MB and reads in seconds, where BeautifulSoup's Python tree took
1.6 GB and three minutes (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import regex as re
from lxml import etree

from extractor.errors import InputError
from extractor.load.text import decode
from extractor.models import Block, Document

BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "dt", "dd", "blockquote", "pre")
# a footnote's number as pages set it: "1", "[2]", "1,3"
NOTE_MARKER = re.compile(r"^\s*+\[?\d{1,2}(?:,\d{1,2})*+\]?\s*+$")  # possessive: a run of "1,1,1" never backtracks
LOOSE = ("div", "section", "article")  # text directly in these is read as a paragraph
READERS = ("table", "li", "p")  # these read every block inside them as their own text
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "head")
Element = etree._Element
SPANS = ("colspan", "rowspan")
SPAN_VALUE = re.compile(r"\s*\d{1,4}")
# characters an lxml tree cannot hold (control characters, U+FFFE, U+FFFF) are kept in a private
# plane while the tree holds the text and put back when it is read, so the page reads as written
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_KEEP = 0xF0000
FROM_KEEP = re.compile(r"[\U000F0000-\U000F001F\U000FFFFE\U000FFFFF\U000FD800-\U000FDFFF]")


def parse(text: str) -> Element:
    """The page as a tree under one holder element: the parser's events built up as
    BeautifulSoup builds them, forgiving any error as browsers do. libxml2's own tree stops at
    2,048 levels of nesting and drops the rest of the page, and lxml's TreeBuilder refuses an
    end tag that closes nothing."""
    builder = _Builder()
    parser = etree.HTMLParser(recover=True, huge_tree=True, target=builder)
    parser.feed(text)
    parser.close()
    return builder.holder


class _Builder:
    """lxml parser target: an end tag closes the nearest open element of its name (or nothing);
    a comment or processing instruction is an empty mark, so the text on either side of it stays
    two pieces; text is joined once per run, never grown piece by piece."""

    def __init__(self) -> None:
        self.holder: Element = etree.Element("tally-document")
        self.stack: list[Element] = [self.holder]
        self.pending: list[str] = []

    def _flush(self) -> None:
        if not self.pending:
            return
        text, self.pending = "".join(self.pending), []
        if NOT_XML.search(text):
            text = NOT_XML.sub(lambda m: chr(_KEEP + ord(m[0])), text)
        top = self.stack[-1]
        if len(top) and not top[-1].tail:
            top[-1].tail = text
        elif not len(top) and not top.text:
            top.text = text
        else:  # text after an end tag that closed nothing: a piece of its own, as every tag ends one
            etree.SubElement(top, "tally-mark").tail = text

    def _add(self, tag: str) -> Element:
        self._flush()
        try:
            return etree.SubElement(self.stack[-1], tag)
        except ValueError:  # a name lxml will not take ("<1x>", control characters): a plain tag
            return etree.SubElement(self.stack[-1], "tally-tag")

    def start(self, tag: str, attrib: object, nsmap: object = None) -> None:
        element = self._add(tag)
        if tag in ("td", "th") and isinstance(attrib, Mapping):
            for name in SPANS:  # the only attributes read: where a cell sits on its table's grid
                if (value := SPAN_VALUE.match(str(attrib.get(name, "")))) is not None:
                    element.set(name, value.group(0))
        self.stack.append(element)

    def end(self, tag: str) -> None:
        self._flush()
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def data(self, text: str) -> None:
        self.pending.append(text)

    def comment(self, text: str) -> None:
        self._add("tally-mark")

    def pi(self, target: str, data: str | None = None) -> None:
        self._add("tally-mark")

    def close(self) -> None:
        self._flush()


def load_html(path: Path, data: bytes) -> Document:
    try:
        root = parse(decode(path, data))
    except (etree.Error, ValueError) as exc:  # any failure to parse is bad input, reported, never a traceback
        raise InputError(str(path), f"not readable HTML ({type(exc).__name__})") from None
    lines: list[str] = []
    blocks: list[Block] = []
    for tag in list(root.iter(*DROP_TAGS)):
        _remove(tag)
    for tag in list(root.iter("sup")):
        if NOTE_MARKER.match(_kept("".join(tag.itertext()))):
            _remove(tag)  # "418<sup>1</sup> complaints": a note's number, not a second figure
    for kind, text, rows, level in _elements(root):
        first = len(lines) + 1
        if kind == "table":
            lines += [" | ".join(r) for r in rows]
            blocks.append(Block("table", "\n".join(lines[first - 1:]), first, rows=tuple(rows),
                                row_lines=tuple(range(first, first + len(rows))), end_line=len(lines)))
        else:
            lines.append(text)
            blocks.append(Block(kind, text, first, level=level, end_line=first))  # type: ignore[arg-type]
    title_tag = next(root.iter("title"), None)
    title = " ".join(t.strip() for t in map(_kept, title_tag.itertext()) if t.strip()) if title_tag is not None else next(
        (b.text for b in blocks if b.kind == "heading"), None)
    return Document(str(path), "html", tuple(blocks), lines=tuple(lines), title=title)


def _remove(tag: Element) -> None:
    """Empty `tag` of its text, children and attributes, leaving a mark in its place: the text
    after it stays a piece of its own ("a<script>..</script>b" reads "a b", not "ab")."""
    tag.clear(keep_tail=True)
    tag.tag = "tally-dropped"


def _kept(text: str) -> str:
    """`text` with the characters the tree could not hold put back."""
    return FROM_KEEP.sub(lambda m: chr(ord(m[0]) - _KEEP), text) if FROM_KEEP.search(text) else text


def _text(tag: Element) -> str:
    """The element's text, its pieces joined by one space (a cell "Stage<br>1" reads "Stage 1")."""
    return " ".join(_kept(" ".join(tag.itertext())).split())


def _tags(tag: Element, *names: str) -> Iterator[Element]:
    """Elements below `tag` (never `tag` itself), in document order."""
    return (t for t in tag.iterdescendants(*names) if isinstance(t.tag, str))


def _elements(root: Element) -> Iterator[tuple[str, str, list[tuple[str, ...]], int | None]]:
    """Block elements in document order; text inside a table or list item is read once,
    by the outermost block that holds it. Loose text in divs becomes paragraphs."""
    body = next(root.iter("body"), None)
    body = root if body is None else body
    holds_block, in_block, in_reader = _nesting(body)
    for tag in _tags(body, *BLOCK_TAGS, *LOOSE, "td", "th"):
        if tag.tag in ("td", "th", *LOOSE):
            loose_div = tag.tag in LOOSE and tag not in holds_block
            if loose_div and tag not in in_block and (text := _text(tag)):
                yield "paragraph", text, [], None
            continue
        if tag in in_reader:
            continue
        if tag.tag == "table":
            rows = [r for r in _grid_rows([tr for tr in _tags(tag, "tr") if _table_of(tr) is tag]) if any(r)]
            caption = next((c for c in tag if c.tag == "caption"), None)
            if rows and caption is not None and (said := _text(caption)):
                yield "paragraph", said, [], None  # "Reviews, 2031/32 (2030/31 in brackets)": the table's own title line
            if rows:
                yield "table", "", rows, None
            continue
        text = _text(tag)
        if not text:
            continue
        if tag.tag[0] == "h" and tag.tag[1:].isdigit():
            yield "heading", text, [], int(tag.tag[1])
        elif tag.tag in ("li", "dd"):
            yield "list_item", text, [], None
        else:
            yield "paragraph", text, [], None


MAX_SPAN = 50  # a rowspan or colspan beyond this is a broken page, not a table


def _span(cell: Element, name: str) -> int:
    try:
        return max(1, min(MAX_SPAN, int(str(cell.get(name, 1)).strip() or 1)))
    except ValueError:
        return 1


def _grid_rows(trs: list[Element]) -> list[tuple[str, ...]]:
    """The rows of a table laid on its grid, as a Word table's are (docx._table_rows): a cell spanning
    columns is read once, in its first column, the others left empty; a cell spanning rows stands in
    each of them ("Service" beside both header rows), so every row's cells keep their columns."""
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    out: list[tuple[str, ...]] = []
    for tr in trs:
        row: list[str] = []
        cells = iter([c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")] or list(_tags(tr, "td", "th")))
        col = 0
        while True:
            if col in pending:
                text, left = pending.pop(col)
                row.append(text)
                if left > 1:
                    pending[col] = (text, left - 1)
                col += 1
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text, across, down = _text(cell), _span(cell, "colspan"), _span(cell, "rowspan")
            for k in range(across):
                row.append(text if k == 0 else "")
                if down > 1:
                    pending[col + k] = (text if k == 0 else "", down - 1)
            col += across
        while col in pending:  # a spanning cell at the row's end
            text, left = pending.pop(col)
            row.append(text)
            if left > 1:
                pending[col] = (text, left - 1)
            col += 1
        out.append(tuple(row))
    return out


def _table_of(tr: Element) -> Element | None:
    """The nearest table holding a row."""
    return next(tr.iterancestors("table"), None)


def _nesting(body: Element) -> tuple[set[Element], set[Element], set[Element]]:
    """Of the tags `_elements` asks about: those that hold a block or div below them, those
    inside a block tag, and those inside a table, list item or paragraph. One walk with a stack
    of what the open elements are inside of, where asking every tag about its ancestors and
    descendants was quadratic in the nesting depth (16,000 nested divs took minutes). Only those
    tags are kept (lxml makes a new Python object for each element touched; keeping all of a
    20 MB page's cost 300 MB), and kept as objects: an id() of one no one holds would not last."""
    holds_block: set[Element] = set()
    in_block: set[Element] = set()
    in_reader: set[Element] = set()
    open_: list[list[bool]] = []  # per open element: children in a block, in a reader; holds a block
    for event, tag in etree.iterwalk(body, events=("start", "end")):
        name = tag.tag
        if event == "start":
            outer_block, outer_reader = (open_[-1][0], open_[-1][1]) if open_ else (False, False)
            if outer_block and name in LOOSE:
                in_block.add(tag)
            if outer_reader and name in BLOCK_TAGS:
                in_reader.add(tag)
            open_.append([outer_block or name in BLOCK_TAGS, outer_reader or name in READERS, False])
            continue
        holds = open_.pop()[2]
        if holds and name in LOOSE:
            holds_block.add(tag)
        if open_ and (holds or name in BLOCK_TAGS or name == "div"):
            open_[-1][2] = True
    return holds_block, in_block, in_reader
