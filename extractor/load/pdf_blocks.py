"""PDF lines -> blocks: the second half of reading a PDF, after pdf.py has put each page's
words into lines and tables.

Lines in the page margins that repeat on most pages are marked as furniture, lines are
numbered and grouped into headings, paragraphs and list items by size, weight, bullets and
spacing (tables in their place in the reading order, columns.py), and a table a page break
cut in two is joined again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import regex as re

from extractor.load.columns import Placed, reading_order
from extractor.load.text import joins_next, numbered_title_level
from extractor.models import BBox, Block, Word

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
    layout: str = ""  # the line as a text file sets it out: its cells apart by runs of spaces (pdf.laid_out)


@dataclass
class PageLayout:
    """What one pass over a page yields: its text lines and tables, each placed by `top`."""

    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[tuple[float, BBox, list[list[str]], tuple[Word, ...]]] = field(default_factory=list)
    lost: str = ""  # why the page could not be read (its reader died), if it could not


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
        ordered = list(reading_order(placed, layout.width))
        said = [ln.layout or ln.text for ln in ordered if isinstance(ln, Line)]  # the page's lines as text, in order
        at = 0
        for item in ordered:
            if isinstance(item, Line):
                text_lines.append(item.layout or item.text)
                item.index = len(text_lines)
                at += 1
                if group and not (_continues(group, item, body) and _said_on(group, item, said, at - 1, body)):
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
    if len(group) == 1 and first_kind != "heading" and _title_over(group[0].text, line.text):
        return False  # "6. Customer feedback and complaints" in body type over "6.1 Corporate complaints ...": a title
    gap = line.top - last.bottom
    same_column = abs(line.words[0].bbox.x0 - _text_start(group[0])) < 40 or first_kind == "list_item" \
        or _one_table(last, line)
    return -3 <= gap <= max(last.size, line.size) * 0.45 and abs(line.size - last.size) < 0.6 and same_column


def _text_start(line: Line) -> float:
    """Where a paragraph's text starts on its first line: after a number hung in the margin ("4.1" and
    the text at a tab stop, its next lines set in under the text, not under the number)."""
    hung = len(line.words) > 1 and HUNG_NUMBER.match(line.words[0].text) is not None
    return line.words[1].bbox.x0 if hung else line.words[0].bbox.x0


HUNG_NUMBER = re.compile(r"^(?:\d{1,2}\.(?:\d{1,2}\.?){0,3}|\(?[a-z]\)|\(?[ivx]{1,4}\))$")  # "4.1", "2.", "(a)", "iii)"
YEAR_END = re.compile(r"(?:19|20)\d{2}(?:[/-]\d{2,4})?$")  # "Performance in 2030/31": a title may end on its year
TITLE_CHARS = 60  # a longer numbered line may be a title wrapped onto the next ("... Ombudsman and Housing" / "Ombudsman")


def _title_over(title: str, nxt: str) -> bool:
    """Whether a numbered line in body type is a section's title over the line below, not the first line of
    a numbered paragraph wrapped onto it: it has a short title's shape, ends on no figure, and the line below
    opens anew (a capital or a paragraph number, not "measures for the third quarter ..." or "(Q2: 68.9%)")."""
    ends_on_figure = title.rstrip()[-1:].isdigit() and not YEAR_END.search(title.rstrip())
    return len(title) <= TITLE_CHARS and numbered_title_level(title) is not None and not ends_on_figure \
        and not title.rstrip().endswith("%") and bool(nxt[:1].isupper() or nxt[:1].isdigit())


CELL_RUN = re.compile(r"\S {2,}\S")  # two cells of a line set out as a table (pdf.laid_out)
SHORT_LINE = 4  # words: a heading's second line or a row label's ("working days", "Recycling")


def _one_table(last: Line, line: Line) -> bool:
    """Whether two lines one under the other belong to one table without borders: both are set out in
    cells, or one is and the other is a few words (a header's or a label's wrapped line), wherever each
    starts (a column's heading stands over its column, not at the margin)."""
    cells = [bool(CELL_RUN.search(ln.layout.strip())) for ln in (last, line)]
    return any(cells) and all(c or len(ln.words) <= SHORT_LINE for c, ln in zip(cells, (last, line), strict=True))


def _said_on(group: list[Line], line: Line, said: Sequence[str], k: int, body: float) -> bool:
    """Whether the words of line k of a page (`said`, the page's lines as text) carry on the block of `group`
    as the text loader joins a paragraph's lines (text.joins_next): no label over its value on the next
    line, no key figure's value, no item of a list of pairs or indicators starts there. A table's lines
    stay together (_one_table)."""
    if k < 1 or _one_table(group[-1], line) or _kind(group[0], body) == "list_item":
        return True
    return joins_next(said, k - 1, group[0].layout.strip() or group[0].text)


def _text_block(group: list[Line], body: float, sizes: list[float]) -> Block:
    kind = _kind(group[0], body)
    text = " ".join(ln.text for ln in group)
    level = None
    if kind != "heading" and len(group) == 1 and not group[0].furniture \
            and (level := numbered_title_level(text)) is not None:
        # "2. Housing Ombudsman" in body type opens a section, as the same line of a text file
        # does; its number is no bullet
        kind = "heading"
    elif kind == "heading":
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
