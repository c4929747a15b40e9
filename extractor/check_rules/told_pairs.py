"""The two values a stated change compares when its clause holds neither, taken from the figures the
reader found where the report told them: the sentences just before ("In 2030/31 we received 668 stage
one complaints. The year before we received 610. This represents an increase of 9.5%."), a table of
periods above ("Stage 1 complaints rose by 9.5% compared with 2029/30"), or the paragraph under a
headline ("Complaints fall by 10% at Eastholm"). The reader has already dated each value; the clause
only has to say what it counts: its stage when it names one, and words of the figures' kind
("complaints", "compliments"), unless it opens by referring back ("This represents ...", "A decrease
of ..."). Exactly one thing counted in two periods of one length, one after the other, one value
each; anything else may compare other things, and nothing is said."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import regex as re

from extractor.models import Figure

STAGE_WORDS = {"stage1": r"(?:stage|step|level)\s*(?:1|one)\b|first[\s-]+stage|stage\s+i\b",
               "stage2": r"(?:stage|step|level)\s*(?:2|two)\b|second[\s-]+stage|stage\s+ii\b",
               "stage3": r"(?:stage|step|level)\s*(?:3|three)\b|third[\s-]+stage"}
# what a clause must name to speak of the figures: compliments, or complaints and their kin
KIND_WORDS = {"compliments": re.compile(r"\b(?:compliment|thanks\b|thank[\s-]you|praise)", re.IGNORECASE),
              "complaints": re.compile(r"\b(?:complain|cases?\b|concerns?\b|enquir|inquir|referrals?\b|requests?\b|"
                                       r"appeals?\b|reviews?\b|escalat|investigations?\b)", re.IGNORECASE)}
GAP_DAYS = 45  # the earlier period ends at most this long before the later begins (a reporting break)


def named_stage(sentence: str, at: int) -> str | None:
    """The stage a sentence names for the size at `at`: the nearest named before it, else the one
    named after it when the sentence names only one ("Complaints at stage one rose ...")."""
    found = sorted((m.start(), stage) for stage, words in STAGE_WORDS.items()
                   for m in re.finditer(words, sentence, re.IGNORECASE))
    before = [stage for start, stage in found if start < at]
    if before:
        return before[-1]
    return found[0][1] if len({stage for _, stage in found}) == 1 else None


def _key(f: Figure) -> tuple[str | None, ...]:
    """What one thing counted is, whatever its period."""
    return (f.measure, f.stage, f.service, f.procedure, f.area, f.dimension, f.category, f.body)


def _kind(f: Figure) -> str:
    return "compliments" if f.measure == "compliments" else "complaints"


def _days(start: str, end: str) -> int | None:
    try:
        return (date.fromisoformat(end) - date.fromisoformat(start)).days
    except ValueError:
        return None


def _one_after_the_other(older: Figure, newer: Figure) -> bool:
    """Two periods of about one length, the later beginning soon after the earlier ends."""
    if not (older.period_start and older.period_end and newer.period_start and newer.period_end):
        return False
    a, b = _days(older.period_start, older.period_end), _days(newer.period_start, newer.period_end)
    gap = _days(older.period_end, newer.period_start)
    return a is not None and b is not None and gap is not None and 0 < gap <= GAP_DAYS and abs(a - b) <= max(a, b) // 10


def _counts_spoken_of(figures: Sequence[Figure], sentence: str, stage: str | None,
                      refers_back: bool = False) -> list[Figure]:
    """The dated exact counts of `stage` (any, for None) whose kind the sentence names ("complaints", "compliments"),
    or all of them where it opens by referring back ("This represents ...")."""
    return [f for f in figures if f.period_start and not f.approximate and f.unit == "count"
            and (stage is None or f.stage == stage) and (refers_back or KIND_WORDS[_kind(f)].search(sentence))]


def told_pair(figures: Sequence[Figure], sentence: str, stage: str | None, refers_back: bool,
              measure: str | None = None) -> tuple[float, float] | None:
    """(earlier, newer) of the one thing `figures` count in two periods that `sentence` speaks of; `measure`:
    the one the sentence's subject names, where the figures count several ("Stage 1 complaints rose ..." over
    rows of stage 1 complaints received, closed and closed in time)."""
    near = _counts_spoken_of(figures, sentence, stage, refers_back)
    keys = {_key(f) for f in near}
    if len(keys) > 1 and measure is not None:
        # (only two periods of that measure: a table of quarters and a year holds pairs the words do not choose)
        named = [f for f in near if f.measure == measure]
        if len({f.period for f in named}) == 2:
            near, keys = named, {k for k in keys if k[0] == measure}
    if len(keys) > 1 and stage is None and len(whole := {k for k in keys if k[1] is None and k[4] is None and k[6] is None}) == 1:
        # "Complaints rose by 40" over each stage's (or area's) count and the whole's: the words name none, so the whole
        near, keys = [f for f in near if _key(f) in whole], whole
    if len(keys) != 1:
        return None
    starts = sorted({f.period_start or "" for f in near})
    if len(starts) < 2:
        return None
    newer = [f for f in near if f.period_start == starts[-1]]
    older = [f for f in near if f.period_start == starts[-2]]
    if len({f.value for f in newer}) != 1 or len({f.value for f in older}) != 1 \
            or not _one_after_the_other(older[0], newer[0]):
        return None
    return older[0].value, newer[0].value


def period_pair(figures: Sequence[Figure], sentence: str, stage: str | None, label: str,
                measure: str | None = None, earlier: bool = False) -> tuple[float, float] | None:
    """(earlier, newer) of the one thing `figures` count in the period `sentence` names (`label`, "2025/26 Q2")
    and in the period of one length just before it: "Stage 1 complaints closed rose by 34 in Quarter 2" over a
    table of quarters and the year to date; `measure`: the one its subject names, when it names one; `earlier`: the
    period named is the one compared with ("up 19% on quarter 2"), the change's the one after it."""
    near = [f for f in _counts_spoken_of(figures, sentence, stage) if measure is None or f.measure == measure]
    newer = [f for f in near if f.period == label]
    keys = {_key(f) for f in newer}
    if len(keys) != 1 or len({f.value for f in newer}) != 1:
        return None
    key = keys.pop()
    other = [f for f in near if _key(f) == key
             and (_one_after_the_other(newer[0], f) if earlier else _one_after_the_other(f, newer[0]))]
    if len({f.value for f in other}) != 1:
        return None
    return (newer[0].value, other[0].value) if earlier else (other[0].value, newer[0].value)

