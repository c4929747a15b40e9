"""Where a sentence's clauses, asides, comparisons and paragraphs start and end: a number's
period, stage and procedure count only where they are said.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import regex as re

from extractor.extract.numbers import Number
from extractor.memo import per_document
from extractor.models import Block, Document

# from the first digit at or after the search start (\G) only: a clause end not found from there is
# found from no later digit, and trying each one was quadratic in a sentence of numbers
# (an aside set off by dashes ends there too: "... - 83 per cent, against 74 per cent in 2027/28 - and the average ...")
SCOPE_END = re.compile(r"\G\D*+\d[^;]*?(?:;|,\s*(?:of\s+(?:which|these|whom|those)|and|but|whilst|while|which|with|where)\b"
                       r"|\s[-–—]\s*(?:and|but|whilst|while|which|with|where)\b)", re.IGNORECASE)
# (?<!\s): an "and" break starts where its spaces start, never inside them (quadratic on a run of spaces)
CLAUSE_BREAK = re.compile(r"[,;:]\s+(?:and\s+|but\s+|while\s+|whilst\s+)?|(?<!\s)\s+(?:and|but)\s+(?=\w+\s+(?:were|was|cases?|complaints?))")
ASIDE = re.compile(r"\([^()]*\)")


def comparison_span(sentence: str, mark: re.Match[str] | None) -> tuple[int, int]:
    """Where a comparison ("compared to 13 during ...", "from 20") starts and ends: at the end of
    the clause holding its first number, or the end of the sentence."""
    if mark is None:
        return len(sentence), len(sentence)
    end = SCOPE_END.search(sentence, mark.end())
    return mark.start(), end.end() if end is not None else len(sentence)


@lru_cache(maxsize=32)
def _breaks(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the sentence's clause breaks, found once per sentence (a sentence of
    thousands of numbers asked for them once per number)."""
    found = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence)]
    return tuple(a for a, _ in found), tuple(sorted(b for _, b in found))


def clause_span(sentence: str, n: Number) -> tuple[int, int]:
    # over the whole sentence: a break's lookahead ("and seven were ...") reads past the number's start
    starts, ends = _breaks(sentence)
    k = bisect_right(ends, n.start)
    start = ends[k - 1] if k else 0
    j = bisect_left(starts, n.end)
    end = starts[j] if j < len(starts) else len(sentence)
    return start, end


# a count that is its clause's subject: "41 were settled informally", "58 complaints had been dealt with",
# "6 went on to stage two"; the verb is where what it did starts (a participle after the count's noun may
# only qualify it, "the 1,318 complaints closed at stage 1": counted for the count whose stage is asked only)
SUBJECT_COUNT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?P<verb>(?:were|was|had|have|has|went|came|moved)\b)", re.IGNORECASE)
ASKED_COUNT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|had|have|has|went|came|moved|[a-z]{3,}ed)\b", re.IGNORECASE)
# "..., of which 9 were upheld", "Of these, 12 ...", "...: 3 were upheld": a part of the count before, at its stage
PART_OF_BEFORE = re.compile(r"\bof\s+(?:which|these|those|them|whom)\b|:", re.IGNORECASE)
# "nine progressed to stage two, and five were upheld": where the earlier count went is what the later ones are of
MOVED_ON = re.compile(r"\b(?:escalat\w*|progress\w*|referred|passed|moved|went|came|taken)\s+(?:on\s+|up\s+)?(?:to|into)\b",
                      re.IGNORECASE)
# "1,184 were received at stage 1, a reduction on the 1,262 received in 2028/29": a value compared with the one before
COMPARED_WITH = re.compile(r"\b(?:compar\w+|versus|vs|against|than)\b|\b(?:increase|decrease|rise|fall|drop|reduction|up|down)\s+(?:on|from)\b",
                           re.IGNORECASE)
# "Of the 1,318 complaints closed at stage 1, 402 ...": the base the later counts are parts of
BASE_BEFORE = re.compile(r"\b(?:of|out\s+of|from)\s+(?:the|these|those|all)?\s*$", re.IGNORECASE)


PREDICATE_REACH = 8  # earlier counts looked at: a clause's words reach the counts near it (a run of hundreds is no sentence)


def earlier_predicates_blanked(sentence: str, numbers: Sequence[Number], i: int) -> str:
    """The sentence with what each earlier count was said to do blanked, where count i has a predicate of
    its own: "41 were settled informally, and 160 were logged as complaints" - the informal stage is the
    41's, and names none for the 160 (but "121 were escalated to stage 2 (2029/30: 97)": the 97 shares it;
    "13 stage 2 cases were closed: 3 were upheld": the 3 are part of the 13)."""
    if not ASKED_COUNT.match(sentence, numbers[i].end) or (i and COMPARED_WITH.search(sentence, numbers[i - 1].end, numbers[i].start)):
        return sentence
    out = sentence
    for n in numbers[max(0, i - PREDICATE_REACH):i]:
        if (m := SUBJECT_COUNT.match(sentence, n.end)) is None or PART_OF_BEFORE.search(sentence, m.end(), numbers[i].start) \
                or BASE_BEFORE.search(sentence, 0, n.start) or MOVED_ON.search(sentence, m.start("verb"), numbers[i].start):
            continue
        start, stop = m.start("verb"), min(clause_span(sentence, n)[1], numbers[i].start)
        if stop > start:
            out = out[:start] + " " * (stop - start) + out[stop:]
    return out


