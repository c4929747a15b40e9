"""Document -> the organisation that publishes it (or that it reports on), from its own identity.

A report says who it is by in a few places only: its title or cover ("Kent County Council" on a
line of its own, a letterhead), a running header, a possessive ("X Council's annual report"), or,
in the opening paragraphs of an article or minute, the organisation acting or complained about
("346 complaints were made against X Council", "X Council received ..."). A council named anywhere
else (a benchmark table, a neighbouring authority, a partner) is only mentioned. When these places
name no organisation, or two different ones, the publisher is unknown (None): cross-document
checks then compare nothing, which is better than comparing two organisations' figures.

Organisations are compared by `key` ("City of York Council" and "York Council" are one body).
Phrasings: patterns/identity.toml.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import regex as re

from extractor.gate import lower_for_gate, may_match
from extractor.memo import per_document
from extractor.models import Block, Document
from extractor.patterns import load_rules, rule_regex

COVER_BLOCKS = 8  # the title page and letterhead live in the first blocks
COVER_EXTRA_WORDS = 3  # "Kent County Council", "London Borough of Camden Town Hall"
OPENING_PARAGRAPHS = 4  # an article or minute says whose complaints it reports at once
GENERIC = re.compile(r"\b(?:the|of|and|upon|on|council|county|borough|district|city|town|metropolitan|royal"
                     r"|london|(?:the\s+)?(?:landlord|registered\s+provider))\b|[^\w\s]", re.IGNORECASE)


@cache
def _rules(kind: str) -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    return tuple((r, rule_regex(r)) for r in load_rules("identity") if r["type"] == kind)


def key(name: str | None) -> str | None:
    """A comparable form of an organisation's name: its distinctive words, lower case
    ("City of York Council" -> "york", "Conwy County Borough Council" -> "conwy")."""
    if not name:
        return None
    words = GENERIC.sub(" ", name.replace("’", "'").replace("'s", "")).lower().split()
    # a town or parish council is a body of its own beside the district of the same name
    local = sorted(t for t in tiers(name) if t in LOCAL_TIERS)
    return " ".join(words + local) if words else None


def same_organisation(a: str | None, b: str | None) -> bool:
    """Whether two names are one body: equal keys, or one key the start of the other
    ("Habitare" and "Habitare Homes")."""
    ka, kb = key(a), key(b)
    if ka is None or kb is None:
        return False
    ta, tb = tiers(a or ""), tiers(b or "")
    if ta and tb and not ta & tb:
        return False  # "Ashcombe Town Council" and "Ashcombe District Council": one place, two councils
    short, long_ = sorted((ka.split(), kb.split()), key=len)
    return long_[:len(short)] == short


LOCAL_TIERS = ("parish", "town")
TIER = re.compile(r"\b(?:town|parish|district|county|borough|city)\b", re.IGNORECASE)


def tiers(name: str) -> set[str]:
    """The tiers of local government a council's name states ("County Borough": both)."""
    return {m.group(0).lower() for m in TIER.finditer(name)}


def names(text: str) -> Iterator[re.Match[str]]:
    """Every organisation-shaped name in a text; a text without a rule's required words
    (extractor/gate.py: "council", "housing" ...) is not searched with it."""
    low = lower_for_gate(text)
    for _, rx in _rules("name"):
        if may_match(rx, low):
            yield from rx.finditer(text)


def _clean(name: str) -> str:
    return " ".join(name.split()).rstrip("'’")


def _first_line(doc: Document, b: Block) -> str:
    """A block's first line as the file has it (a text loader joins a title line to its paragraph)."""
    return doc.lines[b.line - 1] if 0 < b.line <= len(doc.lines) else b.text


def _cover(doc: Document) -> Iterator[str]:
    """Names that stand alone on a cover line or a letterhead, or open the title
    ("Kent County Council Quarterly Performance Report")."""
    texts = [(doc.title, True)] if doc.title else []
    texts += [(_first_line(doc, b), False) for b in doc.opening(COVER_BLOCKS) if b.kind != "table"]
    for text, is_title in texts:
        for m in names(text):
            alone = len(text[m.end():].split()) <= COVER_EXTRA_WORDS
            if not text[:m.start()].strip() and (is_title or alone):
                yield _clean(m.group("org"))
        for _, rx in _rules("title"):
            if (m := rx.search(text)) is not None:
                yield m.group("org")


def _running_header(blocks: Sequence[Block]) -> Iterator[str]:
    """A name repeated in page furniture (headers, footers)."""
    counts = Counter(_clean(m.group("org")) for b in blocks if b.furniture for m in names(b.text))
    yield from (n for n, c in counts.items() if c >= 2)


def _in_context(text: str, opening: bool) -> Iterator[str]:
    """Names a possessive makes the text's own anywhere; in the opening, also names acting or
    complained about."""
    for m in names(text):
        before, after = text[:m.start()], text[m.end():]
        kinds = ("after", "before") if opening else ("after",)
        for kind in kinds:
            for rule, rx in _rules(kind):
                if not opening and rule["id"] != "identity-possessive-report":
                    continue
                if (rx.match(after) if kind == "after" else rx.search(before)) is not None:
                    yield _clean(m.group("org"))


def _opening(blocks: Sequence[Block]) -> list[Block]:
    prose = [b for b in blocks if b.kind == "paragraph" and not b.furniture]
    return prose[:OPENING_PARAGRAPHS]


def candidates(doc: Document) -> list[str]:
    """Every name the document's identity places give, in order (repeats kept)."""
    blocks = doc.blocks
    found = list(_cover(doc)) + list(_running_header(blocks))
    opening = _opening(blocks)
    for b in blocks:
        if b.kind in ("paragraph", "heading", "list_item") and not b.furniture:
            found += _in_context(b.text, b in opening)
    return found


@per_document
def publisher(doc: Document) -> str | None:
    """The organisation a document is by or about, or None when its identity does not say or
    names two (a press release about two councils)."""
    found = candidates(doc)
    if not found:
        return None
    if any(not same_organisation(found[0], n) for n in found):
        return None
    return max(found, key=len)  # the fullest form: "City of York Council" over "York Council"
