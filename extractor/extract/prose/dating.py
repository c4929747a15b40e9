"""Which period a number of a sentence covers: its own clause's, else the sentence's, else the
block's lead ("Quarter one - ..."), else the section's.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import regex as re

from extractor.doc_periods import COMPARED as NAMED_AS_COMPARED
from extractor.extract.numbers import Number, count_numbers
from extractor.extract.periods import Period, financial_year, find_periods, from_dates, previous_year, says_year_to_date
from extractor.extract.prose.clauses import clause_span, comparison_span
from extractor.models import Block
from extractor.segment import Context

YEAR_LABEL = re.compile(r"\d{4}")
# "48 were down on last year", "15 more than in 2029/30": a period after a comparison word is the compared one
BREAK_BEFORE_PERIOD = re.compile(r"[,;]|\d|\b(?:and|or|but|while|whilst|than|compared|against|versus)\b"
                                 r"|\b(?:up|down|increase|decrease|rise|fall)\s+on\b", re.IGNORECASE)

TO_NEW_VALUE = re.compile(r"\bto\s+$", re.IGNORECASE)
# "... to 44 complaints this year (31 at Stage 1 and 13 at Stage 2)": a bracket after the new value splits it
TO_NEW_VALUE_BRACKET = re.compile(r"\bto\s+\d[\d,]*+(?:\.\d+)?[^()\d]{0,40}\([^()]*$", re.IGNORECASE)
ATTACHED_PERIOD = 16  # "164 in 2022/23": a period this close after a number is that number's
# ", when it logged ", ", when we dealt with ": a clause between a period and the value it dates
WHEN_CLAUSE = re.compile(r"\s*,?\s*when\s+(?:[^\W\d][\w'’-]*\s+){0,4}?", re.IGNORECASE)
PREVIOUS_YEAR = re.compile(r"\b(?:previous|preceding|last|prior)\s+(?:financial\s+)?year\b", re.IGNORECASE)
# "the period from 1 April 2022 to 31 March 2023", "from April to June", "from 2019 to 2023": a date range, no comparison
DATE_NEXT = (r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
             r"|(?:19|20)\d\d\b|Q[1-4]\b|quarter\b")
# what follows the "to" of a change "from 140 to 118": a value or a period, not "escalated to the Director"
TO_VALUE = (r"(?:(?:the|a|an|just|only|about|around|over|under|nearly|almost)\s+)?(?:[\d£]|(?:zero|none|one|two|three|"
            r"four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            r"ninety|hundred)\b|DATE)")
COMPARED = re.compile(r"\b(?:compar(?:ed|es|ing)\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?)\b"
                      r"|\bagainst\s+(?:the\s+)?(?:same\s+(?:period|quarter|time)|previous|last|prior)\b"
                      # "against 84% for the same period", "against 1,140 the year before", "against 61 a year earlier"
                      r"|\bagainst(?=\s+[\d.,]+\s*(?:%|per\s?cent|(?:working\s+|calendar\s+)?days?)?\s+(?:for|in|during|over|the\s+(?:year|quarter)\s+before|a\s+(?:year|quarter)\s+(?:earlier|ago)|last\s+year)\b)"
                      r"|\b(?:increase|decrease|rise|fall|up|down)\s+on\b"
                      # "7% fewer than the 1,114 we logged in the previous year": a value compared with
                      r"|\b(?:fewer|more|less|lower|higher|greater)\s+than\s+the\s+(?=[\d£])"
                      r"|\b(?:up|down|increased?|decreased?|rose|fell|rising|falling|reduced|reduction|drop(?:ped)?)\s+from\b"
                      # "a fall in performance from 64%", "an improvement in timeliness from 63%"
                      r"|\b(?:increase|decrease|rise|fall|drop|reduction|improvement|decline|deterioration)\s+in\s+[\w-]+\s+from\b"
                      r"|\bfrom\b(?!\s+DATE)(?=[^.;]{0,40}\bto\s+TO_VALUE)|(?<=\d[^.;,]{0,30})\bfrom\b(?!\s+DATE)(?=\s+(?:the\s+)?\d)"
                      .replace("TO_VALUE", TO_VALUE).replace("DATE", DATE_NEXT), re.IGNORECASE)


@lru_cache(maxsize=4096)
def compared_mark(sentence: str) -> re.Match[str] | None:
    """COMPARED's first match in a sentence: asked for each of its numbers and again by the block
    walk, and a costly pattern (its lookarounds are tried at every word)."""
    return COMPARED.search(sentence)
# possessive \s*+: three runs of spaces in a row backtracked into one another (cubic on spaces)
NEW_VALUE = re.compile(r"^\s*+(?:%|per\s?cent)?\s*+,?\s*+(?:up|down|increased|decreased|rising|falling|rose|fell)\s+"
                       r"(?:from|on)\b", re.IGNORECASE)
LEAD_PERIOD_CHARS = 40
RELATIVE = re.compile(r"\b(?:previous|preceding|last|prior|same|this|current|before|earlier|ago)\b", re.IGNORECASE)
CALENDAR_SAID = re.compile(r"\bcalendar\s+year\s*$", re.IGNORECASE)  # "in calendar year 2023": a reporting year
ONWARDS = re.compile(r"\b(?:from|since)\s+(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<y>\d{4})"
                     r"(?!\s*(?:to|until|-|–))", re.IGNORECASE)
MONTH_NUMBERS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"), 1)}


def sentence_periods(sentence: str, context: Period | None) -> list[tuple[int, int, Period]]:
    """The periods of a sentence; in a report kept in financial years, a bare calendar year or
    month is when something happened, not the period a figure covers."""
    found = [(s, e, p) for s, e, p in find_periods(sentence, context) if p.start is not None]
    if found and not RELATIVE.search(sentence[found[0][0]:found[0][1]]) and found[0][2] != context \
            and not COMPARED_BEFORE.search(sentence, 0, found[0][0]):
        # "363 between April and September 2024 ... 448 during the same period last year":
        # relative phrases read against the sentence's own first period
        found = [(s, e, p) for s, e, p in find_periods(sentence, found[0][2]) if p.start is not None]
    # what a bare "last year" means ("Last year we received 224 complaints" in a report on that
    # year) is settled for the whole document in periods.reading, not here
    if context is not None and is_reporting(context):
        # ... but a month with its count in brackets ("late in June (4)") is that count's period
        # and a sentence that opens on its month ("In September alone there were 57") counts that month
        found = [(s, e, _year_ending_march(p) if _labels_bracket(sentence, s, e, p, context) else p) for s, e, p in found
                 if is_reporting(p) or CALENDAR_SAID.search(sentence[max(0, s - 20):s]) or COUNT_IN_BRACKETS.match(sentence, e)
                 or _opening_month(sentence, s, e, p, context) or _labels_bracket(sentence, s, e, p, context)] \
            + _onwards(sentence, context)
    found += _elliptic(sentence, found, context)
    return sorted(found, key=lambda sp: sp[0])


# "140 in the first quarter, 152 in the second and 131 in the third": an ordinal whose quarter or half is
# left to the period named before it; only where the ordinal ends its phrase ("in the first instance" is none)
ORDINAL_UNIT = re.compile(r"\b(?:first|second|third|fourth|final|last)\s+(?P<unit>quarter|half)\b", re.IGNORECASE)
ELLIPTIC_ORDINAL = re.compile(r"\b(?:in|for|during)\s+the\s+(?P<ord>second|third|fourth|final|last)(?=\s*(?:[,.;)]|and\b|or\b|$))",
                              re.IGNORECASE)


def _elliptic(sentence: str, found: list[tuple[int, int, Period]], context: Period | None) -> list[tuple[int, int, Period]]:
    """The periods of ordinals that leave out the quarter or half a period before them named."""
    units = [(e, m.group("unit")) for s, e, _ in found if (m := ORDINAL_UNIT.search(sentence, s, e))]
    out: list[tuple[int, int, Period]] = []
    for m in ELLIPTIC_ORDINAL.finditer(sentence):
        unit = next((u for e, u in reversed(units) if e <= m.start()), None)
        if unit is None or any(s <= m.start() < e for s, e, _ in found):
            continue
        named = [p for _, _, p in find_periods(f"the {m.group('ord')} {unit}", context) if p.start is not None]
        if named:
            out.append((m.start(), m.end(), named[0]))
    return out


# "compared with 121 in quarter 1 and 150 in the same quarter last year": a compared value's period is
# not what the sentence's relative phrases are read against. Not compared_mark: its "up from 45 in
# 2029/30 and 39 the year before that" names a period the relative phrase IS read against
COMPARED_BEFORE = re.compile(r"\b(?:compared|against|versus|than)\b", re.IGNORECASE)
PERIOD_LABELS_VALUE = re.compile(r"\s*[-–=:]\s*")
COUNT_IN_BRACKETS = re.compile(r"\s*\(\s*\d[\d,]*\s*\)")
DIGIT = re.compile(r"\d")
OPENING_PREPOSITION = re.compile(r"\s*(?:(?:in|during|for|throughout)\s+(?:the\s+month\s+of\s+)?)?", re.IGNORECASE)


def _opening_month(sentence: str, start: int, end: int, p: Period, context: Period) -> bool:
    """A month of the report's own period that the sentence opens on ("In September alone there were
    57", "During August 2030 we logged 41"): the period of what the sentence counts. (A month outside
    it, "In August 2014 the council adopted its policy", or one of a sentence that counts nothing, "In
    July 2020 the council opened a phone line", is when something happened.)"""
    return p.start is not None and p.end is not None and (p.end - p.start).days <= 31 \
        and context.start is not None and context.end is not None and context.start <= p.start <= p.end <= context.end \
        and OPENING_PREPOSITION.fullmatch(sentence[:start]) is not None and DIGIT.search(sentence, end) is not None


