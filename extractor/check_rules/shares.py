"""Shares a sentence states beside its own ratio: "34 out of 379 (9%)", "24 of the 34 ... which
equates to 71%", "Of the 40 ..., 25 were upheld. This equates to 63%." The base is in the text, so
no figure scope has to be matched. Rounding is judged at the stated decimals (statcheck, GRIM).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor.check_rules.stated import FOLLOW_ON, SENTENCE, block_sentences, pattern
from extractor.extract.numbers import count_numbers, parse_number
from extractor.gate import lower_for_gate, may_match
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
NEAR = 60  # a share further than this after its ratio speaks of something else


STATED_DECIMALS = re.compile(r"\d\.(\d+)")


def judge_rounded(stated: float, stated_text: str, expected: float) -> str:
    """pass when `expected` rounds to `stated` at the stated decimals by any usual rounding: half-up,
    half-even (both within half a unit) or down (truncation: 66.67 printed as 66%)."""
    # the decimals of the number as written, whatever follows it ("33.5%", "33.5 per cent", "33.5 percent")
    decimals = len(m.group(1)) if (m := STATED_DECIMALS.search(stated_text)) else 0
    half = 0.5 * 10 ** -decimals
    if stated - half - 1e-9 <= expected <= stated + half + 1e-9:
        return "pass"
    scale = 10 ** decimals
    if math.isfinite(expected) and math.floor(expected * scale + 1e-9) / scale == stated:
        return "pass"
    return "fail"


def _count(text: str | None) -> float | None:
    """A ratio's count, in digits or words ("nine")."""
    if not text:
        return None
    n = parse_number(text)
    return n.value if n is not None else None


def _ratios(s: str) -> list[tuple[int, int, float, float]]:
    """(start, end, numerator, denominator) of every "N of M" / "Of the M ..., N were" / "six ...
    out of the eight" in a sentence."""
    found: dict[tuple[int, int], tuple[int, int, float, float]] = {}
    low = lower_for_gate(s)
    for rule in ("check-ratio", "check-of-the-n-then-m", "check-ratio-words", "check-ratio-of-which"):
        rx = pattern(rule)
        if not may_match(rx, low):  # extractor/gate.py: the rule's required words are absent
            continue
        for m in rx.finditer(s):
            g = m.groupdict()
            num, den = _count(g.get("num") or g.get("num2")), _count(g.get("den") or g.get("den2"))
            if num is not None and den and num <= den and not 1900 <= den <= 2100:
                found.setdefault((m.start(), m.end()), (m.start(), m.end(), num, den))
    for m in pattern("check-ratio-of-them").finditer(s):
        # "investigated 40 ... and upheld 26 of them": the count just before is the base
        if (num := _count(m.group("num"))) is not None and (den := _last_count_before(s[:m.start()], num)) \
                and not 1900 <= den <= 2100:
            found.setdefault((m.start(), m.end()), (m.start(), m.end(), num, den))
    ends = sorted(found.values(), key=lambda r: (r[1], r[0]))
    # one ratio per end: the same words read by two phrasings are one ratio
    return [r for k, r in enumerate(ends) if not any(o[1] == r[1] for o in ends[:k])]


def share_text(text: str) -> str:
    """"78 per cent" as "78%"."""
    return re.sub(r"\s*per\s*cent$", "%", text.strip(), flags=re.IGNORECASE)


def _share_before(sentences: list[str], k: int, start: int) -> tuple[re.Match[str] | None, str]:
    """A share just before a ratio: in its sentence, or ending the sentence before it; never one in a bracket
    that gives another period's value ("on time (2030/31: 77%) and 12 of the 40 ...": 77% is 2030/31's)."""
    m = pattern("check-share-before").search(CLOSED_BRACKET.sub(lambda b: " " * len(b.group(0)), sentences[k][:start]))
    if m is not None:
        return m, sentences[k]
    opens = re.match(r"^\W{0,3}(?:out\s+)?of\s", sentences[k], re.IGNORECASE) is not None and start <= 12
    # "..., compared to 78% for the same period last year. At that time, ... 480 complaints, 376 of which"
    then = pattern("check-then-opener").match(sentences[k]) is not None
    if (opens or then) and k > 0 and (m := pattern("check-share-before").search(sentences[k - 1])) is not None \
            and (then or len(sentences[k - 1].rstrip()) - m.end("p") <= 1):
        return m, sentences[k - 1]
    return None, sentences[k]


