"""KPI cards: an indicator's name on one row, and under it cells that carry their own names ("Latest:
71%", "Target: 85%, Floor: 80%", "Previous: 68% (Red)"). Performance reports print indicators so,
one card per indicator; read as a table they have no header row, and their values would be read as
one period's. Rebuilt here as the table they are - a header of the cells' names over the indicator's
row - so the table reader dates the columns ("Latest", "Previous") and leaves the targets out.
"""

from __future__ import annotations

from dataclasses import replace

import regex as re

from extractor.models import Block

# "Latest: 71%", "Previous: 68% (Red)", "Target: 85%, Floor: 80%": a cell's name and its first value
CARD_CELL = re.compile(r"^\s*(?P<name>\p{L}[\p{L} ]{0,30}?)\s*:\s*(?P<value>[-+]?£?\d[\d,]*(?:\.\d+)?\s*%?)(?:\s|,|\(|$)")
STATUS = re.compile(r"^\s*(?:red|amber|green|blue|grey|gray|r|a|g|on\s+track|off\s+track|n/?a)?\s*$", re.IGNORECASE)


def _card_values(row: tuple[str, ...]) -> list[tuple[str, str]] | None:
    """The (name, value) of each filled cell of a row of named values, or None for another row."""
    filled = [c for c in row if c.strip()]
    found = [m for c in filled if (m := CARD_CELL.match(c))]
    if len(filled) < 2 or len(found) != len(filled):
        return None
    return [(m.group("name").strip(), m.group("value").strip()) for m in found]


def _title(row: tuple[str, ...]) -> str | None:
    """The indicator's name: one cell of words, the others empty or a RAG status."""
    words = [c for c in row if c.strip() and not STATUS.match(c)]
    if len(words) != 1 or len(words[0].split()) < 2 or CARD_CELL.match(words[0]):
        return None
    return words[0].strip()


def card_rows(block: Block) -> Block:
    """The table of a block of KPI cards (every row a title or the named values under it, with the
    same names in every card), or the block as it is."""
    rows = block.rows
    if len(rows) < 2 or len(rows) % 2:
        return block
    names: list[str] | None = None
    table: list[tuple[str, ...]] = []
    lines: list[int] = []
    for k in range(0, len(rows), 2):
        title, values = _title(rows[k]), _card_values(rows[k + 1])
        if title is None or values is None or (names is not None and [n for n, _ in values] != names):
            return block
        names = [n for n, _ in values]
        table.append((title, *(v for _, v in values)))
        lines.append(block.row_lines[k + 1] if k + 1 < len(block.row_lines) else block.line)
    header = ("", *(names or []))
    first = block.row_lines[0] if block.row_lines else block.line
    return replace(block, rows=(header, *table), row_lines=(first, *lines))