def _onwards(sentence: str, context: Period) -> list[tuple[int, int, Period]]:
    """ "Data held from October 2019 suggests ...": from that month to the end of the report's period."""
    out = []
    for m in ONWARDS.finditer(sentence):
        month = MONTH_NUMBERS.get(m.group("m").lower()[:3])
        start = date(int(m.group("y")), month, 1) if month else None
        if start is not None and context.start is not None and context.end is not None \
                and context.start < start <= context.end:
            out.append((m.start(), m.end(), from_dates(start, context.end)))
    return out


def _labels_bracket(sentence: str, start: int, end: int, p: Period, context: Period) -> bool:
    """A bare year that labels the value in its bracket ("402 complaints (2030: 377)") in a report kept in
    financial years: the compared year, named as such reports name their years, by the March they end in."""
    return bool(YEAR_LABEL.fullmatch(p.label) and "/" in context.label and OPENS_BRACKET.search(sentence, 0, start)
                and LABEL_OF_NEXT.match(sentence, end))


def _year_ending_march(p: Period) -> Period:
    """ "2030" as the year ending 31 March 2030: 2029/30."""
    return financial_year(int(p.label) - 1)


def is_reporting(p: Period) -> bool:
    """A reporting period (a financial year, half or quarter, or a span of several months), not
    the month or calendar year an event happened in ("implemented late in 2019")."""
    if p.start is None or p.end is None:
        return False
    return (p.end - p.start).days > 40 and not YEAR_LABEL.fullmatch(p.label)


