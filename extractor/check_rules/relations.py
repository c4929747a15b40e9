"""Relations a sentence states with all their numbers: a percentage change with both values, an
average with its total and count, a row's share with its base, a total with its complete split.

`stated_change`: "decreased by 32%, going from 1,372 to 931", "reducing from 182 to 76, 58%",
"10 complaints, a 50% decrease compared to the 20", "349 ... compared to 135 ... (61% decrease)".
`average`: "£19,727, an average of £986 per case across the 21 determinations".
`percentage`: "351 (299)  171 = 51%": the share of the row's first count.
`breakdown_sum`: "Of the 346 complaints ..., 98 were upheld, 223 not upheld, 15 discontinued, and
seven not merited": a total and every part of it, closed by "and", in one sentence.
Every value and its base stand in one sentence, so the scope is the sentence's: a mismatch fails.
Percentages and averages are judged by their own decimals (statcheck's rounding bounds).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import TIME_AFTER, block_sentences, pattern
from extractor.extract.numbers import Number, count_numbers, parse_number
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
DOWN = re.compile(r"^(?:reduc|decreas|fall|fell|drop|down|lower)", re.IGNORECASE)
UP = re.compile(r"^(?:increas|ris|rose|grew|up|higher)", re.IGNORECASE)
CLOSER = re.compile(r"\b(?:and|whilst|while)\b", re.IGNORECASE)
BRACKETED = re.compile(r"\([^()]*\)")
PART_AFTER = re.compile(r"^\s*(?:%|per\s*cent|percent|days?|hours?|weeks?|working|£)", re.IGNORECASE)


def _num(text: str | None) -> float | None:
    if not text:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:  # a total in words: "Of the five cases, ..."
        n = parse_number(text)
        return n.value if n is not None and n.unit == "count" else None


def _last_count(text: str) -> float | None:
    counts = [n.value for n in count_numbers(text) if n.unit == "count" and not n.approximate]
    return counts[-1] if counts else None


def _sentences(doc: Document) -> Iterator[tuple[Block, str]]:
    for b in doc.blocks:
        if b.kind in ("paragraph", "list_item", "heading") and not b.furniture:
            for s in block_sentences(doc, b):
                yield b, s


def _direction(word: str | None) -> int:
    """-1 for a fall, 1 for a rise, 0 when the words do not say ("went down" says down)."""
    w = (word or "").strip().lower()
    w = w.split()[-1] if w.split() and w.split()[-1] in ("up", "down") else w
    return -1 if DOWN.match(w) else 1 if UP.match(w) else 0


def percent_changes(doc: Document, make: CheckMaker) -> Iterator[Check]:
    for b, s in _sentences(doc):
        for rule in ("check-pct-by-from-to", "check-from-to-pct", "check-pct-compared"):
            for m in pattern(rule).finditer(s):
                g = m.groupdict()
                a, bv = _num(g.get("a")), _num(g.get("b") or g.get("b2"))
                p_text = g.get("p") or g.get("p2")
                word = g.get("dir") or g.get("dir2")
                if g.get("b2") is not None:  # "A ... compared to B": A is the last count before "compared"
                    a = _last_count(s[m.start():m.start("b2")])
                if a is None or bv is None or p_text is None:
                    continue
                yield _percent_change(doc, b, s, m, make, a, bv, p_text, _direction(word), rule)


def _percent_change(doc: Document, b: Block, s: str, m: re.Match[str], make: CheckMaker, a: float, bv: float,
                    p_text: str, said: int, rule: str) -> Check:
    older, newer = a, bv
    if rule == "check-pct-compared":  # "A ... compared to B": the words say which is older
        older, newer = (max(a, bv), min(a, bv)) if said < 0 else (min(a, bv), max(a, bv))
    stated = float(p_text.rstrip("%"))
    expected = 100 * abs(newer - older) / older if older else float("inf")
    status = judge_rounded(stated, f"{p_text.rstrip('%')}%", expected) if older else "fail"
    wrong_way = said != 0 and (newer - older) * said < 0
    if wrong_way:
        status = "fail"
    msg = (f"{older:g} to {newer:g} is a {'fall' if newer < older else 'rise'} of {expected:.1f}%"
           + (", as stated" if status == "pass" else f", not the stated {p_text.rstrip('%')}%"
              + (" (and the text says the other way)" if wrong_way else "")))
    line = doc.line_of(b, s[m.start():] or s)
    return make(doc, "stated_change", status, msg, line, s, stated, round(expected, 2), [line], b.page)


def averages(doc: Document, make: CheckMaker) -> Iterator[Check]:
    for b, s in _sentences(doc):
        for m in pattern("check-average-over").finditer(s):
            total, avg, n = _num(m.group("total")), _num(m.group("avg")), _num(m.group("n"))
            if not total or avg is None or not n:
                continue
            expected = total / n
            status = judge_rounded(avg, m.group("avg").replace(",", ""), expected)
            msg = f"{m.group('total')} over {m.group('n')} is {expected:.2f} on average" + (
                ", as stated" if status == "pass" else f", not the stated {m.group('avg')}")
            line = doc.line_of(b, s)
            yield make(doc, "average", status, msg, line, s, avg, round(expected, 2), [line], b.page)


def equals_shares(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "Service 351 (299)  171 = 51%": the share against the first count of its line."""
    for b in doc.blocks:
        if b.furniture or b.kind not in ("paragraph", "list_item", "table"):
            continue
        for ln in range(b.line, (b.end_line or b.line) + 1):
            text = doc.lines[ln - 1] if 0 < ln <= len(doc.lines) else ""
            for m in pattern("check-equals-share").finditer(text):
                if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
                    continue  # "104 = 58% (91 = 54%)": last year's own count and share, in its bracket
                # (a stage's timescale in its label is no count: "Stage 2 (20 working days): 9 = 75.0%")
                counts = [n for n in count_numbers(text[:m.start()]) if n.unit == "count" and not n.approximate
                          and not TIME_AFTER.match(text, n.end)]
                num = _num(m.group("num"))
                if not counts or num is None or not counts[0].value or counts[0].value < num:
                    continue
                base = counts[0].value
                expected = 100 * num / base
                status = judge_rounded(float(m.group("p").rstrip("%")), m.group("p"), expected)
                msg = f"{num:g} of {base:g} is {expected:.1f}%" + (
                    ", as stated" if status == "pass" else f", not the stated {m.group('p')}")
                yield make(doc, "percentage", status, msg, ln, text.strip(), float(m.group("p").rstrip("%")),
                           round(expected, 2), [ln], b.page)


