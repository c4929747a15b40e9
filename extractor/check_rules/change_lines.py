"""`stated_change` of a change that stands on a line of its own, its values on the lines above or
in the same line's cells, where no sentence and no table reader holds them together:

    Complaints received          (label lines: each value on a line of its own period,
    2028/29: 368                  the change on the line under them)
    2029/30: 412
    Change: +44

    Complaints received 368 412 +12%     (a table row flattened to one line, its change signed last)

The earlier value is the one whose period label says so ("2028/29", "Last year", "Q1"); a row takes
its order from a header line above that names two periods, else the left value is the earlier (as
tables are printed) and a mismatch only warns. A change in % beside two percentages may be points
or relative; in points it is their difference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.change_scopes import Size, _said, judge, message
from extractor.check_rules.stated import pattern
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
HEADER_LINES = 12  # lines above a row where its header may stand
YEAR = re.compile(r"(?:19|20)(\d\d)(?:\s*[/-]\s*(\d{2,4}))?")
HEADER_PERIOD = re.compile(r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|\bq[1-4]\b|\b(?:last|previous|this|current)\s+year\b",
                           re.IGNORECASE)
CHANGE_WORD = re.compile(r"\b(?:change|difference|variance|movement)\b|[+]\s*/\s*[-−–]", re.IGNORECASE)
MAX_LABEL_WORDS = 7


def _rank(label: str) -> tuple[int, str] | None:
    """Where a period label stands in time, comparable with another's; None when it says nothing."""
    low = " ".join(label.lower().split())
    if m := YEAR.search(low):
        return 1, m.group(0).replace(" ", "")
    if low.startswith(("last", "previous", "prior")):
        return 0, "0"
    if low.startswith(("this", "current", "latest")):
        return 0, "1"
    if m := re.match(r"q([1-4])", low):
        return 2, m.group(1)
    return None


def _kind(unit: str | None, pct_header: bool = False) -> str:
    u = " ".join((unit or "").lower().split())
    if "%" in u or pct_header:
        return "pct"
    if "point" in u or u == "pp":
        return "points"
    return "days" if "day" in u else "count"


def _blocks_by_line(doc: Document) -> dict[int, Block]:
    return {ln: b for b in doc.blocks for ln in range(b.line, (b.end_line or b.line) + 1)}


def _line(doc: Document, ln: int) -> str:
    return doc.lines[ln - 1] if 0 < ln <= len(doc.lines) else ""


def label_lines(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "Change: +44" under "2028/29: 368" and "2029/30: 412"."""
    blocks = _blocks_by_line(doc)
    for ln in range(3, len(doc.lines) + 1):
        b = blocks.get(ln)
        if b is None or b.furniture or b.kind == "table" or (m := pattern("check-change-label-line").match(_line(doc, ln))) is None:
            continue
        above = [pattern("check-change-value-line").match(_line(doc, ln - k)) for k in (2, 1)]
        if None in above or pattern("check-change-value-line").match(_line(doc, ln - 3)):
            continue  # exactly two value lines, right above
        if len({" ".join(a.group("lead").lower().split()) for a in above}) != 1:  # type: ignore[union-attr]
            continue  # "Complaints received in 2029/30" over "Complaints closed in 2029/30": two measures
        ranks = [_rank(a.group("label")) for a in above]  # type: ignore[union-attr]
        if None in ranks or ranks[0][0] != ranks[1][0] or ranks[0] == ranks[1]:  # type: ignore[index]
            continue
        (first, second) = above if ranks[0] < ranks[1] else above[::-1]  # type: ignore[operator]
        pcts = [bool((a.group("vu") or "").strip().startswith("%")) for a in above]  # type: ignore[union-attr]
        if pcts[0] != pcts[1]:
            continue
        size = Size(m.start(), m.end(), m.start("d"), m.group("d"), _kind(m.group("du"), bool(m.group("pct") or m.group("pct2"))),
                    _said(None, m.group("sign")))
        if size.kind == "points" and not pcts[0]:
            continue
        j = judge(size, float(first.group("v").replace(",", "")), float(second.group("v").replace(",", "")), pcts[0])  # type: ignore[union-attr]
        if j is not None:
            text = _line(doc, ln).strip()
            yield make(doc, "stated_change", j.status, message(j, size, text), ln, text, float(size.text.replace(",", "")),
                       round(j.got, 2), [ln - 2, ln - 1, ln], b.page)


def _header_order(doc: Document, ln: int) -> bool | None:
    """Whether the header above a row puts the earlier period left (True), right (False), or
    names no two periods (None): the nearest line above that names two periods and a change."""
    for k in range(ln - 1, max(0, ln - HEADER_LINES), -1):
        text = _line(doc, k)
        if not text.strip():
            return None
        periods = HEADER_PERIOD.findall(text)
        if len(periods) >= 2 and CHANGE_WORD.search(text):
            ranks = [_rank(p) for p in periods[:2]]
            if None in ranks or ranks[0][0] != ranks[1][0] or ranks[0] == ranks[1]:  # type: ignore[index]
                return None
            return ranks[0] < ranks[1]  # type: ignore[operator]
    return None


def flat_rows(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "Complaints received 368 412 +12%": the row's change against its two values."""
    blocks = _blocks_by_line(doc)
    for ln in range(1, len(doc.lines) + 1):
        b = blocks.get(ln)
        text = _line(doc, ln)
        if b is None or b.furniture or b.kind == "table" or "|" in text or (m := pattern("check-change-flat-row").match(text)) is None:
            continue
        if len(m.group("label").split()) > MAX_LABEL_WORDS or re.search(r"[.;:!?]\s*$", m.group("label")):
            continue  # a sentence, not a row's label
        pcts = [bool(m.group("au")), bool(m.group("bu"))]
        if pcts[0] != pcts[1]:
            continue  # a count beside a share: not one measure in two periods
        size = Size(m.start("sign"), m.end(), m.start("d"), m.group("d"), _kind(m.group("du")), _said(None, m.group("sign")))
        if size.kind == "points" and not pcts[0]:
            continue
        order = _header_order(doc, ln)
        a, c = float(m.group("a").replace(",", "")), float(m.group("b").replace(",", ""))
        older, newer = (a, c) if order in (True, None) else (c, a)
        j = judge(size, older, newer, pcts[0])
        if j is None:
            continue
        status = "warn" if j.status == "fail" and order is None else j.status
        yield make(doc, "stated_change", status, message(j, size, text[size.start:]) + (
            "" if order is not None else " (no header names the periods: the left value is taken as the earlier)"),
                   ln, text.strip(), float(size.text.replace(",", "")), round(j.got, 2), [ln], b.page)


def change_lines(doc: Document, make: CheckMaker) -> Iterator[Check]:
    yield from label_lines(doc, make)
    yield from flat_rows(doc, make)
