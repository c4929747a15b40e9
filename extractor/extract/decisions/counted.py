"""Cases told by a count: "two complaints ..., both upheld" (one case each, a named sum shared), "2
determinations: one found ..., and the other ..." (one per part), "Three cases were escalated ... Two of these
relate to ... and the other to ..." (one per part member). A count whose parts do not add up stays a count.
Split from story.py, which asks these for a passage's sentences. Vocabulary: patterns/ombudsman.toml."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex as re

from extractor.extract.decisions.read import all_matches, first_match, opens_with_verdict, read_outcome
from extractor.extract.decisions.told import Told

COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# a count of cases, then its parts: "2 determinations ...: one found ..., and the other found ..."
PARTED_COUNT = re.compile(r"\b(?P<count>[2-5]|two|three|four|five)\s+(?:(?:\w+\s+){0,2}(?:determinations|decisions|cases|complaints)\b"
                          r"|(?:were|have\s+been|had\s+been)\s+(?:determined|decided)\b)[^:;.]{0,80}?"
                          r"(?:[:;–-]\s|,\s(?=one\s+of\s+(?:which|them|these)\b))", re.IGNORECASE)
# (or parts after a comma, the first pointing back: "2 determinations ..., one of which found ... and one found ...")
# ... or "Two were determined during the year: one with a finding of ..., and one with ..."
PART_START = re.compile(r"(?:^|[:;,–-]\s*(?:and\s+)?|\s(?:and|while|whereas)\s+)(?=(?:one|another|the\s+(?:other|second|third"
                        r"|fourth|last|final|remaining\s+one)|the\s+first)\b)", re.IGNORECASE)


def alike_cases(sentence: str, kind: str, allow: Callable[[dict[str, Any]], bool] | None = None) -> list[Told]:
    """A small count of cases told at once with one verdict ("two complaints ..., both upheld with a
    finding of fault"; "the remaining two found no maladministration"): one case per count, each with
    the verdict the words after the count state, none with a sum of its own (a sum named is shared)."""
    hit = first_match(kind, sentence, allow)
    if hit is None or "count" not in hit[1].groupdict():
        return []
    read = read_outcome(sentence[hit[1].start("count"):])
    count = _count(hit[1].group("count"))
    if read is None or not count:
        return []
    return [Told(read[0]["outcome"], read[1], hit[0]["id"], sentence, shared=True) for _ in range(count)]


def parted_cases(sentence: str) -> list[Told]:
    """A small count of cases told part by part, each with its own verdict ("2 determinations: one
    found maladministration ..., and the other found no maladministration ..."): one case per part.
    Parts that are not as many as the count, or one with no verdict, leave it a count."""
    # the count nearest the colon ("three complaints and enquiries received and two decisions made: one, ...")
    for count in PARTED_COUNT.finditer(sentence, overlapped=True):
        starts = [m.end() for m in PART_START.finditer(sentence, count.end() - 2)]  # the part after the colon too
        parts = [sentence[a:b].strip(" ,;.") for a, b in zip(starts, [*starts[1:], len(sentence)], strict=True)] \
            if len(starts) >= 2 else _findings_listed(sentence[count.end():])
        reads = [read_outcome(p) for p in parts]
        if len(parts) == _count(count.group("count")) and all(r is not None for r in reads):
            return [Told(r[0]["outcome"], r[1], "case-count-parted", p) for p, r in zip(parts, reads, strict=True) if r]
    return []


# where a list of findings goes on to its next item: a comma, a semicolon or "and"
LIST_JOIN = re.compile(r",\s++(?:and\s++)?|;\s++(?:and\s++)?|(?<!\s)\s++and\s++")  # possessive: a run of spaces is read once


def _findings_listed(text: str) -> list[str]:
    """The items of a list of findings after a count's colon, each opening with its finding ("it found
    maladministration in ..., service failure in a complaint about ..., and no maladministration in ..."):
    cut where the words after a comma, a semicolon or "and" open with a finding ("about a leaking roof"
    carries on the item before)."""
    cuts = [m for m in LIST_JOIN.finditer(text) if opens_with_verdict(text[m.end():])]
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(text)]
    return [text[a:b].strip(" ,;.") for a, b in zip(starts, ends, strict=True)] if cuts else []


def counted_cases(text: str) -> list[Told]:
    """A small count of cases whose parts name every one of them ("Three cases were escalated ...
    Two of these relate to defect management and the other to estate management"): one case per
    part member, with the part's subject and the passage's outcome. Parts that do not add up to the
    count leave it a count."""
    hit = first_match("case_count", text, lambda r: not r.get("rest"))
    read = read_outcome(text) if hit else None
    if hit is None or read is None:
        return []
    total = _count(hit[1].group("count"))
    parts: list[tuple[int | None, str | None]] = [(_count(m.group("count")), " ".join(m.group("subject").split()))
             for _, m in all_matches("case_part", text[hit[1].end():])]
    if total == 1 and not parts:  # one case needs no parts to be told
        parts = [(1, None)]
    rest = [k for k, (n, _) in enumerate(parts) if n is None]
    if len(rest) == 1:  # "the other": whatever the count leaves
        parts[rest[0]] = ((total or 0) - sum(n or 0 for n, _ in parts), parts[rest[0]][1])
    if not parts or any(n is None or n < 1 for n, _ in parts) or sum(n or 0 for n, _ in parts) != total:
        return []
    return [Told(read[0]["outcome"], read[1], hit[0]["id"], text, subject=subject)
            for n, subject in parts for _ in range(n or 0)]


def _count(word: str) -> int | None:
    """'3', 'three', 'the other' (one), 'the remaining two' as a number; 'the others', 'the rest'
    as None (whatever the count leaves)."""
    words = word.lower().split()
    last = "one" if words[-1] in ("other", "case", "complaint") else words[-1]
    return int(last) if last.isdigit() else COUNTS.get(last)
