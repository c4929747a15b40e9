"""Blank lines as the file's maker left them. Text copied from a PDF or a web page may have none at all
("packed": titles, sentences and table rows one after another), and text saved from Word may have one
after every line ("spread": each table row or cell a paragraph of its own). Here the text loader learns
where a table meets a sentence in packed text, which short lines are titles there, and which blank lines of
a spread text stand inside a table and are closed up, so both read as the tidy file would.
"""

from __future__ import annotations

from itertools import pairwise, takewhile

import regex as re

from extractor.load.line_shapes import (
    NUMBER_ONLY,
    PIPE_SEPARATOR,
    ROW_VALUES,
    SENTENCE_END,
    SHARE_CELLS,
    VALUES_ONLY,
    looks_like_title,
    prose_line,
    spaced_row,
    split_row,
)

BRACKETED = re.compile(r"^\s*\([^()]+\)\s*$")
NOTE_WORDS = 3


def table_edge(line: str, nxt: str) -> bool:
    """Where a table's rows meet a sentence with no blank line between them (text copied from a PDF
    or a web page): a sentence that ends before a row, or a row before a line that is a sentence.
    A caption or header line above the rows (no full stop) still joins them, as in a tidy file."""
    if spaced_row(nxt) and not spaced_row(line):
        # (a note wholly in brackets at the margin, "(Figures for the year to 31 March)", ends as a sentence
        # does; a header's cell in brackets, "        (Apr-Dec)", stands in from it and is a word or two)
        return bool(SENTENCE_END.search(line)) or (bool(BRACKETED.match(line)) and not line[:1].isspace()
                                                   and len(line.split()) >= NOTE_WORDS)
    if spaced_row(line) and not spaced_row(nxt):
        s = nxt.strip()
        # (a line opening in lower case goes on with the sentence above: "... 47 (26%)" / "partially upheld, ...")
        return bool(SENTENCE_END.search(s)) and len(s.split()) >= 5 and not s[:1].islower()
    return False


