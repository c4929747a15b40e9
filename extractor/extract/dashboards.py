"""Figures from dashboards: each tile's number paired with its label.

Dashboard exports lose the tiles' layout. In text the pairing is read from order:
a number line then its label line ("41" / "Stage 1 complaints received"), one line
"25 Stage 1 complaints received", or tab/bar-separated tiles on one line; a few tile
kinds put the label first ("Informal complaints received" / "91"). In PDFs the words'
boxes decide: a number takes the nearest label below it or to its right within the tile.
Panel headings ("Stage 1 Complaints") set the stage; a "Comparison to previous year"
block gives the current and previous year and so the period of the page's tiles; a
slicer's selected value (bold) sets service or period, otherwise they stay as the
Context has them. Label vocabulary lives in patterns/dashboards.toml.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

import regex as re

from extractor.extract import dashboard_words
from extractor.extract.table_labels import classify_label
from extractor.extract.table_text import cell_number, label_period, with_fallbacks
from extractor.memo import per_document
from extractor.models import Block, Document, Figure, Word
from extractor.patterns import compile_regex, load_rules
from extractor.segment import Context

PANEL_STAGE = re.compile(r"\bstage\s*(1|2|3|one|two|three)\b", re.IGNORECASE)
STAGE_WORD = re.compile(r"\bstage\b", re.IGNORECASE)

NUMBER_THEN_LABEL = re.compile(r"^\s*(?P<num>\d[\d,]*(?:\.\d+)?%?)\s+(?P<label>\D.*?)\s*$")
LABEL_THEN_NUMBER = re.compile(r"^\s*(?P<label>\D.*?)\s*[:\-–]?\s+(?P<num>\d[\d,]*(?:\.\d+)?%?)\s*$")
PERIOD_ROW = re.compile(r"^(?P<period>\S+)\s+(?P<num>\d[\d,]*)$")
LEADING_STAGE = re.compile(r"^\s*stage\s*(?:\d|one|two|three)\b", re.IGNORECASE)
TILE_GUTTER = re.compile(r"\s+\|\s+|\t")
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

    kind: str  # num, label, tile, panel, slicer, comparison, barrier
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


@dataclass
class PageState:
    """What the current page and panel set for their tiles."""

    stage: str | None = None
    procedure: str | None = None
    period: tuple[str, str | None, str | None] | None = None
    service: str | None = None
    pending: list[tuple[Item, TileLabel, str | None, str | None]] = field(default_factory=list)
    labels_first: bool = False  # the current sequence's cards put the label above the value


@cache
def _rules() -> tuple[tuple[dict[str, Any], Any], ...]:
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
    for rule, rx in _rules():
        if rx.search(s):
            return rule["role"], rule
    return None


def tile_label(text: str) -> TileLabel | None:
    found = role_of(text)
    return TileLabel(" ".join(text.split()), found[1]) if found and found[0] == "tile" else None


def panel_stage(text: str) -> str | None:
    """A panel's stage: a numbered stage wins over other stage words in a mixed panel title."""
    m = PANEL_STAGE.search(text)
    if m:
        return "stage" + {"one": "1", "two": "2", "three": "3"}.get(m.group(1).lower(), m.group(1))
    return classify_label(text).get("stage")


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
        else:
            parts = [p for p in TILE_GUTTER.split(b.text) if p.strip()]
            bold = b.bold or _raw_bold(doc.lines, b.line)
            items = [_text_item(p, b.line, b.page, bold) for p in parts]
            if len(items) > 1 and all(i.kind == "tile" for i in items):
                for i in items:
                    i.laid_out = True
                out += items
            else:
                out.append(_text_item(b.text, b.line, b.page, bold))
    return out


def _data_table(rows: Sequence[Sequence[str]]) -> bool:
    """ "Service | Received | Upheld" over "Housing | 210 | 54" ...: column headers with no digits
    over two or more rows that carry numbers after their label."""
    if len(rows) < 3 or any(ch.isdigit() for cell in rows[0] for ch in cell) or len(rows[0]) < 2:
        return False
    body = rows[1:]
    return all(len(r) == len(rows[0]) for r in body) and sum(
        any(ch.isdigit() for cell in r[1:] for ch in cell) for r in body) >= 2


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
    if (label := tile_label(s)) is not None:
        return Item("label", line, s, label=label, page=page)
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
    if _data_table(b.rows):
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
        parts = [whole] if whole.kind != "barrier" else [
            _text_item(" ".join(w.text for w in ph), line_of[id(ph[0])], page, all(w.bold for w in ph))
            for ph in dashboard_words.lines(line_words)]
        found += [((line_words[0].bbox.top, line_words[0].bbox.x0 + k), it) for k, it in enumerate(parts)]
    for _, item in sorted(found, key=lambda f: f[0]):
        yield item


