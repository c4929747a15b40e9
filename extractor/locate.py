"""Where on the PDF page a record's number sits: `x0, top, x1, bottom` in PDF points, origin
top-left, page-relative (pdfplumber's convention), so a notebook user can crop or highlight the
source (`page.within_bbox((x0, top, x1, bottom))`). Records of other formats have no box.

The box is found after extraction from what every record already carries (page, line, the
literal `stated` text) and the words the PDF loader kept with their boxes: the words of the
record's line are those on the baseline of the line's first word, and the box is the run of
them that spells `stated`. No run, no box: a box is never a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.models import BBox, Block, Document, Word

BOX_COLUMNS = ("x0", "top", "x1", "bottom")
BASELINE = 3.0  # points: words this close in `top` share a line


def norm(text: str) -> str:
    return text.strip(".,;:()[]").lower()


def block_at(doc: Document, line: int) -> Block | None:
    """The block that holds a line (a table row's own line, else the block's span)."""
    for b in doc.blocks:
        if line in b.row_lines or b.line <= line <= (b.end_line or b.line):
            return b
    return None


def candidate_lines(doc: Document, line: int) -> tuple[int, list[list[Word]]] | None:
    """The page, and the word lines of the block that start like the line (left to right)."""
    block = block_at(doc, line)
    if block is None or block.page is None or not block.words or line - 1 >= len(doc.lines):
        return None
    text = doc.lines[line - 1].split("|")[0].split()
    first = norm(text[0]) if text else ""
    anchors = [w for w in block.words if norm(w.text) == first] or list(block.words[:1])
    lines = []
    for a in anchors:
        same = sorted((w for w in block.words if abs(w.bbox.top - a.bbox.top) < BASELINE), key=lambda w: w.bbox.x0)
        if same not in lines:
            lines.append(same)
    return block.page, lines


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


def box_of(doc: Document, line: int | None, stated: str | None) -> BBox | None:
    """The box of a stated number on its line of a PDF page, or None."""
    if doc.format != "pdf" or line is None or not stated:
        return None
    found = candidate_lines(doc, line)
    runs = [run for words in (found[1] if found else []) if (run := _run(words, stated))]
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
