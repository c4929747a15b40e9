"""`stated_change` by mechanism rather than by wording: find a stated size of change by its sign or
its words (patterns/checks.toml `check-size-signed`, `check-size-worded`), then the two values it is
between where reports put them, then which of the two is the earlier, then judge the size in the
unit it is said in:

    "Complaints rose to 412 in 2029/30 from 368 the year before (+12%)."      (its clause, a sign)
    "... improved from 12.4 to 9.1 working days, 3.3 days faster."           (days, "faster" is down)
    "... 128 complaints in quarter 2, an increase of 13% on quarter 1 (113)." (quarters, "on" earlier)
    "... 77, compared with 95 last year. This represents a fall of 18."       (the sentence before)

A size is a count, a per cent (relative to the earlier value; beside two percentages it may also
be points), percentage points or days. Its values are the two numbers of one kind in its clause
(cut at ";" and at "while", "whereas", "but", "however"); with none there, and a sentence that refers back
("This is ...", "The rise of ..."), the two in the sentences before. One value must be marked the
earlier ("from", "against", "on", "than", "last year's", "(2028/29: ...)"), or each must name its
own year or quarter. Nothing is said of a change over another span ("over five years"), against a
target, or of another noun than its values ("a 25% increase in calls"). In one clause a mismatch
fails; from the sentences before it warns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex as re

from extractor.check_rules.from_to_sizes import _judge
from extractor.check_rules.stated import PARAGRAPH_NUMBER, TWO_DIGIT_RUNS, block_sentences, line_sentences, pattern
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
# (a digit glued to a word is a footnote mark or a code's, "complaints1", "Q2": no value)
VALUE = re.compile(r"(?<![\d.,£$€/+−–\p{L}-])(?!(?:19|20)\d\d\b)(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d/]|\.\d)"
                   r"(?P<u>\s?%|\s*per\s*cent(?!age)|\s+(?:working\s+|calendar\s+)?days?\b|\s+weeks?\b)?", re.IGNORECASE)
NOT_A_VALUE_BEFORE = re.compile(r"\b(?:stage|quarter|q|level|tier|step|phase|part|section|page|table|figure|within|"
                                r"under|per|top|year|by)\s*$", re.IGNORECASE)  # "and Stage 2 complaints by 14": a size, its verb gapped
NOT_A_VALUE_AFTER = re.compile(r"^(?:\s*(?:st|nd|rd|th)\b|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                               r"\s*per\s+(?:\d|cent\s+of)|\s+(?:years?|months?|hours?|staff|officers?)\b"
                               # a body's size beside its complaints: "which owns about 9,400 homes"
                               r"|\s+(?:homes|properties|dwellings|households|residents|tenants|connections|pupils|students|employees)\b)",
                               re.IGNORECASE)
# one start per run of spaces (possessive, after no space): a run of spaces is refused in linear time
CONTRAST = re.compile(r"(?<![\s,])(?:,\s*+|\s++)(?:while|whilst|whereas|but|although|though|however|yet)\b\s*+"
                      # "..., and Waste Services accounted for the biggest drop, with 7 ... against 35": a clause with a
                      # named subject of its own
                      r"|,\s*+and\s++(?=(?:the\s+)?(?-i:\p{Lu})[\w&'’-]+(?:\s+(?-i:[\p{Lu}&])[\w&'’-]*)*\s+(?-i:\p{Ll}))",
                      re.IGNORECASE)
TARGET = re.compile(r"\b(?:target|goal|aim|standard|benchmark|median|average\s+for|national|sector)\b", re.IGNORECASE)
OF_NOUN = re.compile(r"^\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?(?P<noun>[a-z]{3,})", re.IGNORECASE)
# "3 more staff": the noun right after a size whose direction follows its number
NOUN_AFTER = re.compile(r"^\s+(?P<noun>[a-z]{3,})", re.IGNORECASE)
NOT_NOUNS = frozenset(("than", "from", "compared", "against", "versus", "over", "since", "last", "year", "the", "and",
                       "with", "this", "that", "which", "when", "after", "before", "per", "cent", "percent", "points",
                       "days", "working", "calendar", "previous", "prior", "quarter", "for", "during"))
SAME_THING = re.compile(r"^(?:complaint|case|concern|enquir|appeal|referral|request|contact|allegation|compliment)", re.IGNORECASE)
NEWER_BEFORE = re.compile(r"\bto\s*$", re.IGNORECASE)
BRACKETED_AFTER = re.compile(r"\s?\(\s?")
# "Compared with 368 in 2028/29, this is an increase of 12%": the clause of the change refers back
REFERS_INSIDE = re.compile(r"[,;:]\s*(?:this|that|which)\s+(?:is|was|represents|represented|means|marks|equates\s+to|"
                           r"amounts\s+to)\b", re.IGNORECASE)
# the size's own new value right after it: "rose by 4.2% to 124"
OWN_NEW_VALUE = re.compile(r"\s+to\s+(?P<v>\d[\d,]*(?:\.\d+)?)")
YEAR = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
QUARTER = r"(?:quarter\s*(?P<qn>[1-4])|q(?P<qn2>[1-4])|(?P<qw>first|second|third|fourth)\s+quarter)"
DATED_AFTER = re.compile(rf"^(?:\s+[^\W\d][\w'’-]*){{0,2}}?\s+(?:in|during|for)\s+(?:the\s+)?(?:(?P<y>{YEAR})|{QUARTER})",
                         re.IGNORECASE)
DATED_BEFORE = re.compile(rf"\b(?:in\s+)?(?:(?P<y>{YEAR})|{QUARTER})\s*[:,]?\s*$", re.IGNORECASE)
SENTENCE_YEAR = re.compile(rf"\b(?:in|during|for)\s+(?P<y>{YEAR})\b", re.IGNORECASE)
ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
DOWN_WORDS = re.compile(r"^(?:decreases?|reduction|falls?|drops?|declines?|down|fell|decreased|reduced|dropped|declined|went\s+down|"
                        r"fewer|less|lower|faster|quicker|shorter)$", re.IGNORECASE)
NEUTRAL_WORDS = re.compile(r"^(?:improvement|deterioration)$", re.IGNORECASE)


@dataclass(frozen=True)
class Size:
    """A stated size of change: where it stands, its number as written, its kind, its direction."""
    start: int
    end: int
    at: int          # where its number starts
    text: str
    kind: str        # "pct" | "points" | "days" | "count"
    said: int        # -1 a fall, 1 a rise, 0 the words do not say
    word_after: bool = False  # "3 more", "12% lower": the direction word after the number
    second: bool = False  # the same change said again in per cent: "an increase of 44 (12%)"


@dataclass(frozen=True)
class Value:
    start: int
    end: int
    value: float
    pct: bool
    days: bool = False  # a timescale or a time taken ("within 10 working days"), no count


def value_kind(unit: str | None) -> str:
    """What a value's unit makes it: "pct", "points", "days" (weeks too) or "count"; both readers of worded
    changes part a change's values by it."""
    u = " ".join((unit or "").lower().split())
    if "%" in u or "per cent" in u or "percent" in u:
        return "pct"
    if "point" in u or u == "pp":
        return "points"
    return "days" if "day" in u or "week" in u else "count"


