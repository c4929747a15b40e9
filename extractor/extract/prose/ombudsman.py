"""Which ombudsman a sentence's figures belong to: one that handles the complaints in it, the
document's own voice, or the one body the document names.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

import regex as re

from extractor.extract.bodies import find_bodies, find_body
from extractor.gate import lower_for_gate, may_match
from extractor.memo import per_document
from extractor.models import Block, Document, Figure
from extractor.patterns import load_rules, rule_regex

OWN_VOICE = re.compile(r"^\W*(?:(?:separately|meanwhile|however|overall|additionally|in\s+addition|by\s+contrast|internally)\s*,?\s+)?"
                       r"(?:(?:in|during|over|for)\s+[^,]{2,40},?\s+)?(?:we|our|the\s+council)\b(?!\s+(?:were|was)\s+"
                       r"(?:found|told|asked))", re.IGNORECASE)
OMBUDSMAN_ACTS = re.compile(
    r"(?:ombudsman|watchdog|\b(?:LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO|HOS?)\b)[^.;]{0,80}?\b(?:upheld|investigat\w*|received|decided|"
    r"found(?!\s+that)|assessed|review\w*|determin\w*|(?:made|issued|reached)\s+(?:[\w,]+\s+){0,2}?(?:decisions|determinations|findings))\b|\b(?:referred|escalated|complain\w*|went)\s+to\s+the\s+(?:\w+\s+){0,6}?"
    r"(?:ombudsman|watchdog)|\b(?:adjudicated|decided|determined|investigated|considered|upheld|dealt\s+with|assessed|"
    r"reviewed)(?:\s+(?:up)?on)?\s+by\s+the\s+(?:[\w'’]+\s+){0,6}?(?:ombudsman|watchdog|LGO|LGSCO|PSOW|SPSO|NIPSO|PHSO|HOS?)\b",
    re.IGNORECASE)
# what every branch of OMBUDSMAN_ACTS needs: an ombudsman's name, as its branches spell it
NAMES_OMBUDSMAN = re.compile(r"ombudsman|watchdog|\b(?:LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO|HOS?)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # a sentence's text up to each of its numbers is asked again for the next
def ombudsman_acts(text: str) -> bool:
    """OMBUDSMAN_ACTS.search(text), tried only where an ombudsman is named at all: most text names none."""
    return NAMES_OMBUDSMAN.search(text) is not None and OMBUDSMAN_ACTS.search(text) is not None


@cache
def _voice_rules() -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    return tuple((r, rule_regex(r)) for r in load_rules("prose_voice"))


@per_document
def _lowered(doc: Document) -> list[tuple[Block, str | None]]:
    """Each block with its lower case for the gate (extractor/gate.py)."""
    return [(b, lower_for_gate(b.text)) for b in doc.blocks]


LEAD_BLOCKS = 5


@per_document  # asked by the prose and the table readers of one document
def ombudsman_voice(doc: Document) -> bool:
    """Whether the document is an ombudsman's own statistics page or letter to a council, or a story
    of an ombudsman's work on one told from its headline or opening paragraph."""
    lowered = _lowered(doc)
    if any(may_match(rx, low) and rx.search(b.text) for b, low in lowered for r, rx in _voice_rules() if not r.get("lead")):
        return True
    lead = [(b, low) for b, low in lowered if not b.furniture and b.kind != "table"][:LEAD_BLOCKS]
    return _story_lead(lead) and not any(rx.search(b.text) for b in doc.blocks for _, rx in _stage_rules())


def _story_lead(lead: list[tuple[Block, str]]) -> bool:
    """Whether the story opens with an ombudsman at work: its headline or a paragraph before any
    other count ("5.1 The Trust received 184 formal complaints" first makes the body's own report)."""
    for k, (b, _) in enumerate(lead):
        if any(rx.search(b.text) for r, rx in _voice_rules() if r.get("lead")):
            return True
        if k and OWN_COUNT.search(b.text):
            return False
    return False


# a count of the body's own in an opening paragraph: "The Trust received 184 formal complaints"
# a count starts where its digits start, never inside them (quadratic on a digit run)
OWN_COUNT = re.compile(r"(?<!\d)(?<!\d,)\d[\d,]*\s+(?:[\w'’-]+\s+){0,2}?(?:complaints|concerns|compliments|enquiries)\b", re.IGNORECASE)


@cache
def _stage_rules() -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    """The words of a body's own numbered complaint stages (patterns/sections.toml): only those, as
    "a detailed investigation" or "an early resolution" may be the ombudsman's own."""
    return tuple((r, rule_regex(r)) for r in load_rules("sections")
                 if (r.get("type") == "stage" and r.get("numbered")) or r.get("type") == "later_stage")


@per_document
def voice_body(doc: Document) -> str | None:
    """The ombudsman whose own wording the document uses, when that wording is one body's
    alone (the LGSCO's "assessed and closed"), for a page that never names itself."""
    bodies = {r["body"] for b, low in _lowered(doc) for r, rx in _voice_rules()
              if r.get("body") and may_match(rx, low) and rx.search(b.text)}
    return bodies.pop() if len(bodies) == 1 else None


def acting_ombudsman(doc: Document, text: str, before: str = "") -> str | None:
    """The ombudsman a sentence's figures belong to: one that handles the complaints in it
    ("the Ombudsman upheld seven of the 41", "complaints referred to the PSOW"), not one that
    only collected the data. A bare "the Ombudsman" is the one its paragraph named before it
    (a title line "Public Services Ombudsman for Wales" above the text), else the one the
    document names most."""
    if not ombudsman_acts(text):
        return None
    return find_body(text) or find_body(before) or dominant_body(doc)


def dominant_body(doc: Document) -> str | None:
    """The ombudsman a document names most (a news report names it once, then says "the Ombudsman")."""
    return _dominant_body(doc)


@per_document
def sole_body(doc: Document) -> str | None:
    """The ombudsman, when the document names one and only one (news of a council's review by
    "the watchdog" names the LGSCO once): the body of its ombudsman-stage figures."""
    bodies = {body for b in doc.blocks for body in find_bodies(b.text)}
    return bodies.pop() if len(bodies) == 1 else None


@per_document
def _dominant_body(doc: Document) -> str | None:
    counts: dict[str, int] = {}
    for b in doc.blocks:
        for body in find_bodies(b.text):
            counts[body] = counts.get(body, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def in_ombudsman_voice(doc: Document, figures: list[Figure]) -> list[Figure]:
    """In an ombudsman's own document (its statistics page or annual letter) every case count a table or
    tile states is the ombudsman's, as its prose's are ("Complaints closed: 39", "Premature: 15");
    timescales and compliments stay where they are."""
    from extractor.extract.prose.sentences import NOT_OMBUDSMAN
    from extractor.segment import settles_strongly

    if not figures or not ombudsman_voice(doc):
        return figures
    body = dominant_body(doc) or voice_body(doc)
    # a stage only a weak word names ("Detailed investigations"), or only a caption or heading above the
    # figure, is the ombudsman's own work here; one the figure's own words name stays
    return [replace(f, stage="ombudsman", body=f.body or body) if f.measure not in NOT_OMBUDSMAN
            and not settles_strongly("stage", f.evidence) else f for f in figures]
