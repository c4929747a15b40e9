"""One table block -> a TableView: every cell whose row, column, title or heading gives it a meaning.

A cell's meaning is assembled from labels, never from positions: the column header
("Not Upheld", "2022/23", "%"), the row label ("Stage 1", "Total", a team), the table's
title cell ("HOUSING | NUMBER OF COMPLAINTS"), the lead-in sentence, caption or heading above
it, and finally the block's Context. Labels map to SPEC fields through patterns/tables.toml.
"""


from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import regex as re

from extractor.doc_periods import without_legend
from extractor.extract.case_tables import case_rows, outcome_rows
from extractor.extract.flat_rows import bracketed_prior
from extractor.extract.kpi_cards import card_rows
from extractor.extract.label_periods import is_relative, label_period, text_period
from extractor.extract.periods import span_year_before
from extractor.extract.table_cells import breakdown_list, cell_numbers, own_words
from extractor.extract.table_labels import (
    NOT_AN_AREA,
    WEAK_STAGE,
    LabelMeaning,
    classify_label,
    clean_label,
    first_value,
    heads_indicators,
)
from extractor.extract.table_layout import (
    caption_rows,
    dated,
    find_label_col,
    header_meaning,
    header_parts,
    header_rows,
    stacked_period,
    with_left_neighbour,
    within_column,
    word_columns,
)
from extractor.extract.table_model import Column, TableCell, TableView
from extractor.extract.table_rows import (
    described_as_other,
    elsewhere,
    group_stage,
    of_another_subject,
    other_subject,
    part_of_row_above,
    route_row_measure,
    route_stage,
    under_measure_row,
    under_stage_row,
)
from extractor.extract.table_text import cell_values
from extractor.extract.table_wholes import whole_table
from extractor.models import OUTCOME_MEASURES, Block
from extractor.segment import Context

ROW_BULLET = re.compile(r"(?<!\s)\s*+[•▪●]\s*")  # from where the spaces start: quadratic on spaces else


def unmerged_rows(block: Block) -> Block:
    """Rows a PDF ran into one: a label cell "A • B • C" beside a cell of as many numbers "12 12 0"
    are three rows."""
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    for i, row in enumerate(block.rows):
        ln = block.row_lines[i] if i < len(block.row_lines) else block.line
        labels = [p for p in ROW_BULLET.split(row[0]) if p.strip()] if row else []
        filled = [(c, cell) for c, cell in enumerate(row) if c and cell.strip()]
        values = filled[0][1].split() if len(filled) == 1 else []
        if len(labels) > 1 and len(values) == len(labels) and all(cell_values(v) for v in values):
            c = filled[0][0]
            for label, value in zip(labels, values, strict=True):
                rows.append(tuple(label if k == 0 else value if k == c else "" for k in range(len(row))))
                lines.append(ln)
        else:
            rows.append(row)
            lines.append(ln)
    if len(rows) == len(block.rows):
        return block
    return replace(block, rows=tuple(rows), row_lines=tuple(lines))


FINDINGS = re.compile(r"\bfindings?\b", re.IGNORECASE)