def _said(word: str | None, sign: str | None) -> int:
    if sign and sign.strip():
        return -1 if sign.strip() in "-−–↓▼" else 1
    w = " ".join((word or "").split())
    if not w or NEUTRAL_WORDS.match(w):
        return 0
    return -1 if DOWN_WORDS.match(w) else 1


def sizes(text: str) -> list[Size]:
    """Every stated size of change in a text, by its sign or its words."""
    return list(_sizes(text))


@lru_cache(maxsize=4096)  # a sentence is asked by the change rules in turn, and its clauses again
def _sizes(text: str) -> tuple[Size, ...]:
    found: dict[int, Size] = {}
    for m in pattern("check-size-worded").finditer(text):
        g = m.groupdict()
        k = next(i for i in ("", "2", "3", "4") if g.get("d" + i))
        found[m.start("d" + k)] = Size(m.start(), m.end(), m.start("d" + k), g["d" + k], value_kind(g.get("du" + k)),
                                       _said(g.get("dir" + k), None), k == "4")
        if (again := pattern("check-size-second").match(text[m.end():])) is not None:  # "an increase of 44 (12%)"
            at = m.end() + again.start("d")
            found[at] = Size(at, m.end() + again.end(), at, again.group("d"), "pct", _said(g.get("dir" + k), None),
                             second=True)
    for m in pattern("check-size-signed").finditer(text):
        if m.start("d") not in found:
            found[m.start("d")] = Size(m.start(), m.end(), m.start("d"), m.group("d"), value_kind(m.group("du")),
                                       _said(None, m.group("sign")))
    return tuple(sorted(found.values(), key=lambda s: s.start))


