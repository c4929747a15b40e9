"""Ombudsman decisions (placeholder until its issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from extractor.models import Decision, Document
from extractor.segment import Context


def extract_decisions(doc: Document, contexts: Sequence[Context]) -> list[Decision]:
    return []
