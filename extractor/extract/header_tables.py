"""Tables written as text whose header is a line of words, or that have no header at all:

    Team            Received   Upheld   % upheld        (a header of words over rows of values)
    Stage 1   Stage 2   Ombudsman                         (a header whose numbers only name)
    Complaints received by stage / Stage 1 171 / ...      (rows under a line that says what they count)

Split from table_text.py, which finds every kind of text table and builds their blocks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex as re

from extractor.extract.flat_rows import split_header_at_capitals, split_header_by_meaning
from extractor.extract.label_periods import ANY_YEAR, FY, label_period
from extractor.extract.label_values import LABEL_NUMBER, TITLE_LINES, no_figure
from extractor.extract.stacked_headers import stacked_header
from extractor.extract.table_labels import CAPTION_WORDS, classify_label, split_glued_header
from extractor.extract.table_layout import INDICATOR_CODE
from extractor.extract.table_text import (
    DATE_BEFORE_YEAR,
    PLACEHOLDER,
    SPLIT_YEAR,
    YEAR_TOKEN,
    _is_value,
    _space_header,
    _space_row,
    _table_block,
    _tokens,
)
from extractor.load.line_shapes import NAMING_WORD
from extractor.models import Block
from extractor.patterns import compile_regex

SENTENCE_MARK = re.compile(r"[.;:!?,–-]$")  # "Upheld - 96" is a label-and-value pair (label_values.py)


# "KPI 4    Average days to answer ...    7.9": an indicator's code set apart from its words by a wide gap
# "CH02 (1) Proportion of ...": a letter code with digits needs no wide gap before its words (not "Q3 Repairs")
LEADING_CODE = re.compile(rf"^(?:{INDICATOR_CODE}(?:\s{{2,}}|\t)(?=\S)"
                          r"|(?-i:(?![QHS][1-4]\b)[A-Z]{1,5}\d{1,3}[a-z]?)(?:\s?\(\d{1,2}\))?\s(?=\p{Lu}))")


LABEL_WORDS_GAPPED = 20  # a label a wide gap ends may be an indicator's whole wording ("Proportion of stage one ...")
WIDE_GAP = re.compile(r"\S(?:\s{3,}|\t)\S")
SYMBOL_LABEL = "%#"  # a row label may open on its unit's sign ("% closed within agreed timescale", "# of reviews")


def _gap_cells(text: str) -> list[str]:
    """A line's cells where wide gaps part them; a label cell keeps the numbers in its words ("within 10
    working days"), a value cell is one token as _tokens makes it."""
    cells = [c.strip() for c in re.split(r"\s{3,}|\t", text) if c.strip()]
    values: list[str] = []
    while len(values) < len(cells) - 1 and len(one := _tokens(cells[-1 - len(values)])) == 1 and _is_value(one[0]):
        values.insert(0, one[0])  # "33 (41)" as the one token "33(41)"
    return [" ".join(cells[: len(cells) - len(values)]), *values] if values else _tokens(text)


QUARTER_VALUE = re.compile(r"\bQ[1-4]\s*[:=–-]?\s*\d", re.IGNORECASE)