def values(text: str, taken: Sequence[Size]) -> list[Value]:
    """The numbers of a text a change may be between: not a size, a year, a stage or quarter's
    number, a date, a rate's base."""
    out = []
    numbered = PARAGRAPH_NUMBER.match(text)
    for m in VALUE.finditer(text):
        if any(s.start <= m.start() < s.end for s in taken) or numbered and m.start() < numbered.end():
            continue
        if NOT_A_VALUE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or NOT_A_VALUE_AFTER.match(text[m.end("v"):]):
            continue
        kind = value_kind(m.group("u"))
        out.append(Value(m.start(), m.end(), float(m.group("v").replace(",", "")), kind == "pct", kind == "days"))
    return out


def pair_for(size: Size, found: Sequence[Value]) -> list[Value] | None:
    """The two values of the size's kind: percentages for points, else the two of one kind."""
    pct = [v for v in found if v.pct]
    plain = [v for v in found if not v.pct]
    if size.kind == "points":
        return pct if len(pct) == 2 else None
    if size.kind == "days":
        return plain if len(plain) == 2 else None
    plain = [v for v in plain if not v.days]  # "answered within 10 working days": a timescale, no count changed
    if len(pct) == 2 and len(plain) == 2:
        return None
    return pct if len(pct) == 2 else plain if len(plain) == 2 else None


def _period(text: str, v: Value) -> tuple[str, str] | None:
    """("y", year) or ("q", quarter number) a value is said of, right after it or right before it."""
    hit = DATED_AFTER.match(text[v.end:v.end + 50]) or DATED_BEFORE.search(text[max(0, v.start - 25):v.start])
    if hit is None:
        return None
    if hit.group("y"):
        return "y", re.sub(r"\s", "", hit.group("y"))
    q = hit.group("qn") or hit.group("qn2") or ORDINAL[hit.group("qw").lower()]
    return "q", q


def _marked(text: str, v: Value) -> bool:
    """Whether the words around a value make it the earlier of two."""
    return bool(pattern("check-earlier-before").search(text[max(0, v.start - 45):v.start])
                or pattern("check-earlier-after").match(text[v.end:v.end + 60]))


def earlier_of(text: str, pair: Sequence[Value]) -> int | None:
    """Which of the two values (0 or 1) the words make the earlier; None when they do not say."""
    marked = [_marked(text, v) for v in pair]
    if marked.count(True) == 1:
        return marked.index(True)
    newer = [bool(NEWER_BEFORE.search(text[max(0, v.start - 12):v.start])) for v in pair]
    if marked.count(True) == 0 and newer.count(True) == 1:
        return 1 - newer.index(True)
    if marked.count(True) == 0 and BRACKETED_AFTER.fullmatch(text[pair[0].end:pair[1].start]) \
            and text[pair[1].end:pair[1].end + 2].lstrip().startswith(")"):
        return 1  # "412 (368)": last year's value in brackets after this year's
    periods = _periods(text, pair)
    if periods is None:
        return _bracketed_dated(text, pair)
    return 0 if periods[0] < periods[1] else 1


def _bracketed_dated(text: str, pair: Sequence[Value]) -> int | None:
    """ "53 stage two complaints (41 in 2022/23)": of two values, the one in brackets that names its
    own period, beside one that names none, is the comparison, the earlier."""
    dated = [_period(text, v) is not None and text[:v.start].rstrip().endswith("(") for v in pair]
    undated = [_period(text, v) is None for v in pair]
    if dated.count(True) == 1 and undated[1 - dated.index(True)]:
        return dated.index(True)
    return None