def wrap_width(lines: list[str]) -> int:
    """The width a file's prose lines were wrapped at (the ninth decile of their lengths): a title is
    well short of it, a line of a wrapped paragraph is not."""
    sizes = sorted(len(ln.strip()) for ln in lines if ln.strip() and not spaced_row(ln))
    return sizes[len(sizes) * 9 // 10] if sizes else 0


LONG_LINE = 140  # characters: beyond the width prose is wrapped at (a PDF's text, a wrapped e-mail)
VERY_LONG_LINE = 180  # no wrapping leaves a line this long (a landscape page of a PDF reaches about 170)


def unwrapped(lines: list[str]) -> bool:
    """Text whose lines are whole paragraphs, as a web page copied to text keeps them: two lines of prose
    past any wrapping width, or one far past it. Its line ends are paragraph ends, never a wrap to join."""
    sizes = [len(ln.strip()) for ln in lines if len(ln.strip()) > LONG_LINE and not spaced_row(ln) and split_row(ln) is None]
    return len(sizes) >= 2 or any(size > VERY_LONG_LINE for size in sizes)


def packed(lines: list[str]) -> bool:
    """Text with (almost) no blank lines, as copied from a PDF or a web page: fewer than one blank line
    per ten lines of text (blank lines before the first and after the last not counted), so blank lines
    cannot be what separates its titles from its paragraphs."""
    filled, gaps = text_gaps(lines)
    return len(filled) >= 8 and sum(gaps) * 10 < len(filled)


def text_gaps(lines: list[str]) -> tuple[list[int], list[int]]:
    """The indexes of the lines holding text, and how many blank lines stand between each two in a row:
    what every test of how a file was spaced reads."""
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    return filled, [b - a - 1 for a, b in pairwise(filled)]


def heads_packed(lines: list[str], i: int, width: int) -> bool:
    """A title in text with no blank lines (copied from a PDF or a web page): a short line that
    follows the file's start, a blank, a finished sentence or another title, and stands over another
    title or a sentence, never over its own sentence's next words (a lowercase start)."""
    line, after = lines[i].strip(), lines[i + 1].strip() if i + 1 < len(lines) else ""
    before = lines[i - 1].strip() if i else ""
    if not width or not after or after[:1].islower() or len(line) > 0.85 * width or "|" in line or "\t" in lines[i]:
        return False  # a cell with its bar or tab ("Repairs to a shared roof |") is a table's, never a title
    if spaced_row(lines[i]) or spaced_row(lines[i + 1]) or any(VALUES_ONLY.match(ln) or ROW_VALUES.search(ln) for ln in lines[i + 1:i + 3]):
        return False  # a caption or header line over a table's rows or values joins them, as in a tidy file
    if cells_below(lines, i):
        return False  # one cell per line ("Reference" / "Service" / ... / "202304471"): a header cell
    opens = not before or bool(SENTENCE_END.search(before)) or looks_like_title(before) or spaced_row(before)
    # running text below: a sentence, or eight words or more that are mostly words, not values; or a line wrapped
    # at the text's width of which half are words (a sentence of figures, "We received 530 complaints in 2031/32,
    # compared with 604 in 2030/31, a"), which no caption is
    words = after.split()
    alpha = sum(w[:1].isalpha() for w in words)
    over = looks_like_title(after) or bool(SENTENCE_END.search(after)) \
        or (len(words) >= 8 and (alpha * 4 >= len(words) * 3 or (alpha * 2 >= len(words) and len(after) >= WRAPPED * width)))
    return opens and over


CELL_REACH = 6  # lines below a short line searched for the value cell that makes it a header cell
WRAPPED = 0.75  # a line this share of the text's width or longer was wrapped: running text


def cells_below(lines: list[str], i: int) -> bool:
    """Short lines under line i run down to a lone value: a table written one cell per line."""
    for ln in lines[i + 1:i + 1 + CELL_REACH]:
        if not ln.strip() or prose_line(ln) or spaced_row(ln):
            return False
        if VALUES_ONLY.match(ln):
            return True
    return False


def spread(lines: list[str]) -> bool:
    """Text with a blank line after (nearly) every line, as Word and some web pages save it: each
    table row or cell a paragraph of its own, so a blank line no more ends a table than a line break."""
    filled, gaps = text_gaps(lines)
    single = sum(1 for g in gaps if g == 1)
    if sum(1 for k in filled if NUMBER_ONLY.match(lines[k].strip())) * 5 >= len(filled):
        return False  # one cell per line: the cell reader counts its blank lines (an empty cell is one more)
    return single >= 6 and sum(1 for g in gaps if g == 0) * 10 <= len(gaps) and single * 10 >= len(gaps) * 6


def row_line(line: str) -> bool:
    """A line of a table: cells apart by tabs, bars or runs of spaces, a border, or values alone."""
    return spaced_row(line) or split_row(line) is not None or bool(PIPE_SEPARATOR.match(line.strip())) \
        or bool(VALUES_ONLY.match(line))


def joins(lines: list[str], k: int) -> bool:
    """Whether blank line k of a spread text stands inside a table: between two rows, between a header
    or label and the values under it, or between those values and the next such label. A caption over
    a table's header keeps its blank line, as a tidy file has it."""
    above, below = lines[k - 1], lines[k + 1]
    if not above.strip() or not below.strip():
        return False
    if wraps_across(above, below):
        return True
    if prose_line(above) or prose_line(below):
        return False
    after = next((ln for ln in lines[k + 2:k + 4] if ln.strip()), "")
    return (row_line(above) and row_line(below)) or bool(VALUES_ONLY.match(below) or ROW_VALUES.search(below)) \
        or (row_line(above) and bool(VALUES_ONLY.match(after))) or _over_values(lines, k)


WRAPPED_WORDS = 6  # a line of running text cut by the page's width, not a title or a cell
RUNS_ON = re.compile(r"(?:[,;]|\b(?:and|or|of|the|to|in|on|for|with|by|from|a|an|than|as|at)\b)\s*$", re.IGNORECASE)
ITEM_START = re.compile(r"^\s*(?:[-*•◦▪●–·]\s|\(?[a-z0-9]{1,3}[.)]\s|\d{1,2}(?:\.\d{1,2})*\.?\s+\S)")


def wraps_across(above: str, below: str) -> bool:
    """Whether a spread text's line of running text goes on past the blank line below it: it ends on no
    sentence's end and the line below carries on its sentence, in lower case or a number ("... compared
    with 254 in" / "2029/30."), or after a comma, a semicolon or a joining word ("... Services 48," /
    "Physical Disability ..."). A line the blank line follows that opens a list item or a numbered
    paragraph starts one of its own."""
    a, b = above.strip(), below.strip()
    if len(a.split()) < WRAPPED_WORDS or SENTENCE_END.search(a) or a.endswith(":") or ITEM_START.match(b) \
            or split_row(below) is not None or spaced_row(above) or spaced_row(below):
        return False
    return b[:1].islower() or b[:1].isdigit() or bool(RUNS_ON.search(a))


CELL_REACH_SPREAD = 12  # header cells and labels a spread table's first values may stand under
CELL_WORDS = 8  # a header cell or row label is a few words ("Stage 1 responded to within 10 working days")
CORNER_WORDS = 2  # a table's corner cell: "Service", "Stage"; "Area of complaint" is a caption


def _over_values(lines: list[str], k: int) -> bool:
    """Blank line k of a spread text stands among a table's header cells and first label: the lines
    below it, skipping blank ones, are cells down to a line of values, and no more of them than the
    table's header can hold. A row of several values has one header line over its label ("2030/31
    2029/30" / "Stage 1 complaints received" / "412 388"); a row written one cell per line (label,
    then a value a line) has as many header cells as it has lines ("Stage" / "Received" / "Upheld" /
    "Stage 1" / "412" / "96 (23%)"). So a title over the table, a caption ("Table 6: ...") or a
    numbered heading keeps its blank line, as a tidy file has it."""
    if not _cell(lines[k - 1]) or values_line(lines[k - 1]):
        return False  # values over the next label: joins() knows that one; a values line ends a table here
    if not any(ln.strip() for ln in lines[:k - 1]):
        return False  # the document's first line: its title
    below = [ln for ln in lines[k + 1:k + 1 + 4 * CELL_REACH_SPREAD] if ln.strip()]
    for n, ln in enumerate(below[:CELL_REACH_SPREAD]):
        if values_line(ln):
            room = _header_room(below[n:])
            # over a row of several values, the one line between is its label, not a header row the
            # rows' own joins() close up to ("Measure   Q1   Q2" under a title)
            if room == 1:
                return n == 1 and not row_line(below[0])
            # a full row of header cells above the label: the line above is their corner cell ("Service",
            # "Stage"), a word or two; a longer line there is the table's caption or a heading
            return n < room or (n == room and len(lines[k - 1].split()) <= CORNER_WORDS)
        if not _cell(ln):
            return False
    return False


def _header_room(values: list[str]) -> int:
    """How many lines may stand between a blank line and a table's first values: the label, and the
    header cells of a row of this many lines."""
    if len(BARE_VALUE.findall(values[0])) > 1:
        return 1  # several values on the line: one header line, the label beside or over them
    cells = len(list(takewhile(lambda ln: values_line(ln) and len(BARE_VALUE.findall(ln)) == 1, values)))
    return cells + 1  # the label and the row's value cells each have a header cell over them


BARE_VALUE = re.compile(r"(?<![\d(])\d[\d,.]*%?(?![\d)])")  # a value not in brackets: "412", "96 (23%)" has one


def _cell(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= CELL_WORDS and not SENTENCE_END.search(s) and ":" not in s \
        and not NUMBERED_HEADING.match(s)


NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")  # "2. Complaints in figures", "4.1 Stage one"


def values_line(line: str) -> bool:
    """A table row's values, with or without its label: "412 (388)", "Stage one 412 96 = 23%"."""
    s = line.strip()
    if YEARS_ONLY.match(s):
        return False  # "2023-24    2022-23": a header of years over the values
    return bool(VALUES_ONLY.match(s) or ROW_VALUES.search(s) or SHARE_CELLS.search(s))


YEARS_ONLY = re.compile(r"(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\s*)+$")


def doubled(lines: list[str]) -> bool:
    """A spread text whose paragraphs stand two blank lines apart: a blank line after every line (no two
    lines of text touch), runs of two or more blank lines between some, and most lines over a single blank
    line end on no full stop (a wrapped sentence's line, a cell, a row, a title over its paragraph). Its
    single blank lines are all line breaks, so the text closes up to the tidy one whatever its lines hold.
    A text of one-line paragraphs a blank line apart ends its lines on full stops, and keeps them."""
    filled, gaps = text_gaps(lines)
    single = [a for a, g in zip(filled, gaps, strict=False) if g == 1]  # the line over each one-line gap
    if len(filled) < MIN_DOUBLED or len(single) < 2 or not any(g >= 2 for g in gaps) or gaps.count(0) * 20 > len(gaps):
        return False
    ended = sum(1 for a in single if SENTENCE_END.search(lines[a].strip()))
    # a sentence wrapped across a single blank line: what tells a PDF's lines from a web page's paragraphs
    wrapped = sum(1 for a in single if continues_sentence(lines[a], lines[a + 2]))
    return ended * 2 < len(single) and wrapped >= 1 and wrapped * 10 >= len(single)


def continues_sentence(line: str, nxt: str) -> bool:
    """The line below carries on the line's sentence, cut at a column's width: the line is running text (six
    words or more, as long as a column's line) that ends no sentence, and the next opens in lower case or the
    line stops on a comma or a joining word ("... compared with" / "412 in 2030/31")."""
    a, b = line.strip(), nxt.strip()
    if spaced_row(line) or spaced_row(nxt) or split_row(line) is not None or split_row(nxt) is not None:
        return False  # a table's rows ("Stage 2 complaints    96    81" / "of which upheld    14    12")
    return not SENTENCE_END.search(a) and len(a.split()) >= WRAPPED_WORDS and len(a) >= COLUMN_LINE \
        and (b[:1].islower() or bool(RUNS_ON.search(a)))


COLUMN_LINE = 40  # characters: the narrowest column a report's running text is wrapped at; a table's wrapped
# cell ("Stage 1 responded to within 10" / "working days") is shorter


def blocks_doubled(lines: list[str]) -> bool:
    """A text whose blocks stand two blank lines apart and whose lines inside a block one (a web page's text
    with its tables' rows a blank line apart): no two lines touch, and the two-line gaps are as many as half
    the one-line gaps. Only the blank lines between a table's rows of values, or between its header and its
    first row, are closed up (row_gap): such pages set a cell, a heading or a caption one blank line apart
    too, and those keep theirs (the cell reader counts them)."""
    filled, gaps = text_gaps(lines)
    single, wide = gaps.count(1), sum(1 for g in gaps if g >= 2)
    return len(filled) >= MIN_DOUBLED and 0 not in gaps and wide >= MIN_WIDE_GAPS and wide * 2 >= single >= 2


MIN_WIDE_GAPS = 3  # two-line gaps that say the maker parts blocks with them, not one left by chance
HEADER_WORDS = re.compile(r"^\s*(?:[^\W\d_][\w'’&/().%-]*|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|Q[1-4])"
                          r"(?:\s+(?:[^\W\d_][\w'’&/().%-]*|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|Q[1-4])){1,11}\s*$")


def row_gap(lines: list[str], k: int) -> bool:
    """Blank line k stands between two rows of values in single spaces ("Place 141 156 133" / "People 98 104
    117"), or between a header of column names or periods and the first such row."""
    above, below = lines[k - 1], lines[k + 1]
    if not ROW_VALUES.search(below) or prose_line(above) or prose_line(below) \
            or split_row(above) is not None or split_row(below) is not None:
        return False  # (cells apart by runs of spaces, tabs or bars: the table reader bridges a blank line itself)
    return bool(ROW_VALUES.search(above)) or bool(HEADER_WORDS.match(above) and len(above.split()) >= 3)


MIN_DOUBLED = 4  # lines of text: fewer say nothing of how the file was spaced


def closing(lines: list[str]) -> str | None:
    """Which blank lines of a text are line breaks, not breaks between blocks: "every" one-line gap where its
    paragraphs stand two blank lines apart (doubled); "joins" where a blank line follows every line
    (spread: those inside a table, joins); "rows" where a web page's blocks stand two apart (blocks_doubled:
    those between rows of values, row_gap); None for a text whose blank lines all part blocks."""
    if doubled(lines):
        return "every"
    if spread(lines):
        return "joins"
    return "rows" if blocks_doubled(lines) else None


def closed_up(lines: list[str], mode: str) -> list[int]:
    """The indexes of the lines kept when the blank lines `mode` (closing) names are closed up. In "every"
    and "joins" texts a run of blank lines is kept as one (a blank line between titles and running text
    still parts them); a web page's wide gaps ("rows") stay as wide: the cell reader counts blank lines."""
    keep: list[int] = []
    for k, ln in enumerate(lines):
        if not ln.strip() and 0 < k < len(lines) - 1 and lines[k - 1].strip() and lines[k + 1].strip() \
                and (mode == "every" or (row_gap(lines, k) if mode == "rows" else joins(lines, k))):
            continue
        if not ln.strip() and keep and not lines[keep[-1]].strip() and mode != "rows":
            continue
        keep.append(k)
    return keep
