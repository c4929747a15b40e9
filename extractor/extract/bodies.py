"""Which ombudsman a text names: LGSCO, HO, PSOW, SPSO or NIPSO (vocabulary in patterns/ombudsman.toml)."""

from __future__ import annotations

from functools import cache, lru_cache

import regex as re

from extractor.gate import lower_for_gate, may_match
from extractor.patterns import compile_regex, load_rules


@cache
def _body_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["body"], compile_regex(r["regex"])) for r in load_rules("ombudsman") if r["type"] == "body")


@lru_cache(maxsize=16384)  # headings and case texts are asked about again and again
def find_bodies(text: str) -> tuple[str, ...]:
    """Every body the text names, in order of first mention."""
    hits = []
    low = lower_for_gate(text)  # extractor/gate.py: a body whose words are absent is not searched for
    for body, rx in _body_rules():
        m = rx.search(text) if may_match(rx, low) else None
        if m:
            hits.append((m.start(), body))
    return tuple(b for _, b in sorted(hits))


def last_body_before(text: str, end: int) -> str | None:
    """The body the text names last before position `end` ("The Housing Ombudsman made 3 determinations
    ... In one case the Ombudsman found ...": the Housing Ombudsman), or None."""
    low = lower_for_gate(text[:end])
    best: tuple[int, str] | None = None
    for body, rx in _body_rules():
        if not may_match(rx, low):
            continue
        for m in rx.finditer(text, 0, end):
            if best is None or m.start() > best[0]:
                best = (m.start(), body)
    return best[1] if best else None


def find_body(text: str) -> str | None:
    """The one body a text names, or None when it names none or several."""
    bodies = find_bodies(text)
    return bodies[0] if len(bodies) == 1 else None


def without_bodies(text: str) -> str:
    """The text with every ombudsman's name blanked: "Housing Ombudsman" names no housing service."""
    low = lower_for_gate(text)
    for _, rx in _body_rules():
        if may_match(rx, low):  # blanking a name never adds a word another rule needs
            text = rx.sub(" ", text)
    return text
