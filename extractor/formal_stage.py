"""Figures -> the same figures, the stage of a one-tier formal procedure decided in one place.

SPEC 2: where a procedure has an informal stage and one formal stage, the formal stage is `stage1`. NHS
bodies, ambulance trusts and adult social care count concerns (PALS, early resolution, enquiries)
apart from complaints, and have no second stage of their own: "169 complaints, 271 concerns" is then
169 at `stage1`, which no sentence says. The readers give such a figure no stage (a complaint with no
stage word); this step gives it the formal stage when the document as read shows that shape:
- some figures are at the informal stage, and each of them says it counts concerns, enquiries or
  contacts, not complaints (where informal complaints are counted, "complaints" spans both stages: a
  police force's complaints handled outside and under Schedule 3);
- no figure is at a second or third stage, and no heading or sentence names one.
Only a figure that counts complaints takes it; totals of concerns and complaints, compliments,
feedback and contacts keep no stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.memo import per_document
from extractor.models import Document, Figure
from extractor.section_rules import section_rules
from extractor.segment import without_stage_origins

# what a figure counts, by the noun next to its value
COUNTED = re.compile(r"\b(?P<noun>complain\w*|concerns?|enquir(?:y|ies)|contacts?|PALS|feedback|compliments?|comments?|"
                     r"queries|requests?|informal)\b", re.IGNORECASE)
NOUN_REACH = 60  # characters after (else before) the value where its noun stands
LATER_STAGES = ("stage2", "stage3")
# the nouns of an informal tier that is no complaint ("PALS" said alone counts its contacts)
OTHER_TIER = ("concern", "concerns", "enquiry", "enquiries", "contact", "contacts", "pals", "queries", "requests", "request")
OUTCOME_MEASURES = ("received", "closed", "upheld", "partially_upheld", "not_upheld", "upheld_or_partially_upheld",
                    "withdrawn", "within_target", "outside_target", "average_response_days", "response_target_days")


def counted_noun(f: Figure) -> str | None:
    """The noun a figure counts: the first named after its value in its evidence, else the last before it."""
    text = f.evidence or ""
    at = text.find(f.stated) if f.stated else -1
    if at < 0:
        m = COUNTED.search(text)
        return m.group("noun").lower() if m else None
    end = at + len(f.stated)
    after = COUNTED.search(text, end, end + NOUN_REACH)
    if after:
        return after.group("noun").lower()
    before = list(COUNTED.finditer(text, 0, at))
    return before[-1].group("noun").lower() if before else None


def _complaints(noun: str | None) -> bool:
    return noun is not None and noun.startswith("complain")


@per_document
def names_later_stage(doc: Document) -> bool:
    """Whether any block names a second or third stage ("Stage 2", "escalated to the second stage")."""
    rules = [rx for rule, rx in section_rules("stage") if rule.get("value") in LATER_STAGES]
    texts = [without_stage_origins(b.text) for b in doc.blocks]  # ("without a formal investigation" names none)
    return any(rx.search(text) for text in texts for rx in rules)


def one_formal_stage(doc: Document, figures: Sequence[Figure]) -> list[Figure]:
    """Every figure; where the document counts concerns at the informal stage and complaints at no
    later stage, a complaints figure of no stage is at the formal stage, `stage1`."""
    informal = [f for f in figures if f.stage == "informal"]
    if not informal or not all(counted_noun(f) in OTHER_TIER for f in informal) \
            or any(f.stage in LATER_STAGES for f in figures) or names_later_stage(doc):
        return list(figures)
    return [replace(f, stage="stage1") if f.stage is None and f.measure in OUTCOME_MEASURES
            and _complaints(counted_noun(f)) else f for f in figures]
