"""Changes and shares a report states in words, against the numbers beside them.

`stated_change`: "Difference: N" under a two-period table, "an increase has been seen",
"49% up from 35%", "rose from 20 to 25", "compared to 29 ...; a consistent number".
`percentage`: "34 out of 379 (9%)", "24 of the 34 ... equates to 71%", "Of the 40 ..., 25 were
upheld. This equates to 63%." The phrasings are data in patterns/checks.toml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache

import regex as re

from extractor.extract.numbers import count_numbers, parse_number, with_digits, with_percent_signs
from extractor.extract.periods import parse_period
from extractor.memo import per_document
from extractor.models import Block, Check, Document
from extractor.patterns import load_rules, rule_regex

SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=\S)")
FULL_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[-•A-Z(\d\"“'])")
FOLLOW_ON = re.compile(r"^\s*(?:this|that|which|it)\b", re.IGNORECASE)
TO_AFTER = re.compile(r"(?:\s+(?:in|during|for|at)\s+\S+)?\s+to\s+\d")
BY_BEFORE = re.compile(r"\bby\s*$", re.IGNORECASE)
# a number that counts time, not cases: "10 working days", "20 business days", "12 weeks" (no count nor base)
TIME_AFTER = re.compile(r"\s*(?:-\s*)?(?:working\s+|calendar\s+|clear\s+|business\s+)?(?:days?|weeks?|months?|hours?)\b",
                        re.IGNORECASE)
# two digit runs with something between: a check whose every shape holds two numbers of digits
# (a change between two values) passes over a sentence without them, most sentences of a report
TWO_DIGIT_RUNS = re.compile(r"\d\D+\d")
# a committee report's paragraph number opening a sentence: "3.2 The council ...", "12. We ...", "4) Of the ..."
PARAGRAPH_NUMBER = re.compile(r"^\s*\(?\d{1,2}(?:(?:\.\d{1,2}){1,3}\.?|[.)])\s+(?=[A-Z])")
MINUS = str.maketrans({"−": "-", "–": "-", "+": "", " ": "", ",": ""})

CheckMaker = Callable[..., Check]


@per_document
def _splits(doc: Document) -> dict[tuple[int, int], tuple[Block, tuple[str, ...]]]:
    return {}


def block_sentences(doc: Document, block: Block, split: re.Pattern[str] = FULL_SENTENCE) -> tuple[str, ...]:
    """`split.split(block.text)`, split once per document: a dozen checks walk the same sentences."""
    store = _splits(doc)
    hit = store.get((id(block), id(split)))
    if hit is None or hit[0] is not block:
        # a share in words as a share with a sign ("44 per cent" as "44%"): one spelling for every phrasing
        hit = store[(id(block), id(split))] = (block, tuple(with_digits(with_percent_signs(unnumbered(t))) for t in split.split(block.text)))
    return hit[1]


# a line that opens a sentence after a line ending on a figure: "Complaints received 412 (441) down 7%"
# then "Compared to 41 in 2022/23, ...": two statements a layout without full stops runs together
ENDS_ON_FIGURE = re.compile(r"[\d%)]\s*$")
OPENS_SENTENCE = re.compile(r"^\s*[A-Z][a-z]+\s+[a-z]")


def line_sentences(doc: Document, block: Block) -> tuple[str, ...]:
    """The block's sentences, each cut again where one of its lines ends on a figure with no full
    stop and the next opens a sentence: the change rules must not pair values of two statements."""
    first, last = block.line, block.end_line or block.line
    heads = [" ".join(doc.lines[ln - 1].split())[:30] for ln in range(first + 1, last + 1)
             if 0 < ln <= len(doc.lines) and ENDS_ON_FIGURE.search(doc.lines[ln - 2])
             and OPENS_SENTENCE.match(doc.lines[ln - 1])]
    if not heads:
        return block_sentences(doc, block)
    out: list[str] = []
    for s in block_sentences(doc, block):
        for head in heads:
            at = s.find(" " + head)
            if at > 0:
                out.append(s[:at])
                s = s[at + 1:]
        out.append(s)
    return tuple(out)


def unnumbered(sentence: str) -> str:
    """A sentence without the paragraph number a committee report opens it with ("4.2 This is 29
    fewer than ..."): that number is no value a change or a share is between."""
    m = PARAGRAPH_NUMBER.match(sentence)
    return sentence[m.end():] if m else sentence


@cache
def pattern(rule_id: str) -> re.Pattern[str]:
    """The regex of one rule of patterns/checks.toml, by id."""
    for rule in load_rules("checks"):
        if rule["id"] == rule_id:
            return rule_regex(rule)
    raise KeyError(rule_id)


def _fmt(v: float) -> str:
    return f"{v:g}"


def _value(text: str) -> float | None:
    """A stated amount ("-3", "35%", "two") as a number; None when it is no number."""
    cleaned = text.translate(MINUS).rstrip("%")
    try:
        return float(cleaned)
    except ValueError:
        n = parse_number(text)
        return n.value if n else None


def _direction_word(diff: float) -> str:
    return "an increase" if diff > 0 else "a decrease" if diff < 0 else "no change"


# ------------------------------------------------------------------ "Difference: N" under a table

def difference_lines(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "Difference: N" against the two-row table of periods above it (later minus earlier), and the
    direction the next sentence says was seen ("an increase has been seen") against the same two."""
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        m = pattern("check-difference-line").search(b.text) if b.kind == "paragraph" else None
        if not m:
            continue
        pair = _period_pair(blocks[max(0, i - 3):i])
        if pair is None:
            continue
        (later, now), (earlier, before), table = pair
        expected = now - before
        stated = _value(m.group("n"))
        if stated is not None:
            status = "pass" if stated == expected else "fail"
            msg = (f"{later} {_fmt(now)} against {earlier} {_fmt(before)} is a difference of {_fmt(expected)}; "
                   + ("as stated" if status == "pass" else f"the text says {m.group('n').strip()}"))
            yield make(doc, "stated_change", status, msg, b.line, b.text, stated, expected,
                       [b.line, *table.row_lines], b.page)
        for after in blocks[i + 1:i + 3]:
            seen = pattern("check-direction-seen").search(after.text)
            if seen:
                yield _direction_check(doc, make, after, seen, expected, f"{later} {_fmt(now)} against "
                                       f"{earlier} {_fmt(before)}", [after.line, *table.row_lines])
                break


def _period_pair(blocks: Sequence[Block]) -> tuple[tuple[str, float], tuple[str, float], Block] | None:
    """The last table of exactly two (period, number) rows: ((later, value), (earlier, value), table)."""
    for t in reversed(blocks):
        if t.kind != "table":
            continue
        if len(t.rows) != 2 or any(len(r) != 2 for r in t.rows):
            return None
        periods = [parse_period(r[0]) for r in t.rows]
        values = [_value(r[1]) for r in t.rows]
        if None in periods or None in values or periods[0] == periods[1]:
            return None
        rows = sorted(zip(periods, values, (r[0] for r in t.rows)), key=lambda x: x[0].start, reverse=True)
        (_, now, later), (_, before, earlier) = rows
        return (later, now), (earlier, before), t  # type: ignore[return-value]
    return None


def _direction_check(doc: Document, make: CheckMaker, b: Block, seen: re.Match[str], expected: float,
                     values: str, lines: list[int]) -> Check:
    said = "up" if seen.group("up") else "down" if seen.group("down") else "same"
    actual = "up" if expected > 0 else "down" if expected < 0 else "same"
    status = "pass" if said == actual else "fail"
    msg = f"{values} is {_direction_word(expected)}; the text says '{seen.group(0)}'"
    return make(doc, "stated_change", status, msg, b.line, b.text, {"up": 1.0, "down": -1.0, "same": 0.0}[said],
                expected, lines, b.page)


# ------------------------------------------------------------------ sentences

def _sentences(doc: Document) -> Iterator[tuple[Block, list[str]]]:
    for b in doc.blocks:
        if b.kind in ("paragraph", "list_item") and not b.furniture:
            yield b, list(block_sentences(doc, b))


def up_from_changes(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "49% up from 35%", "fell from 40% to 35%": the direction said against the two values."""
    for b, sentences in _sentences(doc):
        for s in sentences:
            for rule in ("check-up-from", "check-from-to"):
                for m in pattern(rule).finditer(s):
                    if rule == "check-up-from" and (TO_AFTER.match(s, m.end()) or BY_BEFORE.search(s[:m.start("a")])):
                        continue  # "rose by 58, up from 331 to 389": 58 is the change, 389 the value now
                    now, before = _value(m.group("a")), _value(m.group("b"))
                    if now is None or before is None or m.group("a").endswith("%") != m.group("b").endswith("%"):
                        continue
                    if not any(n.start == m.start("a") for n in count_numbers(s)):
                        continue  # "... in quarter 3, up from 104 in quarter 2": the 3 names the quarter
                    said = 1.0 if m.group("dir").lower().split()[0] in ("up", "increased", "rose", "went") \
                        and "down" not in m.group("dir").lower() else -1.0
                    diff = now - before
                    status = "pass" if diff * said > 0 else "fail"
                    msg = (f"{m.group('a')} against {m.group('b')} is {_direction_word(diff)}; "
                           f"the text says '{m.group(0).strip()}'")
                    line = doc.line_of(b, s[m.start():])
                    yield make(doc, "stated_change", status, msg, line, s, said, diff, [line], b.page)


def no_change(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """ "29 compared to 29 ...; a consistent number": the two counts compared must be equal."""
    for b, sentences in _sentences(doc):
        for s in sentences:
            mark = pattern("check-compared").search(s)
            same = pattern("check-no-change").search(s)
            if not mark or not same or same.start() < mark.end():
                continue
            counts = [n for n in count_numbers(s) if n.unit == "count" and not n.approximate]
            before = [n for n in counts if n.end <= mark.start()]
            after = [n for n in counts if mark.end() <= n.start < same.start()]
            if not before or not after:
                continue
            now, then = before[-1], after[0]
            diff = now.value - then.value
            status = "pass" if diff == 0 else "fail"
            msg = f"{now.stated} against {then.stated} is {_direction_word(diff)}; the text says '{same.group(0)}'"
            line = doc.line_of(b, s)
            yield make(doc, "stated_change", status, msg, line, s, 0.0, diff, [line], b.page)
