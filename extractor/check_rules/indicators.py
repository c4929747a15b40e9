"""`percentage` and `average` of performance indicators laid out label, then value ("1 (i) total
number of complaints received in the year" / "3366" ... "1a the total number of complaints received
per 1,000 population" / "9.2"): a share or rate whose label names its two figures, against the
nearest figures above it whose own labels say the same words.

Labels are compared by their words once the indicator's code ("2 (i)", "3a"), brackets and words
that name no scope ("the", "total", "number of complaints") are set aside; only a figure whose label
says exactly the words of the share's part is used, so a mismatch fails.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import pattern
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
VALUE = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<pct>%?)\s*$")
CODE = re.compile(r"^\s*(?:\d{1,2}\s*\([ivx]+\)|\d{1,2}[a-z]?|[A-Z]\d{0,2}\s*\([ivx]+\)|[A-Z]\d{1,2})(?=\s)")
BRACKETS = re.compile(r"\([^()]*\)")
NO_SCOPE = frozenset(["the", "a", "an", "of", "all", "total", "number", "numbers", "complaints", "complaint", "in",
                      "full", "year", "at", "as", "to",
                      # words a re-worded label adds that name no scope either: "complaints closed over the year in
                      # total", "as a % of every complaint closed", "for each 1,000 of population"
                      "over", "every", "each", "for", "during", "this", "that", "we", "our", "were", "was", "is", "are", "fully"])
LABEL_VALUE = re.compile(r"^\s*(?P<label>[^:\d][^:]{2,160}?)\s*:\s*(?P<v>(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                         r"\s*(?P<pct>%?))\s*$")
CELL_GAP = re.compile(r"\s{2,}|\t")
LOOK_BACK = 12  # label/value pairs above a share that may hold its parts


@dataclass(frozen=True)
class Pair:
    label: str
    words: frozenset[str]
    value: float
    stated: str
    percent: bool
    line: int
    block: Block


def words(label: str) -> frozenset[str]:
    """The scope a label names: its words without the indicator's code, brackets and filler."""
    text = BRACKETS.sub(" ", CODE.sub("", label, count=1)).lower()
    return frozenset(one_form(w) for w in re.findall(r"[a-z]+|\d+", text) if w not in NO_SCOPE)


def one_form(word: str) -> str:
    """One word for its singular and plural ("every appeal closed" against "appeals closed")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def pairs(doc: Document) -> list[Pair]:
    """Every (label block, value block) in a row of the text: a line of words, then a lone number."""
    blocks = [b for b in doc.blocks if not b.furniture and b.text.strip()]
    out = []
    for prev, b in itertools.pairwise(blocks):
        m = VALUE.match(b.text)
        if m is None or VALUE.match(prev.text) or not re.search(r"[A-Za-z]{3}", prev.text) or len(prev.text) > 200:
            continue
        out.append(Pair(prev.text.strip(), words(prev.text), float(m.group("n").replace(",", "")),
                        b.text.strip(), bool(m.group("pct")), b.line, b))
    for b in blocks:  # "Stage one complaints received: 412", a label and its value on one line
        for ln in range(b.line, (b.end_line or b.line) + 1):
            text = doc.lines[ln - 1] if 0 < ln <= len(doc.lines) else ""
            m = LABEL_VALUE.match(text)
            if m is not None and re.search(r"[A-Za-z]{3}", m.group("label")):
                out.append(Pair(m.group("label").strip(), words(m.group("label")), float(m.group("n").replace(",", "")),
                                m.group("v").strip(), bool(m.group("pct")), ln, b))
            elif (spaced := _spaced_pair(text)) is not None:
                label, v = spaced
                out.append(Pair(label, words(label), float(v.group("n").replace(",", "")), v.group(0).strip(),
                                bool(v.group("pct")), ln, b))
    return sorted(out, key=lambda p: p.line)


def _spaced_pair(text: str) -> tuple[str, re.Match[str]] | None:
    """ "Homes at 31 March        10,641": a line of two cells parted by a run of spaces or a tab, a
    label of words and a lone number (split, not matched: a line of spaces costs one pass)."""
    cells = [c for c in CELL_GAP.split(text.strip()) if c]
    if len(cells) != 2 or not re.search(r"[A-Za-z]{3}", cells[0]) or (v := VALUE.match(cells[1])) is None:
        return None
    return cells[0], v


def _named(before: Sequence[Pair], want: frozenset[str]) -> Pair | None:
    """The nearest count above whose label says exactly these words; else the only one whose label
    says them and one more word ("Stage one complaints received" for "stage one complaints")."""
    exact = next((p for p in reversed(before) if not p.percent and p.words == want), None)
    if exact is not None or not want:
        return exact
    close = [p for p in before if not p.percent and want < p.words and len(p.words - want) == 1]
    return close[0] if len(close) == 1 else None


def indicator_checks(doc: Document, make: CheckMaker) -> Iterator[Check]:
    found = pairs(doc)
    for i, pair in enumerate(found):
        before = found[max(0, i - LOOK_BACK):i]
        label = CODE.sub("", pair.label, count=1)
        if pair.percent and (m := pattern("check-indicator-share").search(label)):
            num, den = _named(before, words(m.group("num"))), _named(before, words(m.group("den")))
            rule, per = "percentage", 100.0
        elif not pair.percent and (m := pattern("check-indicator-rate").search(label)):
            num = _named(before, words(m.group("num")))
            den = next((p for p in reversed(before) if not p.percent and one_form(m.group("den").lower()) in p.words
                        and not pattern("check-indicator-rate").search(p.label)), None)  # not another rate
            rule, per = "average", float(m.group("per").replace(",", ""))
        else:
            continue
        if num is None or den is None or not den.value or num is den:
            continue
        expected = per * num.value / den.value
        status = judge_rounded(pair.value, pair.stated, expected)
        msg = (f"{num.stated} ({num.label}) over {den.stated} ({den.label}) is {expected:.2f}"
               + ("%" if per == 100 else f" per {per:g}")
               + (", as stated" if status == "pass" else f", not the stated {pair.stated}"))
        yield make(doc, rule, status, msg, pair.line, f"{pair.label} {pair.stated}", pair.value,
                   round(expected, 2), [pair.line, num.line, den.line], pair.block.page)
