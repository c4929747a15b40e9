"""`breakdown_sum` of a figure stated as "label: value (last year's)" and the lines set in under it in the same
shape, as a report's summary list shows a total and its parts:

    Complaints received: 512 (470)
        First stage: 455 (421)
        Second stage: 57 (49)

The lines set in under it split it, this year's values and last year's apart. Nothing says the lines are all
its parts (a list may show a selection), so a mismatch only warns; parts that add up pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import regex as re

from extractor.extract.numbers import parse_number
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
# "Complaints received: 512 (470)", "  Stage 1: 297": a label, a colon, a value, and perhaps last year's in brackets
COLON_LINE = re.compile(r"^(?P<indent>\s*)(?P<label>[^\d\s:][^:]{1,80}?)\s*:\s*(?P<now>\d[\d,]*)(?:\s*\(\s*(?P<then>\d[\d,]*)\s*\))?\s*$")
MIN_PARTS = 2


@dataclass(frozen=True)
class Entry:
    line: int
    indent: int
    label: str
    now: float
    then: float | None
    text: str


def _entry(k: int, text: str) -> Entry | None:
    m = COLON_LINE.match(text)
    if m is None or (now := parse_number(m.group("now"))) is None:
        return None
    then = parse_number(m.group("then")) if m.group("then") else None
    return Entry(k + 1, len(m.group("indent").expandtabs(4)), m.group("label"), now.value,
                 then.value if then else None, text.strip())


def _parts(entries: Sequence[Entry | None], k: int) -> list[Entry]:
    """The entries set in one step deeper right under entry k, up to the first line back at its depth or above."""
    head = entries[k]
    assert head is not None
    out: list[Entry] = []
    for e in entries[k + 1:]:
        if e is None or e.indent <= head.indent:
            break
        if out and e.indent != out[0].indent:
            if e.indent < out[0].indent:
                break
            continue  # a part's own parts, a level further in
        out.append(e)
    return out


def indented_splits(doc: Document, make: CheckMaker) -> Iterator[Check]:
    entries = [_entry(k, text) for k, text in enumerate(doc.lines)]
    for k, head in enumerate(entries):
        if head is None or len(parts := _parts(entries, k)) < MIN_PARTS:
            continue
        sides = [("now", head.now, [p.now for p in parts])]
        if head.then is not None and all(p.then is not None for p in parts):
            sides.append(("then", head.then, [p.then for p in parts if p.then is not None]))
        for which, whole, values in sides:
            expected = sum(values)
            ok = expected == whole
            said = " + ".join(f"{v:g}" for v in values)
            msg = (f"{head.label}{' (last year)' if which == 'then' else ''}: {said} = {expected:g}"
                   + (", the stated total" if ok else f", not the {whole:g} stated (the lines under it may leave a part out)"))
            yield make(doc, "breakdown_sum", "pass" if ok else "warn", msg, head.line, head.text, whole, expected,
                       [head.line, *(p.line for p in parts)], None)
