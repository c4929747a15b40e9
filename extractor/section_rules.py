"""The rules of patterns/sections.toml by kind, compiled once: read by segment.py for a heading's
fields and by doc_periods.py for the cover's period."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex as re

from extractor.gate import WordIndex, compiled_index
from extractor.patterns import load_rules, rule_regex


@cache
def section_rules(kind: str) -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    return tuple((r, rule_regex(r)) for r in load_rules("sections") if r["type"] == kind)


@cache
def section_index(kind: str) -> WordIndex:
    """The words each rule of a kind needs, found in a text in one pass (extractor/gate.py)."""
    return compiled_index([rx for _, rx in section_rules(kind)])


def any_rule(kind: str, texts: list[str]) -> bool:
    """Whether a rule of that kind matches any of the texts."""
    return any(rx.search(t) for t in texts for _, rx in section_rules(kind))
