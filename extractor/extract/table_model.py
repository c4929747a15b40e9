"""A table as read: its columns, each meaningful number (TableCell) and the whole (TableView),
shared by the table readers (tables.py, case_tables.py) and the checks that read stated totals
and percentage columns from the same interpretation that made the figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extractor.extract import table_text
from extractor.extract.table_labels import LabelMeaning
from extractor.models import Block


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    meaning: LabelMeaning
    period: tuple[str, str | None, str | None] | None = None


@dataclass(frozen=True)
class TableCell:
    """One number of the table with its full meaning (the fields of a figure)."""

    row: int
    col: int
    stated: str
    value: float
    total: bool
    fields: dict[str, Any]
    rule: str


@dataclass(frozen=True)
class TableView:
    """A table as read: which rows are header, data and totals, and what each number means."""

    block: Block
    header_rows: int
    label_col: int | None
    columns: tuple[Column, ...]
    title: str | None
    data_rows: tuple[int, ...]
    total_rows: tuple[int, ...]
    cells: tuple[TableCell, ...]
    said: tuple[str, ...] = ()  # the headings, lead-in and caption it stands under: what it is about

    def row_text(self, i: int) -> str:
        return " ".join(c for c in self.block.rows[i] if c)

    def line(self, i: int, col: int | None = None) -> int:
        if col is not None:
            return table_text.cell_line(self.block, i, col)
        rl = self.block.row_lines
        return rl[i] if i < len(rl) else self.block.line
