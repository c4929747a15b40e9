"""Which organisation published a document: the one name that benchmarks and cross-document
checks group by. One function, so the reader behind it can be swapped (a document identity
module is being built; until it lands, `segment.organisation` reads the title and cover)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from extractor.models import Document


def publisher(doc: Document, figure_organisations: Iterable[str | None] = ()) -> str | None:
    """The organisation the document names as its publisher, else the one most of its figures
    name; None when it names none (never a guess from the file name)."""
    from extractor.segment import organisation

    named = organisation(doc)
    if named:
        return named
    counts = Counter(v for v in figure_organisations if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None