def _clause(sentence: str, n: Number) -> str:
    """The clause around a number: procedure words count only where they are said."""
    start, end = clause_span(sentence, n)
    return sentence[start:end]


def without_asides(text: str, at: int) -> str:
    """The text without the bracketed asides that do not hold position `at`: "15 days (although
    another team publicises ten working days for Stage One)" names no stage for the 15."""
    return ASIDE.sub(lambda m: m.group(0) if m.start() <= at < m.end() else " " * len(m.group(0)), text)


def line_above(doc: Document, block: Block) -> str:
    """The nearest non-blank line above a block (a label or heading it sits under), within two lines."""
    for ln in (block.line - 1, block.line - 2):
        if 1 <= ln <= len(doc.lines) and doc.lines[ln - 1].strip():
            return doc.lines[ln - 1]
    return ""


LEAD_END = re.compile(r":\s*$")
LEAD_REACH = 30  # list items walked back to the lead-in that announces them
LEAD_TAIL = 200  # how far from its end a text is looked at for the colon that announces a list


def announces_list(text: str) -> bool:
    """Whether a text ends with the colon that announces a list ("... in several services:"); only
    its tail is looked at, as this is asked for every number of a long paragraph."""
    return LEAD_END.search(text[-LEAD_TAIL:]) is not None


@per_document
def _block_index(doc: Document) -> dict[int, int]:
    """Each block's place in the document, found once (a list of thousands of items asks for each)."""
    return {id(b): k for k, b in enumerate(doc.blocks)}


def list_lead_in(doc: Document, block: Block) -> str:
    """The sentence a list item stands under ("The share of complaints upheld fell in several
    services:"): the nearest block above its run of items, when it ends with a colon."""
    if block.kind != "list_item":
        return ""
    i = _block_index(doc).get(id(block))
    if i is None:
        return ""
    for k in range(i - 1, max(-1, i - 1 - LEAD_REACH), -1):
        b = doc.blocks[k]
        if b.kind != "list_item":
            return b.text if b.kind == "paragraph" and announces_list(b.text) else ""
    return ""


LINE_END = re.compile(r"[.!?;,]\s*$")
NEXT_LINE_START = re.compile(r"^\s*(?:[\p{Lu}\d•*-])")


def hard_breaks(doc: Document, block: Block) -> str:
    """The block's text with "\n" (same length) where one of its lines stands apart from the next:
    a label or heading line of an excerpt whose lines run together ("Complaint overview" / "Between
    1 April ..."), or a line ending in a colon. Wrapped lines of one paragraph stay joined."""
    text, first, last = block.text, block.line, block.end_line or block.line
    if first == last or last > len(doc.lines):
        return text
    lines = [" ".join(doc.lines[ln - 1].split()) for ln in range(first, last + 1)]
    longest = max(len(x) for x in lines)
    chars, cursor = list(text), 0
    for here, after in pairwise(lines):
        at = text.find(here, cursor)
        if at < 0 or not here:
            return text
        cursor = at + len(here)
        if cursor >= len(text) or text[cursor] != " ":
            return text
        short = len(here) < 0.6 * longest and not LINE_END.search(here) and NEXT_LINE_START.match(after)
        labelled = LABELLED_VALUE_END.search(here) and NEXT_LINE_START.match(after)  # "Stage 2 investigations: 6"
        # "412 complaints received" / "87% answered on time": key figures set one to a line, value first
        itemised = is_item_line(here) and VALUE_FIRST.match(after)
        # "Frontline resolution: 4,102 closed (91.2% ...)" / "Investigation: 396 closed": lines each opening on a label
        parallel = LABEL_OPEN.match(here) and LABEL_OPEN.match(after)
        # "... during the year (2023/24:" / "2,087).": a colon inside an open bracket labels what follows it
        colon = here.endswith(":") and here.count("(") <= here.count(")")
        if short or labelled or itemised or parallel or colon:
            chars[cursor] = "\n"
    return "".join(chars)


LABEL_OPEN = re.compile(r"^\p{Lu}[^:.;!?\d]{1,40}:\s+\S")
VALUE_FIRST = re.compile(r"^[£]?\d[\d,]*(?:\.\d+)?\s*%?\s+\p{L}")
ITEM_LINE = 60
SENTENCE_END = re.compile(r"[.!?:]\s*$")
# "Stage 2 investigations: 6", "Complaints received: Q1 101, Q2 97": a label's value, or its values each after a quarter
LABELLED_VALUE_END = re.compile(r":\s*+(?:Q[1-4]\s*+[:=–-]?\s*+)?[£]?[\d.,]+\s*+%?(?:\s*+\([^()]*\))?"
                                r"(?:\s*+[,;]?\s*+Q[1-4]\s*+[:=–-]?\s*+[£]?[\d.,]+\s*+%?)*+\s*$")


