"""Tables of single cases: rows that say "Finance received one complaint in relation to ..."
(a `received` figure of that area) and tables with an outcome column (each row a figure of 1 of
its outcome, or of N findings, "x2"). Ombudsman case tables are decisions, not figures."""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from extractor.extract.table_labels import classify_label, first_value, flagged_rule
from extractor.extract.table_model import TableCell, TableView
from extractor.models import Block
from extractor.segment import Context

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a single": 1}


def case_rows(block: Block, rows: Sequence[tuple[str, ...]], context: Context | None,
              heading: str | None) -> TableView | None:
    """A table listing single cases: each row's "X received one complaint" is a figure."""
    if (found := flagged_rule("case_row")) is None:
        return None
    rule, rx = found
    hits = [(i, m) for i, r in enumerate(rows) if r and (m := rx.search(r[0]))]
    if not hits:
        return None
    ctx = context or Context()
    outer = [classify_label(h) for h in rows[0]] + [classify_label(heading or "")]
    stage = first_value("stage", *outer) or ctx.stage
    cells = []
    for i, m in hits:
        word = " ".join(m.group("value").lower().split())
        value = float(NUMBER_WORDS.get(word) or int(word))
        area = " ".join(m.group("area").split())
        fields = {"measure": rule["measure"], "unit": "count", "stage": stage,
                  "body": first_value("body", *outer) or ctx.body, "period": ctx.period,
                  "period_start": ctx.period_start, "period_end": ctx.period_end,
                  "procedure": ctx.procedure, "organisation": ctx.organisation, "area": area,
                  "service": classify_label(area).get("service") or ctx.service,
                  "dimension": None, "category": None}
        cells.append(TableCell(i, 0, m.group("value"), value, False, fields, rule["id"]))
    return TableView(block, 1, 0, (), None, tuple(i for i, _ in hits), (), tuple(cells))


OUTCOMES = ("upheld", "partially_upheld", "not_upheld", "resolved", "withdrawn", "upheld_or_partially_upheld")


DIGIT = re.compile(r"\d")


def outcome_rows(block: Block, rows: Sequence[tuple[str, ...]], context: Context | None,
                 heading: str | None) -> TableView | None:
    """A table of single cases with an outcome column: each row is a figure of 1 (or N findings,
    "x2") of its outcome, with the row's first cell as its area. Not under an ombudsman, whose
    cases are decisions."""
    found, many = flagged_rule("case_outcome"), flagged_rule("case_multiple")
    ctx = context or Context()
    if found is None or many is None or ctx.stage == "ombudsman" or ctx.body:
        return None
    rule_id, header_rx = found[0]["id"], found[1]
    col = next((c for c, h in enumerate(rows[0]) if header_rx.search(h)), None)
    outer = [classify_label(h) for h in rows[0]] + [classify_label(heading or "")]
    if col is None or col == 0 or first_value("body", *outer) or first_value("stage", *outer) == "ombudsman":
        return None
    cells = []
    for i, row in enumerate(rows[1:], 1):
        measure = classify_label(row[col]).get("measure") if col < len(row) else None
        if measure not in OUTCOMES or (DIGIT.search(row[col]) and not many[1].search(row[col])):
            continue  # "Upheld 4" counts four complaints: a count, not one case
        counted = next((m for c in row if (m := many[1].search(c))), None)
        fields = {"measure": measure, "unit": "count", "stage": first_value("stage", *outer) or ctx.stage,
                  "body": None, "period": ctx.period, "period_start": ctx.period_start, "period_end": ctx.period_end,
                  "procedure": ctx.procedure, "organisation": ctx.organisation, "area": row[0].strip() or None,
                  "service": None, "dimension": None, "category": None}
        value, stated = (float(counted.group("n")), counted.group(0).strip(" (")) if counted else (1.0, row[col])
        cells.append(TableCell(i, col, stated, value, False, fields, rule_id))
    if len(cells) < 2:
        return None
    return TableView(block, 1, 0, (), None, tuple(c.row for c in cells), (), tuple(cells))