def interpret_table(block: Block, context: Context | None = None, lead_in: str | None = None,
                    heading: str | None = None, area_heading: str | None = None,
                    brackets_prior: bool = False, category_list: bool = False) -> TableView | None:
    """Read a table block; None when it has no complaint meaning (contents, attendance...).

    `lead_in` and `heading` give the table's measure, stage and period when its own labels
    do not; `area_heading` (default: the heading) names the area of its Total rows, "" for none;
    `brackets_prior`: the report says a value in brackets is last year's; `category_list`: a line of
    a list of "category: count" lines, counting complaints if the heading or lead-in names them.
    """
    block = card_rows(unmerged_rows(block))
    rows = [tuple(clean_label(c) for c in r) for r in block.rows]
    if len(rows) < 2:
        return None
    if (cases := case_rows(block, rows, context, heading)) is not None:
        return cases
    if (outcomes := outcome_rows(block, rows, context, heading)) is not None:
        return outcomes
    ncols = max(len(r) for r in rows)
    ncap = caption_rows(rows)
    if ncap:  # a title row spanning the table ("Complaints by service 2023/24")
        lead_in = " ".join([*(r[0] for r in rows[:ncap]), lead_in or ""]).strip()
    nhead = ncap + header_rows(rows[ncap:])
    label_col = find_label_col(rows, nhead)
    parts = header_parts(rows[ncap:], nhead - ncap, ncols, 0 if label_col is None else label_col + 1)
    heads = [" ".join(p) for p in parts]
    title = heads[label_col] if label_col is not None and nhead > ncap else None
    lead_period = text_period(without_legend(lead_in or ""), context)
    in_year = dated(context or Context(), lead_period)  # "Q1 Q2 Q3 Q4" under a caption naming the year
    columns = tuple(with_left_neighbour(
        [Column(i, h, header_meaning(p), stacked_period(h, p, in_year, nhead > ncap)) for i, (h, p) in enumerate(zip(heads, parts, strict=True))],
        label_col))
    scope = _Scope(classify_label(title or ""), classify_label(lead_in or ""), classify_label(heading or ""),
                   context or Context(), title, area_heading if area_heading is not None else heading,
                   nhead == ncap, lead_period,
                   any(c.meaning.generic or c.meaning.get("measure") == "received" for c in columns if c.index != label_col),
                   bool(COMPLAINTS.search(" ".join(t or "" for t in (title, lead_in, heading)))), brackets_prior,
                   category_list or breakdown_list(rows, nhead == ncap, lead_in or heading or ""))
    row_meanings = [classify_label(r[label_col]) for r in rows[nhead:] if label_col is not None and r]
    scope = replace(scope, rows_measured=any(m.get("measure") and not m.skip for m in row_meanings),
                    indicator_rows=heads_indicators(title),
                    other_subject=of_another_subject((title, lead_in, heading, *heads),
                                                      [r[label_col] for r in rows[nhead:] if label_col is not None and r]))
    if not scope.meaningful(columns, label_col, row_meanings):
        return None
    cells: list[TableCell] = []
    data_rows: list[int] = []
    total_rows: list[int] = []
    above: LabelMeaning | None = None
    previous: LabelMeaning | None = None
    group: LabelMeaning | None = None  # the measure a row of no values set for the rows below it
    naming = word_columns(rows, nhead, label_col)
    for i in range(nhead, len(rows)):
        row = rows[i]
        label = row[label_col] if label_col is not None and label_col < len(row) else ""
        own = classify_label(label)
        lm = part_of_row_above(label, under_stage_row(label, own, above), previous)
        if lm.get("stage") is None and (said := " ".join(row[c] for c in naming if c < len(row)).strip()) \
                and (stage := classify_label(said).get("stage")):
            lm = replace(lm, values={**lm.values, "stage": stage})  # "Corporate | Stage 1 | 410": the row's stage beside it
        if not any(cell_numbers(c) for k, c in enumerate(row) if label_col is None or k > label_col):
            # a row of no values that names a measure heads the rows below it ("Replied within 10 days")
            group = own if own.get("measure") and not own.skip and not own.total else None
        lm = under_measure_row(label, lm, group)
        above, previous = group_stage(label, own, lm), lm
        if scope.title.get("dimension") and not lm.total:
            lm = LabelMeaning()  # a breakdown's rows are categories, whatever their words
        if not lm.skip and described_as_other(row, label_col):
            lm = replace(lm, skip=True)
        row_cells = [cell for c in range(len(row)) if label_col is None or c > label_col
                     for cell in _cells(i, c, row[c], label, lm, columns[c], scope)]
        if lm.label_value and row_cells:
            row_cells.append(_label_value_cell(i, label_col or 0, lm, row_cells[0], scope))
        if lm.total and label_col is not None and FINDINGS.search(columns[label_col].header):
            row_cells = []  # "Finding | Total" ... "Total | 45": findings, several to a case, count no complaints
        if not any(cell_numbers(c) for k, c in enumerate(row) if label_col is None or k > label_col):
            continue
        (total_rows if lm.total else data_rows).append(i)
        cells += row_cells
    return TableView(block, nhead, label_col, columns, title, tuple(data_rows), tuple(total_rows),
                     tuple(whole_table(cells)))