SENTENCE_LINES_SHARE = 0.5  # of a block's lines (its last aside) that end a sentence: one-sentence lines


WRAP_WIDTH = 130  # characters: the longest line of text wrapped to a page
FULL_LINE = 0.8  # of the longest: a wrapped line, not a sentence of its own that happens to be long
WRAPPED_LINES = 40


def _wrapped_at_width(lines: Sequence[str]) -> bool:
    """Lines filled to one width, all but the last: prose wrapped to a page, where a sentence ending
    with a line is chance (one-sentence lines run together vary in length)."""
    if len(lines) > WRAPPED_LINES:
        return False  # a paragraph of hundreds of full lines is a page of items or rows, never one paragraph
    sizes = [len(x.strip()) for x in lines]
    longest = max(sizes, default=0)
    return len(sizes) > 1 and longest <= WRAP_WIDTH and all(n >= FULL_LINE * longest for n in sizes[:-1])


def paragraph_text(doc: Document, block: Block, line: int) -> str:
    """The lines of `block` that form the paragraph around `line`: a block of short lines that each
    end a sentence (an excerpt's one-line paragraphs run together) is several paragraphs."""
    first, last = block.line, block.end_line or block.line
    if first == last or line > len(doc.lines):
        return block.text
    if _item_line(doc, line) and (line > first and _item_line(doc, line - 1) or line < last and _item_line(doc, line + 1)):
        return doc.lines[line - 1]  # key figures one to a line ("412 complaints received"): each its own
    ends = _sentence_end_lines(doc)  # the lines that close a sentence, in order
    inside = bisect_left(ends, last) - bisect_left(ends, first)  # closing lines above the block's last
    if inside < SENTENCE_LINES_SHARE * (last - first) or _wrapped_at_width(doc.lines[first - 1:last]):
        return block.text  # wrapped prose where a sentence now and then ends with its line: one paragraph
    before = bisect_left(ends, line) - 1  # the last one above this line
    start = max(first, ends[before] + 1) if before >= 0 else first
    after = bisect_left(ends, line)  # this line, or the first one below it
    end = min(last, ends[after]) if after < len(ends) else last
    return " ".join(doc.lines[start - 1:end])


@per_document
def _sentence_end_lines(doc: Document) -> list[int]:
    """The 1-based lines that close a sentence, found once per document: a paragraph of thousands of
    lines is asked for each of its sentences."""
    return [k for k, text in enumerate(doc.lines, 1) if SENTENCE_END.search(text)]


def _item_line(doc: Document, line: int) -> bool:
    return 0 < line <= len(doc.lines) and is_item_line(" ".join(doc.lines[line - 1].split()))


def is_item_line(text: str) -> bool:
    """A key figure set on a line of its own, value first ("412 complaints received")."""
    return len(text) <= ITEM_LINE and bool(VALUE_FIRST.match(text)) and not LINE_END.search(text)


OPEN_BRACKET = re.compile(r"^\s*(?:%|per\s?cent)?\s*\(\s*$", re.IGNORECASE)
RATIO_OF = re.compile(r"^\s*(?:out\s+of|of)\s+(?:the\s+|all\s+|its\s+|our\s+|their\s+)?$", re.IGNORECASE)  # "1,004 of its 1,107"
# "... out of the ", "... of ": the words before a base ("Six complaints were upheld out of the ten investigated by
# the Ombudsman": the base's words are its count's too)
RATIO_BASE = re.compile(r"(?:out\s+of|\bof)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)


def next_count_start(text: str, numbers: Sequence[Number], i: int, end: int) -> int:
    """Where the next count of a clause begins, past number i's own bracketed share or count
    ("34 (9%) of complaints were escalated to Stage Two, and 12 (3%) to Stage Three")."""
    j = i + 1
    while j < len(numbers) and OPEN_BRACKET.match(text[numbers[j - 1].end:numbers[j].start]):
        j += 1
    return min(end, numbers[j].start) if j < len(numbers) else end


def own_words_end(text: str, numbers: Sequence[Number], i: int, timescale: bool) -> int:
    """Where the words of count i end: at the next count, past its own base and bracketed share
    ("34 out of 379 (9%) complaints were escalated to Stage Two", "Six were upheld out of the ten investigated
    by the Ombudsman"); a stage said after the next
    count is that count's ("Of the 1,260 complaints received, 1,102 were resolved at stage one").
    A timescale's stage may follow the share met within it ("met the 10 day deadline for 81% of
    Stage 1 responses")."""
    if timescale:
        return len(text)
    j = i + 1
    while j < len(numbers) and (OPEN_BRACKET.match(gap := text[numbers[j - 1].end:numbers[j].start]) or RATIO_BASE.search(gap)):
        j += 1
    return numbers[j].start if j < len(numbers) else len(text)
