"""A case table whose cells a PDF's or web page's text set as paragraphs of their own, each row opening on its
case reference ("203005902" / "July 2030" / "How we dealt with reports of noise ..." / "No maladministration" /
"None"): the blocks from one reference to the next are one case, its verdict the cell that states a finding."""

from __future__ import annotations

from itertools import pairwise

import regex as re

from extractor.extract.decisions.cases import CaseText
from extractor.extract.decisions.read import CELL_JOIN, read_outcome
from extractor.models import Document

# a reference opening a row: the Housing Ombudsman's nine digits, the LGSCO's "21 012 345", an old LGO "98/B/2633"
ROW_REFERENCE = re.compile(r"^\W*(?:(?:19|20)\d{7}|\d{2}\s\d{3}\s\d{3}|\d{2}/[A-Z]/\d{3,5})\b")
REFERENCE_WORDS = 6  # a reference cell holds the reference and perhaps its date, no sentence
CELL_WORDS = 80  # a cell is a phrase or two; a longer paragraph is the text after the table
MIN_ROWS = 2
# verdicts on no finding that a cell states alone ("Outside jurisdiction: the rent is for the tribunal")
UNDECIDED = frozenset({"out_of_jurisdiction", "premature", "closed_after_initial_enquiries", "not_investigated", "withdrawn"})


def reference_rows(doc: Document, taken: frozenset[int] = frozenset()) -> tuple[list[CaseText], frozenset[int]]:
    """One CaseText per row of such a table, and the lines its rows take."""
    blocks = doc.blocks
    refs = [k for k, b in enumerate(blocks) if b.kind in ("paragraph", "heading") and not b.furniture
            and b.line not in taken and ROW_REFERENCE.match(b.text) and len(b.text.split()) <= REFERENCE_WORDS]
    if len(refs) < MIN_ROWS:
        return [], frozenset()
    widest = max(b - a for a, b in pairwise(refs))
    cases: list[CaseText] = []
    lines: set[int] = set()
    for n, start in enumerate(refs):
        end = refs[n + 1] if n + 1 < len(refs) else min(len(blocks), start + widest)
        row = [k for k in range(start, end) if blocks[k].kind != "table" and not blocks[k].furniture]
        row = row[:next((i for i, k in enumerate(row) if len(blocks[k].text.split()) > CELL_WORDS), len(row))]
        cells = _cells(doc, row)
        verdict = next((i for i, c in enumerate(cells) if i and (read := read_outcome(c)) is not None
                        and (read[1] or read[0]["outcome"] in UNDECIDED)), None)
        if verdict is None:
            continue
        text = CELL_JOIN.join(cells)
        at = len(CELL_JOIN.join(cells[:verdict])) + len(CELL_JOIN)
        first, last = blocks[row[0]], blocks[row[-1]]
        cases.append(CaseText(text, tuple(cells), first.line, first.page, first.heading_path, row[0], outcome_at=at,
                              record=True, end_line=last.end_line or last.line))
        lines.update(ln for k in row for ln in range(blocks[k].line, (blocks[k].end_line or blocks[k].line) + 1))
    return (cases, frozenset(lines)) if len(cases) >= MIN_ROWS else ([], frozenset())


def _cells(doc: Document, row: list[int]) -> list[str]:
    """The row's cells: blocks on touching lines are one cell (a value the loader set apart, "Apologise and pay" /
    "£400"; a reference over its date), a blank line parts two cells."""
    cells: list[str] = []
    last = -1
    for k in row:
        b = doc.blocks[k]
        text = " ".join(b.text.split())
        if cells and b.line == last + 1:
            cells[-1] = f"{cells[-1]} {text}"
        else:
            cells.append(text)
        last = b.end_line or b.line
    return cells