def label_value_rows(span: list[int], lines: Sequence[str]) -> Iterator[tuple[Block, str | None]]:
    """ "Stage 1 171" / "Stage 2 38": every line of the paragraph a short label and the same
    number of values, no header row (the heading or lead line above says what they count; the
    table reader reads nothing where it does not), with perhaps a title line first."""
    if len(span) < 2:
        return  # two rows at least, whatever the titles: a one-line paragraph is not tokenised for nothing
    texts = [LEADING_CODE.sub("", lines[ln - 1].strip()) for ln in span if 0 < ln <= len(lines)]
    titles: list[str] = []
    while len(titles) < TITLE_LINES and texts and not _trailing_values(_tokens(texts[0])) \
            and len(texts[0].split()) <= CAPTION_WORDS and (not titles or no_figure(texts[0])):
        # a report's title and a caption ("Measure 6: mean working days to reply") may both stand over the rows;
        # a line of prose with a figure in it ("(2030/31: 9). The determinations held 27 findings:") is no title
        titles.append(texts[0])
        texts, span = texts[1:], span[1:]
    title = " ".join(titles) or None
    if len(texts) < 2 or not all(texts):
        return
    rows: list[tuple[str, ...]] = []
    gapped = all(WIDE_GAP.search(t) for t in texts)  # columns set apart by wide gaps: the gaps are the cells' edges
    for text, ln in zip(texts, span, strict=False):
        tokens = _gap_cells(text) if gapped else _tokens(text)
        n = _trailing_values(tokens)
        label = " ".join(tokens[: len(tokens) - n])
        sub_row = gapped and lines[ln - 1][:1].isspace()  # "  of which within 10 working days    460": set in under its row
        if not n or n == len(tokens) or len(label.split()) > (LABEL_WORDS_GAPPED if gapped else 12) \
                or not (label[:1].isupper() or label[:1].isdigit() or label[:1] in SYMBOL_LABEL or sub_row) \
                or SENTENCE_MARK.search(label) or QUARTER_VALUE.search(label) or ":" in label:
            # ("Complaints received: Q1 101, Q2 97": values each after its quarter's label, read as prose;
            # "Remedy: apology and payment of £250", "Decision date: 12 May 2030": a field's words, no row label)
            return
        rows.append((label, *tokens[len(tokens) - n:]))
    widths = {len(r) for r in rows}
    # over rows of several values, a first line of words is a header this reader could not split; but a
    # count and its share on every row ("Stage one   2,611   82.9%") need no header: the caption says
    # what is counted ("Number and % of complaints closed within 5 working days")
    paired = all(len(r) == 3 and not r[1].endswith("%") and r[2].endswith("%") for r in rows)
    if len(widths) == 1 and not (title is not None and widths.pop() > 2 and not paired):
        yield _table_block(rows, span), title


def period_value_lines(span: list[int], lines: Sequence[str]) -> Iterator[tuple[Block, str | None]]:
    """ "Stage 1 complaints received" / "Q1 Q2 Q3 Q4" / "143 151 128 160": a chart's labels flattened to
    text - a line of period names, the line below it the same number of values, and the line above
    them (if words) what they count."""
    texts = [lines[ln - 1].strip() if 0 < ln <= len(lines) else "" for ln in span]
    for j in range(len(texts) - 1):
        periods = _period_cells(texts[j])
        values = texts[j + 1].split()
        if len(periods) < 2 or len(values) != len(periods) or not all(_is_value(v) for v in values):
            continue
        above = texts[j - 1] if j and not _trailing_values(_tokens(texts[j - 1])) else ""
        rows = [("", *periods), (above, *values)]
        yield _table_block(rows, [span[j], span[j + 1]]), above or None


def _period_cells(text: str) -> list[str]:
    """The cells of a line that is nothing but two or more period names ("Q1 Q2 Q3 Q4", "Apr - Jun  Jul -
    Sep"), set apart by runs of spaces where it has them, else by single spaces."""
    from extractor.extract.label_periods import ANY_YEAR, label_period

    spaced = [c for c in re.split(r"\s{2,}|\t", text) if c]
    # "Quarter 1 Quarter 2 Quarter 3": a period's name and its number are one cell
    named = [c.replace(JOINER, " ") for c in _glued(text).split()]
    for cells in (spaced, text.split(), named):
        if len(cells) >= 2 and all(label_period(c, ANY_YEAR) is not None for c in cells):
            return cells
    return []


def _trailing_values(tokens: list[str]) -> int:
    """How many values end a row, less one a naming word before it owns ("Stage 1 171" ends in one)."""
    n = 0
    while n < len(tokens) and _is_value(tokens[-1 - n]):
        n += 1
    if 0 < n < len(tokens) and NAMING_WORD.match(tokens[-1 - n]):
        n -= 1
    if n == 1 and len(tokens) > 1 and YEAR_TOKEN.match(tokens[-1]) and DATE_BEFORE_YEAR.match(tokens[-2]):
        return 0  # "... between 1 April 2030 and 31 March 2031": a date's year ends the line, no value
    return n


MIN_SPACED_LINES = 3  # the fewest lines of a spaced table: it is yielded only with more than two rows


