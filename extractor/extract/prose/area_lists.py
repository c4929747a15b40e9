"""Lists of areas with their counts or shares in brackets: "refuse collection (31%), council tax (18%)
and parking (9%)", "street cleaning (22), bin collections (17) and parks (5)".

A sentence about complaints that names two or more services or topics, each followed by its number in
brackets, breaks its complaints down by area; each item is that area's figure, whatever the case of
its words. One bracketed number alone proves no list ("rose by 12 (8%)", "was high (87%)"), so only
a sentence with at least two such items is read, and only where no rule read the number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.rules import Reading

RULE = "prose-area-list"
MIN_ITEMS = 2
MAX_AREA_WORDS = 5
AREA_REACH = 80  # characters before an item's bracket in which its area is looked for
# where an item's area begins: the sentence or a bullet, a list separator, or the word that opens the
# list ("concerned", "about", "were", ":")
ITEM_START = re.compile(r"(?:^|[,;:–—]|\s-\s|\band\b|\bor\b|&|\b(?:followed\s+by|concern(?:ed|ing)|about|regarding|related\s+to|"
                        r"relating\s+to|involv(?:ed|ing)|including|included|were|was|are|is|as|for|in|from)\b)\s*",
                        re.IGNORECASE)
# words an area never holds: a verb or number word says the bracket qualifies a statement, not a name
NOT_AREA = re.compile(r"\d|\b(?:rose|fell|increased?|decreased?|reduced|grew|dropped|went|up|down|by|was|were|is|are|"
                      r"had|has|have|high|low|higher|lower|complaints?|cases|total|overall|all|this|that|these|those|"
                      r"which|who|it|they|we|year|quarter|month|period|per\s*cent|percent|upheld|partly|partially|"
                      r"resolved|closed|withdrawn|answered|responded|replied|time|late|within|outside|escalated|"
                      r"formal|informal|stage|target|satisf\w*)\b", re.IGNORECASE)
BRACKET_OPEN = re.compile(r"\(\s*$")
BRACKET_CLOSE = re.compile(r"^\s*%?\s*\)")
COMPLAINT_NOUN = re.compile(r"\bcomplain|\bconcerns\b|\bcases\b", re.IGNORECASE)
# a sentence that names what its list breaks down ("The subjects raised most often were ..."): under a
# heading or in a report about complaint handling, the complaints' subjects
BREAKDOWN_NOUN = re.compile(r"\b(?:subjects?|topics?|themes?|issues?|causes?|reasons?|categories|types?)\b", re.IGNORECASE)


def item_area(sentence: str, n: Number) -> str | None:
    """The area named right before number n's opening bracket ("council tax (18%)" -> "council tax"),
    or None when the words there are no name."""
    left = sentence[: n.start]
    if not BRACKET_OPEN.search(left) or not BRACKET_CLOSE.match(sentence[n.end:]):
        return None
    # an area is a few words: the text just before the bracket holds it (a wall of "(1) (1)" stays linear)
    head = left[max(0, len(left) - AREA_REACH): BRACKET_OPEN.search(left).start()].rstrip()  # type: ignore[union-attr]
    starts = [m.end() for m in ITEM_START.finditer(head) if m.end() < len(head)]
    if (ranked := RANKED_FIRST.search(head)) is not None:
        return _as_name(ranked.group("name"))  # "Waste accounted for almost a third of the total (471)": its subject
    return _as_name(head[starts[-1]:] if starts else head)


# the first of a ranking: the subject of "accounted for" or "made up" whose bracket closes the clause
RANKED_FIRST = re.compile(r"(?:^|[,;:]\s*)(?P<name>[^,;:()]{2,60}?)\s+(?:accounted\s+for|made\s+up)\b[^(),;:]*$", re.IGNORECASE)
# a sentence that ranks parts of a whole: "X accounted for ... (N), followed by Y (N) and Z (N)"
RANKING = re.compile(r"\b(?:accounted\s+for|made\s+up|followed\s+by|of\s+the\s+total)\b", re.IGNORECASE)


def _as_name(words: str) -> str | None:
    """The words as an item's name, their article dropped ("the parks" -> "parks"), or None when they
    are too many, start with no letter or hold a verb, a number or a measure's word."""
    name = re.sub(r"^(?:the|a|an|our)\s+", "", words.strip(" -•*\t"), flags=re.IGNORECASE).strip()
    if not name or len(name.split()) > MAX_AREA_WORDS or NOT_AREA.search(name) or not re.match(r"[A-Za-z]", name):
        return None
    return name


# an item of a list after its lead's colon: "Complaints by group: tenants 301, leaseholders 77; shared owners: 15"
COLON_ITEM_LEFT = re.compile(r"(?:^|[:;,]|\band\b)\s*+(?P<label>[^\d:;,()]{2,40}?)\s*+:?\s*+$")
COLON_ITEM_RIGHT = re.compile(r"^\s*+(?:[;,.]|and\b|$)")


def colon_item_label(sentence: str, n: Number) -> str | None:
    """The label of number n as an item of a list after a colon ("tenants" in "...: tenants 301,
    leaseholders 77"), or None."""
    colon = sentence.find(":")
    if colon < 0 or colon > n.start or not COLON_ITEM_RIGHT.match(sentence[n.end:]):
        return None
    m = COLON_ITEM_LEFT.search(sentence[max(colon, n.start - AREA_REACH):n.start])
    return _as_name(m.group("label")) if m is not None else None


_last: list[tuple[str, frozenset[int]]] = []  # the last sentence's items: every number of it asks


def _list_items(sentence: str, numbers: Sequence[Number]) -> frozenset[int]:
    """The indexes of the numbers that are items of an area list in the sentence (worked out once per
    sentence, so a wall of numbers stays linear)."""
    if _last and _last[0][0] == sentence:
        return _last[0][1]
    items = frozenset(i for i, n in enumerate(numbers) if item_area(sentence, n) is not None) \
        or frozenset(i for i, n in enumerate(numbers) if n.unit == "count" and colon_item_label(sentence, n) is not None)
    items = items if len(items) >= MIN_ITEMS else frozenset()
    _last[:] = [(sentence, items)]
    return items


def area_list_item(n: Number, sentence: str, numbers: Sequence[Number], i: int, before: str,
                   measure_of: Callable[[str], str], on_complaints: bool = False) -> Reading | None:
    """Number i's reading as an item of an area list of a sentence about complaints, else None;
    `measure_of` says what the list counts from the words before it ("received", or "upheld" under an
    upheld topic): a colon's lead that names complaints says it alone ("Stage 1 complaints by directorate
    were: ..." after a sentence on upheld complaints); `on_complaints`: the sentence stands under a heading,
    or in a report, about complaint handling."""
    items = _list_items(sentence, numbers)
    if i not in items:
        return None
    if not (COMPLAINT_NOUN.search(sentence) or COMPLAINT_NOUN.search(before[-300:])
            or (on_complaints and (BREAKDOWN_NOUN.search(sentence, 0, numbers[min(items)].start) or RANKING.search(sentence)))):
        return None
    area = item_area(sentence, n)
    lead = sentence[:sentence.find(":")] if area is None else ""
    if area is None:
        area = colon_item_label(sentence, n)
    measure = measure_of(lead) if COMPLAINT_NOUN.search(lead) else measure_of(before + sentence[: n.start])
    return Reading(measure, n.unit, RULE, area=area)
