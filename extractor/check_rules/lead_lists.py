"""`breakdown_sum` of a count announced by a line ending in a colon and the list of labelled counts
on the lines under it, whatever the items count:

    We responded to 296 stage one complaints during the year. The outcomes were:
    Upheld                 88 (30%)
    Partly upheld          61 (21%)
    Not upheld            147 (50%)

Each item is a short label and one count (a share in brackets may follow it); the list ends at the
first line that is not such an item. A list closed by a Total line is a table (table_sums.py). A
lead that says the list is complete ("made up as follows:", "broken down as follows:") fails on a
mismatch; any other may leave a group out, so a mismatch warns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.stated import pattern
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
INT = r"(?<![\d.,%£/])(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)"
WHOLE = re.compile(INT + r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:complaints|cases|concerns|enquiries|contacts|responses)\b",
                   re.IGNORECASE)
ITEM = re.compile(r"^\s*(?:[-–•*]\s*)?(?P<label>[^\W\d][^\d:|]{0,60}?)\s*(?::|\s[-–—]|\s)\s*" + INT +
                  r"(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))?\s*$")
COMPLETE = re.compile(r"\b(?:as\s+follows|comprising|made\s+up\s+of)\s*:\s*$", re.IGNORECASE)
MAX_WORDS = 6


def _item(text: str) -> tuple[str, float] | None:
    m = ITEM.match(text)
    if m is None or not 0 < len(m.group("label").split()) <= MAX_WORDS:
        return None
    return m.group("label").strip(), float(m.group("n").replace(",", ""))


def lead_lists(doc: Document, make: CheckMaker) -> Iterator[Check]:
    lines = doc.lines
    for k, text in enumerate(lines):
        if not text.rstrip().endswith(":"):
            continue
        wholes = list(WHOLE.finditer(text))
        if not wholes:
            continue
        total = float(wholes[-1].group("n").replace(",", ""))
        items: list[tuple[int, str, float]] = []
        for j in range(k + 1, len(lines)):
            if (item := _item(lines[j])) is None:
                break
            items.append((j + 1, *item))
        if len(items) < 2 or any(pattern("check-total-label").match(label) for _, label, _ in items):
            continue
        if any(v > total for _, _, v in items):
            continue  # a part larger than the whole: not its breakdown
        expected = sum(v for _, _, v in items)
        status = "pass" if expected == total else "fail" if COMPLETE.search(text) else "warn"
        shown = " + ".join(f"{v:g} {label.lower()}" for _, label, v in items)
        msg = f"{shown} = {expected:g}" + (", the stated total" if status == "pass" else
                                           f", not the {total:g} the line above them announces"
                                           + ("" if status == "fail" else " (the list may leave a group out)"))
        page = next((b.page for b in doc.blocks if b.line <= k + 1 <= (b.end_line or b.line)), None)
        yield make(doc, "breakdown_sum", status, msg, k + 1, text.strip(), total, expected,
                   [k + 1, *(ln for ln, _, _ in items)], page)