def of_the_splits(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "Of the N <things> ..., a ..., b ..., c ... and d ...": N against a + b + c + d. Two parts, a
    total taken from the sentence before ("696 complaints were received. Of these 85 ..."), or parts
    going on in the next sentence ("Of the 45 determined, three ... . 14 ..., 23 ... and four ...")
    may leave a group out or split another total: a mismatch then only warns."""
    flat = [(b, s) for b in doc.blocks if b.kind in ("paragraph", "list_item") and not b.furniture
            for s in block_sentences(doc, b)]
    for i, (b, s) in enumerate(flat):
        before = flat[i - 1][1] if i and flat[i - 1][0] is b else ""
        after = flat[i + 1] if i + 1 < len(flat) else None
        split = _split(s, before, after[1] if after else "")
        if split is None or pattern("check-not-whole").search(s):
            continue  # "some raised more than one issue: ...": the parts overlap
        total, total_text, parts, sure, went_on = split
        expected = sum(p.value for p in parts)
        status = "pass" if expected == total else "fail" if sure else "warn"
        msg = (f"{' + '.join(p.stated for p in parts)} = {expected:g}, "
               + ("the stated total" if status == "pass" else f"not the {total_text} they split")
               + ("" if status != "warn" else " (the parts may leave a group out, or split another total)"))
        line = doc.line_of(b, s)
        lines = [line] + ([doc.line_of(after[0], after[1])] if went_on and after else [])
        yield make(doc, "breakdown_sum", status, msg, line, s, total, expected, lines, b.page)


def _parts(rest: str) -> list:  # type: ignore[type-arg]
    return [n for n in count_numbers(rest) if n.unit == "count" and not n.approximate
            and not PART_AFTER.match(rest[n.end:])]


def _split(s: str, before: str, after: str) -> tuple[float, str, list, bool, bool] | None:  # type: ignore[type-arg]
    """(total, its text, parts, sure, parts go on in the next sentence) of a sentence that splits a
    total, or None."""
    m = pattern("check-of-the-split").search(s)
    if m is None:
        m = pattern("check-of-those-bracket-split").search(s)
    if m is None and (m := pattern("check-n-of-these-split").search(s)) is not None:
        return _clause_split(m.group("den"), s[m.end():])
    if m is not None:
        total_text, rest, from_before = m.group("den"), s[m.end():], False
    elif (m := pattern("check-of-these-split").search(s)) is not None:
        total_text, rest, from_before = _last_count_text(before), s[m.end():], True
    else:
        return None
    total = _num(total_text)
    parts, went_on = _parts(rest), False
    if m is not None and not from_before and len(parts) == 1 and len(more := _parts(after)) >= 2 \
            and _closed_list(after, more, MAX_WENT_ON_WORDS):
        parts, went_on = parts + more, True
    elif m is not None and not from_before and len(parts) == 1 and (more := _parts(after)) \
            and more[0].start <= 3 and _said_alike(rest, parts[0], after, more[0]):
        parts, went_on = parts + more[:1], True  # "four complaints were dealt ... . 11 complaints were dealt"
    if total is None or len(parts) < 2 or any(parse_number(p.stated) is None for p in parts) \
            or not (went_on or _closed_list(rest, parts)) or any(p.value > total for p in parts):
        return None
    if not went_on and not from_before and (last := _rest_next(s[m.start():m.end()], after)) is not None \
            and sum(p.value for p in parts) < total:
        parts, went_on = [*parts, last], True  # "Of the 38 ..., 17 ... and 12 ... . Nine <the same noun> ..."
    return total, total_text or "", parts, len(parts) >= 3 and not (from_before or went_on), went_on


def _rest_next(whole: str, after: str) -> Number | None:
    """The count opening the next sentence when the word after it is one the whole's own words
    say ("Of the 24 service standards we track" ... "Three standards were missed"): the last part."""
    more = _parts(after)
    if not more or more[0].start > 3:
        return None
    noun = re.match(r"^\s*([a-z]{3,})", after[more[0].end:], re.IGNORECASE)
    stem = noun.group(1).lower().rstrip("s") if noun else ""
    return more[0] if stem and re.search(rf"\b{re.escape(stem)}s?\b", whole, re.IGNORECASE) else None


def _said_alike(a_text: str, a: Number, b_text: str, b: Number) -> bool:
    """Two counts followed by the same three words: parallel clauses of one split."""
    words_a, words_b = a_text[a.end:].lower().split()[:3], b_text[b.end:].lower().split()[:3]
    return len(words_a) == 3 and words_a == words_b


def _clause_split(total_text: str, rest: str) -> tuple[float, str, list, bool, bool] | None:  # type: ignore[type-arg]
    """ "12 appeals were allowed, five of these ..., four ...; and three ...": the counts opening each
    clause, the last clause opened by "and"."""
    total = _num(total_text)
    clauses = [c.strip() for c in re.split(r"[,;]", rest)]
    parts, last_and = [], False
    for c in clauses:
        lead = re.sub(r"^and\s+", "", c, flags=re.IGNORECASE)
        found = [n for n in count_numbers(lead) if n.unit == "count" and not n.approximate and n.start == 0]
        if found:
            parts.append(found[0])
            last_and = lead != c
    if total is None or len(parts) < 2 or not last_and or any(p.value > total for p in parts):
        return None
    return total, total_text, parts, len(parts) >= 3, False


def _last_count_text(text: str) -> str | None:
    """The last count of the sentence before "Of these, ...": never one in a bracket that says what it is
    ("received 9 complaints (2023/24: 7)": 7 is the year before's, 9 is split)."""
    text = SAID_IN_BRACKET.sub(lambda m: " " * len(m.group(0)), text)
    counts = [n for n in count_numbers(text) if n.unit == "count" and not n.approximate]
    return counts[-1].stated if counts and counts[-1].stated[:1].isdigit() else None


def _closed_list(rest: str, parts: list, most_words: int | None = None) -> bool:  # type: ignore[type-arg]
    """Parts separated by commas and closed by "and", each part's number starting its clause, each within
    `most_words` of the one before."""
    gaps = [BRACKETED.sub("", rest[p.end:q.start]) for p, q in itertools.pairwise(parts)]  # "(which means ...)"
    return all("," in g or CLOSER.search(g) for g in gaps) and CLOSER.search(gaps[-1]) is not None \
        and all(len(g.split()) <= (most_words or MAX_ITEM_WORDS) for g in gaps)


# the words of one item and its separator: "2 were settled early with the landlord's agreement to put things right and";
# a list going on in the next sentence keeps its items short ("In 14 cases, the complaint was outside ...": a story)
MAX_ITEM_WORDS = 12
MAX_WENT_ON_WORDS = 8
SAID_IN_BRACKET = re.compile(r"\((?=[^()]*?(?:[^\W\d]|[/:]))[^()]*+\)")  # a bracket with words or a year in it, not a count alone


def rest_of_whole(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "settled 180 queries out of a total of 200. Only 20 queries could not be settled": the part,
    and the rest the next sentence gives, against the whole. The rest may not be all of it: warn."""
    flat = [(b, s) for b in doc.blocks if b.kind in ("paragraph", "list_item") and not b.furniture
            for s in block_sentences(doc, b)]
    for (b, s), (_, nxt) in itertools.pairwise(flat):
        whole = pattern("check-whole-named").search(s)
        rest = pattern("check-rest-of-whole").match(nxt) if whole else None
        part = _last_count(s[:whole.start()]) if whole else None
        if whole is None or rest is None or part is None or (n := parse_number(rest.group("n") or rest.group("n2"))) is None:
            continue
        total = float(whole.group("den").replace(",", ""))
        expected = part + n.value
        status = "pass" if expected == total else "warn"
        msg = (f"{part:g} + {n.stated} = {expected:g}, "
               + ("the stated whole" if status == "pass" else f"not the {whole.group('den')} stated as the whole"
                  " (if the rest named next is all of the rest)"))
        line = doc.line_of(b, s)
        yield make(doc, "breakdown_sum", status, msg, line, f"{s} {nxt}", total, expected, [line], b.page)


def without_part(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "Of the 155 ..., 90 were ... . Without these, the figure would be reduced to 65": the part and
    what is left against the total. The sentences say the arithmetic outright: a mismatch fails."""
    flat = [(b, s) for b in doc.blocks if b.kind in ("paragraph", "list_item") and not b.furniture
            for s in block_sentences(doc, b)]
    for (b, s), (_, nxt) in itertools.pairwise(flat):
        left = pattern("check-without-these").match(nxt)
        split = pattern("check-of-the-split").search(s) if left else None
        parts = _parts(s[split.end():]) if split else []
        total = _num(split.group("den")) if split else None
        if left is None or total is None or len(parts) != 1 or parts[0].value > total:
            continue
        rest = float(left.group("n").replace(",", ""))
        expected = parts[0].value + rest
        status = "pass" if expected == total else "fail"
        msg = (f"{parts[0].stated} + {left.group('n')} left = {expected:g}, "
               + ("the stated total" if status == "pass" else f"not the {split.group('den')} stated"))  # type: ignore[union-attr]
        line = doc.line_of(b, s)
        yield make(doc, "breakdown_sum", status, msg, line, f"{s} {nxt}", total, expected, [line], b.page)


def relation_checks(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """Every relation a sentence states with all its numbers."""
    yield from without_part(doc, make)
    yield from rest_of_whole(doc, make)
    yield from percent_changes(doc, make)
    yield from averages(doc, make)
    yield from equals_shares(doc, make)
    yield from of_the_splits(doc, make)
