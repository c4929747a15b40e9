"""A label on one line and its value on the next: indicator returns, key-facts pages, forms.

    1 (i)  total number of complaints received in the year
    3366

Performance returns (the SPSO and PSOW indicators, housing self-assessments, annual
returns typed into a form) set each measure's label and its value apart. The label's
numbering ("1 (i)", "2a", "3b.") is the indicator's name, never a value. `label_value_pairs`
finds such pairs by layout only (a label with no figure of its own, then a line that is one
value and nothing else); the table reader then reads each pair as a one-row table, so the
label's words give the measure, stage and unit exactly as a row label would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

import regex as re

from extractor.block_lines import line_step
from extractor.extract.label_periods import PERIOD_LABEL
from extractor.extract.table_labels import brackets_hold_last_year
from extractor.extract.table_text import cell_values
from extractor.extract.tile_notes import note_cells
from extractor.extract.value_runs import alternating_runs, reads_values_first, value_label_runs
from extractor.load.line_shapes import BRACKETED_VALUE, TILE_NOTE, TILE_VALUE, space_pairs
from extractor.memo import per_document
from extractor.models import Block, Document

# "1 (i)", "2a", "3b.", "1.2", "(iv)", "Indicator 4:", "Measure Three:": the numbering of an indicator or question
# (an indicator's code set apart by a dash or colon, "HC3 - ...", "CH01: ...", or glued and before a capitalised
# word, "D1 Concluded ...", not a stage's or quarter's "S1", "Q2")
NUMBERING = re.compile(r"^\s*(?:(?:indicator|measure|kpi)\s+(?:\d{1,2}[a-z]?(?:\s*\((?:[ivx]{1,4}|[a-z])\))?|one|two|three|four"
                       r"|five|six|seven|eight|nine|ten|eleven|twelve)(?![a-z])"
                       r"|(?-i:(?![QHS][1-4]\b)[A-Z]{1,5}\s?\d{1,3}[a-z]?)(?:\s*\(\d{1,2}\))?(?=\s*[-–:]\s)"
                       r"|(?-i:(?![QHS][1-4]\b)[A-Z]{1,5}\d{1,3}[a-z]?)\s*\(\d{1,2}\)(?=\s+\p{L})"  # "CH01 (1) Number of ..."
                       r"|(?-i:(?![QHS][1-4]\b)[A-Z]{1,5}\d{1,3}[a-z]?(?=\s+\p{Lu}\p{Ll}))"  # "D1 Concluded at stage 1"
                       r"|\d{1,2}(?:\.\d{1,2})?[a-z]?\s*\((?:[ivx]{1,4}|[a-z])\)"
                       r"|\d{1,2}[a-z](?![a-z])"
                       r"|\d{1,2}(?:\.\d{1,2})?(?=[.:)]|\s{2,}|\t)"
                       r"|\((?:[ivx]{1,4}|[a-z])\)|[a-z]\))[\s.:)\-–]*(?=\p{L})", re.IGNORECASE)
MAX_VALUE = 24  # "3,366", "74.8%", "5.2 days": a value line is short
MAX_GAP = 4  # lines between the label and its value (blank lines, a spacer), in the page's own line steps
# a number inside a label that belongs to its words: "stage 1", "per 1,000", "10 working days", "% of"
# (?<!\d): a count of days starts where its digits start, never inside them (quadratic on a digit run)
# an indicator's code in brackets at a label's end: "(TSM CH01)", "(KPI 7)", "(ARC Ind. 1)" - words, then a
# short number; "(41)" alone is a count, not a code
INDICATOR_CODE = r"\((?-i:[A-Z])[A-Za-z]{0,4}\.?(?:\s*[A-Za-z]{1,5}\.?)?\s*\d{1,3}[a-z]?\)"
INDICATOR_CODE_LINE = re.compile(INDICATOR_CODE)
# numbers a label may hold that are no value: a stage, a timescale, a year ("received, 2030/31", "mid-2030 estimate")
LABEL_NUMBER = re.compile(r"(?:stage|step|level|tier|per|within|in|over|than|Q|quarter|schedule|regulation|article|clause)\s*\d[\d,]*|(?<!\d)\d+\s*(?:working\s+|"
                          r"calendar\s+)?(?:days?|weeks?|months?|hours?)|(?<!\d)\d+\s*%\s*of"
                          r"|(?<![\d,.])(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?(?![\d,.%])"
                          rf"|{INDICATOR_CODE}", re.IGNORECASE)


def label_text(text: str) -> str:
    """The label without its indicator numbering."""
    return NUMBERING.sub("", text, count=1).strip()


def _is_label(block: Block, one_word: bool = False) -> bool:
    """A line of words that can name a value; `one_word`: under a value ("1,203" / "Compliments"),
    a single word is a label too."""
    if block.kind not in ("paragraph", "heading", "list_item") or block.furniture or BRACKETED_VALUE.match(block.text.strip()):
        return False  # (nor is a tile's bracketed note, "(1,812)", a label)
    text = label_text(block.text)
    words = len(text.split())
    if "\n" in text.strip() or words < (1 if one_word else 2) or len(text) > 200 or text.rstrip().endswith((".", "?", "!")):
        return False
    if words == 1 and not ONE_WORD_LABEL.match(text):
        return False
    return no_figure(block.text)


@lru_cache(maxsize=8192)  # a line is asked as a label, a title and a row's label by several readers
def no_figure(text: str) -> bool:
    """A line whose only numbers name (an indicator's numbering, a stage, a year, a timescale): a label's
    or a title's words, no figure of their own."""
    return not any(map(str.isdigit, LABEL_NUMBER.sub("", label_text(text))))


ONE_WORD_LABEL = re.compile(r"^\p{L}{3,}$")
TILE_NOTES = 2  # a tile's change and target lines under its value
LAST_YEAR = "last year"  # the header of a tile's bracketed value, a period before


def _is_value(block: Block) -> bool:
    text = block.text.strip()
    return block.kind in ("paragraph", "heading") and len(text) <= MAX_VALUE and bool(cell_values(text)) \
        and not BRACKETED_VALUE.match(text)



def one_row_table(header: tuple[str, ...], row: tuple[str, ...], label_line: int, value_line: int,
                  page: int | None) -> Block:
    """A label and its value(s) as a table of one row under an empty header, so the table reader
    reads the label's words as it reads a row label's."""
    return Block("table", " | ".join(row), value_line, page=page, rows=(header, row),
                 row_lines=(label_line, value_line), end_line=max(label_line, value_line))


@per_document
def label_value_pairs(doc: Document) -> list[tuple[int, Block]]:
    """(index of the pair's label block, a one-row table block: header, then label and value) for
    every label whose value stands alone below it - or above it, on a key-facts page that prints each
    value over its label: a run of alternating values and labels that ends with a label is read
    value first, since read label first its last label would have no value."""
    from extractor.extract.cell_lines import cell_table_lines
    from extractor.extract.dashboards import dashboard_lines

    taken = cell_table_lines(doc) | dashboard_lines(doc)
    blocks: Sequence[Block] = doc.blocks
    step = line_step(doc)
    gap = MAX_GAP * step

    def apart(a: int, b: int) -> int:
        """Lines from a to b, a set-aside line (and the blank lines around it) not counted."""
        return b - a - step * sum(1 for n in doc.set_aside if a < n < b)

    values_first = {i for run in alternating_runs(blocks, taken, gap, apart, _is_value, _is_label,
                                                  lambda b: BRACKETED_VALUE.match(b.text.strip()) is not None)
                    if reads_values_first(blocks, run, _is_value) and not _numbered_labels(blocks, run) for i in run}
    out: list[tuple[int, Block]] = []
    period = ""  # a line that names only a period dates the pairs below it, to the next heading
    for i in range(len(blocks) - 1):
        first, second = blocks[i], blocks[i + 1]
        said, named = _period_and_label(first, doc.lines)
        # a line of a period alone over a value of its own ("Same quarter last year" / "341") dates that value,
        # not the pairs below it
        if not (said is not None and named is first and _is_value(second)):
            period = said if said is not None else "" if named.kind == "heading" else period
        first = named
        end = first.end_line or first.line
        if first.line in taken or second.line in taken or apart(end, second.line) > gap:
            continue
        if i in values_first:
            if _is_value(first) and i + 1 in values_first and _is_label(second, one_word=True):
                # placed at its label, so that the label's lead-in is its own value, not the last pair's label
                row = (label_text(second.text), first.text.strip())
                table = one_row_table(("", ""), row, second.line, first.line, first.page)
                note = blocks[i + 2] if i + 2 < len(blocks) else None
                if note is not None and BRACKETED_VALUE.match(note.text.strip()) and apart(second.line, note.line) <= gap \
                        and brackets_hold_last_year(doc, note):
                    # "1,946" / "Stage 1 complaints received" / "(1,812)", where the page says brackets hold last year's
                    table = replace(table, rows=(("", "", LAST_YEAR), (*row, note.text.strip(" ()"))), end_line=note.line)
                out.append((i + 1, table))
            continue
        # "30" / "Compliments" / "41": one word will do (a tile's note under the value above, its change or
        # target, stands between: "64" / "▼ 7 on last quarter" / "Compliments")
        above = next((b for b in reversed(blocks[max(0, i - TILE_NOTES - 1):i]) if not TILE_NOTE.match(b.text)), None)
        after_value = above is not None and (_is_value(above) or bool(TILE_VALUE.match(above.text)))
        # ... and so will the first of a run of pairs ("Housing" / "212" / "Environment" / "96" under a heading)
        pairs_on = i + 3 < len(blocks) and i + 1 not in values_first and apart(second.line, blocks[i + 2].line) <= gap \
            and _is_label(blocks[i + 2], one_word=True) and _is_value(blocks[i + 3]) \
            and apart(blocks[i + 2].end_line or blocks[i + 2].line, blocks[i + 3].line) <= gap
        if _is_label(first, one_word=after_value or pairs_on) and _is_value(second) \
                and not (i + 2 < len(blocks) and _is_value(blocks[i + 2]) and apart(second.line, blocks[i + 2].line) <= gap):
            row = (label_text(first.text), second.text.strip())
            table = one_row_table(("", period), row, first.line, second.line, second.page)
            note = blocks[i + 2] if i + 2 < len(blocks) and apart(second.line, blocks[i + 2].line) <= gap else None
            if note is not None and (cells := note_cells(note.text)) is not None:
                # "up 8% on last year (889)", "85% of complaints received": the tile's figure again, in another
                # period or in percent (its note's line is the pair's, so no sentence reads it)
                table = replace(table, rows=(("", period, *cells[0]), (*row, *cells[1])), end_line=note.line)
            out.append((i, table))
    # a row of tiles whose values all come before their labels ("412" / "96" / "Stage 1 ..." / "Stage 2 ...")
    paired = taken | {ln for i, tb in out for ln in (blocks[i].line, *tb.row_lines)}
    return out + value_label_runs(
        blocks, paired, _is_value, tile_label,
        lambda v, lab: one_row_table(("", ""), (label_text(lab.text), v.text.strip()), lab.line, v.line, v.page),
        ends_label=lambda b: INDICATOR_CODE_LINE.fullmatch(b.text.strip()) is not None)


def _numbered_labels(blocks: Sequence[Block], run: list[int]) -> bool:
    """Whether the run's labels open with an indicator's numbering ("CH02 (1) Proportion of ...", "TP09 ...",
    "1 (ii) ..."): a numbered item opens with its label, so its value is the line below, never above."""
    labels = [blocks[i] for i in run if not _is_value(blocks[i]) and blocks[i].kind != "heading"]
    return len(labels) >= 2 and sum(bool(NUMBERING.match(b.text)) for b in labels) * 2 > len(labels)


def tile_label(block: Block) -> bool:
    """A tile's label: any label but a numbered part's title ("2. Complaints received"), which opens the
    text below the tiles."""
    return _is_label(block, one_word=True) and not (block.kind == "heading" and (block.level or 6) <= NUMBERED_LEVEL)


NUMBERED_LEVEL = 3  # the deepest level a numbered title gets ("2.", "2.1", "2.1.1")


def _period_and_label(block: Block, lines: Sequence[str]) -> tuple[str | None, Block]:
    """The words of a period that the block names and nothing else ("Year to date (April to
    December)"), or that its first lines name above a label ("2031/32" / "Complaints received"): then
    the block is that last line alone. None when the block names no period of its own."""
    from extractor.extract.label_periods import ANY_YEAR, period_words

    if block.kind not in ("paragraph", "heading") or TILE_NOTE.match(block.text):
        return None, block  # ("▲ 9% on Q2 (263)": a tile's change since the quarter it names, no period of the pairs below)
    if (words := period_words(block.text, ANY_YEAR)) is not None:
        return words, block
    end = block.end_line or block.line
    if end > block.line and end <= len(lines):
        head = " ".join(lines[ln - 1].strip() for ln in range(block.line, end))
        if (words := period_words(head, ANY_YEAR)) is not None:
            return words, replace(block, text=lines[end - 1].strip(), line=end)
        last = replace(block, text=lines[end - 1].strip(), line=end)
        if NUMBERED_LABEL.match(last.text) and _is_label(last):
            # "Table 6: ..." / "CH01 (1) Number of stage one complaints ...": a caption the page ran into the
            # indicator's label, which stands on the paragraph's last line over its value
            return None, last
    return None, block


# a label that opens with its indicator's code: "CH01 (1) ...", "TP09 ...", "Indicator 4: ..."
NUMBERED_LABEL = re.compile(r"^\s*(?:(?-i:[A-Z]{1,5}\s?\d{1,3}[a-z]?)(?:\s*\(\d{1,2}\))?\s|indicator\s+\d)", re.IGNORECASE)


# "Service failure: 30", "Upheld - 45 (23%)": a label, a colon or dash, a value and perhaps its share
# "Complaints received: 236 (last year 251)", "Upheld: 41% (2029/30: 38%)": the value and, in brackets, the
# same measure for an earlier period the bracket names; "On time: 171 = 51%": a count and its share
# "Upheld: 61 (25%) (70)", "On time: 200 (83%) (2030/31: 210, 79%)": a share, then last year's in a second bracket
NUMBER = r"\d[\d,]*(?:\.\d+)?"
COLON_PAIR = re.compile(r"^(?P<label>[^\d:|][^:|]{1,90}?)\s*(?::|\s[-–]\s)\s*"
                        rf"(?P<value>{NUMBER}(?:%|\s+(?:working\s+|calendar\s+)?days?\b)?)"
                        rf"(?:\s*\(\s*(?P<share>{NUMBER}%?)\s*\)|\s*=\s*(?P<equals>{NUMBER}%))?"
                        r"(?:\s*\(\s*(?:(?P<when>(?:last|previous|prior|preceding)\s+(?:financial\s+)?year|the\s+year\s+before"
                        r"|(?:19|20)\d\d\s*[/-]\s*\d{2,4}|(?:19|20)\d\d)\s*[:=-]?\s*)?"
                        rf"(?P<prior>{NUMBER}%?)(?:\s*,\s*(?P<prior_share>{NUMBER}%))?\s*\))?"
                        r"(?:\s*\([^()\d]{1,40}\))?"  # "(see note below)"
                        r"(?:\s*[(\[]\s*(?:target|aim|goal|standard)\b[^()\[\]]{0,30}[)\]])?\s*\.?\s*$",  # "(target 5)": no value
                        re.IGNORECASE)
# a label that is a stage's name and nothing else: "Stage 1", "Stage 2 (investigation)"
STAGE_NAME = re.compile(r"^\s*(?:stage\s*(?:\d|one|two|three)\s*(?:\([^()]{1,40}\))?|(?:the\s+)?(?:[\w’'&]+\s+){0,6}ombudsman)\s*$",
                        re.IGNORECASE)  # "Stage 2 (investigation)", "Housing Ombudsman"
PRIOR_WORDS = re.compile(r"^(?:last|previous|prior|preceding|the\s+year\s+before)", re.IGNORECASE)


@per_document
def colon_pairs(doc: Document) -> list[tuple[int, Block]]:
    """(index of the block, a one-row table block) for every list item or one-line paragraph that is
    a label and its value ("Maladministration: 12"), when the label's words name a measure or the
    label is a period ("Q1 - 21" under "Stage one complaints by quarter")."""
    from extractor.extract.table_labels import classify_label

    out: list[tuple[int, Block]] = []
    for i, b in enumerate(doc.blocks):
        # (a line of pairs set apart by bars is a table of one row to the loader: "Stage 1: 245 | Stage 2: 31")
        barred = b.kind == "table" and len(b.rows) == 1 and all(":" in cell for cell in b.rows[0])
        if (b.kind not in ("list_item", "paragraph", "heading") and not barred) or b.furniture or "\n" in b.text.strip():
            continue
        text = " | ".join(b.rows[0]) if barred else b.text
        # (a short line of pairs may have been taken for a heading by the loader)
        one_line = (b.end_line or b.line) == b.line  # a paragraph of several lines joined is rows, not a line of pairs
        if one_line and len(pairs := row_of_pairs(text.strip())) >= MIN_PAIRS:
            # "Compliments 212   Complaints 175   Upheld 48": tiles or key facts run into one line; "Stage 1: 245 |
            # Stage 2: 31 | Ombudsman: 4": counts by stage under a caption that names the measure, or complaints alone
            staged = all(STAGE_NAME.match(label) and "%" not in value for label, value in pairs)
            caption = _caption_names_measure(doc.blocks, i, doc.lines) if staged else False
            if all(_names_measure(classify_label(label)) for label, _ in pairs) or caption is not False:
                header = ("", "Complaints") if staged and caption is None else ("", "")
                out += [(i, one_row_table(header, (label, value), b.line, b.line, b.page)) for label, value in pairs]
                continue
        if b.kind in ("heading", "table"):
            continue
        # a title run into the pair ("Housing Ombudsman" over "New cases opened this quarter: 2") or a label wrapped
        # over two lines is part of the label, but the figure stands on the paragraph's last line
        line, m = b.end_line or b.line, COLON_PAIR.match(b.text.strip())
        # the label names a measure ("Upheld: 12"), or a period or stage whose measure the heading or lead-in
        # names ("Q1 - 21", "Stage 1 (frontline resolution): 1,096" under "Complaints closed at each stage");
        # a stage's count under a caption about complaints that names no measure ("Complaints summary"):
        # the complaints at that stage
        counted, caption = False, False
        if m is None or not (_names_measure(meaning := classify_label(m.group("label")))
                             or (PERIOD_LABEL.match(m.group("label")) and any(map(str.isdigit, m.group("label"))))
                             or (meaning.get("stage") and STAGE_NAME.match(m.group("label"))
                                 and ((caption := _caption_names_measure(doc.blocks, i, doc.lines))
                                      or (counted := caption is None and "%" not in m.group("value"))))):
            continue
        header, row = _colon_row(label_text(m.group("label")), m)
        if counted:
            header = (header[0], "Complaints", *header[2:])
        elif caption is True and SENTENCE_CAPTION.search(words := caption_above(doc.blocks, i, doc.lines) or ""):
            # "We received 642 complaints in 2032/33." over "Stage 1: 571": a sentence names what a stage's count
            # counts, read as the value column's name (a heading or caption names it to the table reader itself)
            header = (header[0], label_text(words), *header[2:])
        out.append((i, one_row_table(header, row, line, line, b.page)))
    return out


def _colon_row(label: str, m: re.Match[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The header and row of one "label: value" match: a share in brackets or after "=" is a column of
    its own; last year's value in a bracket that names its year is a column for that year (with its
    share, "(2030/31: 210, 79%)"), a bare bracket of a count stays in its value's cell ("73 (81)": last
    year's where the report says its brackets are, which the table reader knows)."""
    header, row = ["", ""], [label, m.group("value")]
    share = m.group("share") or m.group("equals")  # "171 = 51%": the count and its share
    bare = m.group("prior") and not m.group("when") and "%" not in m.group("prior")
    if share and "%" not in share + m.group("value"):
        bare, share = share, None  # "73 (81)": a count's bracket of a count
    elif bare:
        bare = m.group("prior")  # "61 (25%) (70)": the share, then last year's count
    if bare:
        row[1] = f"{m.group('value')} ({bare})"
    if share:  # "45 (23%)": a count and its share; "83% (412)": a share and its count
        header.append("")
        row.append(share)
    if m.group("prior") and m.group("when"):  # "236 (last year 251)": columns for the year the bracket names
        when = "previous year" if PRIOR_WORDS.match(m.group("when")) else m.group("when")
        header += [when] * (2 if m.group("prior_share") else 1)
        row += [m.group("prior")] + ([m.group("prior_share")] if m.group("prior_share") else [])
    return tuple(header), tuple(row)


@per_document
def colon_lines(doc: Document) -> list[tuple[int, Block, str | None]]:
    """(index of the block, a one-row table block, its title) for every line of a paragraph made of
    "label: value" lines under perhaps one title line without a figure ("Stage 2 (formal
    investigation)" / "Received: 93 (2031-32: 85)" / "Upheld: 37 = 40%"): a text file keeps such a
    list as one paragraph, where a Word file gives each line a paragraph of its own (colon_pairs)."""
    from extractor.extract.table_labels import classify_label

    out: list[tuple[int, Block, str | None]] = []
    for i, b in enumerate(doc.blocks):
        end = b.end_line or b.line
        if b.kind != "paragraph" or b.furniture or end == b.line or end > len(doc.lines):
            continue
        texts = [(ln, doc.lines[ln - 1].strip()) for ln in range(b.line, end + 1)]
        titles: list[str] = []  # a page's title, a heading and a caption may all run into the list
        while len(titles) < TITLE_LINES and texts and _title_line(texts[0][1]):
            titles.append(label_text(texts[0][1]))  # "Indicator 3: Complaints closed at each stage"
            texts = texts[1:]
        # the nearest title line that names a measure, else the nearest about complaints, else the nearest
        title = next((t for t in reversed(titles) if _names_measure(classify_label(t))), None) \
            or next((t for t in reversed(titles) if COMPLAINTS_WORD.search(t)), None) or (titles[-1] if titles else None)
        # under a title that names the measure, a label may name only its stage ("Stage 1 (frontline resolution): 1,096")
        by_stage = title is not None and _names_measure(classify_label(title))
        # a title about complaints that names no measure ("Complaints summary 2031/32") over counts by stage
        # alone ("Stage 1: 640", "Ombudsman: 12"): the complaints at each stage
        counted = title is not None and not by_stage and COMPLAINTS_WORD.search(title) is not None
        found = [(ln, m) for ln, t in texts if (m := COLON_PAIR.match(t)) and (
            _names_measure(meaning := classify_label(m.group("label")))
            or (by_stage or counted and "%" not in m.group("value")) and meaning.get("stage"))]
        if len(found) < 2 or len(found) != len(texts):
            continue
        for ln, m in found:
            header, row = _colon_row(label_text(m.group("label")), m)
            if counted and not _names_measure(classify_label(m.group("label"))):
                header = (header[0], "Complaints", *header[2:])
            out.append((i, one_row_table(header, row, ln, ln, b.page), title))
    return out


COMPLAINTS_WORD = re.compile(r"\bcomplaints?\b", re.IGNORECASE)


TITLE_LINES = 3  # lines of words over a list or table with no header row: a page's title, a heading, a caption
TITLE_WORDS = 14


def _title_line(text: str) -> bool:
    """A line of words above a list of pairs: no figure of its own, not itself a pair."""
    words = label_text(text)
    return bool(words) and no_figure(text) and COLON_PAIR.match(text) is None and len(words.split()) <= TITLE_WORDS


def _caption_names_measure(blocks: Sequence[Block], i: int, lines: Sequence[str]) -> bool | None:
    """Whether the line above a list of "label: value" lines (skipping the list's earlier lines) names
    a measure: "Complaints closed at each stage" over "Stage 1: 1,096" / "Stage 2: 132"; None when it
    names none but speaks of complaints ("Complaints summary 2031/32"). A caption a page's title ran
    into is the paragraph's last line."""
    from extractor.extract.table_labels import classify_label

    caption = caption_above(blocks, i, lines)
    if caption is None or len(caption.split()) > 12:
        return False
    if _names_measure(classify_label(label_text(caption))):
        return True
    return None if COMPLAINTS_WORD.search(caption) else False


SENTENCE_CAPTION = re.compile(r"[.!?]\s*$")  # a full sentence, not a caption


def caption_above(blocks: Sequence[Block], i: int, lines: Sequence[str]) -> str | None:
    """The line right above a list of "label: value" lines (its earlier lines skipped): a caption, or the last
    line of the paragraph a page's title ran into."""
    j = i - 1
    while j >= 0 and COLON_PAIR.match(blocks[j].text.strip()):
        j -= 1
    if j < 0:
        return None
    end = blocks[j].end_line or blocks[j].line
    return lines[end - 1].strip() if blocks[j].line < end <= len(lines) else blocks[j].text


# one label (words, perhaps "Stage 1") and its value; a line that is nothing but two or more of them
PAIR = re.compile(r"(?P<label>stage\s*\d|[A-Za-z][A-Za-z'’&/-]{0,30}(?:\s+(?!\d)[A-Za-z'’&/-]{1,30}){0,4}(?:\s+(?:stage|quarter|Q)\s*\d)?)"
                  r"\s*:?\s+(?P<value>\d(?:\d|,(?=\d{3}))*(?:\.\d+)?%?)(?=\s|[|;·,]|$)", re.IGNORECASE)
PAIR_SEPARATOR = re.compile(r"\s*[|;·,]\s*|\s+")  # between two pairs of a line: spaces, a bar, a semicolon, a dot or a comma
MIN_PAIRS = 2
MAX_PAIR_LINE = 300


def row_of_pairs(text: str) -> list[tuple[str, str]]:
    """The (label, value) pairs a line is made of, or [] when anything else stands between them."""
    if len(text) > MAX_PAIR_LINE or not any(map(str.isdigit, text)):
        return []  # a row of tiles is short
    # Each pair is tried only where the last one ended (after spaces): a pair starts with a letter,
    # so one found further on would leave something between them. Searching instead tried the
    # pattern at every position of every line, most of the cost of reading a document's pairs.
    pairs: list[tuple[str, str]] = []
    at, end = 0, len(text)
    while True:
        if pairs and (sep := PAIR_SEPARATOR.match(text, at)) is not None:
            at = sep.end()
        while at < end and text[at].isspace():
            at += 1
        if at == end:
            return pairs
        m = PAIR.match(text, at)
        if m is None:
            return []
        pairs.append((m.group("label"), m.group("value")))
        at = m.end()


COMPLAINT_WORD = re.compile(r"\bcomplain", re.IGNORECASE)
# a list item that is a category and its count with no colon ("- Council tax 14"); the named groups of
# COLON_PAIR that this shape never has are there, empty, so both are read alike
SPACED_PAIR = re.compile(r"^(?P<label>\p{L}[\p{L}'’&/ -]{1,60}?)\s+(?P<value>(?!(?:19|20)\d\d\b)\d[\d,]*)\s*\.?$"
                         r"(?P<share>(?!))?(?P<equals>(?!))?(?P<when>(?!))?(?P<prior>(?!))?(?P<prior_share>(?!))?")


def _names_measure(meaning: Any) -> bool:
    return bool(meaning.get("measure") or meaning.generic)


@per_document
def category_pairs(doc: Document) -> list[tuple[int, Block]]:
    """(index, one-row table) for each line of a list of two or more "category: count" lines
    ("Northfield: 12", "Southgate: 7"): counts by category, if the heading above names what is
    counted (the table reader decides, `interpret_table(..., category_list=True)`)."""
    from extractor.extract.table_labels import classify_label

    named = {i for i, _ in colon_pairs(doc)}
    found: list[tuple[int, Block, re.Match[str]]] = []
    for i, b in enumerate(doc.blocks):
        if i in named or b.kind not in ("list_item", "paragraph") or b.furniture or "\n" in b.text.strip():
            continue
        # (a label and its count a space apart, in a list item or in a run of such lines: line_shapes.space_pairs)
        m = COLON_PAIR.match(b.text.strip()) or (SPACED_PAIR.match(b.text.strip())
                                                 if b.kind == "list_item" or space_pairs(doc.lines, b.line - 1) else None)
        if m is None:
            continue
        meaning = classify_label(m.group("label"))
        # a label that names a stage or complaints ("Stage 1 complaints: 50") is the sentence reader's;
        # a bracket of a count is last year's where the report says so ("Parking: 31 (29)")
        if m.group("equals") or meaning.skip or meaning.get("stage") \
                or "%" in m.group("value") or COMPLAINT_WORD.search(m.group("label")):
            continue
        found.append((i, b, m))
    runs = {i for i, _, _ in found if any(j in (i - 1, i + 1) for j, _, _ in found)}
    return [(i, one_row_table(*_colon_row(label_text(m.group("label")), m), b.line, b.line, b.page))
            for i, b, m in found if i in runs]


def pair_lines(doc: Document) -> set[int]:
    """The lines of every label and value read as a pair: prose leaves them alone."""
    pairs = label_value_pairs(doc) + colon_pairs(doc) + category_pairs(doc) + [(i, b) for i, b, _ in colon_lines(doc)]
    return {ln for i, b in pairs for ln in range(min(doc.blocks[i].line, b.line), (b.end_line or b.line) + 1)}