def period_for(n: Number, sentence: str, periods: list[tuple[int, int, Period]], lead: Period | None,
               context: Period | None) -> Period | None:
    """A number after "compared to" takes the period that follows it; one before takes the
    sentence's own period; else the block lead's, else the section's."""
    # "Figures presented to the panel in July show ...": a month said before the verb of the report that gives
    # the figures is the report's date, never theirs
    verbs = [(m.start(), m.end()) for m in REPORTING_VERB.finditer(sentence, 0, n.start)]
    if verbs:
        periods = [(s, e, p) for s, e, p in periods if not (e <= verbs[-1][0] and _a_month(p))]
    # "115 (Q2: 98)": a period labelling a later number is that number's, not this one's
    # "377 (last year 402)", "38% were upheld (last year 41%)": so is one that opens a bracket after
    # this number and labels the number in it
    periods = [(s, e, p) for s, e, p in periods if s < n.end or not (
        LABEL_OF_NEXT.match(sentence, e) or (OPENS_BRACKET.search(sentence, n.end, s) and BRACKET_VALUE.match(sentence, e))
        or _dates_bracketed_value(sentence, n.end, s))]
    # "... (412 in 2029/30) and 49 Stage 2 complaints (57)": a value alone in its bracket is dated as the
    # bracket before it dated its value
    if ALONE_IN_BRACKET.match(sentence[max(0, n.start - 2):n.end + 2]) and (dated := bracket_period(sentence, n.start, periods)):
        return dated
    # "388 Stage 1 complaints (412 in 2029/30) and 49 Stage 2": a period dating a value in a bracket of its
    # own stays in that bracket
    periods = [(s, e, p) for s, e, p in periods if not _dates_in_other_bracket(sentence, s, e, n)]
    # "2030/31 - 412; 2029/30 - 388", "Q2 = 37": a period set right before the value as its label
    labelled = [p for _, e, p in periods if e <= n.start and PERIOD_LABELS_VALUE.fullmatch(sentence, e, n.start)]
    if labelled:
        return labelled[-1]
    # "12% more than in 2029/30, when it logged 1,900": the value of a "when" clause is the period's it follows
    when = [p for _, e, p in periods if e <= n.start and WHEN_CLAUSE.fullmatch(sentence, e, n.start)]
    if when:
        return when[-1]
    # a period labelling another value in its bracket ("64 complaints (2029/30: 71) and 388 compliments") is
    # that value's alone: it frames nothing after it
    periods = [(s, e, p) for s, e, p in periods if not (OPENS_BRACKET.search(sentence, 0, s) and LABEL_OF_NEXT.match(sentence, e))]
    attached = [p for s, e, p in periods if 0 <= s - n.end <= ATTACHED_PERIOD
                and not BREAK_BEFORE_PERIOD.search(sentence[n.end:s])]
    if attached:
        return attached[0]
    mark = compared_mark(sentence)
    if mark is not None and n.start > mark.start() and (TO_NEW_VALUE.search(sentence[mark.end():n.start])
                                                         or TO_NEW_VALUE_BRACKET.search(sentence[mark.end():n.start])):
        # "from 130 to 100": the value after "to" is the current one, and a period said of the value
        # it changed from ("going from 1,372 in 2019/20 to 931") is not its own
        # nor one named as the year compared with ("reduced since the previous year, from 2,756 to 2,339")
        periods = [(s, e, p) for s, e, p in periods if not mark.start() <= s < n.start
                   and not (s < mark.start() and _named_as_compared(sentence, s))]
        mark = None
    # "decreased to 14 from 20, of which 6 were upheld": the comparison ends with its clause
    scope = comparison_span(sentence, mark)
    # "against the same period last year (49% up from 35%)": 49 is the current value
    current = bool(NEW_VALUE.match(sentence[n.end:]))
    if mark is not None and scope[0] < n.start < scope[1] and not current:
        after = [p for s, _, p in periods if s > mark.start()]
        current = next((p for s, _, p in periods if s < mark.start()), None) or lead or context
        if after and PREVIOUS_YEAR.search(sentence, mark.start()) and current is not None \
                and after[0].start is not None and current.start is not None and after[0].start >= current.start:
            # "compared to 33 in quarter four in the previous financial year"
            return previous_year(after[0])
        if after:
            return after[0]
        said = next(((s, p) for s, _, p in periods if s < mark.start()), None)
        if said is not None and _named_as_compared(sentence, said[0]):
            return said[1]  # "reduced since the previous year, from 2,756 to 2,339": 2,756 is that year's
        base = (said[1] if said else None) or lead or context
        return previous_year(base) if base is not None else None
    # "... (412) were both higher than last year": a period named as the one compared with, after the
    # number, dates a value compared with or none, never this one
    before_mark = [(s, e, p) for s, e, p in periods if not scope[0] <= s < scope[1]
                   and not (s > n.end and named_as_compared_with(sentence, s))]
    clause = clause_span(sentence, n)
    own = [(s, p) for s, e, p in before_mark if clause[0] <= s < clause[1]]
    # "A report in March 2033 shows that 412 complaints were received in 2031/32": the report's date frames the
    # figures only when the clause after its verb names no period of its own
    frame_end = next((end for start, end in reversed(verbs) if start >= clause[0]), None)  # this clause's last verb
    if frame_end is not None and any(s >= frame_end for s, _ in own):
        own = [(s, p) for s, p in own if s >= frame_end]
    if own:  # "... in quarter four: ...; and a total of 148 for the 23/24 year"
        # "In quarter 1 this was 60% and in quarter 2 it was 82%": the nearest period before the number
        before = [p for s, p in own if s < n.start]
        return before[-1] if before else own[0][1]
    # "Last year we received 400 complaints; the year before, 380": a period said between the number
    # before and this one, in this number's part of the sentence, is this number's
    numbers = count_numbers(sentence)
    earlier = [x.end for x in numbers if x.end <= n.start]
    between = [p for s, e, p in before_mark if earlier and earlier[-1] <= s < n.start
               and not CLAUSE_END.search(sentence, s, n.start) and CLAUSE_END.search(sentence, earlier[-1], s)]
    if between:
        return between[-1]
    # a period said later in another clause is that clause's ("fell from 74 to 41, with 19 upheld in
    # the year up to March 2023"), and one inside the comparison is the compared figure's
    first = min((x.start for x in numbers), default=n.start)
    framing = [p for s, e, p in before_mark if s < min(first, n.start) or (s < n.start and s < clause[0]
                                                                           and not CLAUSE_END.search(sentence, s, n.start))]
    return framing[0] if framing else (lead or context)


