"""What one line of a text file is, by its shape alone: a table row (cells apart by tabs, bars or runs of
spaces; a label then bare values; values alone), a sentence of running text, or a short title. Shared by
the text loader and its line-spacing repair (line_spacing.py), so both read a line the same way.
"""

from __future__ import annotations

import csv
import html as htmllib
from collections.abc import Callable, Sequence

import regex as re

from extractor.patterns import compile_regex

# "·<TAB>The overall number ...", "2.<TAB>Stage two ...", "1 (i)<TAB>total number of complaints received": a list
# item or numbered indicator as Word copies it, bullet or number then a tab then words, not a table row
# (a numbered paragraph "4.1<TAB>The Ombudsman made ..." too)
TAB_ITEM = re.compile(r"^\s*(?:[-*•◦▪●–·o]|\(?[a-z\d]{1,3}[.)]|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[a-z]?(?:\s*\([ivx]{1,4}\))?)\t+"
                      r"(?=[^\t\d]*[A-Za-z][^\t]*$)")

# a word whose number after it names a thing rather than counting or paging it: "Stage 1 171" (the 1 is the
# stage's), "... a full response at Stage 2" (no page number), "Measure 3", "Q4", "Appendix 2", "under Schedule 3"
# (a part of a law: police complaints), "Regulation 13"
NAMING_WORD = re.compile(r"^(?:stage|quarter|qtr|q|level|tier|step|phase|indicator|measure|table|section|appendix|year"
                         r"|schedule|regulation|article|clause)$",
                         re.IGNORECASE)

NUMBER_ONLY = re.compile(r"^[£<>~≈]?\s*[\d.,]+\s*%?$")
# a tile's or a key-facts page's value with its unit, its base or its share: "8.2 working days", "15 of 18 (83%)"
TILE_VALUE = re.compile(r"^ {0,3}(?:[£<>~≈]\s*)?\d[\d,.]*\s*%?(?:\s+of\s+\d[\d,]*)?(?:\s*\(\s*\d[\d,.]*\s*%?\s*\))?"
                        r"(?:\s+(?:(?:working|calendar)\s+)?days?)?\s*$", re.IGNORECASE)
# "(1,812)" on a line of its own under a tile's label: the tile's value a period before, no label nor value of its own
BRACKETED = r"\(\s*(?P<num>[£]?\d[\d,]*(?:\.\d+)?\s*%?)\s*\)\s*$"
BRACKETED_VALUE = re.compile(r"^\s*" + BRACKETED)
# a dashboard tile's note under its value: the change since the last period ("▲ 12% on last quarter (127)",
# "down 4 on Q1") or its target with its status ("Target 95% | RED"; a target alone, "Target: 90%", may stand
# inside an indicator's lines), or its value a period before in brackets on a line of its own ("(1,812)"); a line
# of its own, never part of a label
TILE_NOTE = re.compile(r"^\s*(?:[\u2190-\u21ff\u25b2-\u25bd\u2b06\u2b07]\s*[-+]?\d"
                       r"|(?:up|down|[-+])\s*\d[\d.,]*\s*(?:%|pts?\b|points?\b)?\s+(?:on|from|vs\.?|versus|against|since)\s"
                       r"|target\s*:?\s*[<>≤≥]?\s*\d[\d.,]*\s*%?(?:\s*(?:days|working\s+days))?\s*[|:–-]\s*(?:red|amber|green|on\s+target|off\s+target)\s*$"
                       r"|" + BRACKETED + ")",
                       re.IGNORECASE)

PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$|^-{2,}(\t-{2,})*$")

# "Difference: 3", "Total: 41": a labelled value, not a title.
# also "Formal complaints: 115 (Q2: 98)", "On time: 171 = 51%", and a list of values "Received: 412 (stage 1), 38 (stage 2)"
LABELLED_NUMBER = re.compile(r":\s*[-+]?[\d.,]+\s*%?(?:\s*\([^()]*\)|\s*=\s*[\d.,]+\s*%)?"
                             r"(?:\s*(?:,|;|\band\b)\s*[\d.,]+\s*%?(?:\s*\([^()]*\))?)*$")