def spaced_measure_tables(span: list[int], lines: Sequence[str]) -> Iterator[tuple[Block, str | None]]:
    """ "Team Received Upheld" then "Parking 12 4" rows: a header of words, then rows of a label
    and as many values as the header names columns."""
    if len(span) < MIN_SPACED_LINES:
        return  # a header and two rows, each on its own line of the span: most paragraphs are one line
    k = 0
    while k < len(span):
        line = lines[span[k] - 1].strip()
        k += 1
        if _space_header(line) or (any(map(str.isdigit, line)) and any(map(str.isdigit, _unnamed(line)))) \
                or not line:  # _unnamed only blanks: a line without a digit has none after it
            continue  # a header's digits may only name ("Stage 1 Stage 2", "Q1 Q2", "2023/24", "within 20 working days")
        rows: list[tuple[str, ...]] = []
        row_lines: list[int] = []
        header: tuple[str, ...] | None = None
        upper: tuple[str, ...] | None = None
        if (stacked := _stacked(span, k - 1, lines)) is not None:
            width, header, k = stacked  # "Number of" / "complaints" / "received" over each column's values
        elif k < len(span) and (width := _row_width(span[k + 1:], lines)) \
                and (header := _two_line_header(lines[span[k - 1] - 1], lines[span[k] - 1], width)) is not None:
            k += 1  # "Stage 1   Stage 2" over "received   on time": one header in two lines
        elif k < len(span) and width and (both := _spanning_header(line, lines[span[k] - 1], width)) is not None:
            upper, header = both
            k += 1
        else:
            width = _row_width(span[k:], lines)
            first = _slot_row(lines[span[k] - 1].strip(), width) if width and k < len(span) else None
            percents = tuple(v.endswith("%") for v in first[1]) if first and len(first[1]) == width else None
            header = (_spaced_header(lines[span[k - 1] - 1], width) or _paired_header(lines[span[k - 1] - 1], width, percents)
                      or _split_header(line, width, percents)) if width else None
        if header is None or not width or (width == 1 and not _names_a_measure(header[-1]) and not _names_a_year(header[-1])):
            continue  # one column under a line of words: a caption ("Complaints by directorate"), not a header
        rows, row_lines = [header], [span[k - 1]]
        if upper is not None:
            rows, row_lines = [upper, header], [span[k - 2], span[k - 1]]
        # a "label" that states figures of its own ("Stage one: 412 received, 151 upheld (37%), average") is a
        # line of prose, not a row
        while k < len(span) and (parsed := _slot_row(lines[span[k] - 1].strip(), width)) \
                and len(parsed[1]) == width and parsed[0] and (no_figure(parsed[0]) or label_period(parsed[0], ANY_YEAR)):
            rows.append((parsed[0], *parsed[1]))
            row_lines.append(span[k])
            k += 1
        if len(rows) > 2 + (upper is not None):
            yield _table_block(rows, row_lines), lines[row_lines[0] - 2].strip() if row_lines[0] > span[0] else None


def _stacked(span: list[int], at: int, lines: Sequence[str]) -> tuple[int, tuple[str, ...], int] | None:
    """(width, header, index of the first row) of a header of three or four lines from span[at] whose words
    stand over the columns of the rows below it (stacked_headers), none of its lines a row of values."""
    for n in (4, 3):
        first = at + n
        if first >= len(span) or span[first] - span[at] != n:
            continue
        heads = [lines[span[at + j] - 1] for j in range(n)]
        if any(any(map(str.isdigit, NAMED_NUMBER.sub(" ", h))) or not h.strip() for h in heads):
            continue
        width = _row_width(span[first:], lines)
        if width and width > 1 and (header := stacked_header(heads, lines[span[first] - 1], width)) is not None:
            return width, header, first
    return None


# words that join a phrase and name no column: a line holding them is a caption, not one word per column
PHRASE_WORDS = frozenset({"to", "of", "within", "inside", "the", "from", "per", "than"})


def _paired_header(line: str, width: int, percents: tuple[bool, ...] | None) -> tuple[str, ...] | None:
    """A header naming each pair of columns once, over rows of a count and its share under each name
    ("Stage one   Stage two   Escalated" over "Upheld  1,021  32.4%  97  23.5%  44  27.3%"): every name
    heads its count's column and, with "(%)", its share's."""
    names = [c for c in re.split(r"\s{2,}|\t", line.strip()) if c]
    corner = ""
    if len(names) > 2 and 2 * (len(names) - 1) == width and not line[:1].isspace():
        corner, names = names[0], names[1:]  # "Table 6: how cases ended   First stage   Second stage": the label column's
    if not percents or 2 * len(names) != width or percents != (False, True) * len(names):
        return None
    return (corner, *(h for name in names for h in (name, f"{name} (%)")))