def _a_month(p: Period) -> bool:
    """Whether a period is a month or a day (a report's date), not a year, half or quarter of figures."""
    return p.start is not None and p.end is not None and (p.end - p.start).days <= 31


CLAUSE_END = re.compile(r";")
# the verb of a report that gives figures: "... shows that", "figures ... show", "data revealed that"
REPORTING_VERB = re.compile(r"\b(?:show(?:s|ed|n)?|reveal(?:s|ed)?|indicate[sd]?|confirm(?:s|ed)?|suggest(?:s|ed)?)\b(?:\s+that\b)?",
                            re.IGNORECASE)


def _dates_bracketed_value(sentence: str, after: int, start: int) -> bool:
    """Whether the period at `start` stands in a bracket opened after `after` behind a value of its own:
    "1,904 compliments in the year (1,722 in 2030/31)" dates the 1,722, not the 1,904."""
    opened = sentence.rfind("(", after, start)
    return opened >= 0 and ")" not in sentence[opened:start] and any(map(str.isdigit, sentence[opened + 1:start]))


def _dates_in_other_bracket(sentence: str, start: int, end: int, n: Number) -> bool:
    """Whether the period at start..end stands in a bracket beside a value of its own ("(412 in
    2029/30)", "(2029/30: 57)") and the number `n` outside that bracket; a bracket holding only the
    period ("In the year (2030/31) we received ...") frames the sentence."""
    opened = sentence.rfind("(", 0, start)
    closed = sentence.find(")", end)
    if opened < 0 or closed < 0 or ")" in sentence[opened:start] or "(" in sentence[end:closed]:
        return False
    inside = sentence[opened + 1:start] + " " + sentence[end:closed]
    return any(map(str.isdigit, inside)) and not opened < n.start < closed


