"""`breakdown_sum` of a total on a line of its own and its split on the lines right under it:

    Total complaints received: 312
    - Adult services: 120
    - Children's services: 92
    - Housing: 100

Works from Figure records only, so any layout the figure reader understands is checked: the total
is a count with no service area, kind or group of its own; each line under it holds one count of the
same measure, period, stage and body that names one service, area or kind, and the split ends at the
first line that holds none. A list may leave a group out ("Other" unlisted) or its groups may
overlap, so a mismatch warns. Stage splits are stage_sums' (stages.py); tables with a total row are
table_sums'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from extractor.check_rules.record import fmt
from extractor.check_rules.stated import pattern
from extractor.models import Check, Document, Figure

CheckMaker = Callable[..., Check]
MAX_ITEM_WORDS = 10  # a list item is a label and its count, not a sentence
MAX_GAP = 1  # blank lines between the items of one list (a web page's or Word's blank line after each)


def _group(f: Figure) -> tuple[str | None, ...]:
    """What a part names that its total does not: its service area, area, kind or group."""
    return (f.area, f.category, f.dimension)


def _whole(f: Figure) -> bool:
    return f.unit == "count" and not f.approximate and _group(f) == (None, None, None)


def _scope(f: Figure) -> tuple[object, ...]:
    return (f.measure, f.period, f.stage, f.body, f.procedure)


def _counts_by_line(figures: Sequence[Figure]) -> dict[int, list[Figure]]:
    by_line: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.unit == "count" and not f.approximate:
            by_line[f.line].append(f)
    return by_line


def _short(doc: Document, line: int) -> bool:
    return 0 < line <= len(doc.lines) and len(doc.lines[line - 1].split()) <= MAX_ITEM_WORDS


def _parts(doc: Document, total: Figure, by_line: dict[int, list[Figure]]) -> list[Figure]:
    """The one count of each line right under the total that splits it, up to the first line that does not."""
    parts: list[Figure] = []
    line, gap = total.line + 1, 0
    while 0 < line <= len(doc.lines):
        if not doc.lines[line - 1].strip():
            gap += 1
            if gap > MAX_GAP:
                break
            line += 1
            continue
        here = by_line.get(line, [])
        if len(here) != 1 or not _short(doc, line):
            break
        f = here[0]
        if _scope(f) != _scope(total) or _group(f) == (None, None, None) or f.service is None:
            break
        parts.append(f)
        line, gap = line + 1, 0
    return parts


def listed_splits(doc: Document, figures: Sequence[Figure], make: CheckMaker) -> Iterator[Check]:
    by_line = _counts_by_line(figures)
    for line, here in sorted(by_line.items()):
        if len(here) != 1 or not _whole(here[0]) or not _short(doc, line):
            continue
        total = here[0]
        if pattern("check-not-whole").search(doc.lines[line - 1]):
            continue
        parts = _parts(doc, total, by_line)
        groups = {_group(p) for p in parts}
        if len(parts) < 2 or len(groups) != len(parts) or any(p.value >= total.value for p in parts):
            continue  # one group named twice, or a part as large as the whole: not a split of it
        expected = sum(p.value for p in parts)
        status = "pass" if expected == total.value else "warn"
        shown = " + ".join(f"{fmt(p.value)} {(p.area or p.category or p.dimension or '').lower()}" for p in parts)
        msg = (f"{shown} = {fmt(expected)}" + (", the total above them" if status == "pass" else
               f", not the {fmt(total.value)} above them (the list may leave a group out, or its groups overlap)"))
        yield make(doc, "breakdown_sum", status, msg, line, doc.lines[line - 1].strip(), total.value, expected,
                   [line, *(p.line for p in parts)], total.page)
