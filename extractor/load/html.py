"""HTML -> Document with BeautifulSoup (lxml): headings, paragraphs, list items and tables,
scripts and styles dropped. `line` counts the blocks' lines of the extracted text (a table
row is one line), since a web page's source lines say little about what a reader sees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex as re

from extractor.errors import InputError
from extractor.load.text import decode
from extractor.models import Block, Document

BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "dt", "dd", "blockquote", "pre")
# a footnote's number as pages set it: "1", "[2]", "1,3"
NOTE_MARKER = re.compile(r"^\s*\[?\d{1,2}(?:,\d{1,2})*\]?\s*$")
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "head")


def load_html(path: Path, data: bytes) -> Document:
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(decode(path, data), "lxml")
    except Exception as exc:  # noqa: BLE001 - any failure to parse is bad input, reported, never a traceback
        raise InputError(str(path), f"not readable HTML ({type(exc).__name__})") from None
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all("sup"):
        if NOTE_MARKER.match(tag.get_text()):
            tag.decompose()  # "418<sup>1</sup> complaints": a note's number, not a second figure
    lines: list[str] = []
    blocks: list[Block] = []
    for kind, text, rows, level in _elements(soup):
        first = len(lines) + 1
        if kind == "table":
            lines += [" | ".join(r) for r in rows]
            blocks.append(Block("table", "\n".join(lines[first - 1:]), first, rows=tuple(rows),
                                row_lines=tuple(range(first, first + len(rows))), end_line=len(lines)))
        else:
            lines.append(text)
            blocks.append(Block(kind, text, first, level=level, end_line=first))  # type: ignore[arg-type]
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else next(
        (b.text for b in blocks if b.kind == "heading"), None)
    return Document(str(path), "html", tuple(blocks), lines=tuple(lines), title=title)


def _text(tag: Any) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


def _elements(soup: Any) -> Iterator[tuple[str, str, list[tuple[str, ...]], int | None]]:
    """Block elements in document order; text inside a table or list item is read once,
    by the outermost block that holds it. Loose text in divs becomes paragraphs."""
    body = soup.body or soup
    holds_block, in_block, in_reader = _nesting(body)
    for tag in body.find_all(list(BLOCK_TAGS) + ["div", "section", "article", "td", "th"]):
        if tag.name in ("td", "th", "div", "section", "article"):
            loose_div = tag.name in ("div", "section", "article") and id(tag) not in holds_block
            if loose_div and id(tag) not in in_block and (text := _text(tag)):
                yield "paragraph", text, [], None
            continue
        if id(tag) in in_reader:
            continue
        if tag.name == "table":
            rows = [r for r in _grid_rows([tr for tr in tag.find_all("tr") if tr.find_parent("table") is tag]) if any(r)]
            if rows:
                yield "table", "", rows, None
            continue
        text = _text(tag)
        if not text:
            continue
        if tag.name[0] == "h" and tag.name[1:].isdigit():
            yield "heading", text, [], int(tag.name[1])
        elif tag.name in ("li", "dd"):
            yield "list_item", text, [], None
        else:
            yield "paragraph", text, [], None


MAX_SPAN = 50  # a rowspan or colspan beyond this is a broken page, not a table


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(MAX_SPAN, int(str(cell.get(name, 1)).strip() or 1)))
    except ValueError:
        return 1


def _grid_rows(trs: list[Any]) -> list[tuple[str, ...]]:
    """The rows of a table laid on its grid, as a Word table's are (docx._table_rows): a cell spanning
    columns is read once, in its first column, the others left empty; a cell spanning rows stands in
    each of them ("Service" beside both header rows), so every row's cells keep their columns."""
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    out: list[tuple[str, ...]] = []
    for tr in trs:
        row: list[str] = []
        cells = iter(tr.find_all(("td", "th"), recursive=False) or tr.find_all(("td", "th")))
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


def _nesting(body: Any) -> tuple[set[int], set[int], set[int]]:
    """ids of the tags that hold a block or div below them, of those inside a block tag, and
    of those inside a table, list item or paragraph: one pass each way over the tree, where
    asking every tag about its ancestors and descendants was quadratic in the nesting depth
    (16,000 nested divs took minutes)."""
    from bs4 import Tag

    tags = [t for t in body.descendants if isinstance(t, Tag)]
    in_block: set[int] = set()
    in_reader: set[int] = set()
    for t in tags:  # parents come before their children
        parent = t.parent
        if parent.name in BLOCK_TAGS or id(parent) in in_block:
            in_block.add(id(t))
        if parent.name in ("table", "li", "p") or id(parent) in in_reader:
            in_reader.add(id(t))
    holds_block: set[int] = set()
    for t in reversed(tags):  # children come before their parents
        if t.name in BLOCK_TAGS or t.name == "div" or id(t) in holds_block:
            parent = t.parent
            if parent is not None:
                holds_block.add(id(parent))
    return holds_block, in_block, in_reader
