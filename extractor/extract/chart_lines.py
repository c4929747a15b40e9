"""Charts a PDF converter flattened: the values one to a line, then the category labels.

A bar chart's text arrives as its title, its data labels in order, then its axis labels:

    Stage 1 complaints received by quarter, 2032/33     (the chart's title)
    118 / 131 / 97 / 124                                 (values, one per line)
    Q1 Q2 Q3 Q4                                          (labels on one line, each a period)
or  Closed after initial enquiries / Upheld / ...        (labels, one per line, as many as the values)

`chart_tables` rebuilds each as a table of (label, value) rows under the title, for tables.py to
read as any other table. The shape is found by counting, never by the words; a table pasted one cell
per line (a label, then its values) never has a run of labels as long as its run of values after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.extract.label_periods import ANY_YEAR, label_period
from extractor.extract.table_text import _table_block, cell_values
from extractor.models import Block

MIN_VALUES = 3
MAX_LABEL_WORDS = 6
BARE_VALUE = re.compile(r"^\s*[£]?\d[\d,]*(?:\.\d+)?\s*%?\s*$")
SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def _value(text: str) -> bool:
    return bool(BARE_VALUE.match(text)) and bool(cell_values(text))


def _labels_after(lines: Sequence[str], at: int, k: int) -> tuple[list[str], list[int]] | None:
    """The k labels starting at line index `at`: one line of k period names, or k short label lines."""
    if at >= len(lines):
        return None
    tokens = lines[at].split()
    if len(tokens) == k and all(label_period(t, ANY_YEAR) is not None for t in tokens):
        return tokens, [at] * k
    block = [lines[j].strip() for j in range(at, min(len(lines), at + k))]
    if len(block) == k and all(t and not _value(t) and len(t.split()) <= MAX_LABEL_WORDS and not SENTENCE_END.search(t)
                               for t in block):
        if at + k < len(lines) and (nxt := lines[at + k].strip()) and not _value(nxt) \
                and len(nxt.split()) <= MAX_LABEL_WORDS and not SENTENCE_END.search(nxt):
            return None  # more labels than values: not this chart's axis
        return block, list(range(at, at + k))
    return None


def chart_tables(lines: Sequence[str], taken: set[int]) -> list[tuple[Block, str | None]]:
    """Every flattened chart of the text (lines not `taken` by another table), as a table block
    with the chart's title."""
    out: list[tuple[Block, str | None]] = []
    i = 0
    while i < len(lines):
        if i in taken or not _value(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and j not in taken and _value(lines[j]):
            j += 1
        k = j - i
        title_at = i - 1
        found = _labels_after(lines, j, k) if k >= MIN_VALUES else None
        if found is None or title_at < 0 or not lines[title_at].strip() or _value(lines[title_at]) \
                or title_at in taken:
            i = j
            continue
        labels, label_lines = found
        title = lines[title_at].strip()
        rows = [("", title), *((label, lines[i + r].strip()) for r, label in enumerate(labels))]
        row_lines = [title_at + 1, *(i + r + 1 for r in range(k))]
        cells = {(r + 1, 1): i + r + 1 for r in range(k)}
        block = _table_block(rows, row_lines, cells)
        out.append((replace(block, end_line=label_lines[-1] + 1), title))  # its labels are the table's lines too
        i = max(j, label_lines[-1] + 1)
    return out
