"""`percentage` of a whole stated a few lines before: "the council received 512 complaints" ... "It
generated 184 complaints, which is 36% of everything received. ... 97 complaints (19%), then
highways with 71 (14%)"; "We responded to 296 stage one complaints. The outcomes were: Upheld 88
(30%) ...".

Every "N (P%)" or "N ..., which is P%" allows the bases 100 x N / P within P's rounding. A count
of complaints stated before them (and not itself a share's count) is their base when at least two
of the shares up to the next such count agree with it and at most one does not: that one's share
or count is wrong. The text never says which whole each share is of, so this warns, unless the
shares' counts add up to the whole exactly: then they split it, and a share that does not fit fails.
Shares that agree pass.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import pattern
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
INT = r"(?<![\d.,%£/])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)"
ROW_SHARE = re.compile(rf"{INT}\s+(?P<p>\d+(?:\.\d+)?)\s*%\s*$")  # a row of text: "Upheld   88   30%"
PAIRS = (
    re.compile(rf"{INT}(?:\s+[^\W\d][\w'’-]*){{0,2}}\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*\)"),
    re.compile(rf"{INT}(?:\s+[^\W\d][\w'’-]*){{1,4}},?\s+(?:which\s+(?:is|was)|equal\s+to|equating\s+to|"
               rf"representing|or)\s+(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)", re.IGNORECASE),
    ROW_SHARE,
    re.compile(rf"(?<![\d.])(?P<p>\d+(?:\.\d+)?)\s*%\s*\(\s*{INT}\s*\)"),  # the share first: "54% (74) upheld"
    re.compile(rf"{INT}\s*=\s*(?P<p>\d+(?:\.\d+)?)\s*%"),  # "Not upheld 171 = 51%"
)
# a count of complaints, or of what was done with them: "296 stage one complaints", "(335 closed)"
WHOLE = re.compile(r"(?<![\d.,%£/])(?P<b>\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:[a-z][\w-]*\s+){0,3}?"
                   r"(?:complaints|cases|concerns|enquiries|contacts|responses)\b|"
                   r"(?:closed|received|handled|logged|recorded|resolved)\b(?!\s+(?:by|on|in|at|within)\b))",
                   re.IGNORECASE)
# the same count as a label and its value: "Stage one complaints closed: 335"
WHOLE_LABEL = re.compile(r"\b(?:complaints|cases|concerns|enquiries|contacts|responses)\s+(?:closed|received|handled|"
                         r"logged|recorded|resolved|responded\s+to)\s*[:=–-]\s*(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%])",
                         re.IGNORECASE)
WINDOW = 12  # lines after a whole within which its shares stand
MIN_AGREE = 2


def _lines(doc: Document) -> dict[int, int | None]:
    """Lines of prose, lists and unparsed text (no table cells, no page furniture), with their page."""
    out: dict[int, int | None] = {}
    for b in doc.blocks:
        if not b.furniture and b.kind in ("paragraph", "list_item", "heading"):  # short lines may be headings
            out.update((ln, b.page) for ln in range(b.line, (b.end_line or b.line) + 1) if 0 < ln <= len(doc.lines))
    return dict(sorted(out.items()))


Share = tuple[int, int, float, str]  # line, column, count, printed share


def _shares(doc: Document, lines: dict[int, int | None]) -> list[Share]:
    """Every "N (P%)" of the lines, also one whose share wraps onto the next line ("NHS 111 for 389" /
    "(35%), ..."), placed at its count's line and column."""
    out: dict[tuple[int, int], Share] = {}
    for first, last in _runs(lines):
        starts, parts, at = [], [], 0
        for ln in range(first, last + 1):
            starts.append(at)
            parts.append(doc.lines[ln - 1])
            at += len(doc.lines[ln - 1]) + 1
        joined = " ".join(parts)
        # a row of text ("Upheld   88   30%") ends its own line; the other shapes may wrap
        found = [m for rx in PAIRS if rx is not ROW_SHARE for m in rx.finditer(joined)]
        # (a row matched on its own line, padded to the line's place in the run)
        found += [m for k, part in enumerate(parts) for m in ROW_SHARE.finditer(" " * starts[k] + part)]
        for m in found:
            n = float(m.group("n").replace(",", ""))
            k = bisect_right(starts, m.start("n")) - 1
            ln, col = first + k, m.start("n") - starts[k]
            if n > 0 and not 1900 <= n <= 2100:
                out.setdefault((ln, col), (ln, col, n, m.group("p")))
    return sorted(out.values())


