"""Figures -> the same figures, with the service of a part of the organisation decided in one place.

SPEC 5: `council` is a total for the whole organisation. A figure of a named department, team or unit
(its `area`) is not the whole: a unit that names one of the services of section 5 is that service; any
other is, in a council, under the corporate procedure (`corporate`) and, in a body that is no council
(an NHS trust, a university, a police force), of no service (null). A landlord's units are `housing`
like its totals (segment.document_service), so they are left as they are.

The readers of prose, tables and dashboards find the area; this step alone decides what the area means
for the service, and drops an "area" that is no part at all: the organisation itself ("The Trust
received 600 complaints", "Ashvale District Council received ..."), an ombudsman, or words that name
nobody ("Last year we received ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

import regex as re

from extractor import identity
from extractor.doc_periods import COVER_BLOCKS
from extractor.extract.bodies import find_bodies
from extractor.memo import per_document
from extractor.models import Document, Figure
from extractor.section_rules import any_rule
from extractor.segment import settles

WHOLE = "council"
# the whole body named by its kind: "the Trust", "the University", "the Board", "the organisation"
WHOLE_BODY = re.compile(r"^(?:the\s+)?(?:council|authority|trust|health\s+board|board|university|college|force"
                        r"|organisation|organization|landlord|association|company|group|partnership)$", re.IGNORECASE)
# words no name of a department holds: a pronoun or a time says the words are a clause, not a name
NO_NAME = re.compile(r"\b(?:we|us|our|they|them|their|it|its|you|your|he|she|i)\b|^(?:last|this|next|each|every)\s",
                     re.IGNORECASE)
COUNCIL_NAME = re.compile(r"\b(?:council|borough|county)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # every figure of a unit is asked about with the same area and organisation
def is_part(area: str, organisation: str | None) -> bool:
    """Whether an area names a part of the organisation, not the organisation itself, an ombudsman or nobody."""
    words = " ".join(area.split())
    if not words or WHOLE_BODY.match(words) or NO_NAME.search(words) or find_bodies(words):
        return False
    return not (organisation and identity.same_organisation(words, organisation))


@per_document
def part_service(doc: Document) -> str | None:
    """The service of a unit that names none of section 5: `corporate` in a council, else null. A report
    that names no publisher is taken for a council's (most are) unless its cover names a body of
    another kind (an NHS trust, a university, a police force)."""
    org = identity.publisher(doc)
    if org is not None:
        return "corporate" if COUNCIL_NAME.search(org) else None
    cover = ([doc.title] if doc.title else []) + [b.text for b in doc.opening(COVER_BLOCKS)]
    return None if any_rule("not_council", cover) else "corporate"


def with_part_service(doc: Document, figure: Figure) -> Figure:
    """The figure with its area checked and, where it is a part of the whole, the part's service."""
    if figure.area is None:
        return figure
    if not is_part(figure.area, figure.organisation):
        return replace(figure, area=None)
    if figure.service != WHOLE:
        return figure
    return replace(figure, service=settles("service", figure.area) or part_service(doc))


def of_parts(doc: Document, figures: Sequence[Figure]) -> list[Figure]:
    """Every figure, a part's service said as SPEC 5 says it."""
    return [with_part_service(doc, f) for f in figures]