# "Investigation (stage 2): 96 closed, average 18.2 working days": a label, a colon, then a value and its words
LABEL_THEN_VALUE = re.compile(r":\s*[£]?(?!(?:19|20)\d\d\b)\d[\d,.]*\s*%?\s*(?:[a-z]|,|$)"
                              r"|:\s*(?:(?:19|20)\d\d(?:\s*/\s*\d{2,4})?|Q[1-4])\s*[-–=]\s*\d")  # "Stage 2: 2030/31 = 41, ..."

TAG = re.compile(r"<[^>]+>")


def cell_text(raw: str) -> str:
    """A table cell as plain text; cells may carry HTML fragments (<p>, <b>, <li>)."""
    if "<" in raw and ">" in raw:
        raw = TAG.sub(" ", raw)
        raw = htmllib.unescape(raw)
    return " ".join(raw.replace("**", "").split())


def split_row(line: str, header: bool = False) -> tuple[str, ...] | None:
    """Cells of a tab- or pipe-separated line, or None when the line is not a row; `header`: the
    line sits above a row, so "Service | Total" with one bar is one too."""
    if "\t" in line.strip("\n") and line.strip():
        if TAB_ITEM.match(line):
            return None
        cells = line.rstrip("\n").split("\t")
        if any(len(c.split()) >= RUNNING_WORDS for c in cells) and any(c.rstrip()[-1:] in ".;:," for c in cells if c.strip()):
            return None  # "... which represented an<TAB>increase in performance.": a tab inside running text
    elif line.count("|") >= 2 or (line.strip().startswith("|") and line.count("|") >= 1):
        cells = line.strip().strip("|").split("|")
    elif (found := comma_cells(line)) is not None:
        cells = found
    elif line.count("|") == 1 and line.split("|")[0].strip() and (
            header or (line.split("|")[1].split() and all(NUMBER_ONLY.match(t) for t in line.split("|")[1].split()))):
        cells = line.split("|")  # "Upheld | 31": a label and its value, the line's only bar (or a header above such rows)
    else:
        return None
    cells = [cell_text(c) for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells) if len(cells) >= 2 else None


RUNNING_WORDS = 12  # a cell this many words long, in a line with punctuation, is running text, not a cell


# a field of a comma-separated row: quoted (its commas and doubled quotes inside), or bare with no space
# in it ("142", "Apr-25") - a sentence's commas are followed by a space ("1,204 complaints, 1,118 at ...")
CSV_FIELD = r'(?:"(?:[^"]|"")*"|[^",\s]*)'
CSV_ROW = re.compile(rf'^(?P<first>"(?:[^"]|"")*"|[^",]*[^",\s]|){CSV_FIELD.join(["(?:,", ")+"])}\s*$')
MIN_CSV_FIELDS = 3
# "Stage 1 written complaints4,8625,391": a web table's cells run together, a label glued to values whose
# commas each take three digits (4,862 and 5,391); no comma-separated file's row
GLUED_GROUPED = re.compile(r"\p{L}(?:\d{1,3}(?:,\d{3})++)++\s*$")


def comma_cells(line: str) -> list[str] | None:
    """The cells of a line that is a row of a comma-separated file ("Stage 1 received",142,156,879),
    or None: three fields or more, each quoted or one bare word, the first of which may be a bare label
    of words. A number's thousands comma ("1,204 complaints") parts no fields: a field of words after
    it has spaces in it."""
    text = line.strip()
    if text.count(",") < MIN_CSV_FIELDS - 1 or not CSV_ROW.match(text) or GLUED_GROUPED.search(text):
        return None
    cells = next(csv.reader([text]))
    return cells if len(cells) >= MIN_CSV_FIELDS else None


VALUES_ONLY = re.compile(r"^\s*(?:\(?[-+]?£?\d[\d,.]*%?\)?\s*)+$")  # "412 96 130 186": a row's values, no label

