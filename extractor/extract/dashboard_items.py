"""Dashboard blocks as items in reading order: numbers, tile labels, tiles ("25 Stage 1 complaints
received"), period rows, panels, slicers and barriers. Text exports are read line by line (or
cell by cell); a PDF page's words are paired by their boxes (dashboard_words.py). Label vocabulary
lives in patterns/dashboards.toml."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import regex as re

from extractor.extract import dashboard_words
from extractor.extract.label_periods import ANY_YEAR, label_period, period_line
from extractor.extract.table_labels import brackets_hold_last_year, classify_label
from extractor.extract.table_text import cell_number
from extractor.load.line_shapes import BRACKETED_VALUE
from extractor.memo import per_document
from extractor.models import Block, Document, Word
from extractor.patterns import compile_regex, load_rules
from extractor.segment import settles

NUMBER_THEN_LABEL = re.compile(r"^\s*(?P<num>\d[\d,]*(?:\.\d+)?%?)\s+(?P<label>\D.*?)\s*$")
# \s*+ and (?<!\s): never backtrack into, nor start inside, a run of spaces (quadratic on one)
LABEL_THEN_NUMBER = re.compile(r"^\s*+(?P<label>\D.*?)\s*[:\-–]?\s+(?P<num>\d[\d,]*(?:\.\d+)?%?)\s*$")
PERIOD_ROW = re.compile(r"^(?P<period>\S+)\s+(?P<num>\d[\d,]*)$")
# "(2029/30: 880)", "(last year 64)": on a line of its own under a card's value, that card's value then
PRIOR_LINE = re.compile(r"^\(\s*(?P<period>[^():\d]*\d[^():]{0,20}?|(?:last|previous)\s+year)\s*[:=-]?\s*(?P<num>\d[\d,]*(?:\.\d+)?%?)\s*\)$",
                        re.IGNORECASE)
VALUE_AND_PRIOR = re.compile(r"^(?P<now>[£]?\d[\d,]*(?:\.\d+)?\s*%?)\s*\(\s*(?P<then>[£]?\d[\d,]*(?:\.\d+)?\s*%?)\s*\)$")
TILE_GUTTER = re.compile(r"(?<!\s)\s+\|\s+|\t")
BOLD_CELL = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|<b>(.+?)</b>")


@dataclass(frozen=True)
class TileLabel:
    text: str
    rule: dict[str, Any]

    @property
    def qualifier(self) -> bool:
        return bool(self.rule.get("qualifier"))


@dataclass
class Item:
    """One thing on a dashboard page, in reading order."""

    kind: str  # num, label, tile, panel, slicer, comparison, barrier, prior (last year's, under a card)
    line: int
    text: str = ""
    value: float | None = None
    stated: str = ""
    label: TileLabel | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    row_lines: tuple[int, ...] = ()
    page: int | None = None
    used: bool = False
    laid_out: bool = False  # a tile read from a tile row or from word boxes, not from one line of text


@cache
def rules() -> tuple[tuple[dict[str, Any], Any], ...]:
    return tuple((r, compile_regex(r["regex"])) for r in load_rules("dashboards"))


def role_of(text: str) -> tuple[str, dict[str, Any]] | None:
    """The first dashboard rule matching the whole of `text`: (role, rule)."""
    s = " ".join((text or "").split())
    if not s or len(s.split()) > 14:
        return None
    return _role(s)


@lru_cache(maxsize=4096)
def _role(s: str) -> tuple[str, dict[str, Any]] | None:
    """role_of for squeezed text: a line is classed several times (whole, label part, as tile)."""
    for rule, rx in rules():
        if rx.search(s):
            return rule["role"], rule
    return None


def tile_label(text: str) -> TileLabel | None:
    found = role_of(text)
    return TileLabel(" ".join(text.split()), found[1]) if found and found[0] == "tile" else None


# a digit a standalone label may hold: its stage's number ("Stage 2 complaints received")
STAGE_NUMBER = re.compile(r"\bstage\s*\d\b", re.IGNORECASE)
# ... and its timescale's ("responded to within 5 working days"); a year is no label's (a period line's)
TIMESCALE_NUMBER = re.compile(r"(?<!\d)\d{1,3}\s*(?:working\s+|calendar\s+)?days?\b", re.IGNORECASE)
LONGEST_LABEL = 15  # "Mean number of working days to give a full reply at Stage 1"


def standalone_label(text: str) -> TileLabel | None:
    """A line that is only a measure's label, as a card's or an exported indicator's ("Housing
    Ombudsman determinations received", "Taken to stage two"): the dashboard vocabulary first, then
    the one vocabulary of table labels (patterns/tables.toml), so a card says what a row would.
    Never a sentence, nor a label that states its own value or a number beyond its stage's."""
    s = " ".join(text.split())
    if (found := role_of(s)) is not None:  # a word of the dashboard vocabulary: a tile's label or a control
        return TileLabel(s, found[1]) if found[0] == "tile" else None
    if len(s.split()) > LONGEST_LABEL or s.endswith((".", ",", ";", ":")) or ". " in s \
            or any(map(str.isdigit, TIMESCALE_NUMBER.sub("", STAGE_NUMBER.sub("", s)))):
        return None  # (a timescale's days or a stage's number belong to its words: "... within 5 working days")
    meaning = classify_label(s)
    measure = meaning.get("measure")
    if not measure or meaning.skip or meaning.generic or meaning.label_value is not None:
        return None
    rule = {"id": meaning.rule_of["measure"], "role": "tile", "measure": measure, "table_vocabulary": True,
            **{f: meaning.get(f) for f in ("stage", "body") if meaning.get(f)}}
    return TileLabel(s, rule)