# "... before the complaint reached the Ombudsman (79%).": a share in a bracket that closes its sentence
CLOSING_SHARE = re.compile(r"\(\s*\d+(?:\.\d+)?\s*%\s*\)\W*$")


def _share_after(s: str, start: int) -> re.Match[str] | None:
    """The share stated just after a ratio, or in the bracket closing its sentence with no number between."""
    m = pattern("check-stated-share").search(s, start)
    if m is None:
        return None
    if m.start() - start <= NEAR:
        return m
    closing = CLOSING_SHARE.search(s, start)
    between = s[start:closing.start()] if closing is not None else ""
    return m if closing is not None and m.start() >= closing.start() and not any(ch.isdigit() for ch in between) else None


# "one of the 34 responses missed the target", "2 out of 40 were late": the ratio counts those that failed
MISSED_AFTER = re.compile(r"[^.;()]{0,40}?\b(?:missed|outside|late|overdue|not\s+(?:met|achieved|answered|responded|on\s+time)|failed|exceeded)\b",
                          re.IGNORECASE)


def ratio_percentages(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """Each ratio against the share stated right after it, in its sentence or the next ("This equates to")."""
    for b in doc.blocks:  # a short line of a ratio and its share may be taken for a heading
        if b.kind not in ("paragraph", "list_item", "heading") or b.furniture:
            continue
        sentences = block_sentences(doc, b, SENTENCE)
        for k, s in enumerate(sentences):
            ratios = _ratios(s)
            for j, (start, end, num, den) in enumerate(ratios):
                share = _share_after(s, end)
                if share and j + 1 < len(ratios) and share.start() > ratios[j + 1][1]:
                    share = None  # the share belongs to the next ratio
                nxt = sentences[k + 1] if k + 1 < len(sentences) else ""
                if share is None and j == len(ratios) - 1 and FOLLOW_ON.match(nxt):
                    share, where = _share_after(nxt, 0), nxt
                else:
                    where = s
                if share is None and j == 0:  # "is 90%. Out of the 29 cases, 26 ...", "in 50% ... with 3 out of 6"
                    share, where = _share_before(sentences, k, start)
                if share is None:
                    continue
                text = share_text(share.groupdict().get("p") or share.group("p2"))
                stated = float(text.rstrip("%"))
                expected = 100 * num / den
                status = judge_rounded(stated, text, expected)
                if status == "fail" and MISSED_AFTER.match(s, end) and judge_rounded(stated, text, 100 - expected) == "pass":
                    # "97 percent achieved (one of the 34 responses missed the target)": the share is of the rest
                    num, expected, status = den - num, 100 - expected, "pass"
                if status == "fail" and where is not s and not FOLLOW_ON.match(where):
                    status = "warn"  # a share ending the sentence before: the likeliest, not a named one
                msg = (f"{num:g} of {den:g} is {expected:.1f}%"
                       + (", as stated" if status == "pass" else f", not the stated {text}"
                          + (" (the share ends the sentence before, and may be of another count)" if status == "warn" else "")))
                line = doc.line_of(b, s)
                lines = [line, doc.line_of(b, where)]
                yield make(doc, "percentage", status, msg, line, s if where is s else f"{s} {where}", stated,
                           round(expected, 2), lines, b.page)


def _counts_before(text: str, n: float) -> list[float]:
    """The exact counts of `text` that can be a base for n (not smaller), none in a bracket that dates
    another period's value ("3,962 concerns (2023/24: 4,118), and resolved 3,718 of them": the 3,962)."""
    return [c.value for c in count_numbers(_undated(text)) if c.unit == "count" and not c.approximate and c.value >= n > 0]


def _undated(text: str) -> str:
    """The text with each bracket that dates another period's value blanked, its places kept."""
    return CLOSED_BRACKET.sub(lambda m: " " * len(m.group(0)), text)


def _last_count_before(text: str, n: float) -> float | None:
    """The last count of `text` that can be a base for n."""
    counts = _counts_before(text, n)
    return counts[-1] if counts else None


def named_base(before: str | None, sentence: str, n: float) -> float | None:
    """The count a sentence opening "Of these," points back to: the one count of the sentence before
    that can be a base for n. None when the sentence does not point back, or the sentence before holds
    no such count or several ("150 were raised, and 90 closed in time. Of these, ...": which?)."""
    points_back = pattern("check-of-these-split").search(sentence) or pattern("check-count-of-these-opens").search(sentence)
    if not before or not points_back:
        return None
    counts = _counts_before(before, n)
    return counts[0] if len(counts) == 1 else None


# a bracket dating a value of another period ("(2023/24: 4,118)", "(last year 120)"): no base of this sentence's share
CLOSED_BRACKET = re.compile(r"\([^()]*?(?:(?:19|20)\d\d|\b(?:last|previous|prior)\s+year)[^()]*\)", re.IGNORECASE)


def them_shares(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "98 requests ..., 80% (78) of them", "Of the 98 requests, 80% (78) ...": the share against the count just
    before it or the base its sentence opens with, in its sentence
    (fail) or ending the sentence before, also the last of the paragraph just before (warn: that count
    is the likeliest base, not a named one)."""
    before: str | None = None  # the last sentence of the paragraph just before, none across a heading or table
    for b in doc.blocks:
        if b.furniture:
            continue
        if b.kind not in ("paragraph", "list_item"):
            before = None
            continue
        sentences = block_sentences(doc, b)
        previous, before = before, (sentences[-1] if sentences else None)
        for k, s in enumerate(sentences):
            for m in pattern("check-share-of-them").finditer(s):
                p_text = m.group("p") or m.group("p3") or m.group("p4") or m.group("p5") or m.group("p6") or m.group("p7")
                n = float((m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n6")
                           or m.group("n7")).replace(",", ""))
                # "Of the 212 complaints ..., 64% (136)": the base the sentence opens with; else the count just before
                named = float(m.group("m6").replace(",", "")) if m.group("m6") else None
                base = named if named and n <= named else _last_count_before(s[:m.start()], n)
                apart = base is None
                if apart and (k > 0 or previous):
                    before_s = sentences[k - 1] if k else previous or ""
                    base = _last_count_before(before_s, n)
                    apart = base is None or named_base(before_s, s, n) != base  # "Of these, ...": named
                    if apart and base is not None:
                        # "... rose to 436 in Q3, ... fewer than in Q3 last year (451). Highways accounted for 131 of
                        # them (30.0%)": which count "them" are is not said; a share that fits one of them holds
                        fits = [c for c in _counts_before(before_s, n)
                                if judge_rounded(float(p_text.rstrip("%")), p_text, 100 * n / c) == "pass"]
                        base = fits[-1] if fits else base
                if base is None:
                    continue
                expected = 100 * n / base
                status = judge_rounded(float(p_text.rstrip("%")), p_text, expected)
                if apart and status == "fail":
                    status = "warn"
                msg = f"{n:g} of {base:g} is {expected:.1f}%" + (
                    ", as stated" if status == "pass" else f", not the stated {p_text}"
                    + (" (if the count of the sentence before is its base)" if apart else ""))
                line = doc.line_of(b, s)
                yield make(doc, "percentage", status, msg, line, s, float(p_text.rstrip("%")), round(expected, 2),
                           [line], b.page)


def one_in_shares(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "One in five complaints was upheld (24 of 120)": one in K against the ratio its sentence states;
    K stands for every ratio whose inverse rounds to it. The ratio is in the statement: a mismatch fails."""
    rx = pattern("check-one-in")
    for b in doc.blocks:
        if b.kind not in ("paragraph", "list_item") or b.furniture:
            continue
        for s in block_sentences(doc, b):
            for m in rx.finditer(s):
                k = _count(m.group("k"))
                ratios = [r for r in _ratios(s) if r[2] > 0]
                if not k or len(ratios) != 1:
                    continue
                _, _, num, den = ratios[0]
                expected = den / num
                status = "pass" if abs(expected - k) <= 0.5 else "fail"
                msg = f"{num:g} of {den:g} is one in {expected:.1f}" + (
                    ", as stated" if status == "pass" else f", not one in {k:g}")
                line = doc.line_of(b, s[m.start():])
                yield make(doc, "percentage", status, msg, line, s, k, round(expected, 2), [line], b.page)


def opening_count_shares(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "We closed 279 cases at stage one. 98 were upheld, which is 35%.": a sentence opening on a bare
    count counts what the sentence before counted, so its share is of that sentence's count. The base
    is the likeliest, not a named one: a mismatch warns."""
    rx = pattern("check-count-opens-share")
    for b in doc.blocks:
        if b.kind not in ("paragraph", "list_item") or b.furniture:
            continue
        sentences = block_sentences(doc, b)
        for k in range(1, len(sentences)):
            if (m := rx.match(sentences[k])) is None:
                continue
            n = float(m.group("n").replace(",", ""))
            p_text = (m.group("p") or m.group("p2")) + "%"
            base = _last_count_before(sentences[k - 1], n)
            if base is None:
                continue
            expected = 100 * n / base
            status = "pass" if judge_rounded(float(p_text[:-1]), p_text, expected) == "pass" else "warn"
            msg = f"{n:g} of the {base:g} of the sentence before is {expected:.1f}%" + (
                ", as stated" if status == "pass" else f", not the stated {p_text} (if that count is its base)")
            line = doc.line_of(b, sentences[k])
            yield make(doc, "percentage", status, msg, line, sentences[k], float(p_text[:-1]), round(expected, 2),
                       [line, doc.line_of(b, sentences[k - 1])], b.page)


def share_of_base(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "18 requests (7.5% of the 240)", "62% of the 240 cases (149)", "85% (357) of the 420", "18 (7.5%)
    of the 240", "51 complaints, 40% of the total of 128": the count, its share and the
    base in one bracket's reach. All three are stated together: a mismatch fails."""
    for b in doc.blocks:
        if b.kind not in ("paragraph", "list_item") or b.furniture:
            continue
        sentences = block_sentences(doc, b, SENTENCE)
        yield from _this_share_of_base(doc, b, sentences, make)
        for s in sentences:
            for m in pattern("check-share-of-base").finditer(s):
                k = next(i for i in ("", "2", "3", "4", "5") if m.group(f"n{i}"))
                n, base = float(m.group(f"n{k}").replace(",", "")), float(m.group(f"b{k}").replace(",", ""))
                p_text = m.group(f"p{k}")
                if not base or n > base:
                    continue
                expected = 100 * n / base
                status = judge_rounded(float(p_text), f"{p_text}%", expected)
                msg = f"{n:g} of {base:g} is {expected:.1f}%" + (
                    ", as stated" if status == "pass" else f", not the stated {p_text}%")
                line = doc.line_of(b, s[m.start():])
                yield make(doc, "percentage", status, msg, line, s, float(p_text), round(expected, 2), [line], b.page)


def _this_share_of_base(doc: Document, b: Block, sentences: Sequence[str], make: CheckMaker) -> Iterator[Check]:
    """ "56 complaints were escalated to stage 2. This is 24% of the 236 complaints received.": the share
    and its base in a sentence that points back to the one count of the sentence before. The count is
    the sentence's subject and the base is named: a mismatch fails."""
    rx = pattern("check-this-share-of-base")
    for k in range(1, len(sentences)):
        if (m := rx.match(sentences[k])) is None:
            continue
        base = float(m.group("b").replace(",", ""))
        counts = [c.value for c in count_numbers(_undated(sentences[k - 1])) if c.unit == "count" and not c.approximate]
        if len(counts) != 1 or not 0 < counts[0] <= base:
            continue
        n, p_text = counts[0], m.group("p")
        expected = 100 * n / base
        status = judge_rounded(float(p_text), f"{p_text}%", expected)
        msg = f"{n:g} (the sentence before) of {base:g} is {expected:.1f}%" + (
            ", as stated" if status == "pass" else f", not the stated {p_text}%")
        line = doc.line_of(b, sentences[k])
        yield make(doc, "percentage", status, msg, line, f"{sentences[k - 1]} {sentences[k]}", float(p_text),
                   round(expected, 2), [line, doc.line_of(b, sentences[k - 1])], b.page)
