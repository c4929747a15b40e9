"""Shares a sentence states beside its own ratio: "34 out of 379 (9%)", "24 of the 34 ... which
equates to 71%", "Of the 40 ..., 25 were upheld. This equates to 63%." The base is in the text, so
no figure scope has to be matched. Rounding is judged at the stated decimals (statcheck, GRIM).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.stated import FOLLOW_ON, SENTENCE, pattern
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
NEAR = 60  # a share further than this after its ratio speaks of something else


def judge_rounded(stated: float, stated_text: str, expected: float) -> str:
    """pass when `expected` rounds to `stated` at the stated decimals; warn when it truncates to it."""
    decimals = len(stated_text.split(".")[1].rstrip("%").strip()) if "." in stated_text else 0
    half = 0.5 * 10 ** -decimals
    if stated - half - 1e-9 <= expected <= stated + half + 1e-9:
        return "pass"
    scale = 10 ** decimals
    if math.floor(expected * scale + 1e-9) / scale == stated:
        return "warn"
    return "fail"


def _ratios(s: str) -> list[tuple[int, float, float]]:
    """(end, numerator, denominator) of every "N of M" / "Of the M ..., N were" in a sentence."""
    found = []
    for rule in ("check-ratio", "check-of-the-n-then-m"):
        for m in pattern(rule).finditer(s):
            num, den = float(m.group("num").replace(",", "")), float(m.group("den").replace(",", ""))
            if 0 < den and num <= den and not 1900 <= den <= 2100:
                found.append((m.end(), num, den))
    return sorted(found)


def _share_after(s: str, start: int) -> re.Match[str] | None:
    m = pattern("check-stated-share").search(s, start)
    return m if m and m.start() - start <= NEAR else None


def ratio_percentages(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """Each ratio against the share stated right after it, in its sentence or the next ("This equates to")."""
    for b in doc.blocks:
        if b.kind not in ("paragraph", "list_item") or b.furniture:
            continue
        sentences = SENTENCE.split(b.text)
        for k, s in enumerate(sentences):
            ratios = _ratios(s)
            for j, (end, num, den) in enumerate(ratios):
                share = _share_after(s, end)
                if share and j + 1 < len(ratios) and share.start() > ratios[j + 1][0]:
                    share = None  # the share belongs to the next ratio
                nxt = sentences[k + 1] if k + 1 < len(sentences) else ""
                if share is None and j == len(ratios) - 1 and FOLLOW_ON.match(nxt):
                    share, where = _share_after(nxt, 0), nxt
                else:
                    where = s
                if share is None:
                    continue
                text = share.group("p") or share.group("p2")
                stated = float(text.rstrip("%"))
                expected = 100 * num / den
                status = judge_rounded(stated, text, expected)
                msg = (f"{num:g} of {den:g} is {expected:.1f}%"
                       + (", as stated" if status == "pass" else f", not the stated {text}"
                          + (" (truncated instead of rounded)" if status == "warn" else "")))
                line = doc.line_of(b, s)
                lines = [line, doc.line_of(b, where)]
                yield make(doc, "percentage", status, msg, line, s if where is s else f"{s} {where}", stated,
                           round(expected, 2), lines, b.page)