@dataclass(frozen=True)
class _Scope:
    """What the whole table inherits: its title cell, lead-in, heading and Context."""

    title: LabelMeaning
    lead: LabelMeaning
    heading: LabelMeaning
    context: Context
    title_text: str | None
    heading_text: str | None
    headerless: bool
    lead_period: tuple[str, str | None, str | None] | None = None
    counts_complaints: bool = False  # a column counts complaints: unnamed columns beside it are their categories
    about_complaints: bool = False  # its title, lead-in or heading speaks of complaints
    prior_in_brackets: bool = False  # the report says its brackets hold last year's values
    category_list: bool = False  # a "category: count" line of a list
    rows_measured: bool = False  # its rows name what they measure: a row that names none is of another subject
    other_subject: bool = False  # indicators of another subject: no word in or around it speaks of casework
    indicator_rows: bool = False  # its label column is headed "Indicator" or "Measure": each row names what it counts

    def outer(self) -> tuple[LabelMeaning, ...]:
        return (self.title, self.lead, self.heading)

    def meaningful(self, columns: Sequence[Column], label_col: int | None,
                   rows: Sequence[LabelMeaning]) -> bool:
        """A table counts complaints when a label says so, or when its columns are periods."""
        if any(m.skip for m in self.outer()[:2]) and not any(m.get("measure") and not m.skip for m in rows):
            return False  # a survey's table; but "Tenant satisfaction measures" hold complaint rows of their own
        values = [c for c in columns if c.index != label_col]
        if values and all(c.meaning.skip for c in values):
            return False  # "Section | Page": every value column says it counts no complaints
        said = [c.meaning for c in columns if c.index != label_col] + list(self.outer())
        if not self.headerless and not self.title.get("dimension"):
            said += [m for m in rows if not m.skip]
        if any(m.get("measure") or m.generic for m in said):
            return True
        measured = sum(1 for m in rows if (m.get("measure") or m.generic) and not m.skip)
        kept = sum(1 for m in rows if not m.skip)
        if self.headerless and (measured >= 2 or (measured == kept == 1 and len(rows) >= 2)) and 2 * measured >= kept:
            # a label | value table with no header row ("Total complaints received | 12", ...), perhaps one
            # measured row among rows that count no complaint ("Complaints acknowledged in 3 days | 95%"); a
            # contents list ("Introduction 5", "Informal complaints 9", ...) names other things too
            return True
        if self.about_complaints and any(c.meaning.total for c in columns if c.index != label_col):
            return True  # "Type of complaint | Total": complaints by type
        if self.category_list and self.about_complaints:
            return True  # "Complaints by ward" over "- Northfield: 12"
        return not self.headerless and any(c.period or c.meaning.get("stage")
                                           for c in columns if c.index != label_col)


def _cells(i: int, c: int, text: str, label: str, row: LabelMeaning, col: Column,
           scope: _Scope) -> list[TableCell]:
    if label_period(text) is not None or col.meaning.skip or row.skip:
        return []
    col = own_words(text, col)
    values = cell_numbers(text)
    cells = [cell for v in values if (cell := _cell(i, c, v, label, row, col, scope)) is not None]
    if scope.prior_in_brackets and (prior := bracketed_prior(text, values)) is not None \
            and (cell := _cell(i, c, prior, label, row, col, scope)) is not None \
            and (earlier := _year_before(cell)) is not None:
        cells.append(earlier)
    return cells


def _year_before(cell: TableCell) -> TableCell | None:
    """The cell moved to the same span a year earlier (a value in brackets for last year)."""
    f = cell.fields
    if (before := span_year_before(f.get("period"), f.get("period_start"), f.get("period_end"))) is None:
        return None
    fields = f | dict(zip(("period", "period_start", "period_end"), before, strict=True))
    return replace(cell, fields=fields, total=cell.total)


