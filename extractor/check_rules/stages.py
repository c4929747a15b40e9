"""`breakdown_sum` by stage: a total received (or closed) against the stages the records split it
into ("19 complaints received: 15 at stage 1 and 3 at stage 2").

Works from Figure records only, so it checks whatever the figure reader understands. A total and
its stage parts are compared when their scope agrees in everything but the stage (measure,
period, service, area, procedure, body), every stage is given once, and at least two of the
organisation's own stages are given (an ombudsman's count is part of them only where the total's own
sentence goes on to it and the sum holds with it: "812 at stage one, 301 at stage two and 91 that went on to
the ombudsman"). In one sentence the sentence says the parts make the total: a mismatch fails. Spread over the following lines the
parts may be a different split (received at stage 2 may be escalations counted elsewhere): warn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor.check_rules.stated import pattern
from extractor.models import Check, Document, Figure

# "3a the number of complaints upheld", "3 (ii) number of complaints": an indicator's number
ITEM_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})\s*(?:[a-h]\b|\((?:[ivx]+|[a-h])\))", re.IGNORECASE)
OWN_STAGES = ("informal", "stage1", "stage2", "stage3")
NEARBY_LINES = 3
SENTENCE_PROBE = 20  # characters of a sentence found again on its line
CheckMaker = Callable[..., Check]


def _scope(f: Figure) -> tuple[object, ...]:
    return (f.measure, f.period, f.service, f.area, f.procedure, f.body)


def item_number(f: Figure) -> bool:
    """A figure read from an indicator's or item's number at the start of its line ("3a ..."): a
    label, not a count, so no sum may rest on it."""
    if not 0 < len(f.stated) <= 2:
        return False  # the item's number is one or two digits: asked of every figure, most are ruled out here
    m = ITEM_NUMBER.match(f.evidence)
    return m is not None and m.group("n") == f.stated


def _usable(f: Figure) -> bool:
    return (f.unit == "count" and f.measure in ("received", "closed") and not f.approximate
            and f.dimension is None and f.category is None and f.value == f.value and not item_number(f))


def _after(doc: Document, total: Figure, f: Figure) -> bool:
    """Whether f is stated after the total: a later line, later in the same sentence, or in a later
    sentence of the same line that says it goes on splitting it ("In total we received 236 complaints. 180
    of these were stage 1 ...")."""
    if f.line != total.line:
        return f.line > total.line
    if f.evidence == total.evidence:
        return f.evidence.find(f.stated, f.evidence.find(total.stated) + len(total.stated)) >= 0
    if not pattern("check-split-goes-on").match(f.evidence):
        return False  # a sentence of its own that does not say it splits the total ("Most (915) were settled ...")
    text = doc.lines[f.line - 1] if 0 < f.line <= len(doc.lines) else ""
    mine, theirs = text.find(f.evidence[:SENTENCE_PROBE]), text.find(total.evidence[:SENTENCE_PROBE])
    return 0 <= theirs < mine


def _parts(doc: Document, total: Figure, figures: Sequence[Figure]) -> dict[str, Figure] | None:
    """The stages given right after a total, one figure each; None when a stage is given twice
    with different values (two splits, or a misread)."""
    parts: dict[str, Figure] = {}
    for f in figures:
        if f is total or not _usable(f) or _scope(f) != _scope(total) or not _after(doc, total, f):
            continue
        if f.line - total.line > NEARBY_LINES:
            break
        if f.stage is None:
            break  # another total: the split of this one is over
        if f.stage not in OWN_STAGES:
            continue
        if f.stage in parts and parts[f.stage].value != f.value:
            return None
        parts.setdefault(f.stage, f)
    return parts


def _referred_in_sentence(doc: Document, total: Figure, figures: Sequence[Figure]) -> list[Figure]:
    """The counts at the ombudsman a total's own sentence goes on to split it into after its stages: a part of
    the total there, whichever ombudsman it names."""
    return [f for f in figures if f.stage == "ombudsman" and f.evidence == total.evidence and f.unit == "count"
            and f.measure == total.measure and _scope(f)[:-1] == _scope(total)[:-1] and not f.approximate
            and _after(doc, total, f)]


def stage_sums(doc: Document, figures: Sequence[Figure], make: CheckMaker) -> Iterator[Check]:
    ordered = sorted((f for f in figures if _usable(f)), key=lambda f: f.line)
    for total in ordered:
        if total.stage is not None:
            continue
        parts = _parts(doc, total, ordered)
        if not parts or len(parts) < 2 or any(p.value > total.value for p in parts.values()):
            continue  # a 'total' smaller than one of its stages is no total of them (a ratio's base, a misread)
        expected = sum(p.value for p in parts.values())
        same_sentence = all(p.evidence == total.evidence for p in parts.values())
        referred = _referred_in_sentence(doc, total, figures) if same_sentence and expected != total.value else []
        if referred and expected + sum(f.value for f in referred) == total.value:
            # "received 1,204 complaints, 812 at stage one, 301 at stage two and 91 that went on to the ombudsman"
            parts.update({f"ombudsman {k}": f for k, f in enumerate(referred)})
            expected = total.value
        if expected == total.value:
            status, why = "pass", ""
        elif same_sentence:
            status, why = "fail", ""
        else:
            status, why = "warn", " (the stages are stated apart from the total and may count another split)"
        names = " + ".join(f"{p.value:g} at {p.stage}" for p in sorted(parts.values(), key=lambda p: p.stage or ""))
        msg = f"{total.stated} {total.measure} in all against {names} = {expected:g}{why}"
        yield make(doc, "breakdown_sum", status, msg, total.line, total.evidence, total.value, expected,
                   [total.line, *(p.line for p in parts.values())], total.page)