# ---------------------------------------------------------------- blocks -> items


@per_document
def items_of(doc: Document) -> list[Item]:
    """Reading-order items of a dashboard document (text export or PDF with word boxes).

    Both the tile reader and `dashboard_lines` (which prose consults) need them: computed once."""
    out: list[Item] = []
    done_pages: set[int | None] = set()
    worded: dict[int | None, list[Block]] = {}  # each page's blocks with words, in document order
    if doc.format == "pdf":
        for x in doc.blocks:
            if x.words and not x.furniture:
                worded.setdefault(x.page, []).append(x)
    for b in doc.blocks:
        if b.furniture:
            continue
        if b.words and doc.format == "pdf":
            if b.page not in done_pages:  # a page's tiles are paired across all its blocks
                done_pages.add(b.page)
                out += list(_word_items(worded[b.page]))
        elif b.kind == "table":
            out += list(_table_items(b, doc.lines))
        elif (both := VALUE_AND_PRIOR.match(b.text.strip())) is not None \
                and ("%" in both.group("now")) == ("%" in both.group("then")) \
                and (now := cell_number(both.group("now"))) is not None:  # (not "1,102 (84%)", a count and its share)
            # "351 (299)" over its label: the card's value, and last year's where the page says brackets hold it
            out.append(Item("num", b.line, both.group("now"), now[0], now[2], page=b.page))
            if brackets_hold_last_year(doc, b) and (then := cell_number(both.group("then"))) is not None:
                out.append(Item("prior", b.line, b.text.strip(), then[0], then[2],
                                rows=(("last year", both.group("then")),), page=b.page))
        elif (bare := BRACKETED_VALUE.match(b.text.strip())) is not None:
            # "1,946" / "Stage 1 complaints received" / "(1,812)": last year's value under a card, where the page says
            # brackets hold last year's; a bracket the page explains nothing of is no card's value either
            num = cell_number(bare.group("num"))
            out.append(Item("prior", b.line, b.text.strip(), num[0], num[2], rows=(("last year", bare.group("num")),),
                            page=b.page) if num is not None and brackets_hold_last_year(doc, b)
                       else Item("note", b.line, b.text.strip(), page=b.page))
        else:
            parts = [p for p in TILE_GUTTER.split(b.text) if p.strip()]
            bold = b.bold or _raw_bold(doc.lines, b.line)
            items = [_text_item(p, b.line, b.page, bold) for p in parts]
            if len(items) > 1 and all(i.kind == "tile" for i in items):
                for i in items:
                    i.laid_out = True
                out += items
            else:  # a block with no gutter is its one part: read once (most blocks of a text report)
                whole = items[0] if parts == [b.text] else _text_item(b.text, b.line, b.page, bold)
                out += _caption_split(doc, b, whole)
    return out


