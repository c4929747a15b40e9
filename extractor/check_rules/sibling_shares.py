"""`percentage` without a stated base: shares of one whole said side by side must agree on it.

"We upheld 24 (16%) stage one complaints", "We partly upheld 39 (26%) stage one complaints", "We did
not uphold 87 (58%) stage one complaints": each "N (P%)" implies its base, 100 x N / P, within the
rounding of P. Shares that say the same words after their bracket ("stage one complaints") within a
few lines are of one whole; when all of them but one agree on a base and that one cannot, its share
(or its count) is wrong. The base is never stated, so this only warns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

import regex as re

from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
SHARE = re.compile(r"(?<![\d.,%£])(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*\)"
                   r"(?P<after>(?:\s+[A-Za-z][\w'’-]*){2,3})")
WINDOW = 8  # lines within which shares are of one whole
MIN_GROUP = 3


def _interval(n: float, p_text: str) -> tuple[float, float] | None:
    """The bases 100 x n / P allows, P read half-up, half-even or truncated at its decimals."""
    p = float(p_text)
    unit = 10 ** -(len(p_text.split(".")[1]) if "." in p_text else 0)
    low, high = p - unit / 2, p + unit
    if low <= 0:
        return None
    return 100 * n / high, 100 * n / low


def _shares(doc: Document) -> Iterator[tuple[int, str, float, str, tuple[float, float], int | None]]:
    for b in doc.blocks:
        if b.furniture or b.kind not in ("paragraph", "list_item"):
            continue
        for ln in range(b.line, (b.end_line or b.line) + 1):
            text = doc.lines[ln - 1] if 0 < ln <= len(doc.lines) else ""
            for m in SHARE.finditer(text):
                n = float(m.group("n").replace(",", ""))
                span = _interval(n, m.group("p"))
                if span is not None and n > 0:
                    key = " ".join(m.group("after").lower().split())
                    yield ln, key, n, m.group("p"), span, b.page


def _best_point(spans: list[tuple[float, float]]) -> tuple[float, int]:
    """A base covered by the most intervals, and how many cover it."""
    points = sorted({lo for lo, _ in spans})
    best = max(points, key=lambda x: sum(lo <= x <= hi for lo, hi in spans))
    covering = [(lo, hi) for lo, hi in spans if lo <= best <= hi]
    middle = (max(lo for lo, _ in covering) + min(hi for _, hi in covering)) / 2
    return middle, len(covering)


def sibling_shares(doc: Document, make: CheckMaker) -> Iterator[Check]:
    groups: dict[str, list[tuple[int, str, float, str, tuple[float, float], int | None]]] = defaultdict(list)
    for share in _shares(doc):
        run = groups[share[1]]
        if run and share[0] - run[-1][0] > WINDOW:
            yield from _judge(doc, run, make)
            run.clear()
        run.append(share)
    for run in groups.values():
        yield from _judge(doc, run, make)


def _judge(doc: Document, run: list, make: CheckMaker) -> Iterator[Check]:  # type: ignore[type-arg]
    if len(run) < MIN_GROUP:
        return
    spans = [s[4] for s in run]
    base, covered = _best_point(spans)
    if covered != len(run) - 1:
        return  # all agree (nothing to say), or no one base most of them share
    for ln, key, n, p_text, (lo, hi), page in run:
        if lo <= base <= hi:
            continue
        expected = 100 * n / base
        msg = (f"{n:g} ({p_text}%) {key}: the other shares of '{key}' nearby are of about {base:.0f}, of which "
               f"{n:g} is {expected:.1f}% (no base is stated, so the share or its count may be wrong)")
        others = [s[0] for s in run if s[0] != ln]
        yield make(doc, "percentage", "warn", msg, ln, doc.lines[ln - 1], float(p_text), round(expected, 2),
                   [ln, *others], page)