def _cell(i: int, c: int, num: tuple[float, str | None, str], label: str, row: LabelMeaning, col: Column,
          scope: _Scope) -> TableCell | None:
    value, unit, stated = num
    order = (col.meaning, row, *scope.outer())
    if row.get("measure") in OUTCOME_MEASURES and col.meaning.get("measure") in ("received", "closed"):
        order = (row, col.meaning, *scope.outer())  # "Upheld" under "Outcomes of complaints closed": the outcome
    measure = route_row_measure(label, row, col.meaning, *scope.outer()) or first_value("measure", *order)
    if measure is None and col.period and scope.rows_measured and other_subject(label) \
            and not any(m.generic or m.get("stage") or m.total for m in (col.meaning, row)):
        # "Homes that do not meet the Decent Homes Standard | 0.4%" among an indicator table's complaint rows,
        # under a period column: no count of complaints by the period alone
        return None
    if measure is None and scope.indicator_rows and not row.total \
            and not any(m.generic or m.get("stage") or m.get("unit") for m in (col.meaning, row)):
        return None  # "Council tax collected" under a label column headed "Indicator": another service's
    if scope.other_subject and not any(m.get("measure") or m.get("stage") or m.generic or m.total for m in (col.meaning,)) \
            and not row.generic and elsewhere(label, row, measure):
        return None  # "Rent collected | 98.2%" in a table of housing indicators, under a year: nothing says complaints
    if measure is None and (any(m.generic for m in order) or (col.period and not is_relative(col.header))
                            or col.meaning.get("stage")
                            or col.meaning.total):
        measure = "received"
    if measure is None and scope.category_list and scope.about_complaints and unit in (None, "percent"):
        measure = "received"  # complaints by category, the heading says ("Billing: 21 (12%)": the count and its share)
    category = _category_column(col, scope) if measure is None and unit is None else None
    if category is not None:
        measure = "received"  # "Number | On time | Staff | Policy": complaints by category, beside their count
    if measure is None:
        return None
    said = col.meaning.get("unit") or first_value("unit", row, *scope.outer())
    if unit == "days" and said in ("working_days", "calendar_days"):
        unit = said  # "6.4 days" under "mean working days to reply": the label says which kind of day
    unit = unit or said or "count"
    if unit == "per_1000" and not (col.meaning.get("unit") or row.get("unit")) \
            and (row.get("measure") or col.meaning.get("measure")):
        # "Total number of complaints received" (or a column "Number closed") under a caption or heading of
        # complaints per 1,000: a count
        unit = "count"
    if unit == "count" and value != int(value):
        return None  # "66.7" counts nothing: a share or a rate printed without its sign
    if unit.endswith("days") and measure not in ("average_response_days", "response_target_days"):
        unit = "count"
    ctx = scope.context
    whole = label_period(scope.title_text or "", ctx) or scope.lead_period
    period = (within_column(col.period, label, ctx) or col.period or label_period(label, dated(ctx, whole)) or whole)
    stage = route_stage(label) or first_value("stage", *order) or ctx.stage
    if row.rule_of.get("stage") == WEAK_STAGE and stage == row.get("stage") \
            and (first_value("stage", col.meaning, *scope.outer()) or ctx.stage) == "ombudsman":
        stage = "ombudsman"  # "Detailed investigations" in an ombudsman's table: its own, not the body's stage 2
    fields: dict[str, Any] = {
        "measure": measure, "unit": unit, "stage": None if stage == "none" else stage,
        "body": first_value("body", *order) or ctx.body,
        "period": period[0] if period else ctx.period,
        "period_start": period[1] if period else ctx.period_start,
        "period_end": period[2] if period else ctx.period_end,
        "procedure": first_value("procedure", *order) or ctx.procedure,
        "organisation": ctx.organisation,
    }
    fields.update(_breakdown(label, row, scope))
    if category is not None:
        fields["category"] = category
    if fields["service"] is None and fields["procedure"] == "corporate":
        fields["service"] = "corporate"  # SPEC 5: the corporate procedure's other services
    return TableCell(i, c, stated, value, row.total, fields, CATEGORY_RULE if category else _measure_rule(order))