def _runs(lines: dict[int, int | None]) -> list[tuple[int, int]]:
    """Runs of consecutive lines of text with no blank line between (a paragraph wrapped over lines)."""
    runs: list[tuple[int, int]] = []
    for ln in lines:
        if runs and ln == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], ln)
        else:
            runs.append((ln, ln))
    return runs


def _wholes(doc: Document, lines: dict[int, int | None], shares: list[Share]) -> list[tuple[int, int, float]]:
    counts = {(ln, col) for ln, col, _, _ in shares}
    out = []
    for ln in lines:
        for m in [*WHOLE.finditer(doc.lines[ln - 1]), *WHOLE_LABEL.finditer(doc.lines[ln - 1])]:
            b = float(m.group("b").replace(",", ""))
            if (ln, m.start("b")) not in counts and b > 0 and not 1900 <= b <= 2100:
                out.append((ln, m.start("b"), b))
    return out


def _fits(share: Share, base: float) -> bool:
    _, _, n, p = share
    return n <= base and judge_rounded(float(p), f"{p}%", 100 * n / base) == "pass"


def stated_bases(doc: Document, make: CheckMaker) -> Iterator[Check]:
    lines = _lines(doc)
    shares = _shares(doc, lines)
    wholes = _wholes(doc, lines, shares)
    judged: set[tuple[int, int]] = set()
    places = [s[:2] for s in shares]  # ascending, as the shares are: those between two wholes are bisected for
    for k, (ln, col, base) in enumerate(wholes):
        nxt = wholes[k + 1][:2] if k + 1 < len(wholes) else (10 ** 9, 0)
        group = [s for s in shares[bisect_right(places, (ln, col)):bisect_left(places, nxt)]
                 if s[0] - ln <= WINDOW and s[:2] not in judged]
        fits = [_fits(s, base) for s in group]
        if sum(fits) < MIN_AGREE or len(group) - sum(fits) > 1:
            continue
        # the shares' counts add up to the whole: they split it, so it is their base for certain
        split = sum(s[2] for s in group) == base
        for s, ok in zip(group, fits, strict=True):
            judged.add(s[:2])
            s_ln, _, n, p = s
            expected = 100 * n / base
            why = (f" (the counts of these shares add up to the {base:g}: they split it)" if split else
                   f" (the other shares after it are of the {base:g}: this share or its count is wrong, or it is of"
                   " another whole)")
            msg = f"{n:g} of the {base:g} (line {ln}) is {expected:.1f}%" + (", as stated" if ok else f", not the stated {p}%{why}")
            yield make(doc, "percentage", "pass" if ok else ("fail" if split else "warn"), msg, s_ln,
                       doc.lines[s_ln - 1].strip(), float(p), round(expected, 2), sorted({s_ln, ln}), lines[s_ln])


def of_which_shares(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "Stage one responses: 398, of which 371 within timescale (93.2%)", "39% (226 of 574)": the whole,
    its part and the part's share in one clause with no other number between them, so a mismatch fails."""
    seen: set[tuple[int, str]] = set()
    for ln, text, page, at in _texts(doc):
        for m in [*pattern("check-of-which-share").finditer(text), *pattern("check-of-which-share-first").finditer(text),
                  *pattern("check-share-then-ratio").finditer(text)]:
            base, n = float(m.group("den").replace(",", "")), float(m.group("num").replace(",", ""))
            p = m.groupdict().get("p") or m.groupdict().get("p2")
            line = at(m.start())
            if not base or n > base or 1900 <= base <= 2100 or (line, p) in seen:
                continue
            seen.add((line, p))
            expected = 100 * n / base
            status = judge_rounded(float(p), f"{p}%", expected)
            msg = f"{n:g} of {base:g} is {expected:.1f}%" + (", as stated" if status == "pass" else f", not the stated {p}%")
            yield make(doc, "percentage", status, msg, line, text.strip(), float(p), round(expected, 2), [line], page)


def _texts(doc: Document) -> Iterator[tuple[int, str, int | None, Callable[[int], int]]]:
    """(line, text, page, where a position of the text stands) of every line of prose, then of every
    paragraph wrapped over lines (a share and its ratio may stand either side of the wrap)."""
    for ln, page in _lines(doc).items():
        yield ln, doc.lines[ln - 1], page, lambda _at, ln=ln: ln
    for b in doc.blocks:
        if not b.furniture and b.kind in ("paragraph", "list_item") and (b.end_line or b.line) > b.line:
            yield b.line, b.text, b.page, lambda at, b=b: doc.line_of(b, b.text[at:])
