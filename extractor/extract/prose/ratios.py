"""The count before "of the N" ("34 out of 379 complaints were escalated", "upheld 9 of the 14 complaints it
investigated"): what it counts is said after the base, or, when a clause of the base's own stands there,
by its verb on the left. Split from readers.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.extract.numbers import Number
from extractor.extract.prose.clauses import RATIO_OF
from extractor.extract.prose.rules import NO_STAGE, Reading, classify
from extractor.extract.prose.stages import named_stage

PAIRED_PERCENT = re.compile(r"^\s*\(\s*$")
# a bracket that holds a share alone or with its base ("23 complaints (7%) missed ...", "71 complaints (12% of stage 1
# complaints) were escalated"); "58 partly upheld (48.9% upheld or partly upheld)" opens a share with words of its
# own, which is no count's share
CLOSES_BRACKET = re.compile(r"\s*+(?:%|per\s?cent)?\s*+(?:\)|of\b[^()]*+\))", re.IGNORECASE)  # possessive: linear
AND_END = re.compile(r"\band\s*$")
# "complaints it investigated", "cases that were decided", "of the 20 we received": a clause of the base's own
BASE_CLAUSE = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:it|they|we|which|that|the\s+(?:ombudsman|council|landlord))\s+"
                         r"(?:(?:had|has|have|were|was)\s+(?:been\s+)?)?[a-z]+ed\b", re.IGNORECASE)


def ratio_count(left: str, sentence: str, numbers: Sequence[Number], i: int, ombudsman: bool) -> Reading | None:
    """The reading of numbers[i] when "of the <base>" follows it, or None."""
    j = i + 1
    if j + 1 < len(numbers) and numbers[j].unit == "percent" and PAIRED_PERCENT.match(sentence[numbers[i].end:numbers[j].start]) \
            and CLOSES_BRACKET.match(sentence, numbers[j].end):
        j += 1  # "made 70 (48%) of the 146 complaints": the count's own share stands before the base
    if j + 1 < len(numbers) and numbers[j + 1].unit == "percent" \
            and PAIRED_PERCENT.match(sentence[numbers[j].end:numbers[j + 1].start]):
        j += 1  # "34 out of 379 (9%) complaints ..."
    rest = sentence[numbers[j].end:numbers[j + 1].start if j + 1 < len(numbers) else len(sentence)]
    if j + 1 < len(numbers) and numbers[j + 1].unit == "percent" and rest.rstrip().endswith("("):
        # "45 out of 50 complaints (90%) were answered on time": read on past the share in brackets
        after = numbers[j + 2].start if j + 2 < len(numbers) else len(sentence)
        rest = rest.rstrip()[:-1] + " " + sentence[numbers[j + 1].end:after].lstrip(" )")
    if j + 2 < len(numbers) and AND_END.search(rest) and RATIO_OF.match(sentence[numbers[j + 1].end:numbers[j + 2].start]):
        # "answered 900 of the 1,000 stage 1 complaints and 80 of the 95 stage 2 complaints within the
        # timescale": two ratios share the words after the second
        rest = rest + " " + sentence[numbers[j + 2].end:numbers[j + 3].start if j + 3 < len(numbers) else len(sentence)]
    # "upheld 9 of the 14 complaints it investigated": a clause on the base says what the base is;
    # the count before it is read from its own verb, on its left, when it has one there
    own = classify(left, "", ombudsman) if BASE_CLAUSE.match(rest.lstrip(" )")) else None
    return own or classify(left, rest.lstrip(" )"), ombudsman)


# where a base's own words end: its verb or the next clause ("... stage 2 complaints were answered", "... and 80")
BASE_WORDS_END = re.compile(r"\s(?:and|but|while|were|was|within|in|on|,)\s|[,;.]", re.IGNORECASE)


def base_stage(text: str, numbers: Sequence[Number], i: int) -> str | None:
    """The stage the base of a ratio names right after it ("80 of the 95 stage 2 complaints"), or None."""
    if i + 1 >= len(numbers) or not RATIO_OF.match(text[numbers[i].end:numbers[i + 1].start]):
        return None
    return named_stage(_own_words(text, numbers, i + 1), None)


# "of the 48 stage 2 responses issued": a base that counts replies sent counts complaints closed
RESPONSES = re.compile(r"\b(?:responses|replies|decisions)\s+(?:issued|sent|given|made)\b|\bresponded\s+to\b|\bclosed\b",
                       re.IGNORECASE)


def base_reading(text: str, numbers: Sequence[Number], i: int, reading: Reading) -> Reading:
    """A ratio's base with what its own words say: the stage they name, and closed where they count the
    replies sent ("40 of the 48 stage 2 responses issued (83%) went out within 20 working days")."""
    words = _own_words(text, numbers, i)
    stage = named_stage(words, None) if reading.stage in (None, NO_STAGE) else reading.stage
    measure = "closed" if reading.measure == "received" and RESPONSES.search(words) else reading.measure
    return replace(reading, stage=stage, measure=measure)


def _own_words(text: str, numbers: Sequence[Number], k: int) -> str:
    words = text[numbers[k].end:numbers[k + 1].start if k + 1 < len(numbers) else len(text)]
    return BASE_WORDS_END.split(words, maxsplit=1)[0]
