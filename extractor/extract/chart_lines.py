"""Charts a PDF converter flattened: the values one to a line, then the category labels.

A bar chart's text arrives as its title, its data labels in order, then its axis labels:

    Stage 1 complaints received by quarter, 2032/33     (the chart's title)
    118 / 131 / 97 / 124                                 (values, one per line)
    Q1 Q2 Q3 Q4                                          (labels on one line, each a period)
or  Closed after initial enquiries / Upheld / ...        (labels, one per line, as many as the values)

`chart_tables` rebuilds each as a table of (label, value) rows under the title, for tables.py to
read as any other table. The shape is found by counting, never by the words; a table pasted one cell
per line (a label, then its values) never has a run of labels as long as its run of values after it.

A one-column table copied column by column is the mirror: its caption, its row labels closed by a Total,
then as many values (`label_first_tables`). Which value is whose is settled by the values' own sum: the
last (the Total's) is the sum of the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

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


MAX_CELL_GAP = 2  # lines from one cell to the next of a column copied as text (one blank line between)


def label_first_tables(lines: Sequence[str], taken: set[int]) -> list[tuple[Block, str | None]]:
    """Every one-column table copied column by column (caption, labels closed by a Total, then as many
    values whose last is the sum of the others), as a table block with its caption as the title."""
    cells = [k for k, ln in enumerate(lines) if ln.strip() and k not in taken]
    out: list[tuple[Block, str | None]] = []
    i = 0
    while i < len(cells):
        if not _value(lines[cells[i]]) or (i and _value(lines[cells[i - 1]])):
            i += 1
            continue
        j = i
        while j + 1 < len(cells) and _value(lines[cells[j + 1]]) and cells[j + 1] - cells[j] <= MAX_CELL_GAP:
            j += 1
        values = cells[i:j + 1]
        k = len(values)
        labels = cells[i - k:i] if i >= k + 1 else []
        made = _label_first(lines, cells[i - k - 1] if labels else -1, labels, values)
        if made is not None:
            out.append(made)
        i = j + 1
    return out


def _label_first(lines: Sequence[str], title_at: int, labels: list[int], values: list[int]) -> tuple[Block, str | None] | None:
    """The table of labels then values, when the labels are short cells closed by a Total, each a cell's
    step from the next, and the values add up to their last."""
    k = len(values)
    if k < MIN_VALUES or len(labels) != k or title_at < 0 or labels[0] - title_at > MAX_CELL_GAP:
        return None
    texts = [lines[n].strip() for n in labels]
    if any(_value(t) or len(t.split()) > MAX_LABEL_WORDS or SENTENCE_END.search(t) for t in texts) \
            or any(b - a > MAX_CELL_GAP for a, b in pairwise(labels)) or values[0] - labels[-1] > MAX_CELL_GAP \
            or not TOTAL_LABEL.match(texts[-1]):
        return None
    numbers = [cell_values(lines[n])[0][0] for n in values]
    if abs(sum(numbers[:-1]) - numbers[-1]) > 0.5:
        return None
    title = lines[title_at].strip()
    if _value(title) or SENTENCE_END.search(title):
        return None
    rows = [("", title), *((texts[r], lines[values[r]].strip()) for r in range(k))]
    block = _table_block(rows, [title_at + 1, *(n + 1 for n in values)], {(r + 1, 1): values[r] + 1 for r in range(k)})
    return replace(block, line=title_at + 1, end_line=values[-1] + 1), title


TOTAL_LABEL = re.compile(r"^\s*(?:grand\s+)?totals?\s*:?\s*$", re.IGNORECASE)  # the last label: the sum of the others
