"""Reading order of one PDF page: text set in two columns is read column by column.

Designed annual reports often run body text in two columns. Sorted by height alone, their
lines interleave (left line, right line, left line ...), and every sentence is cut in two.
A page is read as two columns only on strong evidence: a vertical gutter that no line crosses,
with runs of long, wordy lines on both sides of it, side by side on the page. Text tables
and dashboard tiles also leave gutters, but their cells are short, so they keep the plain
top-to-bottom order. A line or table that spans the gutter (a heading across the page)
closes one band of columns and opens the next.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MIN_LINES = 6  # lines on each side of a gutter before a page counts as two columns
MIN_WIDTH = 0.25  # each column's typical line spans at least this share of the page width
MIN_WORDS = 4  # and holds at least this many words


@dataclass(frozen=True)
class Placed:
    """Anything on a page with a horizontal extent: a text line or a table."""

    top: float
    bottom: float
    x0: float
    x1: float
    words: int
    item: Any


def reading_order(placed: Sequence[Placed], width: float) -> list[Any]:
    """The page's items in reading order: top to bottom, or column by column within bands."""
    by_top = sorted(placed, key=lambda p: p.top)
    gutter = find_gutter(by_top, width)
    if gutter is None:
        return [p.item for p in by_top]
    out: list[Any] = []
    left: list[Placed] = []
    right: list[Placed] = []
    for p in by_top:
        if p.x1 <= gutter:
            left.append(p)
        elif p.x0 >= gutter:
            right.append(p)
        else:  # spans the gutter: the band of columns above it is done
            out += [q.item for q in left + right] + [p.item]
            left, right = [], []
    return out + [q.item for q in left + right]


def find_gutter(placed: Sequence[Placed], width: float) -> float | None:
    """The x of a gutter with two columns of prose beside it, or None."""
    best: tuple[int, float] | None = None
    for x in sorted({p.x0 for p in placed if 0.3 * width <= p.x0 <= 0.7 * width}):
        gutter = x - 0.5
        left = [p for p in placed if p.x1 <= gutter]
        right = [p for p in placed if p.x0 >= gutter]
        if _column(left, width) and _column(right, width) and _side_by_side(left, right):
            score = min(len(left), len(right))
            if best is None or score > best[0]:
                best = (score, gutter)
    return best[1] if best else None


def _column(side: Sequence[Placed], width: float) -> bool:
    return (len(side) >= MIN_LINES and statistics.median(p.x1 - p.x0 for p in side) >= MIN_WIDTH * width
            and statistics.median(p.words for p in side) >= MIN_WORDS)


def _side_by_side(left: Sequence[Placed], right: Sequence[Placed]) -> bool:
    """The two sides share most of their height (not one block above the other)."""
    top, bottom = max(left[0].top, right[0].top), min(max(p.bottom for p in left), max(p.bottom for p in right))
    shorter = min(max(p.bottom for p in left) - left[0].top, max(p.bottom for p in right) - right[0].top)
    return shorter > 0 and (bottom - top) >= 0.5 * shorter
