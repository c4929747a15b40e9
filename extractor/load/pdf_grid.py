"""A ruled table's cells put back on the grid Word drew.

Word and LibreOffice draw a shaded paragraph inside a table cell as a filled box around each of
its lines. The table finder takes those boxes for borders: it cuts thin sliver columns between a
box and the cell's border, a sub-row for every further line of the shaded text, and a small table
of its own for each box. The label then sits in one column and the value under it in the
neighbouring sliver, so no header reads its value. Here sub-rows go back into the row they are
part of, a cell that starts in a sliver moves to the column it mostly covers, and a table that
lies inside another is dropped (its words are the outer table's).
"""

from __future__ import annotations

from collections.abc import Sequence

Box = Sequence[float]
SLIVER = 8.0  # points: narrower than any column that holds text


def regrid(cells: Sequence[Sequence[Box | None]], texts: Sequence[Sequence[str | None]],
           right: float) -> list[list[str]]:
    """Rows of cell texts, with shading sub-rows merged up and sliver cells moved over."""
    if not cells:
        return [[t or "" for t in row] for row in texts]
    width = max(len(r) for r in cells)
    starts = [min((row[k][0] for row in cells if k < len(row) and row[k] is not None), default=right)
              for k in range(width)]
    ends = [min([s for s in starts[k + 1:]] + [right]) for k in range(width)]
    out: list[list[str]] = []
    anchor_bottom = -1.0
    anchor_count = 0
    for row_cells, row_texts in zip(cells, texts):
        present = [k for k, c in enumerate(row_cells) if c is not None]
        if not present:
            continue
        top = min(row_cells[k][1] for k in present)  # type: ignore[index]
        placed = _placed(row_cells, row_texts, starts, ends, width)
        if out and top < anchor_bottom - 1.0 and 2 * len(present) < anchor_count:
            out[-1] = [_join(a, b, "\n") for a, b in zip(out[-1], placed)]
            continue
        out.append(placed)
        anchor_count = len(present)
        anchor_bottom = max(row_cells[k][3] for k in present)  # type: ignore[index]
    return out


def _placed(row_cells: Sequence[Box | None], row_texts: Sequence[str | None], starts: list[float],
            ends: list[float], width: int) -> list[str]:
    """One row's texts by column; a cell that starts in a sliver goes to the column it covers most."""
    row = [""] * width
    for k, cell in enumerate(row_cells):
        text = row_texts[k] if k < len(row_texts) else None
        if cell is None or not text:
            continue
        to = k
        if ends[k] - starts[k] < SLIVER:
            to = max(range(width), key=lambda j: min(ends[j], cell[2]) - max(starts[j], cell[0]))
        row[to] = _join(row[to], text, " ")
    return row


def _join(a: str, b: str, sep: str) -> str:
    return f"{a}{sep}{b}" if a and b else a or b


def outermost(boxes: Sequence[Box]) -> list[bool]:
    """For each table box, whether no other box holds it (a shading box's 'table' is held)."""
    def holds(o: Box, i: Box) -> bool:
        return o is not i and o[0] <= i[0] + 1 and o[1] <= i[1] + 1 and o[2] >= i[2] - 1 and o[3] >= i[3] - 1 \
            and (o[2] - o[0]) * (o[3] - o[1]) > (i[2] - i[0]) * (i[3] - i[1])
    return [not any(holds(o, b) for o in boxes) for b in boxes]
