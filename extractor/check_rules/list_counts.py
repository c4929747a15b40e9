"""`list_count` and `breakdown_sum` of a lead-in that announces a count and the list after it:
"received seven enquiries as follows:" against the items that follow; "Q1 - 15", "Upheld: 28 (35%)"
or "18 were answered in full" items split the lead-in's count instead of being counted; items that
head second-level bullets ("- Housing" / "o Repairs done on time") count the bullets under them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex as re

from extractor.check_rules.record import fmt as _fmt
from extractor.check_rules.record import make_check as _check
from extractor.check_rules.stated import FULL_SENTENCE, pattern
from extractor.extract.numbers import Number, count_numbers, parse_number
from extractor.models import Block, Check, Document

LEAD_IN = pattern("check-lead-in")
# "five areas", "3 key themes"; a number glued to letters ("3Cs", "2nd") counts no noun, nor one that counts the
# words it coordinates ("both corporate and statutory complaints": two kinds, not a list of complaints)
BOTH_AND = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?(?:and|or)\b", re.IGNORECASE)
COUNTED_NOUN = re.compile(r"^\s+(?:(?!(?:and|or)\b)\w+\s+){0,3}?(?P<noun>[a-z]{3,}s)\b", re.IGNORECASE)


def list_counts(doc: Document) -> Iterator[Check]:
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.kind not in ("paragraph", "list_item") or not LEAD_IN.search(b.text):
            continue
        items, uncertain, lines = _items_after(blocks, i)
        items = _nested_under(doc, b, items)
        lines = lines[:len(items)]
        if not items:
            continue
        values = [_item_value(it.text) for it in items]
        if None in values:  # "18 were answered in full", "Four were refused": each item opens with its count
            run = _nested_under(doc, b, _first_run(blocks, i))
            opening = [_opening_count(it.text) for it in run]
            if len(run) >= 2 and None not in opening:
                items, lines, values = run, [it.line for it in run], opening
        split = _list_breakdown(doc, b, [v for v in values if v is not None], lines) \
            if len(items) >= 2 and None not in values else None
        if split is not None:  # "Q1 - 15", "Q2 - 14": the items split a count, they are not counted
            yield split
            continue
        announced = _announced(_before_colon(b.text))
        if announced is None:
            continue
        n, noun = announced
        if len(items) >= 2 and None not in values and all(v is not None and v < n.value for v in values):
            continue  # "318 complaints (top four):" / "Damp and mould - 64": parts of the 318, not 318 items
        status = "pass" if len(items) == n.value else ("warn" if uncertain else "fail")
        msg = f"announces {n.stated} {noun} and {len(items)} follow"
        found = len(items)
        subs = _sub_items(doc, blocks, i, items)
        if status != "pass" and subs == n.value:  # items heading the sub-bullets the count is of
            status, msg, found = "pass", f"announces {n.stated} {noun} and {subs} follow, under headings", subs
        yield _check(doc, "list_count", status, msg, b.line, b.text[-200:], n.value, float(found),
                     [b.line, *lines], b.page)


# "18 were answered in full", "Four were refused", "29 upheld" (digits before any word: a count of it), "54% (74) upheld"
OPENING_COUNT = re.compile(r"^\W{0,3}(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?=[a-z])|\d+(?:\.\d+)?%\s*\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\)\s+(?=[a-z])|(?P<n>[A-Za-z]+(?:-[a-z]+)?)\s+"
                           r"(?:of\s+(?:them|these)\s+)?(?:were|was|are|is|had|have)\b)")
SUB_ITEM = re.compile(r"^\s*(?:o|◦|▪|▫|·)\s+\S")  # a second-level bullet a PDF or Word file gave as a paragraph


def _opening_count(text: str) -> float | None:
    """The count an item opens with before its verb ("18 were answered in full", "Four were refused")."""
    m = OPENING_COUNT.match(text)
    n = parse_number(m.group("n")) if m else None
    return n.value if n is not None and n.unit == "count" else None


def _indent(doc: Document, b: Block) -> int:
    line = doc.lines[b.line - 1] if 0 < b.line <= len(doc.lines) else ""
    return len(line) - len(line.lstrip())


def _nested_under(doc: Document, lead: Block, items: list[Block]) -> list[Block]:
    """The items of a lead-in that is itself a list item ("- 41 asked for a review, of which:"): those set in
    deeper than it, up to the next item at its own depth, which is its sibling ("- 14 took their case ...")."""
    if lead.kind != "list_item" or not items:
        return items
    depth = _indent(doc, lead)
    if _indent(doc, items[0]) <= depth:
        return items  # the list shows no depth (a text with its indents lost): as it comes
    return items[:next((k for k, it in enumerate(items) if _indent(doc, it) <= depth), len(items))]


def _first_run(blocks: Sequence[Block], i: int) -> list[Block]:
    """The list items right after a lead-in, up to the first block of any other kind."""
    run: list[Block] = []
    for b in blocks[i + 1:]:
        if b.furniture:
            continue
        if b.kind != "list_item":
            break
        run.append(b)
    return run


def _sub_items(doc: Document, blocks: Sequence[Block], i: int, items: list[Block]) -> int:
    """The second-level bullets ("o Repairs done on time", read as paragraphs or as items of their
    own) under a lead-in's items, when every first-level item has some under it; else 0."""
    def sub(b: Block) -> bool:
        return 0 < b.line <= len(doc.lines) and bool(SUB_ITEM.match(doc.lines[b.line - 1]))

    under: dict[int, int] = {}
    head = None
    for b in blocks[i + 1:]:
        if b.furniture:
            continue
        if items and b.line > items[-1].line and not sub(b):
            break
        if sub(b) and head is not None:
            under[head] += 1
        elif b.kind == "list_item":
            head = b.line
            under[head] = 0
        else:
            break
    return sum(under.values()) if len(under) >= 2 and all(under.values()) else 0


