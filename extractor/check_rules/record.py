"""The Check record every rule makes, and how its numbers are shown in messages."""

from __future__ import annotations

from collections.abc import Sequence

from extractor.models import Check, Document


def make_check(doc: Document, rule: str, status: str, message: str, line: int | None, evidence: str,
           stated: float | None, expected: float | None, lines: Sequence[int], page: int | None) -> Check:
    return Check(doc.name, rule, status, message, line, " ".join(evidence.split())[:300], stated, expected,
                 tuple(sorted(set(lines))), page)


def fmt(v: float | None) -> str:
    if v is None:
        return "?"
    return f"{v:g}" if v == int(v) else f"{v:.2f}".rstrip("0")
