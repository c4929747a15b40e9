"""`stated_change` of a percentage change whose values come after it or apart from it.

"a 20% fall in complaints, with the total down to 40 from 50" states both values in its sentence:
a mismatch fails. A headline ("District sees 25% rise in complaints") whose next sentence gives
the two values, or a change of a row of the two-period table above it ("43% reduction in stage 1
complaints" under "Stage 1 | 239 | 136"), is compared with the likeliest values, not named ones: a
mismatch only warns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor import segment
from extractor.check_rules.change_scopes import change_scopes, second_size_lines
from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import block_sentences, pattern
from extractor.extract.periods import parse_period
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
DOWN = ("reduction", "decrease", "fall", "drop")
TABLE_LINES = 12  # lines above a change where its table may stand
LABELS = re.compile(r"\b(?:stage|step|level|quarter|q)\s*\d\b|\b(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?", re.IGNORECASE)
NUMBERS = re.compile(r"\d")
COUNT = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*$")


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _values(s: str, start: int = 0) -> tuple[float, float] | None:
    """(older, newer) a sentence states from `start` on."""
    m = pattern("check-change-values").search(s, start)
    if m is None:
        return None
    g = m.groupdict()
    old, new = g.get("old") or g.get("old2") or g.get("old3"), g.get("new") or g.get("new2") or g.get("new3")
    return (_num(old), _num(new)) if old and new else None


def _flat(doc: Document) -> list[tuple[Block, str]]:
    return [(b, s) for b in doc.blocks if b.kind in ("paragraph", "list_item", "heading") and not b.furniture
            for s in block_sentences(doc, b)]


def _table_row(tables: Sequence[tuple[int, Sequence[Sequence[str]]]], line: int, named: str) -> tuple[float, float] | None:
    """(older, newer) of the row of the two-period table just above whose label the change names."""
    above = [(ln, rows) for ln, rows in tables if ln < line]
    if not above:
        return None
    ln, rows = above[-1]
    if line - ln > TABLE_LINES or not rows or len(rows[0]) != 3:
        return None
    periods = [parse_period(h) for h in rows[0][1:]]
    if None in periods or periods[0] == periods[1] or None in (p.start for p in periods):  # type: ignore[union-attr]
        return None
    for row in rows[1:]:
        label = " ".join(row[0].lower().split())
        counts = [COUNT.match(c) for c in row[1:]]
        if label and all(counts) and re.search(rf"\bin\s+(?:the\s+number\s+of\s+)?{re.escape(label)}\b", named.lower()):
            a, c = (_num(m.group("n")) for m in counts)  # type: ignore[union-attr]
            return (a, c) if periods[0].start <= periods[1].start else (c, a)  # type: ignore[union-attr,operator]
    return None


def _tables(doc: Document, contexts: Sequence[segment.Context]) -> list[tuple[int, Sequence[Sequence[str]]]]:
    from extractor.extract.tables import table_views

    return sorted((v.block.line, v.block.rows) for v, _ in table_views(doc, contexts))


def pct_changes_apart(doc: Document, contexts: Sequence[segment.Context], make: CheckMaker) -> Iterator[Check]:
    """The changes of this module, then, on lines that say one change as a count and in per cent
    ("an increase of 44 (12%)"), both sizes as change_scopes.py judges them."""
    own = list(_pct_changes_apart(doc, contexts, make))
    yield from own
    if lines := second_size_lines(doc):
        said = {(c.line, c.stated) for c in own}
        yield from (c for c in change_scopes(doc, make) if c.line in lines and (c.line, c.stated) not in said)


def _pct_changes_apart(doc: Document, contexts: Sequence[segment.Context], make: CheckMaker) -> Iterator[Check]:
    flat = _flat(doc)
    tables: list[tuple[int, Sequence[Sequence[str]]]] | None = None
    for i, (b, s) in enumerate(flat):
        for m in pattern("check-pct-change-stated").finditer(s):
            p_text = m.group("p") or m.group("p2")
            word = (m.group("dir") or m.group("dir2")).lower()
            sure = True
            values = _values(s, m.end())
            if values is None:
                sure = False
                if tables is None:
                    tables = _tables(doc, contexts)
                values = _table_row(tables, doc.line_of(b, s), s[m.end():])
                plain = not NUMBERS.search(LABELS.sub("", s[m.end():] + " " + s[:m.start()].split("%")[-1][-40:]))
                if values is None and plain:  # no other number in the sentence: the next one may give both
                    values = _values(flat[i + 1][1]) if i + 1 < len(flat) else None
            if values is None:
                continue
            older, newer = values
            if not older or older == newer:
                continue
            stated = float(p_text)
            expected = 100 * abs(newer - older) / older
            status = judge_rounded(stated, f"{p_text}%", expected)
            wrong_way = (newer < older) != (word in DOWN)
            if wrong_way:
                status = "fail"
            if status == "fail" and not sure:
                status = "warn"
            msg = (f"{older:g} to {newer:g} is a {'fall' if newer < older else 'rise'} of {expected:.1f}%"
                   + (", as stated" if status == "pass" else f", not the stated {p_text}% {word}")
                   + ("" if sure else " (the values are the likeliest ones near it, not named in its sentence)"))
            line = doc.line_of(b, s[m.start():] or s)
            yield make(doc, "stated_change", status, msg, line, s, stated, round(expected, 2), [line], b.page)