BRACKET = re.compile(r"\(([^()]*)\)")
ALONE_IN_BRACKET = re.compile(r"^.?\(\s*\S+\s*\).?$")


def bracket_period(sentence: str, before: int, periods: list[tuple[int, int, Period]]) -> Period | None:
    """The period of the last bracket before offset `before` that dates a value of its own ("(412 in
    2029/30)", "(2029/30: 57)"): the sentence's convention for the bare brackets after it. `periods`:
    the sentence's periods, as sentence_periods found them."""
    found = None
    for m in BRACKET.finditer(sentence, 0, before):
        inner = [(s, e, p) for s, e, p in periods if m.start(1) <= s and e <= m.end(1)]
        found = next((p for s, e, p in inner
                      if any(map(str.isdigit, sentence[m.start(1):s] + " " + sentence[e:m.end(1)]))), found)
    return found


# "than last year", "than in 2030/31", "compared with the same period of 2030/31": the words that name a
# period as the one compared with (not "from" or "since", which open a span)
COMPARED_WITH = re.compile(r"\b(?:than(?:\s+(?:in|for|during))?|compar(?:ed|es|ing)\s+(?:to|with)|against|versus|vs\.?)\s+"
                           r"(?:that\s+(?:of|for)\s+)?(?:the\s+)?(?:same\s+(?:period|quarter|time)\s+(?:in|of)\s+)?(?:the\s+)?$",
                           re.IGNORECASE)


