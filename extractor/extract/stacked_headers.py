"""A table written as text whose column names stand on several lines over their values, each name's words set
where its column is ("Number of" / "complaints" / "received" over "1,245"), as a PDF's or a Word table's text
keeps a wrapped header cell: each column's name is the words standing over it, read downwards."""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

CELL = re.compile(r"\S+(?:\s\S+)*+")  # words a single space joins: one cell of a spaced line
MAX_LINES = 4  # a header cell wraps onto three or four lines at most


def _spans(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in CELL.finditer(line.expandtabs())]


def _column_of(start: int, end: int, columns: Sequence[tuple[int, int]]) -> int | None:
    """The value column a header cell stands over: the one its characters overlap most, else the one whose
    middle is nearest its own; None for a cell left of every column (the label column's name)."""
    if end < columns[0][0]:
        return None
    overlaps = [min(end, b) - max(start, a) for a, b in columns]
    best = max(range(len(columns)), key=lambda j: overlaps[j])
    if overlaps[best] > 0:
        return best
    middle = (start + end) / 2
    return min(range(len(columns)), key=lambda j: abs((columns[j][0] + columns[j][1]) / 2 - middle))


def stacked_header(header_lines: Sequence[str], row: str, width: int) -> tuple[str, ...] | None:
    """The header (label column's name, then one name per value column) of header lines whose cells stand
    over the last `width` cells of `row`, or None when some column has no words over it or a line's cells
    cannot all be placed (two cells of one line over one column is a caption, not a header line)."""
    cells = _spans(row)
    if len(cells) < width + 1 or not 2 <= len(header_lines) <= MAX_LINES:
        return None
    columns = [(a, b) for a, b, _ in cells[-width:]]
    labels_end = cells[-width - 1][1]  # where the row's label ends: a header cell from there on names a column
    label: list[str] = []
    names: list[list[str]] = [[] for _ in range(width)]
    for line in header_lines:
        placed: set[int] = set()
        for start, end, text in _spans(line):
            if sum(1 for a, b in columns if min(end, b) > max(start, a)) > 1 or (start < labels_end and end > columns[0][0]):
                return None  # words over two columns, or from the labels' column into a value's: a caption or a sentence
            j = _column_of(start, end, columns)
            if j is None:
                label.append(text)
                continue
            if j in placed:
                return None
            placed.add(j)
            names[j].append(text)
    if any(not words for words in names):
        return None
    return (" ".join(label), *(" ".join(words) for words in names))
