"""Figures from prose (placeholder until its issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from extractor.models import Document, Figure
from extractor.segment import Context


def extract_figures(doc: Document, contexts: Sequence[Context]) -> list[Figure]:
    return []
