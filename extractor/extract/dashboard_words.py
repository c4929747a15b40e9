"""A PDF dashboard page's words as phrases, and each tile number paired with its label by the
words' boxes: the nearest label below it or to its right.

A page can hold thousands of lines, so no step compares every phrase with every other: a
phrase is tested only against the phrases still close enough above it, and a number only
against the labels within its band of the page (found by bisection on their tops and centres).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from extractor.extract.table_text import cell_number
from extractor.models import BBox, Word

# Bounds are widened by this much before the exact test: a candidate too many costs one test,
# a candidate lost through rounding would change the pairing.
SLACK = 2.0


def lines(words: Sequence[Word], gutter: float | None = None) -> list[list[Word]]:
    """Words grouped into visual lines, split where a horizontal gap is wider than a tile gutter."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.bbox.top), w.bbox.x0)):
        gap = gutter if gutter is not None else max(12.0, 1.5 * (w.size or 8))
        if rows and abs(rows[-1][-1].bbox.top - w.bbox.top) < 3 and w.bbox.x0 - rows[-1][-1].bbox.x1 < gap:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def pair_words(words: Sequence[Word], is_label: Callable[[str], bool]) -> list[tuple[Word, str, list[Word]]]:
    """(number word, label text, label words): each number with the nearest label below or right;
    a label is taken once, by the first number (in reading order) it is nearest to."""
    phrases = join_wrapped(lines(words))
    numbers = [p[0] for p in phrases if len(p) == 1 and cell_number(p[0].text) is not None]
    if not numbers:
        return []  # no number stands alone: nothing to pair, and the phrases need not be read as labels
    labels = [p for p in phrases if is_label(" ".join(w.text for w in p))]
    near = LabelIndex([union(lab) for lab in labels])
    out = []
    taken: set[int] = set()
    for num in numbers:
        best = None
        for k in near.candidates(num.bbox):
            if k in taken:
                continue
            d = distance(num.bbox, near.boxes[k])
            if d is not None and (best is None or d < best[0]):
                best = (d, k)
        if best is not None:
            taken.add(best[1])
            lab = labels[best[1]]
            out.append((num, " ".join(w.text for w in lab), lab))
    return out


class LabelIndex:
    """Label boxes sorted by top and by vertical centre: the labels a number can reach are those
    whose top lies just below it or whose centre lies on its line (see `distance`)."""

    def __init__(self, boxes: Sequence[BBox]) -> None:
        self.boxes = list(boxes)
        self.by_top = sorted((b.top, k) for k, b in enumerate(self.boxes))
        self.by_centre = sorted(((b.top + b.bottom) / 2, k) for k, b in enumerate(self.boxes))
        self.tops = [t for t, _ in self.by_top]
        self.centres = [c for c, _ in self.by_centre]

    def candidates(self, num: BBox) -> list[int]:
        """Every label `distance` may accept for this number (and perhaps a few more), in index order."""
        height = max(num.bottom - num.top, 1.0)
        centre = (num.top + num.bottom) / 2
        below = self.by_top[bisect_left(self.tops, num.bottom - 1 - SLACK):
                            bisect_right(self.tops, num.bottom + 4 * height + SLACK)]
        beside = self.by_centre[bisect_left(self.centres, centre - 0.6 * height - SLACK):
                                bisect_right(self.centres, centre + 0.6 * height + SLACK)]
        return sorted({k for _, k in below} | {k for _, k in beside})


def join_wrapped(phrases: list[list[Word]]) -> list[list[Word]]:
    """A tile label wrapped onto a second line is one phrase: a text phrase right below another,
    in the same column and type size, continues it ("... (council is" / "not at fault)").

    Phrases come in order of their tops, and a phrase can continue only one whose last line ends
    just above it: those already far above are dropped from the phrases tested."""
    out: list[list[Word]] = []
    boxes: list[BBox] = []  # each phrase's union box, kept up to date as it grows
    open_: list[int] = []  # phrases that may still continue, in the order they were made
    for ph in sorted(phrases, key=lambda p: (p[0].bbox.top, p[0].bbox.x0)):
        box = union(ph)
        # any later phrase's top is at least this phrase's first top less 1 (lines rounds tops)
        open_ = [k for k in open_ if not _closed(out[k][-1], ph[0].bbox.top - 1 - SLACK)]
        host = next((k for k in open_ if wraps_onto(boxes[k], out[k][-1], box, ph[0])), None)
        if host is not None and cell_number(ph[0].text) is None:
            out[host].extend(ph)
            boxes[host] = merge(boxes[host], box)
        else:
            out.append(list(ph))
            boxes.append(box)
            open_.append(len(out) - 1)
    return out


def _closed(last: Word, top: float) -> bool:
    """No phrase whose top is `top` or lower can continue a phrase ending in `last`: the gap is
    past what `wraps_onto` accepts."""
    height = max(last.bbox.bottom - last.bbox.top, 1.0)
    return top - last.bbox.bottom > height * 0.8


def wraps_onto(above: BBox, last: Word, below: BBox, first: Word) -> bool:
    height = max(last.bbox.bottom - last.bbox.top, 1.0)
    gap = below.top - last.bbox.bottom
    if not -1 <= gap <= height * 0.8:  # the cheap test first: most phrases are far apart
        return False
    centred = abs((above.x0 + above.x1) / 2 - (below.x0 + below.x1) / 2) < height * 2
    same_size = abs((last.size or 0) - (first.size or 0)) < 0.5
    return same_size and centred and cell_number(last.text) is None


def union(ws: Sequence[Word]) -> BBox:
    return BBox(min(w.bbox.x0 for w in ws), min(w.bbox.top for w in ws),
                max(w.bbox.x1 for w in ws), max(w.bbox.bottom for w in ws))


def merge(a: BBox, b: BBox) -> BBox:
    """The union of two boxes: a growing phrase's box without a walk over all its words."""
    return BBox(min(a.x0, b.x0), min(a.top, b.top), max(a.x1, b.x1), max(a.bottom, b.bottom))


def distance(num: BBox, lab: BBox) -> float | None:
    """Distance from a number to a label below it (overlapping columns) or to its right (same line)."""
    height = max(num.bottom - num.top, 1.0)
    below = lab.top - num.bottom
    overlaps = lab.x0 < num.x1 + 2 * height and lab.x1 > num.x0 - 2 * height
    if -1 <= below <= 4 * height and overlaps:
        return below + 0.1 * abs(lab.x0 - num.x0)
    same_line = abs((lab.top + lab.bottom) / 2 - (num.top + num.bottom) / 2) < height * 0.6
    right = lab.x0 - num.x1
    if same_line and 0 <= right <= 6 * height:
        return right
    return None
