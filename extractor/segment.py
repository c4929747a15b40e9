"""Document -> one Context per block: the period, service, stage, procedure and body
that headings, the title and the cover set for everything below them.

(Placeholder until the prose-figures work lands: every context is empty.)
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.models import Document


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


def contexts(doc: Document) -> tuple[Context, ...]:
    """One Context per block of `doc`, in block order."""
    return tuple(Context() for _ in doc.blocks)
