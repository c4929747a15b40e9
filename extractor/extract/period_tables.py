"""Tables under a header of periods set out by spaces ("Resource   2016/17   2017/18   2018/19" over
"Education   122   185   85"): the rows run on past the paragraph's blank lines, a label wrapped onto its
own line joins its values, and a row that lost a cell is aligned by the Total row. Split from
table_text.py, which calls it for every paragraph."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex as re

from extractor.extract.label_periods import FY
from extractor.extract.table_runs import NUMBERED_CAPTION
from extractor.extract.table_text import _is_value, _space_header, _space_row, _table_block, cell_number
from extractor.models import Block

PAGE_MARK = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", re.IGNORECASE)  # "Page 4 of 8": a running header or footer


def space_tables(span: list[int], lines: Sequence[str]) -> Iterator[tuple[Block, str | None]]:
    k = 0
    while k < len(span):
        ln = span[k]
        head = _space_header(lines[ln - 1])
        k += 1
        if head is None:
            continue
        label, periods = head
        signed = 0 if FY.fullmatch(periods[-1].strip()) else 1  # a Change column after the periods
        rows: list[tuple[str, ...]] = [(label, *periods)]
        row_lines = [ln]
        pending: str | None = None
        nxt = ln + 1
        while nxt <= len(lines):
            text = lines[nxt - 1].strip()
            parsed = _space_row(text, len(periods), signed) if text else None
            if parsed is not None and len(parsed[1]) < len(periods) and QUALIFIED_DAYS.search(text):
                # "Replied to within 10 working days": a group's caption among the rows, its days no value
                rows.append((text, *[""] * len(periods)))
                row_lines.append(nxt)
                nxt += 1
                continue
            if text and parsed is None:
                if NUMBERED_CAPTION.match(text):
                    break  # "Table 3: Stage 1 outcomes": the next table's caption, though its header repeats this one's
                if text.split() == lines[ln - 1].split():
                    nxt += 1
                    continue  # the header again, after a page turn
                if pending is None and row_lines[-1] == nxt - 1 > ln and _wraps_label(lines[nxt - 2], lines[nxt - 1]):
                    rows[-1] = (f"{rows[-1][0]} {text}", *rows[-1][1:])  # "Responded within agreed" / "  timescale"
                    nxt += 1
                    continue
                if pending is not None or len(text.split()) > 8 or (not lines[nxt - 2].strip() and not PAGE_MARK.search(text)):
                    break  # (a line of words after a blank line is the next part's caption, not a wrapped label;
                    # a running header at a page turn is neither)
                pending = text  # a label whose numbers were wrapped onto a later line
            elif parsed is not None:
                rows.append((parsed[0] or pending or "", *parsed[1]))
                row_lines.append(nxt)
                pending = None
            elif len(rows) > 1 and nxt > (row_lines[-1] + 3):
                break
            nxt += 1
        k = next((j for j, x in enumerate(span) if x > row_lines[-1]), len(span))
        if len(rows) > 1:
            title = lines[ln - 2].strip() if ln > span[0] else None
            yield _table_block(_align_short_rows(rows), row_lines), title


QUALIFIED_DAYS = re.compile(r"\b(?:within|inside|in|over|after)\s+\d{1,3}\s+(?:working\s+|calendar\s+)?days?\s*$", re.IGNORECASE)


def _wraps_label(row: str, line: str) -> bool:
    """`line` finishes the label of the row above it: a few words, no value, set in deeper than the
    row's label ("Incidents attended (see and   612,480 ..." / "  treat, see and convey)")."""
    words = line.split()
    return 0 < len(words) <= WRAPPED_WORDS and not any(_is_value(w) for w in words) \
        and _indent(line) > _indent(row) and not line.rstrip().endswith(":")


WRAPPED_WORDS = 6


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _align_short_rows(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A row that lost a cell is aligned left or right, whichever agrees with the Totals row."""
    width = len(rows[0])
    totals = [r for r in rows[1:] if r[0].lower().startswith("total") and len(r) == width]
    out = list(rows)
    for i, r in enumerate(rows[1:], 1):
        if len(r) >= width:
            continue
        gap = [""] * (width - len(r))
        left, right = (*r, *gap), (r[0], *gap, *r[1:])
        out[i] = right if totals and _misfit(rows, i, right, totals[0]) < _misfit(rows, i, left, totals[0]) \
            else left
    return out


def _misfit(rows: list[tuple[str, ...]], i: int, cand: tuple[str, ...], total: tuple[str, ...]) -> float:
    """How far the columns filled by `cand` are from the stated totals."""
    err = 0.0
    for c in range(1, len(total)):
        if not cand[c]:
            continue
        parts = [cand[c]] + [r[c] for j, r in enumerate(rows[1:], 1) if j != i and r is not total
                             and len(r) == len(total)]
        nums = [cell_number(p) for p in parts]
        tot = cell_number(total[c])
        if tot and all(nums):
            err += abs(sum(n[0] for n in nums if n) - tot[0])
    return err