COMPLAINTS = re.compile(r"\bcomplain", re.IGNORECASE)
CATEGORY_RULE = "table-col-category"  # see patterns/tables.toml
CATEGORY_WORDS = 4
# 'No. resolved', 'Number closed': a count of something else, never a category's name
COUNT_HEADER = re.compile(r"(?:no\.?|nos\.?|number|count|#)(?:\s|$)", re.IGNORECASE)


def _category_column(col: Column, scope: _Scope) -> str | None:
    """A column named by a short label that names no measure, stage or period, in a table one of
    whose columns counts complaints: a category those complaints are broken down by."""
    header = col.header.strip()
    if not scope.counts_complaints or col.meaning.values or col.meaning.skip or col.period or not header \
            or len(header.split()) > CATEGORY_WORDS or any(map(str.isdigit, header)) \
            or COUNT_HEADER.match(header):
        return None
    return header.lower()


def _measure_rule(order: Sequence[LabelMeaning]) -> str:
    """The id of the rule that gave the cell its measure (the `rule` field of its figure)."""
    for m in order:
        if m.get("measure"):
            return m.rule_of.get("measure", m.rule or PERIOD_COLUMN_RULE)
    return next((m.rule_of["generic"] for m in order if "generic" in m.rule_of), PERIOD_COLUMN_RULE)


# Counts under period, stage or Total columns with no measure word: see patterns/tables.toml.
PERIOD_COLUMN_RULE = "table-col-period"


def _breakdown(label: str, row: LabelMeaning, scope: _Scope) -> dict[str, Any]:
    """area/service/dimension/category of a row: its own label, or the table's title for totals."""
    ctx = scope.context
    dimension = scope.title.get("dimension")
    if row.total:
        area = scope.title_text if scope.title_text and not _is_generic_title(scope) else scope.heading_text or None
        if area and NOT_AN_AREA.search(area):
            area = None  # "Feedback and complaints annual review 2030/31": the report's title, no area
        service = first_value("service", scope.title, scope.heading) or ctx.service
        return {"area": None if dimension else area, "service": service,
                "dimension": dimension, "category": None}
    # a row named by its period ("Q1", "2022 - 23") is that period's, not an area's
    is_category = (not any(row.get(f) for f in ("measure", "stage")) and label and not row.generic
                   and label_period(label, ctx) is None)
    service = row.get("service") if is_category else None
    service = service or first_value("service", scope.title, scope.heading) or ctx.service
    if dimension and is_category:
        return {"area": ctx.area, "service": service, "dimension": dimension, "category": label.lower()}
    return {"area": LABEL_TAIL.sub("", label) if is_category else ctx.area, "service": service, "dimension": None,
            "category": None}


# "Waste and recycling for 233": the word a row's label leads into its value with is no part of the area
LABEL_TAIL = re.compile(r"(?<!\s)\s++(?:for|with|at|of|in|by|was|were|is|are|had|has|[-–:=])\s*+$", re.IGNORECASE)


def _is_generic_title(scope: _Scope) -> bool:
    t = scope.title
    return bool(t.generic or t.header_word or t.get("dimension") or t.get("measure") or t.get("stage"))


def _label_value_cell(i: int, c: int, lm: LabelMeaning, like: TableCell, scope: _Scope) -> TableCell:
    """The figure a row label states itself ("within 10 days"), for the table's own period."""
    measure, value, unit, stated = lm.label_value or ("", 0.0, "", "")
    ctx = scope.context
    period = scope.lead_period or (ctx.period, ctx.period_start, ctx.period_end)
    ctx_fields = dict(like.fields) | {"measure": measure, "unit": unit, "period": period[0],
                                      "period_start": period[1], "period_end": period[2]}
    return TableCell(i, c, stated, value, False, ctx_fields, lm.rule or "table-label-value")