def _unnamed(line: str) -> str:
    """A header line without the numbers that name a column ("Stage 1", "Q3", "2023/24") or belong to
    a column's words ("% answered within 20 working days", "per 1,000 homes")."""
    # ("Quarter 2031/32": a column's word, then a year - not the quarter numbered 2031)
    return NAMED_NUMBER.sub(" ", LABEL_NUMBER.sub(" ", WORD_THEN_YEAR.sub("~", line)))


WORD_THEN_YEAR = re.compile(r"(?<=\b(?:quarter|year|period|month)\s+)(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?", re.IGNORECASE)


def _names_a_year(name: str) -> bool:
    """A column header that is one financial year ("2030/31"), or a quarter or half of one ("Q3 2030/31"):
    the period of the values under it."""
    return bool(FY.fullmatch(name.strip())) or bool(FY.search(name) and label_period(name, ANY_YEAR))


def _names_a_measure(name: str) -> bool:
    meaning = classify_label(name)
    return bool(meaning.get("measure") or meaning.generic or meaning.total) and not meaning.skip


def _two_line_header(first: str, second: str, width: int) -> tuple[str, ...] | None:
    """Two header lines whose cells, set apart by runs of spaces, stand over the same `width` columns
    ("Stage 1     Stage 2" over "received    on time"): each column's name is its two cells joined."""
    if any(map(str.isdigit, NAMED_NUMBER.sub(" ", second))) or not second.strip():
        return None
    top, bottom = _spaced_cells(first), _spaced_cells(second)
    if len(top) != width or len(bottom) != width or not first[:1].isspace() or not second[:1].isspace():
        return None
    return ("", *(f"{a} {b}" for a, b in zip(top, bottom, strict=True)))


