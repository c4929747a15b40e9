"""Figures from tables: every table of a document, read by table_reading.interpret_table.

`interpret_table(block, context)` returns a TableView (header, label column, data rows,
total rows, and one TableCell per meaningful number) so the checks can read stated
totals and percentage columns from the same interpretation that made the figures;
`table_views(doc, contexts)` gives every table of a document that way: the file's own tables,
tables written as text (columns aligned by spaces, one cell per line, cells run together,
rebuilt by table_text), labels with their values, and lists of "category: count" lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.block_lines import block_of_line
from extractor.extract import table_text
from extractor.extract.cell_lines import cell_line_tables, cell_table_lines
from extractor.extract.dashboards import dashboard_lines
from extractor.extract.label_values import category_pairs, colon_lines, colon_pairs, label_value_pairs
from extractor.extract.line_runs import run_tables
from extractor.extract.numbers import counts_nothing
from extractor.extract.prose.ombudsman import in_ombudsman_voice
from extractor.extract.table_labels import (
    caption_below,
    introducing_sentence,
    lead_in_and_heading,
    prior_in_brackets,
    section_scope,
)
from extractor.extract.table_layout import header_rows, is_data_row
from extractor.extract.table_model import Column, TableCell, TableView
from extractor.extract.table_reading import interpret_table
from extractor.memo import per_document
from extractor.models import Block, Document, Figure
from extractor.segment import Context, without_frameworks
from extractor.topic import captioned_on_topic, figure_on_topic, table_on_topic

__all__ = ["Column", "TableCell", "TableView", "extract_figures", "figures_of", "interpret_table", "table_views"]


# ---------------------------------------------------------------- blocks -> figures


def figures_of(view: TableView, doc: Document, page: int | None = None) -> list[Figure]:
    """Figure records of a read table; `page` for tables rebuilt from a paragraph's text."""
    out = []
    for cell in view.cells:
        if counts_nothing(cell.stated):
            continue  # a case table's reference or compensation column
        f = cell.fields
        out.append(Figure(
            doc=doc.name, measure=f["measure"], value=cell.value, unit=f["unit"], line=view.line(cell.row, cell.col),
            evidence=cell_evidence(view, cell), stated=cell.stated, source="table", rule=cell.rule,
            page=view.block.page if page is None else page, stage=f["stage"], body=f["body"], period=f["period"],
            period_start=f["period_start"], period_end=f["period_end"], service=f["service"],
            area=f["area"], procedure=f["procedure"], dimension=f["dimension"], category=f["category"],
            organisation=f["organisation"]))
    return out


# a word naming what a row or column counts
COUNTED_WORDS = re.compile(r"\b(?:complain\w*|concerns?|enquir(?:y|ies)|compliments?|PALS|contacts?|cases?|appeals?|reviews?)\b",
                           re.IGNORECASE)


def cell_evidence(view: TableView, cell: TableCell) -> str:
    """The cell's row; when the row names nothing counted, nor an area, and its column's name does (a
    table laid on its side: "Q1 118 612 402" under "Complaints received | PALS concerns | ..."), that
    name first: what the figure counts is then in its evidence."""
    row = view.row_text(cell.row)
    column = next((c.header for c in view.columns if c.index == cell.col), "")
    if column and not cell.fields.get("area") and not COUNTED_WORDS.search(row) and COUNTED_WORDS.search(column):
        return f"{' '.join(column.split())}: {row}"
    return row


def _continued(block: Block, i: int, blocks: Sequence[Block]) -> Block:
    """A table that runs on over a page break, where Word repeats no header row: the first table
    of a page, as wide as the last table of the page before, whose first row is data (a number,
    or a value its column already held) takes that table's header rows."""
    if block.page is None or any(b.page == block.page and not b.furniture for b in blocks[:i]):
        return block  # not the first thing on its page
    previous = next((b for b in reversed(blocks[:i]) if b.kind == "table" and not b.furniture), None)
    if previous is None or previous.page != block.page - 1 \
            or not block.rows or not previous.rows or len(block.rows[0]) != len(previous.rows[0]):
        return block
    nhead = header_rows(previous.rows)
    first = block.rows[0]
    if nhead == 0 or first == previous.rows[0]:
        return block
    seen = {(c, cell.strip().lower()) for row in previous.rows[nhead:] for c, cell in enumerate(row) if cell.strip()}
    if not is_data_row(first) and not any((c, cell.strip().lower()) in seen for c, cell in enumerate(first)):
        return block
    return replace(block, rows=previous.rows[:nhead] + block.rows,
                   row_lines=previous.row_lines[:nhead] + block.row_lines)


def _list_starts(indexes: Sequence[int], step: int = 1) -> dict[int, int]:
    """Block index -> index of the first block of its run of indexes `step` apart (1: "label: value"
    lines one after another; 2: label and value blocks in turn)."""
    out: dict[int, int] = {}
    for i in sorted(indexes):
        out[i] = out.get(i - step, i)
    return out


def _own_words(lead: str | None, heading: str | None) -> tuple[str | None, str | None]:
    """A lead-in or heading without an ombudsman named as a framework's author ("SPSO - Complaints
    Performance Indicators"): the table reports the body's own figures."""
    return (without_frameworks(lead) if lead else lead), (without_frameworks(heading) if heading else heading)


