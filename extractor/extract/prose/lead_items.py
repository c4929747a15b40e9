"""A list item read as the end of its lead-in's sentence. "The average time taken to send a full reply
was:" / "• 12.5 working days at stage one" says "The average time taken to send a full reply was 12.5
working days at stage one": an item whose own words name no measure is read in that sentence, so the
measure comes from the same rules that read running text, and the stage from the item."""

from __future__ import annotations

from collections.abc import Callable

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.readers import read_number
from extractor.extract.prose.rules import Reading
from extractor.extract.table_labels import introducing_sentence

# a count read only by the complaints noun after it: what it counts is the default, received
NOUN_ONLY_RULE = "prose-received-noun"

# what announces the list and is no part of the sentence it begins: "as follows:", "the following:", ":"
ANNOUNCING_END = re.compile(r"(?<![\s,])(?:,?\s*+(?:as\s+follows|the\s+following|below)\b)?\s*+[:\-–]\s*+$", re.IGNORECASE)

ENUMERATOR = re.compile(r"\d{1,2}\s*[.)](?!\d)")


def lead_sentence(lead_in: str) -> str:
    """The words of a lead-in that an item completes: its last sentence without the colon."""
    return ANNOUNCING_END.sub("", introducing_sentence(lead_in)).strip()


def completed_by_lead(n: Number, item: str, lead_in: str, numbers_of: Callable[[str], list[Number]],
                      ombudsman: bool) -> Reading | None:
    """What number n of a list item counts, read at its place in "<lead-in> <item>"; None when the
    joined sentence reads it as nothing either."""
    start = lead_sentence(lead_in)
    if not start or ENUMERATOR.match(item[n.start:]) and not item[: n.start].strip(" (*"):
        return None  # "1) Family Services explain ...": the item's number, no value
    joined = f"{start} {item}"
    shift = len(start) + 1
    numbers = numbers_of(joined)
    j = next((k for k, m in enumerate(numbers) if m.start == n.start + shift), None)
    if j is None:
        return None
    return read_number(numbers[j], joined, numbers, j, (), "", None, ombudsman)


def item_reading(own: Reading | None, n: Number, item: str, lead_in: str, numbers_of: Callable[[str], list[Number]],
                 ombudsman: bool) -> Reading | None:
    """The reading of a list item's number: its own, unless it has none or only the default of a
    complaints noun ("84% of stage one complaints" under "We replied on time to:"), and the item read
    as the end of its lead's sentence says more than that default."""
    if own is not None and own.rule != NOUN_ONLY_RULE:
        return own
    completed = completed_by_lead(n, item, lead_in, numbers_of, ombudsman)
    if completed is None or completed.rule == NOUN_ONLY_RULE or (own is not None and completed.measure == "received"):
        return own
    return completed
