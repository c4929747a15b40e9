"""Comma- or tab-separated exports (a dashboard's "download data", a spreadsheet saved as CSV):
one block per run of rows - a table where rows carry two or more cells, a heading or paragraph
where a row is one cell (an export's title and notes).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from extractor.load.text import decode
from extractor.models import Block, Document

DELIMITERS = ",;\t|"


def load_delimited(path: Path, data: bytes) -> Document:
    text = decode(path, data).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    dialect = _dialect(text)
    rows = [tuple(c.strip() for c in next(csv.reader([line], dialect), [])) for line in lines]
    blocks = tuple(_blocks(rows))
    title = next((b.text for b in blocks if b.kind == "heading"), None)
    return Document(str(path), "csv", blocks, lines=tuple(" | ".join(c for c in r if c) for r in rows), title=title)


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=DELIMITERS)
    except csv.Error:
        return csv.excel_tab if text.count("\t") > text.count(",") else csv.excel


def _blocks(rows: list[tuple[str, ...]]) -> Iterator[Block]:
    """Rows of one cell are titles (the first) or notes; runs of wider rows are tables."""
    table: list[tuple[str, ...]] = []
    table_lines: list[int] = []
    seen_heading = False
    for i, row in enumerate([*rows, ()], 1):
        cells = [c for c in row if c]
        if len(cells) >= 2:
            table.append(row)
            table_lines.append(i)
            continue
        if table:
            width = max(len(r) for r in table)
            padded = tuple(tuple(r) + ("",) * (width - len(r)) for r in table)
            yield Block("table", "\n".join(" | ".join(r) for r in padded), table_lines[0], rows=padded,
                        row_lines=tuple(table_lines), end_line=table_lines[-1])
            table, table_lines = [], []
        if len(cells) == 1:
            kind = "paragraph" if seen_heading or len(cells[0]) > 100 else "heading"
            seen_heading = True
            yield Block(kind, cells[0], i, level=1 if kind == "heading" else None, end_line=i)