# "On-time responses: stage 1 88%, stage 2 74%": a label's shares after its colon, no title
LABELLED_SHARE = re.compile(r":[^:]*?\d\s*%")

# "412 complaints received", "45 complaints upheld": a key figure set on a line of its own, not a title
KEY_FIGURE = re.compile(r"^\d[\d,]*(?:\.\d+)?%?\s+(?:[\w'’-]+\s+){0,2}?(?:complaints?|compliments?|concerns|cases|enquiries)\s+"
                        r"(?:(?:were|was)\s+)?(?:(?:not|partly|partially|fully)\s+)?(?:received|upheld|closed|resolved|escalated|"
                        r"logged|recorded|responded\s+to|answered|withdrawn)\b"
                        # ("318 compliments", "790 stage one complaints": a count and its noun in small letters, no section's title)
                        r"|^\d[\d,]*(?:\.\d+)?%?\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,3}?(?-i:complaints?|compliments?|concerns|cases|enquiries)\s*$",
                        re.IGNORECASE)


def looks_like_title(line: str) -> bool:
    """A short stand-alone line with no sentence ending: "Compliments", "Housing (54)"; not a clause
    that states a figure and lost its full stop ("We logged 412 complaints over the year")."""
    s = line.strip()
    if not s or len(s) > 70 or len(s.split()) > 9 or s.endswith((".", ",", ";", ":")):
        return False
    if not (s[0].isupper() or s[0].isdigit()) or NUMBER_ONLY.match(s) or LABELLED_NUMBER.search(s) \
            or LABEL_THEN_VALUE.search(s) or KEY_FIGURE.match(s) or LABELLED_SHARE.search(s):
        return False
    return any(c.isalpha() for c in s) and not states_figure(s)


# a count or share in a line: digits or a number word, not a year ("2029/30"), not a number that names
# ("Stage 2", "Top 5", "Table 3"), not a timescale ("within 10 working days")
LINE_NUMBER = compile_regex(r"(?<![\w/.,£)%-])(?:\d[\d,]*(?:\.\d+)?\s*%?|{NUMBER_WORD})(?![\w/])")
YEAR = re.compile(r"^(?:19|20)\d\d$")
NAMED_BY = re.compile(r"\b(?:stage|quarter|qtr|q|level|tier|step|phase|indicator|measure|table|figure|chart|section|part"
                      r"|appendix|annex|item|paragraph|page|top|no\.?|number|kpi|schedule|regulation|article|clause)\s*$",
                      re.IGNORECASE)