def _caption_split(doc: Document, b: Block, whole: Item) -> list[Item]:
    """A caption the loader ran together with the first card's label ("Table 2: Outcomes of stage 1
    complaints" / "Upheld", then "120" below): when the block's last line is a tile label on its own,
    the lines above it are the caption (a barrier) and the last line that label."""
    last = b.end_line or b.line
    if whole.kind != "barrier" or last == b.line or not 0 < last <= len(doc.lines):
        return [whole]
    label = _text_item(doc.lines[last - 1], last, b.page)
    if label.kind != "label":
        return [whole]
    caption = " ".join(doc.lines[ln - 1].strip() for ln in range(b.line, last))
    # a caption that names a stage heads the cards below as a panel does; one that names a period, its period
    kind = "panel" if settles("stage", caption) else "period" if period_line(caption, ANY_YEAR) else "barrier"
    return [Item(kind, b.line, caption, page=b.page), label]


STAGE_CELL = re.compile(r"^\s*stage\s*[1-4]\s*$", re.IGNORECASE)  # "Outcome | Stage 1 | Stage 2": a header all the same
PERIOD_CELL = re.compile(r"^\s*(?:Q(?:tr)?\s*[1-4]|quarter\s*[1-4]|H[12]|(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?)\b",
                         re.IGNORECASE)


def _data_table(rows: Sequence[Sequence[str]]) -> bool:
    """ "Service | Received | Upheld" over "Housing | 210 | 54" ...: column headers with no digits
    but periods over two or more rows that carry numbers after their label."""
    # a header of periods ("Q1 | Q2 | Year to date", "2022/23 | 2023/24") is a header all the same
    if len(rows) < 3 or len(rows[0]) < 2 \
            or any(any(map(str.isdigit, cell)) and not PERIOD_CELL.match(cell) and not STAGE_CELL.match(cell)
                   and not label_period(cell) for cell in rows[0]):  # "Apr-25": a month is a period too
        return False
    body = rows[1:]
    return all(len(r) == len(rows[0]) for r in body) and sum(
        any(ch.isdigit() for cell in r[1:] for ch in cell) for r in body) >= 2


def _label_value_table(rows: Sequence[Sequence[str]]) -> bool:
    """ "Received | 96" / "Upheld or partly upheld | 41%": rows of a label naming a measure and its value,
    a table the table reader reads whole with its caption (its numbers handed to the tiles around them
    would pair with the wrong labels where a label is one the tiles do not know)."""
    filled = [[c for c in r if c.strip()] for r in rows]
    return len(filled) >= 2 and all(len(r) == 2 and cell_number(r[1]) is not None and cell_number(r[0]) is None
                                    and not label_period(r[0]) for r in filled) \
        and any(classify_label(r[0]).get("measure") for r in filled)


def _raw_bold(lines: Sequence[str], line: int) -> bool:
    return 0 < line <= len(lines) and bool(BOLD_CELL.search(lines[line - 1]))


# role_of takes at most 14 words; a tile line adds its number and perhaps a colon to its label
LONGEST_ITEM = 16


def _text_item(text: str, line: int, page: int | None, bold: bool = False) -> Item:
    s = " ".join(text.split())
    num = cell_number(s)
    if num is not None:
        return Item("num", line, s, num[0], num[2], page=page)
    if s.count(" ") > LONGEST_ITEM:  # a sentence: no label, tile, period row or control has this many words
        return Item("bold" if bold else "barrier", line, s, page=page)
    if (label := standalone_label(s)) is not None:
        return Item("label", line, s, label=label, page=page)
    if (m := PRIOR_LINE.match(s)) and (num := cell_number(m.group("num"))) is not None:
        return Item("prior", line, s, num[0], num[2], rows=((m.group("period"), m.group("num")),), page=page)
    if period_line(s, ANY_YEAR) is not None:
        return Item("period", line, s, page=page)  # "Year to date (April to December)": the cards below are its
    for rx in (NUMBER_THEN_LABEL, LABEL_THEN_NUMBER):
        if (m := rx.match(s)) and (label := tile_label(m.group("label"))) is not None:
            num = cell_number(m.group("num"))
            return Item("tile", line, s, num[0] if num else None, m.group("num"), label, page=page)
    if (m := PERIOD_ROW.match(s)) and label_period(m.group("period")) and (num := cell_number(m.group("num"))):
        return Item("period_row", line, s, num[0], num[2], rows=((m.group("period"), m.group("num")),), page=page)
    found = role_of(s)
    if found and found[0] in ("panel", "slicer", "comparison"):
        return Item(found[0], line, s, page=page)
    return Item("bold" if bold else "barrier", line, s, page=page)


