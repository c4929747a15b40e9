"""Values matched in order to the stages a sentence lists, by "respectively": "Stage 1 and stage 2
complaints numbered 412 and 57 respectively", "upheld rates at stages one, two and three were 30%,
22% and 10% respectively". Only a run of values of one unit joined by commas and "and", ending just
before the word, and only as many as the stages listed."""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from extractor.extract.numbers import Number

RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
JOIN = re.compile(r"^\s*+(?:%|per\s*cent)?\s*+(?:,\s*+(?:and\s++)?|and\s++|&\s*+)$", re.IGNORECASE)
TAIL = re.compile(r"[^\d.;]{0,60}?\brespectively\b", re.IGNORECASE)
STAGE_NUMBER = {"1": "stage1", "one": "stage1", "first": "stage1", "2": "stage2", "two": "stage2", "second": "stage2",
                "3": "stage3", "three": "stage3", "third": "stage3", "final": "stage3"}
ITEM = r"(?:\d|one|two|three|first|second|third|final)"
# "stages one, two and three", "first and second stage", "stage 1 and stage 2", "stage one, stage two and stage three"
LISTED = re.compile(rf"\bstages?\s+(?P<items>{ITEM}(?:\s*(?:,|and|&)\s*(?:stage\s+)?{ITEM})+)\b"
                    rf"|\b(?P<ords>(?:first|second|third|final)(?:\s*(?:,|and|&)\s*(?:first|second|third|final))+)[\s-]+stages?\b",
                    re.IGNORECASE)
TOKEN = re.compile(ITEM, re.IGNORECASE)


def respective_run(text: str, numbers: Sequence[Number], i: int) -> tuple[int, int] | None:
    """The first and last index of the run of values number i stands in, joined by commas and "and"
    and followed closely by "respectively" ("88% and 71% of ... respectively"); None for any other."""
    if not RESPECTIVELY.search(text, numbers[i].end):
        return None
    first, last = i, i
    while first and numbers[first - 1].unit == numbers[i].unit and JOIN.match(text[numbers[first - 1].end:numbers[first].start]):
        first -= 1
    while last + 1 < len(numbers) and numbers[last + 1].unit == numbers[i].unit \
            and JOIN.match(text[numbers[last].end:numbers[last + 1].start]):
        last += 1
    return (first, last) if first < last and TAIL.match(text, numbers[last].end) else None


def respective_stage(text: str, numbers: Sequence[Number], i: int) -> str | None:
    """The stage "respectively" gives number i, or None when the sentence does not match its values
    to a list of stages of the same length."""
    run = respective_run(text, numbers, i)
    if run is None:
        return None
    first, last = run
    rest = text[:numbers[first].start] + " " + text[numbers[last].end:]
    stages = [STAGE_NUMBER[t.lower()] for m in LISTED.finditer(rest) for t in TOKEN.findall(m.group("items") or m.group("ords"))]
    return stages[i - first] if len(stages) == last - first + 1 else None


# "77% of stage one complaints and 64% of stage two complaints were closed ...": a share, the noun phrase it is
# of (no verb of its own), then "and" or a comma before the next share
SHARE_OF_NOUN = re.compile(r"^\s*(?:(?:%|per\s*cent)\s+)?of\s+(?:the\s+|all\s+)?(?P<np>[^.;:()%]{1,60}?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$",
                           re.IGNORECASE)
VERB_WORD = re.compile(r"\b(?:were|was|are|is|had|have|has|been|being|\w+ed|upheld|held|made|dealt|found|gave|sent|took|saw|"
                       r"got|did|paid|met|kept|told|said|brought)\b", re.IGNORECASE)


def shared_run_end(text: str, numbers: Sequence[Number], i: int) -> int | None:
    """The index of the last share of a run that starts at share i and whose shares are each "of" a noun
    phrase with no verb of its own, joined by "and" or commas: the words after the last say what they all
    count. None when share i has words of its own before the next."""
    if VERB_WORD.search(text[numbers[i - 1].end if i else 0:numbers[i].start]):
        return None  # "The council upheld 38 per cent of ..., and 74 per cent were answered ...": its own verb
    last = i
    while last + 1 < len(numbers) and numbers[last].unit == numbers[last + 1].unit == "percent":
        m = SHARE_OF_NOUN.match(text[numbers[last].end:numbers[last + 1].start])
        if m is None or VERB_WORD.search(m.group("np")):
            break
        last += 1
    return last if last > i else None
