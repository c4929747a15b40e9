"""Which ombudsman a text names: LGSCO, HO, PSOW, SPSO or NIPSO (vocabulary in patterns/ombudsman.toml)."""

from __future__ import annotations

from functools import cache, lru_cache

import regex as re

from extractor.patterns import compile_regex, load_rules


@cache
def _body_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["body"], compile_regex(r["regex"])) for r in load_rules("ombudsman") if r["type"] == "body")


@lru_cache(maxsize=16384)  # headings and case texts are asked about again and again
def find_bodies(text: str) -> tuple[str, ...]:
    """Every body the text names, in order of first mention."""
    hits = []
    for body, rx in _body_rules():
        m = rx.search(text)
        if m:
            hits.append((m.start(), body))
    return tuple(b for _, b in sorted(hits))


def find_body(text: str) -> str | None:
    """The one body a text names, or None when it names none or several."""
    bodies = find_bodies(text)
    return bodies[0] if len(bodies) == 1 else None


def without_bodies(text: str) -> str:
    """The text with every ombudsman's name blanked: "Housing Ombudsman" names no housing service."""
    for _, rx in _body_rules():
        text = rx.sub(" ", text)
    return text
