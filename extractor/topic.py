"""Which parts of a document speak of complaint handling: the figures of a general report come
from its complaints sections only.

A council's quarterly performance report has one complaints section among dozens of KPIs about
other services (children in care, calls answered, potholes). In a document whose cover does not
name complaint handling, a figure counts only when its sentence, its table or a heading above it
does. Vocabulary: the `complaint_topic` rules of patterns/sections.toml.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex as re

from extractor.locate import block_at
from extractor.memo import per_document
from extractor.models import Block, Check, Document, Figure
from extractor.patterns import load_rules, rule_regex

COVER = 3  # the title and the first blocks say what a document is about ...
COVER_LINES = 6  # ... when they stand within the first lines (a memo's "Subject:" line is its fourth or fifth)


@cache
def _topic_rules() -> tuple:
    return tuple(rule_regex(r) for r in load_rules("sections") if r["type"] == "complaint_topic")


@cache
def _casework_rules() -> tuple:
    return tuple(rule_regex(r) for r in load_rules("sections") if r["type"] == "other_casework")


def other_casework(text: str) -> bool:
    """Whether a text speaks of casework that is not complaint handling about services (code of
    conduct complaints, members' enquiries, information requests)."""
    return any(rx.search(text or "") for rx in _casework_rules())


def speaks_of_complaints(text: str) -> bool:
    """Whether a text names complaint handling (complaints, compliments, an ombudsman, ...)."""
    return any(rx.search(text or "") for rx in _topic_rules())


@per_document
def about_complaints(doc: Document) -> bool:
    """Whether the document as a whole is about complaint handling: its title or cover says so."""
    blocks = [b for b in doc.blocks if not b.furniture]
    cover = [b.text for k, b in enumerate(blocks) if k < COVER or b.line <= blocks[0].line + COVER_LINES]
    return speaks_of_complaints(doc.title or "") or any(speaks_of_complaints(t) for t in cover) \
        or speaks_of_complaints(doc.name.replace("-", " ").replace("_", " "))


def block_on_complaints(doc: Document, block: Block) -> bool:
    """Whether a block stands in a report about complaint handling or under a heading that names it."""
    return about_complaints(doc) or any(speaks_of_complaints(h) for h in block.heading_path or ())


def on_topic(doc: Document, figures: Sequence[Figure]) -> list[Figure]:
    """The figures of a general report that its complaint parts state: the sentence or row, its
    table (title, headers, labels) or a heading above it names complaint handling."""
    if about_complaints(doc):
        return list(figures)
    # a table's figures were judged with their table, whose caption the figure does not carry
    return [f for f in figures if f.source == "table" or figure_on_topic(doc, f)]


def figure_on_topic(doc: Document, f: Figure) -> bool:
    """Whether a figure's sentence or row, the heading above it or its table block names complaint handling."""
    if about_complaints(doc):
        return True
    block = block_at(doc, f.line)
    texts = [f.evidence, *(block.heading_path if block else ()), block.text if block and block.kind == "table" else ""]
    if f.source == "dashboard":  # a tile's panel is its page: "Stage 1 Complaints" above "41"
        texts += [b.text for b in doc.blocks if b.page == f.page]
    return any(speaks_of_complaints(t) for t in texts)


def captioned_on_topic(doc: Document, title: str | None, said: Sequence[str]) -> bool:
    """Whether a table's title, the caption or lead-in over it or a heading above it names complaint
    handling: every row counts, the rows that name no complaints too ("Resolved 21 2 1")."""
    return about_complaints(doc) or any(speaks_of_complaints(t) for t in (title or "", *said))


def checks_on_topic(doc: Document, checks: Sequence[Check]) -> list[Check]:
    """The checks of a general report that its complaint parts state, as for its figures: a share of
    planning applications decided on time in a corporate report is no complaint figure to judge. A
    document that nowhere speaks of complaint handling has no such parts: all its checks stand."""
    if about_complaints(doc) or not any(speaks_of_complaints(b.text) for b in doc.blocks):
        return list(checks)
    kept = []
    for c in checks:
        block = block_at(doc, c.line) if c.line is not None else None
        texts = [c.evidence or "", c.message, *(block.heading_path if block else ()), block.text if block else ""]
        if block is None or any(speaks_of_complaints(t) for t in texts):
            kept.append(c)
    return kept


def complaint_casework(doc: Document, figures: Sequence[Figure]) -> list[Figure]:
    """The figures less those whose sentence, row or nearest heading speaks of other casework: a
    complaints report often names the ombudsman's code of conduct work, councillors' enquiries or
    information requests beside its own figures, and those counts are not complaint figures."""
    kept = []
    for f in figures:
        block = block_at(doc, f.line)
        heading = block.heading_path[-1] if block and block.heading_path else ""
        said = own_clause(f.evidence, f.stated) if f.source == "prose" else f.evidence
        if not (other_casework(said) or other_casework(heading)):
            kept.append(f)
    return kept


# where a sentence joins two statements: "75 complaints under the code of conduct, and 1,480 about our services"
# ("..., of which 12 were upheld" goes on about the same complaints and is no new statement)
JOINED_CLAUSES = re.compile(r";|,\s*+(?:and|but|while|whereas)\b|\bwhereas\b", re.IGNORECASE)


def own_clause(sentence: str, stated: str) -> str:
    """The statement of a sentence its stated number stands in (the whole sentence when it cannot be placed)."""
    at = sentence.find(stated) if stated else -1
    if at < 0:
        return sentence
    start = max((m.end() for m in JOINED_CLAUSES.finditer(sentence, 0, at)), default=0)
    end = next((m.start() for m in JOINED_CLAUSES.finditer(sentence, at + len(stated))), len(sentence))
    return sentence[start:end]


def table_on_topic(doc: Document, text: str, title: str | None, headings: Sequence[str]) -> bool:
    """Whether a general report's table counts: it, its title or a heading above it names
    complaint handling (a complaints report's tables always count)."""
    return captioned_on_topic(doc, title, headings) or speaks_of_complaints(text)