def _table_items(b: Block, lines: Sequence[str]) -> Iterator[Item]:
    """Tiles side by side ("25 Stage 1 ... <tab> 9 Stage 1 ..."), slicer rows, comparison rows.
    A data table (a header row of words over rows of numbers) is the table reader's: a barrier."""
    if _data_table(b.rows) or _label_value_table(b.rows):
        yield Item("barrier", b.line, b.text, page=b.page)
        return
    for row, ln in zip(b.rows, b.row_lines or (b.line,) * len(b.rows), strict=False):
        raw = lines[ln - 1] if 0 < ln <= len(lines) else ""
        bold = {" ".join(next(g for g in m.groups() if g).split()) for m in BOLD_CELL.finditer(raw)}
        cells = [_text_item(c, ln, b.page, c in bold) for c in row if c.strip()]
        if len(cells) == 2 and label_period(row[0]) and cells[1].kind == "num":
            yield Item("period_row", ln, " ".join(row), cells[1].value, cells[1].stated,
                       rows=(tuple(row),), page=b.page)
            continue
        for c in cells:
            c.laid_out = c.kind == "tile" and len(cells) > 1
            yield c


# ---------------------------------------------------------------- PDF words -> items


def _word_items(blocks: Sequence[Block]) -> Iterator[Item]:
    """Items of one PDF page in reading order: numbers paired by geometry, other lines as text."""
    words = [w for b in blocks for w in b.words]
    line_of = {id(w): b.line for b in blocks for w in b.words}
    page = blocks[0].page if blocks else None
    pairs = pair_words(words)
    paired = {id(w) for num, _, label_words in pairs for w in (num, *label_words)}
    found: list[tuple[tuple[float, float], Item]] = []
    for num, label, _ in pairs:
        value = cell_number(num.text)
        tl = tile_label(label)
        if value is not None and tl is not None:
            item = Item("tile", line_of[id(num)], f"{num.text} {label}", value[0], num.text, tl, page=page,
                        laid_out=True)
            found.append(((num.bbox.top, num.bbox.x0), item))
    for line_words in dashboard_words.lines([w for w in words if id(w) not in paired], gutter=10_000):
        text = " ".join(w.text for w in line_words)
        line = line_of[id(line_words[0])]
        whole = _text_item(text, line, page, all(w.bold for w in line_words))
        phrases = dashboard_words.lines(line_words) if whole.kind == "barrier" else []
        parts = [whole] if whole.kind != "barrier" or _same_words(phrases, line_words) else [
            _text_item(" ".join(w.text for w in ph), line_of[id(ph[0])], page, all(w.bold for w in ph))
            for ph in phrases]
        found += [((line_words[0].bbox.top, line_words[0].bbox.x0 + k), it) for k, it in enumerate(parts)]
    for _, item in sorted(found, key=lambda f: f[0]):
        yield item


def _same_words(phrases: list[list[Word]], line_words: Sequence[Word]) -> bool:
    """Whether a line's phrases are the line itself, its very words in order: its one phrase
    then reads as the line did (most lines of a report page have no gutter in them)."""
    return len(phrases) == 1 and len(phrases[0]) == len(line_words) \
        and all(a is b for a, b in zip(phrases[0], line_words, strict=True))


def pair_words(words: Sequence[Word]) -> list[tuple[Word, str, list[Word]]]:
    """(number word, label text, label words): each number with the nearest tile label below or right."""
    return dashboard_words.pair_words(words, lambda text: tile_label(text) is not None)