@per_document
def table_views(doc: Document, contexts: Sequence[Context]) -> list[tuple[TableView, int | None]]:
    """Every table of `doc` as read, with the page of the block it came from.

    The checks read these for `table_total` (a view's total_rows against its data_rows,
    cell by cell: cells with the same `col` and the same fields) and for percentage
    columns (cells whose fields have unit percent beside the count cells of their row).
    """
    views: list[tuple[TableView, int | None, tuple[str, ...]]] = []
    blocks = doc.blocks
    tiles = dashboard_lines(doc)  # tile rows and comparison rows are the dashboard reader's
    cell_tables = cell_line_tables(doc)  # one cell per line: read as tables, not as paragraphs
    cell_rows = cell_table_lines(doc)
    for i, block in enumerate(blocks):
        if block.row_lines and set(block.row_lines) <= tiles:
            continue
        ctx = table_text.with_fallbacks(contexts[i] if i < len(contexts) else Context(), doc, block)
        lead, heading = _own_words(*lead_in_and_heading(blocks, i, doc.lines))
        if block.kind == "table" and not block.furniture:
            block = _continued(block, i, blocks)
            area, service = section_scope(blocks, i, heading)
            if ctx.service is None and service:
                ctx = replace(ctx, service=service)
            view = interpret_table(block, ctx, lead or caption_below(doc.lines, block.end_line), heading, area or "",
                                   prior_in_brackets(blocks, i))
            if view is not None:
                views.append((view, block.page, (*(block.heading_path or ()), lead or "", heading or "")))
        elif block.kind == "paragraph" and block.line not in cell_rows:
            for tb, title in table_text.paragraph_tables(doc).get(i, []):
                if cell_rows & set(tb.row_lines):
                    continue  # its lines were read as a table of one cell per line ("Q3" is no "Q" of 3)
                said = (introducing_sentence(title) if title else lead) or caption_below(doc.lines, tb.end_line)
                view = interpret_table(tb, ctx, said, heading, None, prior_in_brackets(blocks, i))
                if view is not None:
                    views.append((view, block.page, (*(block.heading_path or ()), said or "", heading or "")))
    placed = [(block_of_line(doc, tb.line), tb, title) for tb, title in cell_tables]
    colons, lists = colon_pairs(doc), category_pairs(doc)
    colon_rows = colon_lines(doc)  # "label: value" lines of one paragraph, each under the paragraph's title
    pairs = label_value_pairs(doc)
    # a run of labels each over its value ("4a Stage 1" / "4.6" / "4b Stage 2" / "17.9") stands under the
    # caption above its first label, as a list does under its lead-in
    pair_start = _list_starts([i for i, _ in pairs], step=2)
    pair_ids = {id(tb) for _, tb in pairs}
    placed += [(i, tb, None) for i, tb in pairs + colons + lists] + colon_rows
    colons = colons + [(i, tb) for i, tb, _ in colon_rows]
    colon_ids = {id(tb) for _, tb, _ in colon_rows}
    categories = {id(tb) for _, tb in lists}
    listed = {id(tb) for _, tb in colons + lists}
    list_start = _list_starts([i for i, _ in colons + lists])
    # one-line paragraphs on consecutive lines (a PDF's or Word file's flattened table rows)
    # a table a paragraph's rows already ran on into (period_tables.space_tables) is not read twice
    read = {ln for found in table_text.paragraph_tables(doc).values() for tb, _ in found for ln in tb.row_lines[1:]}
    runs = [(i, tb, title) for i, tb, title in run_tables(doc)
            if blocks[i].line not in cell_rows and not read & set(tb.row_lines[1:])]
    paired: set[int] = set()  # lines a "label: value" pair was read from
    for i, tb, title in placed + runs:
        if id(tb) not in listed and paired & set(tb.row_lines[1:]):
            continue  # ... nor are the lines of a run that were read as "label: value" pairs
        if id(tb) in colon_ids and set(tb.row_lines) <= read:
            continue  # "label: value" lines a paragraph's table already read, each row once
        ctx = table_text.with_fallbacks(contexts[i] if i < len(contexts) else Context(), doc, blocks[i])
        # every line of a list of "label: value" lines has the lead-in of its first line ("Stage 1:")
        start = list_start.get(i, i) if id(tb) in listed else pair_start.get(i, i) if id(tb) in pair_ids else i
        lead, heading = _own_words(*lead_in_and_heading(blocks, start, doc.lines))
        said = introducing_sentence(title) if title else lead
        view = interpret_table(tb, ctx, said, heading, None, prior_in_brackets(blocks, i), category_list=id(tb) in categories)
        if view is not None:
            views.append((view, blocks[i].page, (*(blocks[i].heading_path or ()), said or "", heading or "")))
            if id(tb) in listed and view.cells:
                paired |= set(tb.row_lines)
    # a general report's tables count only in its complaint parts: the headings above the block a
    # table was read from, its lead-in or caption say which (a table rebuilt from lines of text has no
    # headings of its own)
    return [(replace(view, said=said), page) for view, page, said in views
            if table_on_topic(doc, view.block.text, view.title, (*(view.block.heading_path or ()), *said))]


def extract_figures(doc: Document, contexts: Sequence[Context]) -> list[Figure]:
    """Figures of every table block and of every table written as text inside a paragraph: in a general
    report, those of a table whose caption or heading names complaint handling, else of the rows that do."""
    figures = []
    for view, page in table_views(doc, contexts):
        captioned = captioned_on_topic(doc, view.title, view.said)  # once per table, not per figure
        figures += [f for f in figures_of(view, doc, page) if captioned or figure_on_topic(doc, f)]
    return in_ombudsman_voice(doc, figures)
