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

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

import regex as re

from extractor.block_lines import block_of_line
from extractor.extract.cell_lines import cell_table_lines
from extractor.extract.dashboard_items import Item, TileLabel, items_of, pair_words, rules
from extractor.extract.label_periods import label_period, period_line
from extractor.extract.label_values import INDICATOR_CODE_LINE, PRIOR_WORDS, tile_label
from extractor.extract.numbers import parse_number
from extractor.extract.periods import span_year_before
from extractor.extract.prose.ombudsman import in_ombudsman_voice
from extractor.extract.table_labels import classify_label
from extractor.extract.table_text import with_fallbacks
from extractor.extract.tile_notes import note_cells
from extractor.extract.value_runs import Mark, place_pairs
from extractor.memo import per_document
from extractor.models import Document, Figure
from extractor.segment import Context, settles

__all__ = ["dashboard_lines", "extract_figures", "items_of", "pair_words"]

PANEL_STAGE = re.compile(r"\bstage\s*(1|2|3|one|two|three)\b", re.IGNORECASE)
STAGE_WORD = re.compile(r"\bstage\b", re.IGNORECASE)
LEADING_STAGE = re.compile(r"^\s*stage\s*(?:\d|one|two|three)\b", re.IGNORECASE)


@dataclass
class PageState:
    """What the current page and panel set for their tiles."""

    stage: str | None = None
    procedure: str | None = None
    period: tuple[str, str | None, str | None] | None = None
    service: str | None = None
    pending: list[tuple[Item, TileLabel, str | None, str | None]] = field(default_factory=list)
    labels_first: bool = False  # the current sequence's cards put the label above the value
    cards_period: tuple[str, str | None, str | None] | None = None  # a period line's, for the cards below it


def panel_stage(text: str) -> str | None:
    """A panel's stage: a numbered stage wins over other stage words in a mixed panel title."""
    m = PANEL_STAGE.search(text)
    if m:
        return "stage" + {"one": "1", "two": "2", "three": "3"}.get(m.group(1).lower(), m.group(1))
    return classify_label(text).get("stage")


# ---------------------------------------------------------------- items -> figures

CONTENT = ("num", "label", "tile", "period_row", "prior")
UNREAD_VALUE_WORDS = 4  # "15 of 18 (83%)": a value with its base and share, not a line of words


def is_dashboard(items: Sequence[Item]) -> bool:
    """Tiles laid out as a dashboard: numbers standing apart from their labels, tiles side by
    side or in boxes, or tile lines under slicers and comparison blocks. A report whose list
    items merely read "Complaints received: 120" is left to prose."""
    # a label only the table vocabulary knows pairs within a dashboard but never makes one: label and
    # value lines of an indicator list are the table reader's (label_value_rows)
    kinds = ["other" if i.label is not None and i.label.rule.get("table_vocabulary") else i.kind for i in items]
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


def pair_sequence(seq: Sequence[Item], label_first: bool | None = None) -> list[tuple[Item | None, TileLabel, str]]:
    """Numbers with labels in reading order: number then label, unless the label stands first.

    A label takes the number below it only when no unpaired number stands above it and
    that number is not claimed by a qualifier label right after it ("0 / Corporate
    complaints procedure"). A label left without a number is a caption (a qualifier
    caption still sets the procedure of the tiles after it).
    """
    out: list[tuple[Item | None, TileLabel, str]] = []
    label_first = _labels_first(seq) if label_first is None else label_first
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


def _labels_first(seq: Sequence[Item], least: int = 4) -> bool:
    """Cards exported label above value ("Received" / "412"): the sequence opens with a label and
    closes with a number, and every label has a number right after it (at least `least` lines of them)."""
    content = [it for it in seq if it.kind in ("label", "num")]
    if len(content) < least or content[0].kind != "label" or content[-1].kind != "num":
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
    period: tuple[str, str | None, str | None] | None = None


def _sequence_tiles(seq: Sequence[Item], state: PageState) -> list[Tile]:
    """The tiles of one run of cards. On a page whose cards put the label first, a run that opens
    with a number after a line the vocabulary does not know opens with that line's value: the number
    is no card of the label below it."""
    content = [it for it in seq if it.kind in ("label", "num")]
    if len(content) > 2 and content[-1].kind == "label" and content[-1].line - content[-2].line > 1:
        content = content[:-1]  # a title after a blank line ("Referrals to the SPSO") heads what follows
    # (after the page's label-first cards, one label and its number will do: the run is the page's layout)
    if state.labels_first and content and content[0].kind == "num" and _labels_first(content[1:], least=2):
        content[0].used = True
    else:
        state.labels_first = _labels_first(seq)
    return _tiles(pair_sequence(seq, state.labels_first), state)


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
        out.append(Tile(num, label, evidence, None if stage == "none" else stage, procedure, rule["id"],
                        state.cards_period))
    return out