TIMESCALE_BEFORE = re.compile(r"\b(?:within|in|under|inside|over|than|after|of|to|by)\s*$", re.IGNORECASE)
TIMESCALE_AFTER = re.compile(r"^[\s-]*(?:(?:working|calendar)[\s-]+)?(?:days?|weeks?|months?|hours?)(?![a-z])", re.IGNORECASE)
# "16 July 2030", "per 1,000 population": a date's day, a rate's base
DATE_AFTER = re.compile(r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
PER_BEFORE = re.compile(r"\bper\s*$", re.IGNORECASE)
# "2 (iii)  complaints closed ...", "4  Complaints ...": an indicator's or paragraph's number opening the line
INDICATOR_AFTER = re.compile(r"^\s*\([ivx]{1,4}\)|^\s{2,}|^\t")
# a finite verb: an auxiliary, "we" and a verb, or a verb in the past followed by its object or adverbial
# ("upheld 3 complaints", "went on to", "paid us"); a participle before a noun or closing a tile's words is
# none ("6 upheld decisions", "9 of 31 closed")
FINITE_VERB = compile_regex(r"\b(?:was|were|is|are|has|have|had)\b|\b(?:we|they|it)\s+[a-z]{3,}"
                            r"|\b(?:[a-z]{3,}ed|went|took|made|paid|gave|rose|fell|came|got|saw|upheld|held|dealt|sent|found"
                            r"|met|spent|brought|kept|won|lost)\s+(?:\d|(?:us|them|the|a|an|all|its|their|our|to|on|in|at|by"
                            r"|within|for|from|with|over|against|about|back|up|out)\b|{NUMBER_WORD}\b)")


def states_figure(line: str) -> bool:
    """The line is a clause that tells a figure: a finite verb and a count or share that neither names
    a part nor sets a timescale ("Nineteen complaints were withdrawn", "88% of replies were on time";
    not "Complaints received in 2029/30", "Stage 2 complaints closed within 20 working days")."""
    if not FINITE_VERB.search(line):
        return False
    for m in LINE_NUMBER.finditer(line):
        before, after = line[:m.start()], line[m.end():]
        if YEAR.match(m.group().strip()) or NAMED_BY.search(before) or PER_BEFORE.search(before) \
                or DATE_AFTER.match(after) or not after.strip() or (not before.strip() and INDICATOR_AFTER.match(after)):
            continue  # (a value closing the line is a label's, "Complaints closed by the Council 2,868"; "2 (i)  ...")
        if TIMESCALE_AFTER.match(after) and TIMESCALE_BEFORE.search(before):
            continue
        return True
    return False


# a line that ends with two or more bare values: a table row whose cells lost their borders; searched
# from the end ((?r)): only a match at the end counts, and one tried from every start was quadratic
SHARE_CELLS = re.compile(r"\d\s*=\s*\d[\d.]*\s*%\s*$")  # a row ending "186 = 45%": a count and its share
ROW_VALUES = re.compile(r"(?r)(?:\s+\(?\d[\d,.]*%?\)?){2,}\s*$")


def row_like(line: str) -> bool:
    return "  " in line.strip() or bool(ROW_VALUES.search(line))


# a gap of two or more spaces between cells, not the two spaces some typists leave after a full stop
CELL_GAP = re.compile(r"[^\s.!?:;,]\s{2,}(?=\S)")

SENTENCE_END = re.compile(r"[.!?][\"'’”)]?\s*$")


def spaced_row(line: str) -> bool:
    """A table row whose cells lost their borders: columns kept apart by runs of spaces, or a label
    ending in two or more bare values."""
    return bool(CELL_GAP.search(PARAGRAPH_NUMBER.sub("", line.strip())) or ROW_VALUES.search(line))


# "3.1   The council received ...": a paragraph's number set apart by spaces is no column of a row
PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\p{L})")


def prose_line(line: str) -> bool:
    """A line that is a sentence or more of running text (eight words or more, closed by a full stop)."""
    s = line.strip()
    return len(s.split()) >= 8 and bool(SENTENCE_END.search(s))


# "young people 29": a short label in words and one count, a space apart, in small letters (a line in small letters
# is otherwise taken to go on from the line above; "Upheld 17" lines stand apart already)
SPACE_PAIR = re.compile(r"^\s*(?!(?:in|on|at|by|from|to|and|or|of|for|with|against)\b)\p{Ll}[^\d:|.;,]{1,40}?\s\d[\d,]*\s*$")
SPACE_PAIR_RUN = 3


def space_pairs(lines: Sequence[str], k: int) -> bool:
    """Line k is one of SPACE_PAIR_RUN or more space-parted pairs in a row ("carers 64" / "young people 29" /
    "social workers 11"): a list of categories and counts copied without its tabs."""
    run = line_run(lines, k, lambda line: bool(SPACE_PAIR.match(line)))
    return run is not None and run[1] - run[0] + 1 >= SPACE_PAIR_RUN


def line_run(lines: Sequence[str], k: int, alike: Callable[[str], bool]) -> tuple[int, int] | None:
    """(first, last) index of the run of consecutive lines like line k, by `alike`; None when line k is not."""
    def like(n: int) -> bool:
        return 0 <= n < len(lines) and alike(lines[n])
    if not like(k):
        return None
    first, last = k, k
    while like(first - 1):
        first -= 1
    while like(last + 1):
        last += 1
    return first, last
