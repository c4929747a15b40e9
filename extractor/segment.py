"""Document -> one Context per block: the period, service, stage, procedure, body and
organisation that headings, the title and the cover set for everything below them.

A figure inherits the period of its sentence, else of its table column, else of its
section heading, else of the document (SPEC section 4); this module supplies the last
two. The nearest heading that settles a field wins; a heading naming two services
settles none. Vocabulary: patterns/sections.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex as re

from extractor.extract.bodies import find_bodies
from extractor.extract.periods import Period, find_periods
from extractor.memo import per_document
from extractor.models import Block, Document
from extractor.patterns import load_rules, rule_regex

COVER_BLOCKS = 15  # the title, cover and introduction live in the first blocks


@dataclass(frozen=True)
class Context:
    """What a block inherits from the headings above it and from the document."""

    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    service: str | None = None
    area: str | None = None
    stage: str | None = None
    procedure: str | None = None
    body: str | None = None
    kind: str | None = None
    organisation: str | None = None


@cache
def _rules(kind: str) -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    return tuple((r, rule_regex(r)) for r in load_rules("sections") if r["type"] == kind)


def settles(kind: str, text: str) -> str | None:
    """The one value of `kind` (service, stage, procedure) a heading names, or None."""
    hits = [(r["value"], bool(r.get("numbered"))) for r, rx in _rules(kind) if rx.search(text)]
    values = {v for v, _ in hits}
    if len(values) > 1:  # "stage two formal complaints": a numbered stage says more than "formal"
        values = {v for v, numbered in hits if numbered}
    return values.pop() if len(values) == 1 else None


def one_period(text: str, context: Period | None = None) -> Period | None:
    """The period a heading or cover line names, when it names exactly one."""
    periods = {p for _, _, p in find_periods(text, context) if p.start is not None}
    narrowest = min(periods, key=lambda p: p.end - p.start, default=None)  # type: ignore[operator]
    # "2019-20 - Quarter 1" names the quarter of that year: the narrowest, if the rest contain it
    if narrowest is not None and all(p.start <= narrowest.start and narrowest.end <= p.end for p in periods):
        return narrowest
    return None


def document_period(doc: Document) -> Period | None:
    """The period of the title, cover or introduction: the first early block naming one period."""
    for b in [b for b in doc.blocks if doc.title and b.text == doc.title] + list(doc.blocks[:COVER_BLOCKS]):
        if b.kind != "table" and not b.furniture and (p := one_period(b.text)) is not None:
            return p
    return None


def organisation(doc: Document) -> str | None:
    """The council or landlord the document names first (title, cover, first paragraphs)."""
    texts = ([doc.title] if doc.title else []) + [b.text for b in doc.blocks[:COVER_BLOCKS * 2]]
    for text in texts:
        for _, rx in _rules("organisation"):
            if m := rx.search(text):
                return " ".join(m.group("org").split())
    return None


def _nearest(headings: tuple[str, ...], read: Any) -> Any:
    for h in reversed(headings):
        if (v := read(h)) is not None:
            return v
    return None


def _one_body(heading: str) -> str | None:
    bodies = find_bodies(heading)
    return bodies[0] if len(bodies) == 1 else None


def context_of(block: Block, doc_period: Period | None, org: str | None) -> Context:
    headings = block.heading_path + ((block.text,) if block.kind == "heading" else ())
    period = _nearest(headings, lambda h: one_period(h, doc_period)) or doc_period
    bodies = _nearest(headings, _one_body)
    return Context(
        period=period.label if period else None,
        period_start=period.start.isoformat() if period and period.start else None,
        period_end=period.end.isoformat() if period and period.end else None,
        service=_nearest(headings, lambda h: settles("service", h)),
        stage=_nearest(headings, lambda h: settles("stage", h)),
        procedure=_nearest(headings, lambda h: settles("procedure", h)),
        body=bodies,
        organisation=org,
    )


AREA_HEADING = re.compile(r"^(?P<area>.+?)\s*\(\d[\d,]*\)\s*$")


@per_document
def contexts(doc: Document) -> tuple[Context, ...]:
    """One Context per block of `doc`, in block order.

    A heading that names an area with its count ("Environment & Technical (155)") is a part of
    the heading before it ("Formal Complaints by Department") even when both look alike: it
    keeps that heading's stage, service and procedure and sets the area.
    """
    doc_period = document_period(doc)
    org = organisation(doc)
    out: list[Context] = []
    parent: Context | None = None
    for b in doc.blocks:
        ctx = context_of(b, doc_period, org)
        own = b.text if b.kind == "heading" else (b.heading_path[-1] if b.heading_path else "")
        area = AREA_HEADING.match(own)
        if area and parent is not None:
            # a department named with its count: its own service family, else the corporate procedure's
            service = ctx.service or settles("service", area.group("area")) or parent.service or "corporate"
            ctx = Context(ctx.period, ctx.period_start, ctx.period_end, service,
                          area.group("area").strip(), ctx.stage or parent.stage, ctx.procedure or parent.procedure,
                          ctx.body or parent.body, ctx.kind, ctx.organisation)
        elif b.kind == "heading":
            parent = ctx
        out.append(ctx)
    return tuple(out)
