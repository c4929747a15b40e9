"""`breakdown_sum` of a count a lead-in states against the one-column table right after it: "there
were 45 findings. These findings are broken down as follows:" then "Maladministration | 34" ...

The lead-in says the table is the breakdown of its count ("as follows", "These related to:"), so a
mismatch fails; a suppressed or blank cell, or a lead-in that announces a selection ("the five
largest services were:"), makes it a warning or no check at all.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from extractor.check_rules.stated import FULL_SENTENCE, pattern
from extractor.check_rules.table_sums import cell
from extractor.check_rules.table_views import SELECTION
from extractor.extract.numbers import count_numbers
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]


def _announced(text: str) -> tuple[float, str] | None:
    """The count a lead-in gives its table: the last exact count of its last two sentences, when the
    last sentence ends the lead-in (":") and either states it or refers back to it ("These ...")."""
    sentences = FULL_SENTENCE.split(text.strip())
    last = sentences[-1]
    if not pattern("check-lead-in").search(last) or SELECTION.search(last):
        return None
    own = [n for n in count_numbers(last) if n.unit == "count" and not n.approximate]
    if not own and len(sentences) >= 2 and pattern("check-refers-back").match(last):
        own = [n for n in count_numbers(sentences[-2]) if n.unit == "count" and not n.approximate]
        if SELECTION.search(sentences[-2]):
            return None
    return (own[-1].value, own[-1].stated) if own else None


def _parts(table: Block) -> tuple[list[tuple[str, float]], list[int]] | None:
    """The kinds and values of a one-column table's rows, Total rows left out; None for a table with
    more than one column of numbers."""
    rows = [r for r in table.rows if any(x.strip() for x in r)]
    if not rows or any(len([x for x in r[1:] if x.strip()]) > 1 for r in rows):
        return None
    parts, lines = [], []
    for r, ln in zip(table.rows, table.row_lines, strict=False):
        if len(r) < 2 or pattern("check-total-label").match(r[0]):
            continue
        value = next((x for x in r[1:] if x.strip()), "")
        kind = cell(value)
        if kind[0] == "other" and not parts and not lines:
            continue  # a header row ("Finding | Total")
        parts.append(kind)
        lines.append(ln)
    return (parts, lines) if len(parts) >= 2 else None


def lead_in_tables(doc: Document, make: CheckMaker) -> Iterator[Check]:
    blocks: Sequence[Block] = [b for b in doc.blocks if not b.furniture]
    for lead, table in itertools.pairwise(blocks):
        if lead.kind not in ("paragraph", "list_item") or table.kind != "table" \
                or len(table.row_lines) != len(table.rows):
            continue
        announced = _announced(lead.text)
        found = _parts(table) if announced else None
        if announced is None or found is None:
            continue
        (n, stated), (parts, lines) = announced, found
        if any(k == "other" for k, _ in parts):
            continue
        expected = sum(v for _, v in parts)
        status = "pass" if expected == n else "warn" if any(k in ("blank", "suppressed") for k, _ in parts) \
            else "fail"
        msg = (f"{stated} stated before the table; its {len(parts)} rows add up to {expected:g}"
               + (" (a cell is blank or suppressed)" if status == "warn" else ""))
        line = doc.line_of(lead, FULL_SENTENCE.split(lead.text.strip())[-1])
        where = next((ln for ln in range(lead.line, (lead.end_line or lead.line) + 1)
                      if 0 < ln <= len(doc.lines) and stated in doc.lines[ln - 1]), line)
        yield make(doc, "breakdown_sum", status, msg, where, lead.text, n, expected, [where, *lines], lead.page)
