"""`breakdown_sum` of a total a sentence states and the complete breakdown that follows it, in the
words reports use for it, read from the text whatever the figure reader made of its scope:

    "dealt with 84 complaints, of which 21 were upheld, 17 partly upheld and 46 not upheld"
    "a total of 137 complaints in Quarter 3: 112 at local resolution and 25 at the second stage"
    "263 complaints received (219 stage one, 44 stage two)"
    "95 cases, comprising / made up of / split between 60 ..., 20 ... and 15 ..."
    "318 complaints were received, 271 at stage one and 47 at stage two" (a verb of handling, a comma)
    "112 at stage one and 25 at stage two, a total of 137" (the parts first)
    "We received 57 complaints. 41 were dealt with at stage one and 16 at stage two." (the next
    sentence is nothing but the list: it may split another count, so a mismatch only warns)

A breakdown is a list of counts, each opening its item, separated by commas and closed by "and"
(or filling a bracket). The sentence says the parts make the total, so a mismatch fails when the
items name parts of one partition (outcomes, stages, channels, on time or late); items that may
overlap (themes, services: one complaint can be about two) or a list that may leave a group out
only warn. A part larger than the total means the sentence is no split: nothing is said.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.from_to_sizes import WORD
from extractor.check_rules.relations import PART_AFTER
from extractor.check_rules.stated import block_sentences, pattern
from extractor.extract.numbers import Number, count_numbers, parse_number
from extractor.gate import has_digit
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
COUNT = r"(?<![\d.,£/])(?!(?:19|20)\d\d\b)(?P<t>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)(?!\s*(?:%|per\s*cent|/))"
# the total, a few words naming it, then what opens its breakdown
TOTAL_THEN = re.compile(
    COUNT + r"(?P<noun>(?:\s+(?:[^\W\d][\w'’-]*|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|"
    r"(?<=(?:quarter|stage|phase|period|q)\s?)\d)){0,14}?)\s*"
    r"(?P<mark>,?\s*of\s+(?:which|whom|these|those)\b,?|:|\(|,?\s*(?:comprising|made\s+up\s+of|consisting\s+of|"
    r"split\s+(?:between|into|as)|broken\s+down\s+(?:as|into)(?:\s+follows)?:?|divided\s+(?:between|into)|"
    r"namely)\b|\s+[-–—]\s+|(?P<comma>\s*,(?=\s*\d)))",
    re.IGNORECASE)
# a total in words, its breakdown in brackets: "Six stage two complaints (Lettings, four and Repairs, two)"
WORD_TOTAL = re.compile(rf"\b(?P<t>(?:{WORD})(?:-(?:{WORD}))?)(?P<noun>(?:\s+[^\W\d][\w'’-]*){{1,8}}?)\s*(?P<mark>\()(?P<comma>(?!))?",
                        re.IGNORECASE)
# the parts first, then their total: "..., a total of 137", "making 137 in all"
# the match starts at a comma or where the spaces start, never inside a run of spaces (quadratic)
THEN_TOTAL = re.compile(r"(?:,|(?<!\s))\s*(?:a\s+total\s+of|making|giving|totalling|totaling|bringing\s+the\s+total\s+to|"
                        r"which\s+makes|which\s+gives|together\s+(?:came|come|comes|add(?:ed)?\s+up|amount(?:ed)?)\s+to|"
                        r"together\s+(?:made|make|total(?:led)?))\s+(?:a\s+total\s+of\s+)?" + COUNT, re.IGNORECASE)
# "..., Q3 28 and Q4 19 (104 in total)"
IN_TOTAL = re.compile(r"\s*\(\s*" + COUNT + r"\s+(?:in\s+total|in\s+all|altogether)\s*\)", re.IGNORECASE)
# "..., online (50) and by letter (9), 120 in all": the total after a comma, no brackets
# "..., 25 in Q3 and 18 in Q4, 84 for the year as a whole"
COMMA_IN_ALL = re.compile(r",\s*(?:that\s+is\s+|so\s+)?" + COUNT + r"(?:\s+[^\W\d][\w'’-]*){0,2}?\s+(?:in\s+total|in\s+all|altogether|"
                          r"(?:for|over|across)\s+the\s+(?:whole\s+|full\s+)?year)\b", re.IGNORECASE)
STRONG = re.compile(r"of\s+(?:which|whom)|comprising|made\s+up|consisting|split|broken|divided|\(|:|,", re.IGNORECASE)
# words of a partition: each complaint is in exactly one of the items
PARTITION = re.compile(
    r"\b(?:upheld|not\s+upheld|partly|partially|withdrawn|resolved|unresolved|stage|informal|formal|local\s+"
    r"resolution|early\s+resolution|front[-\s]?line|investigation|remaining|escalat\w*|open|closed|ongoing|outstanding|on\s+time|late|within|outside|over|email|e-mail|"
    r"phone|telephone|letter|online|web|in\s+person|face|first|second|third|final|level|step|tier|review|"
    r"male|female|men|women)\b", re.IGNORECASE)
# a bare comma opens a breakdown only after a verb of handling: "318 complaints were received, 271 ..."
HANDLED = re.compile(r"\b(?:received|receiving|closed|handled|logged|recorded|registered|made|dealt\s+with|"
                     r"responded\s+to|investigated|determined|in\s+total|in\s+all|altogether|overall)\b", re.IGNORECASE)
SEPARATOR = re.compile(r"[,;]|\band\b|\bwhilst\b|\bwhile\b|\bwith\b", re.IGNORECASE)
CLOSER = re.compile(r"\band\b|\bwhilst\b|\bwhile\b|\bwith\b", re.IGNORECASE)
BRACKETED = re.compile(r"\([^()]*\)")
MAX_GAP_WORDS = 8


def _blank_brackets(text: str) -> str:
    """Bracketed asides blanked (same length), so "21 (25%)" or "(2023/24: 39)" gives no part."""
    return BRACKETED.sub(lambda m: " " * len(m.group(0)), text)


def _parts(rest: str) -> list[Number]:
    return [n for n in count_numbers(rest) if n.unit == "count" and not n.approximate
            and not PART_AFTER.match(rest[n.end:]) and not re.match(r"\s*(?:/|\.\d)", rest[n.end:])]


def _closed(rest: str, parts: list[Number], bracket: bool) -> bool:
    """Parts that are the items of one list: separated by a comma, semicolon or "and", each within a
    few words of the one before, the last closed by "and" (a bracket may close it instead)."""
    gaps = [rest[p.end:q.start] for p, q in itertools.pairwise(parts)]
    if not all(SEPARATOR.search(g) and len(g.split()) <= MAX_GAP_WORDS for g in gaps):
        return False
    return bracket or CLOSER.search(gaps[-1]) is not None


def _items(rest: str, parts: list[Number]) -> list[str]:
    """The text of each item: its number and the words up to the next part."""
    ends = [p.start for p in parts[1:]] + [len(rest)]
    return [rest[p.start:e] for p, e in zip(parts, ends, strict=True)]


def _sentences(doc: Document) -> Iterator[tuple[Block, str, str]]:
    """(block, sentence, the sentence after it in the block or "")."""
    for b in doc.blocks:
        if b.kind in ("paragraph", "list_item") and not b.furniture:
            said = list(block_sentences(doc, b))
            for k, s in enumerate(said):
                yield b, s, said[k + 1] if k + 1 < len(said) else ""


# the next sentence adds a part the list left out: "A further 34 were withdrawn", "The remaining 12 ..."
FURTHER = re.compile(r"^\W*(?:a\s+further|another|the\s+(?:remaining|other)|in\s+addition|a\s+(?:small\s+)?number)\b",
                     re.IGNORECASE)


# a count, its words, then a comma right before this one: the count is the next item of that list
LIST_ITEM_BEFORE = re.compile(r"(?<![\d.,£/])\d[\d,]*(?:\s+[^\W\d][\w'’/-]*){1,10}\s*,\s*$")


def _same_shape(noun: str, items: list[str]) -> bool:
    """Whether a count's own words open as every item after it does ("in Q1" before "in Q2", "in Q3"):
    then it is the first item of the list, not the total of the rest."""
    first = [w.lower() for w in noun.split()[:1]]
    words = [[w.lower() for w in it.split()[1:2]] for it in items]  # an item opens with its count
    return bool(first) and bool(words) and all(w == first for w in words)


def _total_first(s: str) -> Iterator[tuple[float, str, list[Number], list[str], bool]]:
    """(total, its text, parts, their items, strong wording) of each 'total, then breakdown'."""
    for m in [*TOTAL_THEN.finditer(s), *WORD_TOTAL.finditer(s)]:
        if m.group("comma") and not HANDLED.search(s[max(0, m.start() - 50):m.end()]):
            continue
        if m.group("comma") and LIST_ITEM_BEFORE.search(s[:m.start()]):
            continue  # "85 in person, 231 by telephone, 221 online, 78 by letter": an item of a list, no total
        bracket = m.group("mark").strip() == "("
        tail = s[m.end():]
        rest = tail[:tail.find(")")] if bracket and ")" in tail else tail
        total = _value(m.group("t"))
        strong = bool(STRONG.search(m.group("mark")))
        if not bracket and (listed := bracket_items(rest.lstrip())) is not None:
            yield total, m.group("t"), listed[0], listed[1], strong
            continue
        rest = rest if bracket else _blank_brackets(rest)
        parts = _parts(rest)
        if len(parts) < 2 or not _closed(rest, parts, bracket) or parts[0].start > 40:
            continue
        items = _items(rest, parts)
        if m.group("comma") and _same_shape(m.group("noun"), items):
            continue  # "54 in the year: 15 in Q1, 14 in Q2, 12 in Q3 and 13 in Q4": 15 is the list's first item
        if m.group("comma") and all(pattern("check-item-own-noun").match(it) for it in items):
            continue  # "310 first-stage complaints, 52 formal complaints and 11 review requests": peers, no split
        yield total, m.group("t"), parts, items, strong


def _value(text: str) -> float:
    """A total in digits or in words ("Six")."""
    n = parse_number(text)
    return n.value if n is not None else float(text.replace(",", ""))


def _parts_first(s: str) -> Iterator[tuple[float, str, list[Number], list[str], bool]]:
    for m in [*THEN_TOTAL.finditer(s), *IN_TOTAL.finditer(s), *COMMA_IN_ALL.finditer(s)]:
        head = _blank_brackets(s[:m.start()])
        clause = re.split(r"[.;:]", head)[-1]
        parts = _parts(clause)
        if len(parts) < 2 or not _closed(clause, parts, False):
            # "Housing (54), Waste (23) and Parking (12) - a total of 92": the counts are in brackets
            raw = re.split(r"[.;:]", s[:m.start()])[-1]
            items = bracket_items(raw.strip())
            if items is None or len(items[0]) < 2:
                continue
            parts, labels = items
            yield float(m.group("t").replace(",", "")), m.group("t"), parts, labels, True
            continue
        yield float(m.group("t").replace(",", "")), m.group("t"), parts, _items(clause, parts), True


# "Lettings (12), Repairs (19) and Estates (6)": each item a label and its count in brackets
BRACKET_ITEM = re.compile(r"(?P<label>[^\W\d][^(),;:.]{0,60}?)\s*\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\)")
# a next sentence that lists what the count before it was about
THESE_WERE = re.compile(r"^\W*(?:these|they|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:concerned|related\s+to|were\s+about|covered|"
                        r"involved|were\s+(?:split|divided)\s+(?:between|into|as))\b", re.IGNORECASE)


def bracket_items(rest: str) -> tuple[list[Number], list[str]] | None:
    """(counts, labels) of a list of "Label (N)" items that opens `rest` and is closed by "and"."""
    found = list(BRACKET_ITEM.finditer(rest))
    if len(found) < 2 or found[0].start() > 5:
        return None
    kept = [found[0]]
    for m in found[1:]:
        gap = rest[kept[-1].end():m.start()]
        if gap.strip(" ,;") or len(m.group("label").split()) > 6:
            break
        kept.append(m)
    last = kept[-1].group("label").lower().lstrip()
    if len(kept) < 2 or not (last.startswith("and ") or " and " in rest[kept[-2].end():kept[-1].start("n")]):
        return None
    nums = [Number(float(m.group("n").replace(",", "")), m.group("n"), "count", False, m.start("n"), m.end("n"))
            for m in kept]
    return nums, [m.group("label") for m in kept]


OF_THESE = re.compile(r"^\W*(?:of|out\s+of)\s+(?:these|those|them|which)\b", re.IGNORECASE)


def _counts(text: str) -> list[Number]:
    return [n for n in count_numbers(text) if n.unit == "count" and not n.approximate]


def next_sentence_lists(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """A sentence stating one count, then a sentence that opens with a count and is a list of
    parts of one partition ("41 were dealt with at stage one and 16 at stage two")."""
    flat = [(b, s) for b, s, _ in _sentences(doc)]
    # the cheap tests first: both sentences of one block, then the next one's words, and only then
    # the numbers of each (reading them is the cost)
    for (b, s), (b2, nxt) in itertools.pairwise(flat):
        if b2 is not b or pattern("check-not-whole").search(nxt):
            continue
        about = THESE_WERE.match(nxt)
        listed = bracket_items(nxt[about.end():].lstrip(" :")) if about else None
        if listed is not None and (counts := _counts(_blank_brackets(s))):
            yield _next_list(doc, b, s, nxt, counts[0], listed[0], make)
            continue
        if OF_THESE.match(nxt):
            continue
        parts = _parts(_blank_brackets(nxt))
        if len(parts) < 2 or parts[0].start > 2:
            continue
        whole = _counts(_blank_brackets(s))
        if len(whole) != 1:
            continue
        rest = _blank_brackets(nxt)
        items = _items(rest, parts)
        total = whole[0].value
        if not _closed(rest, parts, False) or not all(PARTITION.search(it) for it in items) \
                or any(p.value > total for p in parts) or len(_counts(rest)) != len(parts):
            continue
        expected = sum(p.value for p in parts)
        status = "pass" if expected == total else "warn"
        msg = (f"{whole[0].stated} stated, the next sentence splits {' + '.join(p.stated for p in parts)} = {expected:g}"
               + ("" if status == "pass" else f", not {whole[0].stated} (if that list splits the same count)"))
        line, line2 = doc.line_of(b, s), doc.line_of(b, nxt)
        yield make(doc, "breakdown_sum", status, msg, line, f"{s} {nxt}", total, expected, [line, line2], b.page)


def _next_list(doc: Document, b: Block, s: str, nxt: str, whole: Number, parts: list[Number],
               make: CheckMaker) -> Check:
    """ "... received 15 complaints. These related to home care (7), day services (5) and ...": the
    list may be of another count of the sentence before, so a mismatch only warns."""
    expected = sum(p.value for p in parts)
    status = "pass" if expected == whole.value else "warn"
    msg = (f"{whole.stated} stated, the next sentence lists {' + '.join(p.stated for p in parts)} = {expected:g}"
           + ("" if status == "pass" else f", not {whole.stated} (if the list is of that count)"))
    line, line2 = doc.line_of(b, s), doc.line_of(b, nxt)
    return make(doc, "breakdown_sum", status, msg, line, f"{s} {nxt}", whole.value, expected, [line, line2], b.page)


LABELLED = re.compile(r"^\W{0,3}(?P<label>[^\W\d][^:;,]{0,40}?)(?:\s*[:–-]\s*|\s+)" + COUNT + r"\W{0,2}$")


LABELLED_ITEMS = 3  # two labelled counts and their Total at least


def _labelled_items(s: str) -> Iterator[tuple[float, str, list[Number], list[str], bool]]:
    """ "Stage one: 41; stage two: 12; total: 53", "Stage 1 41, stage 2 12, total 53": items of a label and
    its count, the last one a Total."""
    if s.count(",") + s.count(";") < LABELLED_ITEMS - 1:
        return  # fewer separators than the items need: no split to make
    pieces = [p for p in re.split(r"\s*[;,]\s*", s.strip()) if p]
    found = [LABELLED.match(p) for p in pieces]
    if len(found) < LABELLED_ITEMS or None in found:
        return
    *items, last = found
    if not pattern("check-total-label").match(last.group("label")):  # type: ignore[union-attr]
        return
    parts = [Number(_value(m.group("t")), m.group("t"), "count", False, 0, 0) for m in items]  # type: ignore[union-attr]
    yield _value(last.group("t")), last.group("t"), parts, [m.group(0) for m in items], True  # type: ignore[union-attr]


def prose_sums(doc: Document, make: CheckMaker) -> Iterator[Check]:
    yield from next_sentence_lists(doc, make)
    for b, s, after in _sentences(doc):
        if "(" not in s and not has_digit(s):
            continue  # every reading below needs a count in digits, or a bracket (a total in words, its parts in one)
        if pattern("check-not-whole").search(s):
            continue  # "the largest groups were", "some raised more than one": not a split of the whole
        quarterly = list(_quarter_labels(s))
        by_quarter = {(q[0], tuple(p.value for p in q[2])) for q in quarterly}
        found = [x for x in [*_total_first(s), *_parts_first(s), *_labelled_items(s)]
                 if (x[0], tuple(p.value for p in x[2])) not in by_quarter]  # the quarters' reading of the same list
        for total, total_text, parts, items, strong in [*found, *quarterly]:
            if any(p.value > total for p in parts) or not total:
                continue
            expected = sum(p.value for p in parts)
            if expected != total and _another_total(s, total_text, parts, expected):
                continue  # "19 of the 22 requests were concluded: 3 were upheld and 16 not": the parts split the 19
            quarters = period_parts(items)
            partition = strong and all(PARTITION.search(it) for it in items)
            if quarters is not None:  # "23 escalated (Q1: 9; Q2: 15)": a total split by the quarters it covers
                partition = quarters and not WHOLE_YEAR.search(s)
            partition = partition and not (expected < total and FURTHER.search(after))
            status = "pass" if expected == total else "fail" if partition else "warn"
            why = "" if status != "warn" else (" (the quarters may not be all of its period)" if quarters is not None
                                               else " (the items may overlap or leave a group out)")
            msg = (f"{total_text} stated, split into {' + '.join(p.stated for p in parts)} = {expected:g}"
                   + ("" if status == "pass" else f", not {total_text}{why}"))
            line = doc.line_of(b, s[max(0, s.find(total_text) - 1):] if total_text in s else s)
            rule = "period_sum" if quarters is not None else "breakdown_sum"
            yield make(doc, rule, status, msg, line, s, total, expected, [line], b.page)


def _another_total(s: str, total_text: str, parts: list[Number], expected: float) -> bool:
    """Whether the sentence states, besides the total read, another number equal to what the parts add
    up to: the one they split."""
    told = [p.stated for p in parts]
    return any(n.value == expected and n.stated != total_text and n.stated not in told for n in count_numbers(s))


QUARTER_ITEM = re.compile(r"\b(?:Q(?P<q>[1-4])|quarter\s+(?P<q2>[1-4]|one|two|three|four)|(?P<ord>first|second|third|fourth)\s+quarter)\b",
                          re.IGNORECASE)
QUARTER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
                 "1": 1, "2": 2, "3": 3, "4": 4}  # "quarter 2": a digit after the word
# the total's sentence names a whole year the quarters may not all be of: "in the year", "this year", "2030/31"
WHOLE_YEAR = re.compile(r"\b(?:in\s+the\s+year|this\s+year|the\s+whole\s+year|annual(?:ly)?|(?:19|20)\d\d\s*[/-]\s*\d{2,4})\b",
                        re.IGNORECASE)


# "(Q1: 9; Q2: 15)", "(Q1 - 40, Q2 - 38, Q3 - 51)": a bracket of counts, each labelled with its quarter
QUARTER_BRACKET = re.compile(r"\(\s*(?P<list>Q[1-4]\s*[:=–-]\s*\d[\d,]*(?:\s*[;,]\s*(?:and\s+)?Q[1-4]\s*[:=–-]\s*\d[\d,]*)+)\s*\)")
QUARTER_LABEL = re.compile(r"(?P<label>Q[1-4])\s*[:=–-]\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)")


def _quarter_labels(s: str) -> Iterator[tuple[float, str, list[Number], list[str], bool]]:
    """(total, its text, parts, their items, strong) of a count followed by a bracket of its quarters'
    counts: "Twenty-three complaints were escalated to stage 2 (Q1: 9; Q2: 15)". The total is the last
    count of the sentence before the bracket, with nothing but words between them."""
    for m in QUARTER_BRACKET.finditer(s):
        before = _counts(s[:m.start()])
        if not before or count_numbers(s[before[-1].end:m.start()]):
            continue
        labels = list(QUARTER_LABEL.finditer(m.group("list")))
        at = m.start("list")
        parts = [Number(float(x.group("n").replace(",", "")), x.group("n"), "count", False, at + x.start("n"), at + x.end("n"))
                 for x in labels]
        yield before[-1].value, before[-1].stated, parts, [x.group("label") for x in labels], True


def period_parts(items: list[str]) -> bool | None:
    """None unless every item names one quarter, each a different one; then whether the quarters run
    on from the first one without a gap (Q1 and Q2; Q1, Q2 and Q3): the whole of the time they cover."""
    found = [QUARTER_ITEM.search(it) for it in items]
    if not found or not all(found):
        return None
    numbers = [int(m.group("q")) if m.group("q") else QUARTER_WORDS[(m.group("q2") or m.group("ord")).lower()]
               for m in found if m is not None]
    if len(set(numbers)) != len(numbers):
        return None
    return sorted(numbers) == list(range(1, len(numbers) + 1))
