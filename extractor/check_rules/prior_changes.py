"""`stated_change`: a value now, the earlier value it is compared with, and the stated size of the
change, wherever the earlier value stands in the sentence:

    "233 complaints this year (2024/25: 262), a reduction of 11%"
    "58 ... were handled, 9 fewer than last year (67)"
    "8.6 days on average (last year 10.1 days), an improvement of 1.5 days"
    "Compliments rose to 147 from 126, up 21"
    "We received 14 enquiries ... . This is a 30% reduction on the 20 received last year."
    "61 complaints in 2025/26 against 75 in 2024/25 (a 19% decrease)"

The sentence (with a following "This is ..." sentence) must hold exactly two values of one unit
besides the size, and words must mark one of them as the earlier ("last year", "2024/25:",
"from", "against", "on the"): anything else may compare other things, and nothing is said. A size
with "%" beside two counts is relative to the earlier value; beside two percentages it may be in
points or relative. The numbers stand in one statement, so a mismatch fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.change_lines import change_lines
from extractor.check_rules.change_scopes import change_scopes, said_apart, value_kind
from extractor.check_rules.change_sizes import STAGES_LISTED
from extractor.check_rules.from_to_sizes import COUNT, WORD, _decimals, _is_pct, _judge, _num
from extractor.check_rules.stated import TWO_DIGIT_RUNS, block_sentences
from extractor.gate import has_digit
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
WORDED = rf"\b(?:{WORD})(?:-(?:{WORD}))?\b"
PLACING = r"(?:from|with|against|than|to)"  # the word that places a value in a change: "up from nine", "than seven"
WORDED_VALUE = re.compile(rf"\b{PLACING}\s+(?!one\b){WORDED}", re.IGNORECASE)
NUM = (r"(?<![\d.,£/])(?<!\d[-–])(?<!" + STAGES_LISTED + r")(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d/])"
       r"(?!\s*(?:st|nd|rd|th)\b)")
UNIT = r"(?:\s*%|\s*per\s*cent(?!age)|(?:\s+working)?\s+days?)?"
POINTS = r"\s+(?:percentage\s+)?points?"
UP = r"increase|rise|growth|up|more|higher"
NEUTRAL = r"improvement|deterioration"  # better or worse says no direction (fewer days is better)
DOWN = r"decrease|reduction|fall|drop|decline|down|fewer|less|lower"
# "made up 152 of the 351", "took up 40": a verb's particle, no direction of change
NOT_PHRASAL = (r"(?<!\b(?:made|make|makes|making|set|took|take|takes|taken|picked|followed|signed|broken|broke|break|breaks|"
               r"count|counted)\s)")
SIZES = (
    # "an increase of 4", "a decrease of three cases" (a size in words is a count)
    re.compile(rf"\b(?:an?\s+)?(?P<dir>{UP}|{DOWN}|{NEUTRAL})\s+of\s+(?:(?P<d>{NUM})(?P<du>{POINTS}|{UNIT})|(?P<dw>{COUNT}))",
               re.IGNORECASE),
    re.compile(rf"\ban?\s+(?P<d>{NUM})(?P<du>\s*%|\s*per\s*cent)\s+(?P<dir>{UP}|{DOWN})\b", re.IGNORECASE),
    re.compile(rf"{NOT_PHRASAL}\b(?P<dir>up|down)\s+(?:by\s+)?(?P<d>{NUM})(?P<du>{POINTS}|{UNIT})(?![\w])",
               re.IGNORECASE),
    # "31 fewer complaints than last year", "27% higher than the 397 received last year"
    re.compile(rf"(?P<d>{NUM})(?P<du>{UNIT})\s+(?P<dir>fewer|more|less|higher|lower)(?:\s+[a-z]+){{0,2}}?\s+than\b",
               re.IGNORECASE),
)
# a day of a date is no value: "(September 30)", "on 30 September"
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# (or a count in words right after the word that places it, as news style writes numbers under ten: "up from nine the
# year before", "compared with seven"; "one" is too common a word to be taken for a value)
VALUE = re.compile(rf"(?<!\b(?:stage|level|step|tier|q|quarter|phase)\s?)(?<!\b{MONTH}\s)(?P<v>{NUM})(?P<u>{UNIT})(?!\s+{MONTH}\b)"
                   rf"|(?<=\b{PLACING}\s+)(?P<v>(?!one\b){WORDED})(?P<u>)(?!\s*(?:%|per\s*cent|of\b))",
                   re.IGNORECASE)
YEAR = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
EARLIER_BEFORE = re.compile(rf"(?:(?:last|previous)\s+year(?:['’]s)?|year\s+before|\bfrom|\bagainst|compared\s+(?:with|to)|"
                            rf"\bon\s+the|{YEAR}\s*:)\s*\(?\s*$", re.IGNORECASE)
EARLIER_AFTER = re.compile(r"^(?:\s+[^\W\d][\w'’-]*){0,2}?\s+(?:last\s+year|the\s+(?:previous\s+)?year\s+before|"
                           r"in\s+the\s+previous\s+year|previously)\b", re.IGNORECASE)
THEN = re.compile(r"^\s*(?:(?:this|that)\s+(?:is|was|represents|means|compared|compares)\b|(?:this|that)['’]s\b)", re.IGNORECASE)
TARGET = re.compile(r"\b(?:target|goal|aim|standard|benchmark|average\s+for)\b", re.IGNORECASE)
FALLING = re.compile(rf"^(?:{DOWN})$", re.IGNORECASE)


def _statements(doc: Document) -> Iterator[tuple[Block, str, str]]:
    """(block, statement, sentence the size is in): a sentence, with the one before when it opens
    with "This is ..." (the values are there, the size here)."""
    for b in doc.blocks:
        if b.furniture or b.kind not in ("paragraph", "list_item"):
            continue
        sentences = block_sentences(doc, b)
        for k, s in enumerate(sentences):
            clauses = s.split(";")
            if len(clauses) > 1:  # "212 (2024/25: 198), up 7%; stage 2: 31 (2024/25: 40), down 23%"
                yield from ((b, c, s) for c in clauses)
            else:
                yield b, (sentences[k - 1] + " " + s if k and THEN.match(s) else s), s


def _earlier(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 30):m.start()]
    return bool(EARLIER_BEFORE.search(before) or EARLIER_AFTER.match(text[m.end():m.end() + 40]))


BETWEEN_COMPARED = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# "150 complaints in 2030/31", "150 stage one complaints in 2030/31", "90 stage 1 complaints during 2031/32": the
# value's noun phrase (a stage's number with it), then its year
DATED_AFTER = re.compile(rf"^(?:\s+(?:stage\s+\d\b|(?!(?:fewer|more|less|than|higher|lower|up|down|compared|against|from|on)\b)"
                         rf"[^\W\d][\w'’-]*)){{0,4}}?\s+(?:in|during|for)\s+(?P<y>{YEAR})", re.IGNORECASE)
# ("364 fewer than in 2029-30" is a change's size, not a value of 2029-30; "than in 2029/30, when we dealt with 580":
# the value the year's "when" clause gives)
DATED_BEFORE = re.compile(rf"\b(?:in\s+)?(?P<y>{YEAR})\s*(?:[:,]\s*(?:when\s+(?:[^\W\d][\w'’-]*\s+){{0,4}}?)?)?$",
                          re.IGNORECASE)
DATED_REACH = 50  # characters before a value that may hold its year and a "when" clause


def _year_of(text: str, m: re.Match[str]) -> str | None:
    """The year a value is said of, right after it ("325 complaints in 2029/30") or before it ("In 2029/30, 325")."""
    after = DATED_AFTER.match(text[m.end():m.end() + 40])
    before = DATED_BEFORE.search(text[max(0, m.start() - DATED_REACH):m.start()])
    hit = after or before
    return re.sub(r"\s", "", hit.group("y")) if hit else None


def _earlier_by_year(text: str, pair: list[re.Match[str]]) -> list[bool] | None:
    """Which of two values is the earlier, when each is said of its own year; None when not both are."""
    years = [_year_of(text, m) for m in pair]
    if None in years or years[0] == years[1]:
        return None
    return [years[0] < years[1], years[1] < years[0]]  # type: ignore[operator]


NEAR_LINES = 2  # lines of one sentence wrapped in a text file


def prior_changes(doc: Document, make: CheckMaker) -> Iterator[Check]:
    """These shapes, then the changes found by mechanism (change_scopes.py, change_lines.py) on the
    lines these did not judge: a worded shape knows its values best."""
    own = list(_worded_changes(doc, make))
    yield from own
    judged = {c.line for c in own}
    # the same stated change read by a mechanism on the next line of its sentence is the same change
    near = {(c.stated, c.line + d) for c in own if c.line is not None for d in range(-NEAR_LINES, NEAR_LINES + 1)}
    said: set[tuple[int | None, float | None]] = set()
    for c in [*change_scopes(doc, make), *change_lines(doc, make)]:
        if c.line not in judged and (c.stated, c.line) not in near and (c.line, c.stated) not in said:
            said.add((c.line, c.stated))
            yield c


def _worded_changes(doc: Document, make: CheckMaker) -> Iterator[Check]:
    for blk, text, said in _statements(doc):
        if TWO_DIGIT_RUNS.search(text) is None and not (has_digit(text) and WORDED_VALUE.search(text)):
            continue  # a size and its two values are three numbers, of digits but for a value or size in words
        if TARGET.search(text):
            continue  # a value against a target is no change over time
        for shape in SIZES:
            size = shape.search(text)
            if size is None:
                continue
            if said_apart(text, size.start(), size.end()):
                break  # "..., while a 25% increase in calls ...": a change of something else
            at = size.start("d") if size.group("d") else size.start("dw")
            values = [m for m in VALUE.finditer(text) if not m.start() <= at < m.end()]
            pct = [m for m in values if _is_pct(m.group("u"))]
            # "answered within 10 working days": a timescale is no value a count or share changed between
            in_days = value_kind(size.group("du")) == "days"
            plain = [m for m in values if not _is_pct(m.group("u")) and (in_days or value_kind(m.group("u")) != "days")]
            pair = pct if len(pct) == 2 and len(plain) != 2 else plain if len(plain) == 2 and len(pct) != 2 else None
            if pair is None:
                break
            old_marked = [_earlier(text, m) for m in pair]
            if BETWEEN_COMPARED.match(text, pair[0].end(), pair[1].start()):
                old_marked = [False, True]  # "(230 compared with 258)": the second is the earlier
            if old_marked.count(True) != 1:
                old_marked = _earlier_by_year(text, pair) or old_marked
            if old_marked.count(True) != 1:
                break
            old, new = (pair[0], pair[1]) if old_marked[0] else (pair[1], pair[0])
            a, b = _num(old.group("v")), _num(new.group("v"))
            d_text, d_unit = (size.group("d"), size.group("du") or "") if size.group("d") else (size.group("dw"), "")
            if _is_pct(d_unit) and not a:
                break
            ok, got = _judge(a, b, d_text, d_unit, _is_pct(old.group("u")))
            word = size.group("dir").split()[-1]
            falls = bool(FALLING.match(word))
            wrong_way = (b - a) != 0 and (b < a) != falls and not re.match(NEUTRAL, word, re.IGNORECASE)
            status = "pass" if ok and not wrong_way else "fail"
            unit = "%" if _is_pct(d_unit) else ""
            msg = (f"{a:g} (earlier) to {b:g} is {'a rise' if b > a else 'a fall' if b < a else 'no change'} of "
                   f"{got:.{max(1 if unit else 0, _decimals(d_text))}f}{unit}; the text says '{' '.join(size.group(0).split())}'")
            line = doc.line_of(blk, size.group(0))  # the stated change's line, where a title ran into the sentence
            yield make(doc, "stated_change", status, msg, line, said, _num(d_text), round(got, 2), [line], blk.page)
            break