def _periods(text: str, pair: Sequence[Value]) -> list[tuple[str, str]] | None:
    """The two values' own periods, of one kind and different; None otherwise."""
    periods = [_period(text, v) for v in pair]
    if periods[0] is None or periods[1] is None or periods[0][0] != periods[1][0] or periods[0] == periods[1]:
        return None
    return [periods[0], periods[1]]


def quarters_only(text: str, pair: Sequence[Value]) -> bool:
    """Two values of two quarters that no word compares ("30 in Q1 and 36 in Q2, an increase of
    50%"): the change may be each quarter's on the year before, so a mismatch only warns."""
    if any(_marked(text, v) or NEWER_BEFORE.search(text[max(0, v.start - 12):v.start]) for v in pair):
        return False
    periods = _periods(text, pair)
    return periods is not None and periods[0][0] == "q"


def _segment(sentence: str, size: Size) -> tuple[int, str]:
    """(offset, text) of the part of its sentence a size speaks of: its clause between semicolons,
    cut where a contrast begins ("..., while staffing rose by 3")."""
    start, end = 0, len(sentence)
    for m in re.finditer(r";", sentence):
        if m.start() < size.start:
            start = m.end()
        elif m.start() >= size.end:
            end = min(end, m.start())
    for m in CONTRAST.finditer(sentence, start, end):
        if m.end() <= size.start:
            start = m.end()
        elif m.start() >= size.end:
            end = min(end, m.start())
    return start, sentence[start:end]


def _other_noun(seg: str, size: Size, off: int) -> bool:
    """A size said "in/of" a noun its values' words never name: "a 25% increase in calls"."""
    after = seg[size.end - off:]
    m = OF_NOUN.match(after) or (NOUN_AFTER.match(after) if size.word_after else None)
    if m is None or m.group("noun").lower() in NOT_NOUNS or SAME_THING.match(m.group("noun")):
        return False
    stem = m.group("noun").lower().rstrip("s")[:6]
    rest = seg[:size.start - off] + " " + seg[size.end - off + m.end():]
    return stem not in rest.lower()


def said_apart(sentence: str, start: int, end: int) -> bool:
    """Whether a size at [start, end) speaks of something else than the values of its sentence: of
    another noun ("a 25% increase in calls"), or from a clause across a contrast that holds none."""
    size = next((x for x in sizes(sentence) if x.start <= start < x.end or start <= x.start < end),
                Size(start, end, start, "", "count", 0))
    off, seg = _segment(sentence, size)
    if _other_noun(seg, size, off) or values(seg, sizes(seg)):
        return _other_noun(seg, size, off)
    # the size's clause holds no values: those of a clause before or after it are another subject's
    return (off > 0 and any(values(sentence[:off], ()))) or any(values(sentence[off + len(seg):], ()))


@dataclass(frozen=True)
class Judged:
    status: str
    older: float
    newer: float
    got: float


def judge(size: Size, older: float, newer: float, values_pct: bool) -> Judged | None:
    """The size against the two values, in its kind; None when a per cent has no base."""
    if size.kind == "pct" and not older:
        return None
    unit = {"pct": "%", "points": " points", "days": " days", "count": ""}[size.kind]
    ok, got = _judge(older, newer, size.text, unit, values_pct)
    wrong_way = size.said != 0 and (newer - older) * size.said < 0
    return Judged("pass" if ok and not wrong_way else "fail", older, newer, got)


def message(j: Judged, size: Size, said: str) -> str:
    unit = "%" if size.kind == "pct" else " points" if size.kind == "points" else ""
    move = "a rise" if j.newer > j.older else "a fall" if j.newer < j.older else "no change"
    return (f"{j.older:g} (earlier) to {j.newer:g} is {move} of {j.got:.{max(1 if unit else 0, _places(size.text))}f}{unit}"
            f"; the text says '{' '.join(said.split())}'")