def named_as_compared_with(sentence: str, start: int) -> bool:
    """Whether the period at `start` follows a comparison word right before it ("fewer than in 2030/31")."""
    return bool(COMPARED_WITH.search(sentence, max(0, start - 50), start))


def _named_as_compared(sentence: str, start: int) -> bool:
    """Whether the period at `start` is named as the one compared with ("since the previous year")."""
    return bool(NAMED_AS_COMPARED.search(sentence[max(0, start - 40):start]))
LABEL_OF_NEXT = re.compile(r"\s*[:=]\s*\d")
OPENS_BRACKET = re.compile(r"\(\s*$")
BRACKET_VALUE = re.compile(r"\s*+[:=\-–]?\s*+\d")  # possessive: two runs of spaces met (quadratic)


def block_lead(block: Block, ctx: Context, previous: Period | None, bare_period: bool = False) -> Period | None:
    """The period a block opens with ("Quarter one - ..."); the blocks after it keep it until
    another block opens with a period or the section ends. A `bare_period` block (a table's header cell copied
    one per line, "2029/30" over "276", or a title's wrapped last line, "2032") opens nothing."""
    if bare_period:
        return previous
    # ("Year to date we have received ...": the year so far dates its own sentence, and opens no period after it)
    spans = [sp for sp in sentence_periods(block.text[:LEAD_PERIOD_CHARS], ctx.own_period()) if is_reporting(sp[2])
             and not RELATIVE.search(block.text[sp[0]:sp[1]]) and not says_year_to_date(block.text[sp[0]:sp[1]])]
    # "(2029/30: 1,042)" under a card's value: last year's value in brackets, an aside that opens nothing;
    # so is "* 2029/30: 544 stage 1 complaints" (a footnote), whose year labels its own value alone
    if spans and spans[0][0] < 15 and not block.text.lstrip().startswith("(") \
            and not LABEL_OF_NEXT.match(block.text, spans[0][1]):
        return spans[0][2]
    # "Overall, our performance for the 23/24 year was:" introduces the lines below it
    if block.text.rstrip().endswith(":") and not count_numbers(block.text):
        # "increased compared with 2011/12:" names the year compared with, not the lines' own
        spans = [sp for sp in sentence_periods(block.text, ctx.own_period()) if is_reporting(sp[2])
                 and not RELATIVE.search(block.text[sp[0]:sp[1]]) and not says_year_to_date(block.text[sp[0]:sp[1]])
                 and not NAMED_AS_COMPARED.search(block.text[:sp[0]])]
        if len({p for _, _, p in spans}) == 1:
            return spans[0][2]
    return previous