# "Q1 - 15", "Upheld: 28 (35%)": a count after a dash, colon or tab, its share in brackets after it
ITEM_VALUE = re.compile(r"[-–:\t]\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s*$")


def _item_value(text: str) -> float | None:
    """The count a list item ends with after a dash, colon or tab ("Q1 - 15", "Upheld: 28 (35%)"), else None."""
    m = ITEM_VALUE.search(text)
    return float(m.group("n").replace(",", "")) if m else None


def _list_breakdown(doc: Document, b: Block, values: list[float], lines: list[int]) -> Check | None:
    """The count the lead-in's sentence states against the counts its items end with; None when
    that count is smaller than an item's (it counts the items, or something else)."""
    lead = _before_colon(b.text)
    counts = [n for n in count_numbers(lead) if n.unit == "count" and not n.approximate]
    if not counts or any(v > counts[-1].value for v in values) or pattern("check-not-whole").search(lead):
        return None  # "The services with the most complaints were:": a selection, not the split of a count
    total, expected = counts[-1], sum(values)
    status = "pass" if expected == total.value else "fail"
    msg = f"{total.stated} stated before the list; its {len(values)} items add up to {_fmt(expected)}"
    line = next((ln for ln in range(b.line, (b.end_line or b.line) + 1)
                 if 0 < ln <= len(doc.lines) and total.stated in doc.lines[ln - 1]), b.line)
    return _check(doc, "breakdown_sum", status, msg, line, b.text, total.value, expected, [line, *lines], b.page)


def _before_colon(text: str) -> str:
    """The lead-in's own sentence, its last words: where the announced count stands ("we worked on
    94 complaints. Their decisions were:" announces no count of decisions)."""
    return FULL_SENTENCE.split(text.rstrip())[-1][-110:]


def _announced(text: str) -> tuple[Number, str] | None:
    """The count a lead-in announces: the last "N <plural noun>" before its colon."""
    found = None
    for n in count_numbers(text):
        if n.stated.lower() == "both" and BOTH_AND.match(text, n.end):
            continue  # "both repairs and lettings complaints": the two things it joins, not a list's count
        m = COUNTED_NOUN.match(text[n.end:])
        if n.unit == "count" and not n.approximate and m and n.value >= 2:
            found = (n, m.group("noun").lower())
    return found


def _items_after(blocks: Sequence[Block], i: int) -> tuple[list[Block], bool, list[int]]:
    """List items after a lead-in, through nested lead-ins, up to the next heading or lead-in with a
    count of its own; a paragraph in between makes the count uncertain (it may be an item)."""
    items: list[Block] = []
    uncertain = False
    for b in blocks[i + 1:]:
        if b.furniture:
            continue
        if b.kind in ("heading", "table"):
            break
        if b.kind == "list_item":
            items.append(b)
            continue
        if b.text[:1].islower():
            continue  # a wrapped line of the item before
        if LEAD_IN.search(b.text):
            if _announced(_before_colon(b.text)) is not None and not items:
                break
            if blocks[i].kind == "list_item" or _announced(_before_colon(b.text)) is None:
                break
            continue  # a nested lead-in ("Finance received one complaint as follows:")
        uncertain = True
        break
    return items, uncertain, [b.line for b in items]