def _places(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def _back_values(sentences: Sequence[str], k: int, size: Size) -> tuple[str, list[Value], int] | None:
    """(text, values, earlier index) from the one or two sentences before a sentence that refers
    back: each value dated by its own sentence's year when the words do not say."""
    for n in (1, 2):
        if k - n < 0:
            return None
        text = " ".join(sentences[k - n:k])
        found = [v for v in values(text, sizes(text)) if not TARGET.search(text)]
        pair = pair_for(size, found)
        if pair is None:
            continue
        first = earlier_of(text, pair)
        if first is None and n == 2:
            years = [SENTENCE_YEAR.findall(s) for s in sentences[k - 2:k]]
            if all(len(y) == 1 for y in years) and years[0] != years[1]:
                first = 0 if years[0][0] < years[1][0] else 1
        return (text, pair, first) if first is not None else None
    return None


def _newer_before(before: str, seg: str, found: Sequence[Value], size: Size) -> tuple[str, list[Value], int] | None:
    """ "We logged 1,274 ... . This is 9% higher than last year (1,169).": the change's sentence names
    only the earlier value; the newer is the one value of its kind in the sentence before."""
    earlier = [v for v in found if not v.pct] if size.kind == "days" else [v for v in found if v.pct] \
        if size.kind == "points" else list(found)
    if len(earlier) != 1 or not _marked(seg, earlier[0]):
        return None
    theirs = [v for v in values(before, sizes(before)) if v.pct == earlier[0].pct]
    if len(theirs) != 1 or TARGET.search(before):
        return None
    text = f"{before} {seg}"
    shift = len(before) + 1
    here = Value(earlier[0].start + shift, earlier[0].end + shift, earlier[0].value, earlier[0].pct, earlier[0].days)
    return text, [theirs[0], here], 1


def _sentence_checks(doc: Document, b: Block, sentences: Sequence[str], k: int, make: CheckMaker) -> Iterator[Check]:
    s = sentences[k]
    for size in sizes(s):
        off, seg = _segment(s, size)
        if pattern("check-change-other-span").search(seg) or TARGET.search(seg) or _other_noun(seg, size, off):
            continue
        found = values(seg, sizes(seg))  # the clause's own sizes, where they stand in it
        pair, text, sure = pair_for(size, found), seg, True
        first = earlier_of(seg, pair) if pair else None
        if pair and quarters_only(seg, pair):
            sure = False
        refers_back = k > 0 and off == 0 and bool(pattern("check-change-refers-back").match(s)
                                                  or REFERS_INSIDE.search(s, 0, size.start))
        if not found and refers_back and (back := _back_values(sentences, k, size)):
            text, pair, first = back
            sure = False
        elif pair is None and refers_back and (split := _newer_before(sentences[k - 1], seg, found, size)):
            text, pair, first = split
            sure = False
        if pair is None or first is None:
            continue
        if text is seg and (own := OWN_NEW_VALUE.match(seg, size.end - off)) and all(own.start("v") != v.start for v in pair):
            continue  # "rose by 4.2% to 124, and 41% ..., up from 36%": the change is 124's, its earlier value unsaid
        older, newer = pair[first].value, pair[1 - first].value
        j = judge(size, older, newer, pair[0].pct)
        if j is None:
            continue
        status = "warn" if j.status == "fail" and not sure else j.status
        line = doc.line_of(b, s[size.start:])
        yield make(doc, "stated_change", status, message(j, size, s[size.start:size.end])
                   + ("" if sure else " (the values are those of the sentences before, or of two quarters no"
                                       " word compares)"),
                   line, s if sure else f"{text} {s}", float(size.text.replace(",", "")), round(j.got, 2), [line], b.page)


def second_size_lines(doc: Document) -> set[int]:
    """Lines where a change is said twice, as a count and in per cent ("an increase of 44 (12%)"):
    the worded shapes judge one size a line, so these lines are judged here first, both sizes."""
    return {doc.line_of(b, s[z.start:]) for b in doc.blocks if not b.furniture and b.kind in ("paragraph", "list_item", "heading")
            for s in block_sentences(doc, b) if "%" in s or "per cent" in s for z in sizes(s) if z.second}


def change_scopes(doc: Document, make: CheckMaker) -> Iterator[Check]:
    for b in doc.blocks:
        if b.furniture or b.kind not in ("paragraph", "list_item", "heading"):
            continue
        sentences = line_sentences(doc, b)
        for k, s in enumerate(sentences):
            if TWO_DIGIT_RUNS.search(s) is None and not (k and pattern("check-change-refers-back").match(s)):
                continue
            yield from _sentence_checks(doc, b, sentences, k, make)