def _heading_at(doc: Document, line: int) -> bool:
    """Whether the line is a heading of the document (a section title, not a card's label the vocabulary
    does not know: "Early resolution or voluntary settlement" / "3")."""
    k = block_of_line(doc, line)
    return 0 <= k < len(doc.blocks) and doc.blocks[k].kind == "heading" and doc.blocks[k].line == line


def _values_then_labels(page: Sequence[Item], doc: Document) -> tuple[list[tuple[Item | None, TileLabel, str]], set[int]]:
    """A row of tiles copied values first, then as many labels (value_runs.place_pairs): the pairs whose
    label the vocabulary knows, and the lines of every value and label the row holds. A label the
    vocabulary does not know ("tenants satisfied with our service") still takes its value, which is then
    no figure: the labels after it are not shifted onto the wrong values."""
    marks = []
    for it in page:
        block = doc.blocks[k] if 0 <= (k := block_of_line(doc, it.line)) < len(doc.blocks) else None
        shaped = block is not None and block.line == it.line and (
            it.kind == "label" or (it.kind == "barrier" and tile_label(block)))
        marks.append(Mark(it.line, (block.end_line or block.line) if shaped and block else it.line,
                          value=it.kind == "num" and not it.used, label=shaped,
                          ends_label=INDICATOR_CODE_LINE.fullmatch(it.text.strip()) is not None))
    pairs: list[tuple[Item | None, TileLabel, str]] = []
    lines: set[int] = set()
    for v, lab in place_pairs(marks):
        num, label = page[v], page[lab]
        num.used = True
        lines |= {num.line, label.line}
        if label.kind == "label" and label.label is not None:
            pairs.append((num, label.label, f"{num.stated} {label.text}"))
    return pairs, lines


def _page_figures(page: Sequence[Item], ctx: Context, doc: Document) -> list[Figure]:
    state = PageState()
    placed, placed_lines = _values_then_labels(page, doc)
    tiles: list[Tile] = _tiles(placed, state)
    comparisons: list[tuple[Item, str | None]] = []
    priors: list[Item] = []
    seq: list[Item] = []
    slicing = False
    for it in page:
        if it.kind in ("panel", "comparison", "barrier", "slicer", "period"):
            tiles += _sequence_tiles(seq, state)
            seq = []
        if it.kind == "slicer":
            slicing = True
        elif it.kind == "bold" and slicing:
            _select(it.text, state, ctx)
        elif it.kind == "period":
            state.cards_period = period_line(it.text, ctx)
        elif it.kind == "panel":
            slicing = False
            state.stage, state.procedure = panel_stage(it.text), None
        elif it.kind == "barrier" and _heading_at(doc, it.line) and (own := settles("stage", it.text)) is not None:
            # a section title between the cards that names a stage of its own ("3.4 Public Services Ombudsman
            # for Wales" after "3.3 Outcome of stage 2 investigations"): the cards below are that stage's
            state.stage, state.procedure = (None if own == "none" else own), None
        elif it.kind == "period_row":
            comparisons.append((it, state.stage))
            if state.period is None:
                state.period = label_period(it.rows[0][0], ctx)
        elif it.kind in ("num", "label", "tile") and not slicing and it.line not in placed_lines:
            seq.append(it)
        elif it.kind == "prior":
            priors.append(it)
    tiles += _sequence_tiles(seq, state)
    tiles += [t for p in priors if (t := _prior_tile(p, tiles, ctx)) is not None]
    period = state.period or (ctx.period, ctx.period_start, ctx.period_end)
    tiles += [t for card in list(tiles) if (t := _noted_tile(card, page, period, ctx)) is not None]
    figs = [_figure(doc, t.item, t.label.rule["measure"], _unit(t.label), t.stage, t.procedure,
                    t.period or period, state, ctx, t.evidence, t.rule, t.label.rule.get("body")) for t in tiles]
    measure = next((r["measure"] for r, _ in rules() if r["role"] == "comparison"), "received")
    for it, stage in comparisons:
        p = label_period(it.rows[0][0], ctx) or period
        figs.append(_figure(doc, it, measure, "count", stage, None, p, state, ctx, it.text, "dash-comparison"))
    return figs


PRIOR_REACH = 2  # lines: "(2029/30: 880)" stands right under the value it is last year's of


def _prior_tile(prior: Item, tiles: Sequence[Tile], ctx: Context) -> Tile | None:
    """The card a bracketed line of last year's value stands under, as a tile of its own dated by the
    bracket ("(2029/30: 880)"; "(last year: 64)" the year before the card's)."""
    # (on the card's own line: "351 (299)")
    above = [t for t in tiles if 0 <= prior.line - t.item.line <= PRIOR_REACH and t.item.value is not None
             and t.item is not prior]
    if not above:
        return None
    card = max(above, key=lambda t: t.item.line)
    named = prior.rows[0][0]
    period = label_period(named, ctx) if not PRIOR_WORDS.match(named) else span_year_before(*(card.period or (
        ctx.period, ctx.period_start, ctx.period_end)))
    if period is None:
        return None
    return replace(card, item=prior, evidence=f"{card.label.text} {prior.text}", period=period)


