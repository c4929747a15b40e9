"""Words a report may use in place of the one the rules know, read as that word at the same length (so every
offset into the text holds): one place, asked by the prose reader and the table label reader alike."""

from __future__ import annotations

import regex as re

# "closed inside 5 working days", "inside the target": within it
INSIDE = re.compile(r"\b(?P<i>[Ii])nside(?=\s+(?:(?:the|our|its|their|a)\s+)?(?:\d|target|timescales?|time\s*limits?|deadlines?|standard))")


def within_for_inside(text: str) -> str:
    """ "inside 5 working days" as "within 5 working days" (same length)."""
    if "nside" not in text:
        return text  # asked of every table label and sentence: most say no such word
    return INSIDE.sub(lambda m: "Within" if m.group("i") == "I" else "within", text)
