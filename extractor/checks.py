"""figures -> Check records, one small function per rule id (placeholder until its issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from extractor.models import Check, Document, Figure


def run_checks(doc: Document, figures: Sequence[Figure]) -> list[Check]:
    return []
