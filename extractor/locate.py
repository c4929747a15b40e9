"""Where on the PDF page a record's number sits: `x0, top, x1, bottom` in PDF points, origin
top-left, page-relative (pdfplumber's convention), so a notebook user can crop or highlight the
source (`page.within_bbox((x0, top, x1, bottom))`). Records of other formats have no box.

The box is found after extraction from what every record already carries (page, line, the
literal `stated` text) and the words the PDF loader kept with their boxes: the words of the
record's line are those on the baseline of the line's first word, and the box is the run of
them that spells `stated`. No run, no box: a box is never a guess.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from extractor.memo import per_document
from extractor.models import BBox, Block, Document, Word

BOX_COLUMNS = ("x0", "top", "x1", "bottom")
BASELINE = 3.0  # points: words this close in `top` share a line


def norm(text: str) -> str:
    return text.strip(".,;:()[]").lower()


def block_at(doc: Document, line: int) -> Block | None:
    """The block that holds a line (a table row's own line, else the block's span)."""
    return _blocks_by_line(doc).get(line)


@per_document
def _blocks_by_line(doc: Document) -> dict[int, Block]:
    """line -> the first block that holds it, built once per document (a scan of every block
    per record was quadratic on a report of thousands of blocks)."""
    out: dict[int, Block] = {}
    for b in doc.blocks:
        for n in (*b.row_lines, *range(b.line, (b.end_line or b.line) + 1)):
            out.setdefault(n, b)
    return out


def candidate_lines(doc: Document, line: int) -> tuple[int, list[list[Word]]] | None:
    """The page, and the word lines of the block that start like the line (left to right)."""
    found = _candidates(doc, line)
    return (found[0], found[1].lines) if found else None


@dataclass(frozen=True)
class _Lines:
    """The word lines through each anchor of a block, and which lines hold a word (its text
    normalised, a trailing % dropped): a record's number is looked for only where it occurs."""

    lines: list[list[Word]]
    holding: dict[str, list[int]]


def _candidates(doc: Document, line: int) -> tuple[int, _Lines] | None:
    block = block_at(doc, line)
    if block is None or block.page is None or not block.words or line - 1 >= len(doc.lines):
        return None
    text = doc.lines[line - 1].split("|")[0].split()
    first = norm(text[0]) if text else ""
    return block.page, _lines_starting(block, first)


_found: OrderedDict[tuple[int, str], tuple[Block, _Lines]] = OrderedDict()


def _lines_starting(block: Block, first: str) -> _Lines:
    """The word lines (words on one baseline, left to right) through each word of `block` that
    reads `first`. Asked once per record, a scan of every word per anchor was quadratic on a
    dashboard page of thousands of lines that all start alike: each block and first word is
    answered once (by the block's identity: hashing a block costs as much as the work), each
    baseline found by bisection over the words sorted by `top`."""
    hit = _found.get((id(block), first))
    if hit is not None and hit[0] is block:
        return hit[1]
    lines = _baselines(block.words, first)
    holding: dict[str, list[int]] = {}
    for k, words in enumerate(lines):
        for key in dict.fromkeys(norm(w.text).rstrip("%") for w in words):
            holding.setdefault(key, []).append(k)
    found = _Lines(lines, holding)
    _found[(id(block), first)] = (block, found)
    while len(_found) > 256:
        _found.popitem(last=False)
    return found


def _baselines(words: tuple[Word, ...], first: str) -> list[list[Word]]:
    anchors = [w for w in words if norm(w.text) == first] or list(words[:1])
    by_top = sorted(range(len(words)), key=lambda i: words[i].bbox.top)
    tops = [words[i].bbox.top for i in by_top]
    lines: list[list[Word]] = []
    seen: set[tuple[Word, ...]] = set()
    for a in anchors:
        # a window a little wider than the baseline, then the exact test, in the block's order
        lo = bisect_left(tops, a.bbox.top - BASELINE - 1)
        hi = bisect_right(tops, a.bbox.top + BASELINE + 1)
        near = sorted(by_top[lo:hi])
        same = sorted((words[i] for i in near if abs(words[i].bbox.top - a.bbox.top) < BASELINE),
                      key=lambda w: w.bbox.x0)
        if tuple(same) not in seen:
            seen.add(tuple(same))
            lines.append(same)
    return lines


def _run(words: Sequence[Word], stated: str) -> list[Word]:
    """The consecutive words that spell `stated` ("£350", "twenty one", "87.5%")."""
    tokens = [norm(t) for t in stated.split() if norm(t)]
    if not tokens:
        return []
    texts = [norm(w.text) for w in words]
    for i in range(len(words) - len(tokens) + 1):
        if all(texts[i + k] == t or texts[i + k].rstrip("%") == t.rstrip("%") for k, t in enumerate(tokens)):
            return list(words[i:i + len(tokens)])
    return []


def _runs(found: _Lines, stated: str) -> list[list[Word]]:
    """The runs spelling `stated` on the lines that hold its first word, up to two (two already
    make it ambiguous)."""
    tokens = [norm(t) for t in stated.split() if norm(t)]
    runs: list[list[Word]] = []
    for k in found.holding.get(tokens[0].rstrip("%"), []) if tokens else []:
        if run := _run(found.lines[k], stated):
            runs.append(run)
            if len(runs) > 1:
                break
    return runs


def box_of(doc: Document, line: int | None, stated: str | None) -> BBox | None:
    """The box of a stated number on its line of a PDF page, or None."""
    if doc.format != "pdf" or line is None or not stated:
        return None
    found = _candidates(doc, line)
    runs = _runs(found[1], stated) if found else []
    if len(runs) != 1:
        return None  # not found, or found on two lines that start alike: no guess
    run = runs[0]
    box = BBox(min(w.bbox.x0 for w in run), min(w.bbox.top for w in run),
               max(w.bbox.x1 for w in run), max(w.bbox.bottom for w in run))
    block = block_at(doc, line)
    if block and block.bbox and not block.bbox.top - BASELINE <= box.top <= block.bbox.bottom + BASELINE:
        return None  # a table that runs on to the next page: its words there are not on the record's page
    return box


def with_boxes(doc: Document, rows: Sequence[dict[str, object]]) -> list[dict[str, object]]:
    """Record dicts with `x0, top, x1, bottom` added (null where there is no box)."""
    out = []
    for r in rows:
        line = r.get("line")
        stated = r.get("stated")
        box = box_of(doc, line if isinstance(line, int) else None, stated if isinstance(stated, str) else None)
        coords = (box.x0, box.top, box.x1, box.bottom) if box else (None,) * 4
        out.append(dict(r) | {k: (round(v, 2) if v is not None else None) for k, v in zip(BOX_COLUMNS, coords,
                                                                                           strict=True)})
    return out