def _spanning_header(first: str, second: str, width: int) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """An upper header line whose cells each span as many columns of the lower one, which repeats its
    names under each ("Stage 1  Stage 2" over "Service Received Upheld Received Upheld"): the two header
    rows, each upper cell standing over its first column (a merged cell, as a file's grid gives it)."""
    glued = _glued(first.strip())
    top = [c.replace(JOINER, " ") for c in (_spaced_cells(first) if "  " in first.strip() else glued.split())]
    bottom = _spaced_header(second, width) or _split_header(second.strip(), width)
    if top and bottom is not None and not bottom[0] and len(top) > 2 and width % len(top) and not width % (len(top) - 1):
        # "Service   Q3 (October-December)   Q4 (January-March)" over "Stage 1  Stage 2  Stage 1  Stage 2": the label
        # column's name stands on the upper line
        bottom, top = (top[0], *bottom[1:]), top[1:]
    if not top or bottom is None or width % len(top) or len(top) >= width:
        return None
    step = width // len(top)
    names = [b.lower() for b in bottom[1:]]
    if any(names[j] != names[j % step] for j in range(width)):
        return None
    return ("", *(top[j // step] if j % step == 0 else "" for j in range(width))), bottom


def _spaced_header(line: str, width: int) -> tuple[str, ...] | None:
    """A header whose cells stand apart by runs of spaces ("   Q1   Q2   YTD   Same period last year"):
    `width` column names, after a label-column header or an empty one."""
    cells = _spaced_cells(line)
    if len(cells) == width and line[:1].isspace():
        return ("", *cells)
    if len(cells) == width + 1 and not line[:1].isspace():
        return tuple(cells)
    return None



def _is_slot(token: str) -> bool:
    return _is_value(token) or bool(PLACEHOLDER.match(token))


def _slot_row(line: str, width: int) -> tuple[str, list[str]] | None:
    """_space_row, where a row of cells set apart by runs of spaces may hold placeholders ("63  *  14");
    single-spaced, only when exactly `width` values and placeholders end it ("Council tax 58 n/a"; in
    "Stage 1 - 45" the stage's number stands before the dash)."""
    if "  " not in line and _trailing_slots(_tokens(line)) != width:
        return _space_row(line, width)
    tokens = _tokens(line)
    nums: list[str] = []
    while tokens and len(nums) < width and _is_slot(tokens[-1]):
        nums.insert(0, tokens.pop())
    return (" ".join(tokens), nums) if nums and any(_is_value(t) for t in nums) or (nums and tokens) else None


def _trailing_slots(tokens: list[str]) -> int:
    n = 0
    while n < len(tokens) and _is_slot(tokens[-1 - n]):
        n += 1
    return n


def _spaced_cells(line: str) -> list[str]:
    return [c for c in re.split(r"\s{2,}|\t", line.strip()) if c]


def _row_width(following: list[int], lines: Sequence[str]) -> int | None:
    """How many values the rows under a header carry: the count the next two lines agree on."""
    counts = []
    for ln in following[:2]:
        if "|" in lines[ln - 1]:
            return None  # cells divided by bars: _bar_tables reads them
        tokens = _tokens(lines[ln - 1])
        slot = _is_slot if "  " in lines[ln - 1].strip() else _is_value  # placeholders only as spaced cells
        n = 0
        while n < len(tokens) and slot(tokens[-1 - n]):
            n += 1
        if 0 < n < len(tokens) and SPLIT_YEAR.search(" ".join(tokens[:-n])):
            n -= 1  # "2022 – 23 430": the "23" ends the label's year
        elif 0 < n < len(tokens) and YEAR_TOKEN.match(tokens[-n]) and MONTHS.match(tokens[-1 - n]):
            n -= 1  # "Apr-Jun 2030 101": the year ends the label's months
        elif 0 < n < len(tokens) and NAMING_WORD.match(tokens[-1 - n]):
            n -= 1  # "Stage 1 52 47": the 1 is the stage's name
        if n == 0 or n == len(tokens):
            return None
        counts.append(n)
    return counts[0] if len(counts) == 2 and counts[0] == counts[1] else None


# "Apr-Jun", "October", "Jan - Mar": months a year after them belongs to
MONTHS = compile_regex(r"(?i)^{MONTH}(?:[-–/]{MONTH})?$")
# a number that names a column rather than counts: "Stage 1", "Quarter 2", "Q3", "2023/24", "2023-24"; or the
# table itself, its caption set in the header's corner ("Table 2: Complaints handled    Stage 1    Stage 2",
# "Indicator 3: outcome    Stage 1    Stage 2", column names set apart after it)
NAMED_NUMBER = re.compile(r"\b(?:stage|quarter|qtr|phase|tier|level)\s+(?:\d{1,2}|one|two|three|four)\b|\bQ[1-4]\b|\bH[12]\b"
                          r"|^\s*(?:table|figure|fig\.|chart|graph)\s+\d{1,2}[a-z]?\b"
                          r"|^\s*(?:indicator|measure|kpi|part|section)\s+\d{1,2}[a-z]?\b(?=.*\S\s{2,}\S)"
                          r"|\b(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\b", re.IGNORECASE)
JOINER = "\u2060"  # a word joiner: no whitespace, so str.split keeps "Stage⁠1" whole


def _glued(text: str) -> str:
    """The text with each named number's words joined ("Stage 1" -> "Stage⁠1"): one word to str.split."""
    return NAMED_NUMBER.sub(lambda m: m.group(0).replace(" ", JOINER), text)


def _split_header(line: str, width: int, percents: tuple[bool, ...] | None = None) -> tuple[str, ...] | None:
    """The header cut into a label-column header and `width` column names: at the header words of
    patterns/tables.toml when they give that many, else one word per column when the words are
    exactly that many (no label-column header) or one more, else, for one column, its last word.
    `percents`: which columns of the first row hold percentages, when known."""
    glued = _glued(line)
    if glued != line:  # "Stage 1 Stage 2 Ombudsman": a name and its number are one word
        made = _split_header(glued, width, percents)
        if made is not None:
            return tuple(c.replace(JOINER, " ") for c in made)
        # "Service area Stage 1 Stage 2": a label column's header of two words; the names' meanings cut it,
        # each column's name holding a name with its number whole (not "Stage 1 (early" | "resolution)")
        named = [w.replace(JOINER, " ") for w in glued.split() if JOINER in w]
        cut = split_header_by_meaning(line, width, percents)
        return cut if cut is not None and all(any(n in c for n in named) for c in cut[1:]) else None
    if (capitals := split_header_at_capitals(line, width)) is not None:
        return capitals  # "Concerns raised Complaints logged": each name starts on its capital
    cut = split_glued_header(line, "spaced")
    if cut is not None and len(cut) == width + 2:
        cut = _percent_joined(list(cut))  # "% upheld" is one column's header, not two
    words = line.split()
    phrase = any(w.lower() in PHRASE_WORDS for w in words)  # "Replied to within 10 working days": no word per column
    if cut is not None and len(cut) == width + 1:
        by_period = _period_cut(words, width)
        if by_period is not None and by_period[1:] != tuple(cut[1:]) \
                and all(p.endswith(c) for p, c in zip(by_period[1:], cut[1:], strict=True)):
            return by_period  # "Patient experience report Q3 2031/32": the quarter heads the column with its year
        return tuple(cut)
    if len(words) == width + 1 and not phrase:
        return tuple(words)
    if len(words) == width and not phrase:
        return ("", *words)
    if cut is not None and len(cut) == width and cut[0]:
        return ("", *cut)
    if (by_meaning := split_header_by_meaning(line, width, percents)) is not None:
        return by_meaning
    if (by_period := _period_cut(words, width)) is not None:
        return by_period
    if (then_named := _periods_then_name(words, width)) is not None:
        return then_named
    if width == 1 and 0 < len(words) <= 6:
        last = classify_label(words[-1])
        if last.values or last.total or last.generic or len(words) == 1:
            return (" ".join(words[:-1]), words[-1])  # "Type of complaint Total"
        return ("", " ".join(words))  # "Complaints by month" over "April 71": the whole line heads the column
    return None


MAX_PERIOD_WORDS = 24


def _period_cut(words: list[str], width: int) -> tuple[str, ...] | None:
    """A single-spaced header of periods ("Measure Q1 Q2 Q3 Q4 Year to date"): the one cut of its
    words into a label-column header and `width` names that are each a period or the year to date."""
    if len(words) > MAX_PERIOD_WORDS:
        return None
    memo: dict[tuple[int, int], bool] = {}

    def period(a: int, b: int) -> bool:
        if (a, b) not in memo:
            memo[(a, b)] = label_period(" ".join(words[a:b]), ANY_YEAR) is not None
        return memo[(a, b)]

    ways: dict[tuple[int, int], list[list[int]]] = {}

    def cuts(a: int, k: int) -> list[list[int]]:
        """Every way to cut words[a:] into k periods (start indexes); two are enough to refuse."""
        if k == 0:
            return [[]] if a == len(words) else []
        if (a, k) not in ways:
            ways[(a, k)] = [[a, *rest] for b in range(a + 1, len(words) - k + 2) if period(a, b)
                            for rest in cuts(b, k - 1)][:2]
        return ways[(a, k)]

    found = [(first, c) for first in range(len(words) - width + 1)
             if not (first and period(first - 1, first)) for c in cuts(first, width)]
    if len(found) != 1:
        return None
    first, starts = found[0]
    bounds = [*starts, len(words)]
    return (" ".join(words[:first]), *(" ".join(words[bounds[i]:bounds[i + 1]]) for i in range(width)))


MIN_NAME_WORDS = 2


def _periods_then_name(words: list[str], width: int) -> tuple[str, ...] | None:
    """A single-spaced header of periods, then one longer column name ("Quarter 2030/31 2029/30 Responded to
    within agreed timescale (2030/31)"): the periods name all columns but the last, the words after them the
    last one (which may name a period of its own)."""
    if width < 2:
        return None
    for end in range(len(words) - MIN_NAME_WORDS, 0, -1):
        cut = _period_cut(words[:end], width - 1)
        if cut is not None and cut[0] and not label_period(words[end], ANY_YEAR):
            return (*cut, " ".join(words[end:]))
    return None


def _percent_joined(cut: list[str]) -> list[str]:
    """A lone "%" joined to the header word after it ("%", "upheld" -> "% upheld")."""
    for i, part in enumerate(cut[:-1]):
        if part.strip() == "%":
            return [*cut[:i], f"% {cut[i + 1]}", *cut[i + 2:]]
    return cut