def pair_words(words: Sequence[Word]) -> list[tuple[Word, str, list[Word]]]:
    """(number word, label text, label words): each number with the nearest tile label below or right."""
    return dashboard_words.pair_words(words, lambda text: tile_label(text) is not None)


# ---------------------------------------------------------------- items -> figures

CONTENT = ("num", "label", "tile", "period_row")


def is_dashboard(items: Sequence[Item]) -> bool:
    """Tiles laid out as a dashboard: numbers standing apart from their labels, tiles side by
    side or in boxes, or tile lines under slicers and comparison blocks. A report whose list
    items merely read "Complaints received: 120" is left to prose."""
    kinds = [i.kind for i in items]
    standalone = sum(1 for a, b in pairwise(kinds) if {a, b} == {"num", "label"})
    laid_out = sum(1 for i in items if i.laid_out)
    controls = any(k in ("slicer", "comparison") for k in kinds)
    tiles = sum(1 for k in kinds if k in ("label", "tile"))
    return standalone >= 3 or laid_out >= 3 or (controls and tiles >= 3)


def pages_of(items: Sequence[Item]) -> list[list[Item]]:
    """Dashboard pages: a slicer prompt after content, or a new PDF page, starts one."""
    pages: list[list[Item]] = [[]]
    for it in items:
        cur = pages[-1]
        new_pdf_page = cur and it.page is not None and cur[-1].page is not None and it.page != cur[-1].page
        if (it.kind == "slicer" and any(c.kind in CONTENT for c in cur)) or new_pdf_page:
            pages.append([])
        pages[-1].append(it)
    return [p for p in pages if p]


def pair_sequence(seq: Sequence[Item]) -> list[tuple[Item | None, TileLabel, str]]:
    """Numbers with labels in reading order: number then label, unless the label stands first.

    A label takes the number below it only when no unpaired number stands above it and
    that number is not claimed by a qualifier label right after it ("0 / Corporate
    complaints procedure"). A label left without a number is a caption (a qualifier
    caption still sets the procedure of the tiles after it).
    """
    out: list[tuple[Item | None, TileLabel, str]] = []
    label_first = _labels_first(seq)
    for j, it in enumerate(seq):
        if it.kind == "tile" and it.label is not None:
            it.used = True
            out.append((it, it.label, it.text))
            continue
        if it.kind != "label" or it.label is None:
            continue
        prev = seq[j - 1] if j > 0 else None
        nxt = seq[j + 1] if j + 1 < len(seq) else None
        after = seq[j + 2] if j + 2 < len(seq) else None
        if label_first and nxt is not None and nxt.kind == "num" and not nxt.used:
            nxt.used = True
            out.append((nxt, it.label, f"{it.text} {nxt.stated}"))
        elif prev is not None and prev.kind == "num" and not prev.used:
            prev.used = True
            out.append((prev, it.label, f"{prev.stated} {it.text}"))
        elif (not it.label.qualifier and nxt is not None and nxt.kind == "num" and not nxt.used
              and not (after is not None and after.label is not None and after.label.qualifier)):
            nxt.used = True
            out.append((nxt, it.label, f"{it.text} {nxt.stated}"))
        else:
            out.append((None, it.label, it.text))
    return out


def _labels_first(seq: Sequence[Item]) -> bool:
    """Cards exported label above value ("Received" / "412"): the sequence opens with a label and
    closes with a number, and every label has a number right after it."""
    content = [it for it in seq if it.kind in ("label", "num")]
    if len(content) < 4 or content[0].kind != "label" or content[-1].kind != "num":
        return False
    return all(b.kind == "num" for a, b in pairwise(content) if a.kind == "label")


@dataclass(frozen=True)
class Tile:
    item: Item
    label: TileLabel
    evidence: str
    stage: str | None
    procedure: str | None
    rule: str


def _sequence_tiles(seq: Sequence[Item], state: PageState) -> list[Tile]:
    state.labels_first = _labels_first(seq)
    return _tiles(pair_sequence(seq), state)


