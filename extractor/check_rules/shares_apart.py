"""`percentage` of a share whose whole the sentence names in words, or the sentence before gives:
"... out of a total of 200. Only 10 (5%) requests went on", "a total of 250 enquiries ... . Of those,
50 enquiries were settled by phone, which accounted for 20% of all enquiries", "We reviewed 40
appeals and allowed 10. 25% of appeals we reviewed were allowed."

The whole is the likeliest one, not one the share's own words point at: a mismatch only warns
(fails only when the whole stands in the share's own sentence and is named by its noun).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import block_sentences, pattern
from extractor.extract.numbers import count_numbers
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]


def _flat(doc: Document) -> list[tuple[Block, str]]:
    return [(b, s) for b in doc.blocks if b.kind in ("paragraph", "list_item") and not b.furniture
            for s in block_sentences(doc, b)]


def _counts(text: str) -> list:  # type: ignore[type-arg]
    return [n for n in count_numbers(text) if n.unit == "count" and not n.approximate]


def _noun_count(text: str, noun: str) -> float | None:
    """The last count of `text` followed (within three words) by `noun`, singular or plural."""
    stem = re.escape(noun.rstrip("s"))
    found = None
    for n in _counts(text):
        if re.match(rf"^\s+(?:[a-z]+\s+){{0,3}}?{stem}s?\b", text[n.end:], re.IGNORECASE):
            found = n.value
    return found


def _after_verb(text: str, verb: str) -> float | None:
    """The count right after a verb ("investigated 76 complaints" gives 76)."""
    m = re.search(rf"\b{re.escape(verb)}\s+(?:a\s+total\s+of\s+)?(?P<n>\d[\d,]*)\b(?![\d,%/]|\.\d)", text, re.IGNORECASE)
    return float(m.group("n").replace(",", "")) if m else None


def _place_share(doc: Document, b: Block, s: str, m: re.Match[str], wholes: frozenset[float]) \
        -> Iterator[tuple[Block, str, str, float, float, bool]]:
    """ "the Hilltop estate alone accounted for 60% of all requests": the row of a one-column table
    whose label the sentence names, over the sum of that table's rows. Sure when that sum is a whole
    the report states elsewhere (its total of requests)."""
    named = s[:m.start()].lower()
    for t in doc.blocks:
        col = _count_column(t)
        if col is None:
            continue
        values = [_plain_count(r[col]) for r in t.rows]
        rows = [(r[0], v) for r, v in zip(t.rows, values, strict=True) if v is not None]
        if len(rows) < len(t.rows) - 1 or len(rows) < 2 or any(pattern("check-total-label").match(r) for r, _ in rows):
            continue  # a header row at most; a Total row would count twice
        hits = [(label, v) for label, v in rows if len(label) > 2
                and re.search(rf"\b{re.escape(label.lower())}\b", named)]
        if len(hits) == 1:
            whole = sum(v for _, v in rows)
            yield b, s, m.group("p"), hits[0][1], whole, whole in wholes


def _count_column(t: Block) -> int | None:
    """The column a place's count stands in: the only one of a two-column table, or the Total column
    of a table split by stage ("Scheme | Stage 1 | Stage 2 | Total")."""
    if t.kind != "table" or len(t.rows) < 3 or len({len(r) for r in t.rows}) != 1:
        return None
    width = len(t.rows[0])
    if width == 2:
        return 1
    totals = [c for c in range(1, width) if pattern("check-total-label").match(t.rows[0][c])]
    return totals[0] if len(totals) == 1 and totals[0] == width - 1 else None


def _plain_count(text: str) -> float | None:
    m = re.match(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*$", text)
    return float(m.group(1).replace(",", "")) if m else None


def _shares(doc: Document, wholes: frozenset[float] = frozenset()) -> Iterator[tuple[Block, str, str, float, float, bool]]:
    """(block, sentence, stated share, count, whole, sure) of every share this module reads."""
    flat = _flat(doc)
    for i, (b, s) in enumerate(flat):
        before = flat[i - 1][1] if i else ""
        for m in pattern("check-count-share").finditer(s):
            if _counts(s[:m.start()]):
                continue  # a count before it in the sentence: its base may be that one
            whole = pattern("check-whole-named").search(before)
            if whole:
                yield b, s, m.group("p"), float(m.group("n").replace(",", "")), \
                    float(whole.group("den").replace(",", "")), False
        for m in pattern("check-accounted-share").finditer(s):
            place = list(_place_share(doc, b, s, m, wholes))
            yield from place
            counts = _counts(s[:m.start()])
            if place or not counts:
                continue
            num = counts[-1]
            own = _noun_count(s[:num.start], m.group("noun"))
            whole = own if own is not None else _noun_count(before, m.group("noun"))
            if whole is not None:
                yield b, s, m.group("p"), num.value, whole, own is not None
        if (m := pattern("check-share-of-done").search(s)) and before:
            den, num = _after_verb(before, m.group("v1")), _after_verb(before, m.group("v2"))
            if den is not None and num is not None:
                yield b, s, m.group("p"), num, den, False


def shares_apart(doc: Document, make: CheckMaker, wholes: frozenset[float] = frozenset()) -> Iterator[Check]:
    """Every share of this module; `wholes` are the totals the report states (a table's sum that
    is one of them is the share's certain base)."""
    for b, s, p_text, num, whole, sure in _shares(doc, wholes):
        if not whole or num > whole:
            continue
        stated = float(p_text)
        expected = 100 * num / whole
        status = judge_rounded(stated, f"{p_text}%", expected)
        if status == "fail" and not sure:
            status = "warn"
        msg = (f"{num:g} of {whole:g} is {expected:.1f}%"
               + (", as stated" if status == "pass" else f", not the stated {p_text}%")
               + ("" if status != "warn" else " (if that is its whole: it is given apart from the share)"))
        line = doc.line_of(b, s)
        yield make(doc, "percentage", status, msg, line, s, stated, round(expected, 2), [line], b.page)