def _note_under(page: Sequence[Item], card: Tile) -> Item | None:
    """The line right under a card's value that notes its change or its share (tile_notes.py)."""
    after = next((it for it in page if it.line > card.item.line), None)
    if after is None or after.line - card.item.line > PRIOR_REACH or note_cells(after.text) is None:
        return None
    return after


def _noted_tile(card: Tile, page: Sequence[Item], period: tuple[str | None, str | None, str | None],
                ctx: Context) -> Tile | None:
    """The card's figure again as its note gives it: last year's value in the note's brackets ("up 8% on last year
    (889)"), or its share of another card's figure ("85% of complaints received")."""
    if card.item.value is None or (note := _note_under(page, card)) is None \
            or (cells := note_cells(note.text)) is None:
        return None
    head, cell = cells[0][0], cells[1][0]
    value = parse_number(cell)
    if value is None:
        return None
    item = replace(note, value=value.value, stated=cell)
    if head == "%":
        return replace(card, item=item, evidence=f"{card.label.text} {card.item.text} {note.text}")
    own = card.period or period
    when = span_year_before(*own) if PRIOR_WORDS.match(head) or head.lower().startswith("the previous") \
        else label_period(head, ctx)
    return replace(card, item=item, evidence=f"{card.label.text} {note.text}", period=when) if when else None


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
            evidence: str, rule: str, body: str | None = None) -> Figure:
    if it.stated.endswith("%"):
        unit = "percent"
    return Figure(doc=doc.name, measure=measure, value=it.value or 0.0, unit=unit, line=it.line,
                  evidence=" ".join(evidence.split()), stated=it.stated, source="dashboard", rule=rule,
                  page=it.page, stage=stage, body=(body or ctx.body) if stage == "ombudsman" else None,
                  period=period[0], period_start=period[1], period_end=period[2],
                  service=state.service or ctx.service, procedure=procedure, organisation=ctx.organisation)


MARKED_TABLES = ("pdf", "html", "docx", "csv")  # formats that mark their tables (a CSV is one)


def _read_table_lines(doc: Document, contexts: Sequence[Context]) -> set[int]:
    """The lines of the table blocks the table reader reads figures from (none where no block is a table:
    the table reader is not asked)."""
    from extractor.extract.tables import table_views

    if not any(b.kind == "table" and not b.furniture for b in doc.blocks):
        return set()

    return {ln for view, _ in table_views(doc, contexts) if view.cells and view.block.kind == "table"
            for ln in range(view.block.line, (view.block.end_line or view.block.line) + 1)}


def extract_figures(doc: Document, contexts: Sequence[Context]) -> list[Figure]:
    """Tile figures of a dashboard document; nothing for a document without tiles."""
    items = items_of(doc)
    if not is_dashboard(items):
        return []
    ctx = with_fallbacks(contexts[0] if contexts else Context(), doc)
    figures: list[Figure] = []
    for page in pages_of(items):
        figures += _page_figures(page, ctx, doc)
    # a table pasted one cell per line, or a table its file marks as one (a PDF's ruled grid, a page's <table>, a
    # Word table) that the table reader reads, is the table reader's, read once; a marked table the table reader
    # finds nothing in is a grid of tiles (a dashboard laid out in a Word table), and a text file's spaced
    # "table" may be a row of tiles: both stay this reader's
    tabled = cell_table_lines(doc) | (_read_table_lines(doc, contexts) if doc.format in MARKED_TABLES else set())
    return in_ombudsman_voice(doc, [f for f in figures if f.line not in tabled])


@per_document
def dashboard_lines(doc: Document) -> set[int]:
    """Lines whose numbers this module reads (tiles, their labels, comparison rows).

    Prose extraction should leave these lines alone, so a tile is not recorded twice.
    """
    items = items_of(doc)
    if not is_dashboard(items):
        return set()
    # a label over a value this module cannot read ("Average Stage 1 response time" / "7.2 working days",
    # "131 (81.9%)") is left to the label-and-value reader
    unread = {a.line for a, b in pairwise(items) if a.kind == "label" and b.kind == "barrier" and any(map(str.isdigit, b.text))
              and len(b.text.split()) <= UNREAD_VALUE_WORDS}
    notes = {b.line for a, b in pairwise(items) if a.kind == "num" and b.kind == "barrier" and note_cells(b.text)}
    return {i.line for i in items if i.kind in CONTENT and i.line not in unread} | notes