def _tiles(pairs: Sequence[tuple[Item | None, TileLabel, str]], state: PageState) -> list[Tile]:
    """Tiles with stage (label's own, else the panel's) and procedure (a qualifier's, which a
    later stage-less count or average-days tile of the same panel inherits)."""
    out = []
    for num, label, evidence in pairs:
        rule = label.rule
        if label.qualifier:
            state.procedure = rule.get("procedure")
        if num is None:
            continue
        own = panel_stage(label.text)
        if own and LEADING_STAGE.match(label.text) and state.labels_first:
            state.stage = own  # "Stage 2 complaints received" / 38 / "Upheld" / 9: the cards below are stage 2's
        stage = rule.get("stage") or own or state.stage
        inherits = not STAGE_WORD.search(label.text) and rule.get("measure") in (
            "received", "average_response_days", "closed")
        procedure = rule.get("procedure") or (state.procedure if inherits else None)
        out.append(Tile(num, label, evidence, None if stage == "none" else stage, procedure, rule["id"]))
    return out


def _page_figures(page: Sequence[Item], ctx: Context, doc: Document) -> list[Figure]:
    state = PageState()
    tiles: list[Tile] = []
    comparisons: list[tuple[Item, str | None]] = []
    seq: list[Item] = []
    slicing = False
    for it in page:
        if it.kind in ("panel", "comparison", "barrier", "slicer"):
            tiles += _sequence_tiles(seq, state)
            seq = []
        if it.kind == "slicer":
            slicing = True
        elif it.kind == "bold" and slicing:
            _select(it.text, state, ctx)
        elif it.kind == "panel":
            slicing = False
            state.stage, state.procedure = panel_stage(it.text), None
        elif it.kind == "period_row":
            comparisons.append((it, state.stage))
            if state.period is None:
                state.period = label_period(it.rows[0][0], ctx)
        elif it.kind in ("num", "label", "tile") and not slicing:
            seq.append(it)
    tiles += _sequence_tiles(seq, state)
    period = state.period or (ctx.period, ctx.period_start, ctx.period_end)
    figs = [_figure(doc, t.item, t.label.rule["measure"], _unit(t.label), t.stage, t.procedure,
                    period, state, ctx, t.evidence, t.rule) for t in tiles]
    measure = next((r["measure"] for r, _ in _rules() if r["role"] == "comparison"), "received")
    for it, stage in comparisons:
        p = label_period(it.rows[0][0], ctx) or period
        figs.append(_figure(doc, it, measure, "count", stage, None, p, state, ctx, it.text, "dash-comparison"))
    return figs


def _select(text: str, state: PageState, ctx: Context) -> None:
    """A slicer's selected (bold) value: a period or a service."""
    if p := label_period(text, ctx):
        state.period = p
    elif service := classify_label(text).get("service"):
        state.service = service


def _unit(label: TileLabel) -> str:
    if label.rule.get("measure") != "average_response_days":
        return "count"
    low = label.text.lower()
    return "calendar_days" if "calendar" in low else "working_days" if "working" in low else "days"


def _figure(doc: Document, it: Item, measure: str, unit: str, stage: str | None, procedure: str | None,
            period: tuple[str | None, str | None, str | None], state: PageState, ctx: Context,
            evidence: str, rule: str) -> Figure:
    if it.stated.endswith("%"):
        unit = "percent"
    return Figure(doc=doc.name, measure=measure, value=it.value or 0.0, unit=unit, line=it.line,
                  evidence=" ".join(evidence.split()), stated=it.stated, source="dashboard", rule=rule,
                  page=it.page, stage=stage, body=ctx.body if stage == "ombudsman" else None,
                  period=period[0], period_start=period[1], period_end=period[2],
                  service=state.service or ctx.service, procedure=procedure, organisation=ctx.organisation)


def extract_figures(doc: Document, contexts: Sequence[Context]) -> list[Figure]:
    """Tile figures of a dashboard document; nothing for a document without tiles."""
    items = items_of(doc)
    if not is_dashboard(items):
        return []
    ctx = with_fallbacks(contexts[0] if contexts else Context(), doc)
    figures: list[Figure] = []
    for page in pages_of(items):
        figures += _page_figures(page, ctx, doc)
    return figures


@per_document
def dashboard_lines(doc: Document) -> set[int]:
    """Lines whose numbers this module reads (tiles, their labels, comparison rows).

    Prose extraction should leave these lines alone, so a tile is not recorded twice.
    """
    items = items_of(doc)
    if not is_dashboard(items):
        return set()
    return {i.line for i in items if i.kind in CONTENT}
