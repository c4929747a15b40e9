"""Plain text and Markdown -> Document.

Reports reach us as text in many shapes: exported Word documents, copied web
pages, dashboard exports with one tile caption per line. Block boundaries are
found from line shapes only; `line` is the line in the file, so a record can be
found again with any editor.
"""

from __future__ import annotations

import html as htmllib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import regex as re

from extractor.errors import InputError
from extractor.load.cell_runs import CellTable, cell_tables, unbarred
from extractor.load.characters import plain_characters
from extractor.load.glued_labels import unglued
from extractor.load.header_spans import spans_written_out
from extractor.load.leaders import without_leaders
from extractor.load.line_shapes import (
    CELL_GAP,
    NUMBER_ONLY,
    PIPE_SEPARATOR,
    ROW_VALUES,
    SENTENCE_END,
    TAB_ITEM,
    TAG,
    TILE_NOTE,
    TILE_VALUE,
    comma_cells,
    line_run,
    looks_like_title,
    row_like,
    space_pairs,
    spaced_row,
    split_row,
    states_figure,
)
from extractor.load.line_spacing import (
    cells_below,
    closed_up,
    closing,
    continues_sentence,
    heads_packed,
    packed,
    table_edge,
    unwrapped,
    wrap_width,
)
from extractor.load.lone_bullets import bullets_rejoined
from extractor.load.page_chrome import as_furniture, line_kind
from extractor.load.page_furniture import across_page_breaks
from extractor.load.paragraph_ends import (
    ends_on_value,
    next_in_numbering,
    next_numbered,
    number_wrapped,
    opens_numbered_list,
    runs_on,
    title_wraps,
    titles_prose_below,
)
from extractor.load.run_on import INDICATOR_ITEM, VALUE_AND_SHARE, sentences_run_on
from extractor.load.running_lines import embedded_running
from extractor.models import Block, Document

# "# Heading" in Markdown.
MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
# "SECTION 1: ...", "APPENDIX 2:", "Part 3 -": report divisions, always outermost.
DIVISION = re.compile(r"^(?:SECTION|APPENDIX|PART|Section|Appendix|Part)\s+[\dA-Z]+\b")
# "1.2 Stage One Complaints", "3. Background", "1.0 Children's ...": a numbered heading,
# short and without a full stop; "3.2 The council received 15 ..." is a paragraph.
NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\p{Lu}.{0,90})$")
# Bullets: "-", "*", "•", "◦", "▪", "o " and "(a)", "a)", "i)".
# ("a." and "iv." mark lettered items: a sentence never opens on a lone lower-case letter and a full stop)
BULLET = re.compile(r"^\s*(?:[-*•◦▪●–·](?=\s)|o(?=\s)|\(?[a-z]{1,3}\)|\(\d{1,2}\)|(?:[a-z]|ii|iii|iv|vi|vii|viii|ix)\.(?=\s))\s*(?P<text>.*)$")
BOLD = re.compile(r"^\*\*(.+)\*\*$|^__(.+)__$|^<b>(.+)</b>$")


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM) first, then cp1252 as Windows exports use."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(str(path), "text in an unknown encoding (not UTF-8 or cp1252)") from None


def numbered_title_level(text: str) -> int | None:
    """numbered_level for a Word paragraph or a PDF line in body type, where nothing but its shape
    says it is a heading: a numbered line that ends in a colon ("2.3. The nine indicators rated Red
    are in:") leads into the list or table below it, and stays a paragraph."""
    return None if text.rstrip().endswith(":") else numbered_level(text)


def numbered_level(line: str) -> int | None:
    """The level a division or section number gives a title line ("SECTION 2: ...", "3. Background",
    "1.2 Stage One Complaints"), or None. The shape alone decides, so a Word paragraph or a PDF line
    set in body type is a heading wherever the text file's line would be one."""
    s = line.strip()
    if DIVISION.match(s) and len(s) < 160 and not s.endswith("."):
        return 1
    if len(s) > 100 or len(s) < 3 or not (m := NUMBERED.match(s)):
        return None
    title = m.group("title")
    # (a numbered line that states a figure is a numbered paragraph, whatever it ends with: "2.6 We closed 412
    # stage one complaints:" leads into a list of them)
    if title.endswith((".", ";", ",")) or len(title.split()) > 12 or _heads_columns(title) or states_figure(title):
        return None
    parts = [p for p in m.group("num").split(".") if p]
    depth = len(parts) - (1 if len(parts) > 1 and parts[-1] == "0" else 0)
    return min(depth + 1, 5)  # below SECTION / APPENDIX divisions


WIDE_GAP = re.compile(r" {3,}|\t")


def _heads_columns(title: str) -> bool:
    """A numbered line whose words are followed, past wide gaps, by cells that are only years or numbers
    ("2 Complaints by stage        2031/32     2032/33"): a table's header or row, not a title (two
    titles side by side, "3. COMPLAINTS      4. WASTE", are a page's two columns)."""
    cells = [c for c in WIDE_GAP.split(title.strip()) if c]
    return len(cells) > 1 and all(any(map(str.isdigit, c)) and len(c.split()) <= 2 for c in cells[1:])


VALUE_CELL = re.compile(r"^\s*\d[\d,]*(?:\.\d+)?\s*%?\s*$")


def _label_and_values(row: tuple[str, ...]) -> bool:
    """A row of words then values only ("Complaints received", "310")."""
    return len(row) >= 2 and any(ch.isalpha() for ch in row[0]) and not VALUE_CELL.match(row[0]) \
        and all(VALUE_CELL.match(c) for c in row[1:] if c.strip()) and any(c.strip() for c in row[1:])


def tab_stops_closed(rows: list[tuple[str, ...]], raw: list[str]) -> list[tuple[str, ...]]:
    """Rows laid out with tab stops ("Date\t\tCase no.\tArea"), where a run of tabs only reaches
    the next column, as the cells they mean: the empty cells dropped, when that gives every row
    the same width and the rows as split did not (a spreadsheet's TSV keeps its empty cells)."""
    if not any("\t\t" in ln for ln in raw) or not any("" in r for r in rows):
        return rows
    closed = [tuple(c for c in r if c) for r in rows]
    if len({len(r) for r in rows}) > 1 and len({len(r) for r in closed}) == 1:
        return closed
    return rows


def indented_heads(rows: list[tuple[str, ...]], raw: list[str]) -> list[tuple[str, ...]]:
    """Header rows indented past the label column ("      Stage 1<TAB>Stage 2" over "Repairs<TAB>612<TAB>71"):
    one cell short of the rows below, their first cell is the label column's empty corner."""
    body = [len(r) for r in rows if _has_number(r)]
    if not body:
        return rows
    width = max(set(body), key=body.count)
    out = list(rows)
    for k, (row, line) in enumerate(zip(rows, raw, strict=False)):
        if _has_number(row) and k:
            break  # the header rows are those above the first row of values
        if len(row) == width - 1 and line[:1] == " " and line.strip():  # a leading tab gives its own empty cell
            out[k] = ("", *row)
    return out


def heading_level(line: str, markdown: bool) -> int | None:
    """The heading level of a line on its own, or None when it reads as body text."""
    s = line.strip()
    if markdown and (m := MD_HEADING.match(s)):
        return len(m.group(1))
    if (level := numbered_level(s)) is not None or len(s) > 100 or len(s) < 3 or NUMBERED.match(s):
        return level
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters) and len(s.split()) <= 12 \
            and not all(any(map(str.isdigit, word)) for word in s.split()):
        return CAPS_LEVEL  # a caps line labels a part of the numbered section it stands in ("Q1 Q2 Q3" heads columns)
    return None


CAPS_LEVEL = 4


def strip_markup(s: str) -> tuple[str, bool]:
    """Markdown emphasis and inline tags out; report whether the line was bold."""
    s = s.strip()
    bold = False
    if m := BOLD.match(s):
        s = next(g for g in m.groups() if g)
        bold = True
    s = s.replace("**", "")
    if "<" in s and ">" in s:
        s = htmllib.unescape(TAG.sub(" ", s))
    return " ".join(s.split()), bold


def _blocks(lines: list[str], markdown: bool, by_cell: dict[int, CellTable] | None = None) -> Iterator[Block]:
    i, n = 0, len(lines)
    width = wrap_width(lines) if packed(lines) else 0  # titles told by width only where no blank line tells them
    whole_lines = unwrapped(lines)  # each line a paragraph: only running text runs on
    prev_nonblank = ""
    by_cell = by_cell or {}  # a crawler's table, one cell per line: rows again before anything reads it
    while i < n:
        raw = lines[i]
        if not raw.strip():
            i += 1
            continue
        if (cells := by_cell.get(i)) is not None:
            yield Block("table", "\n".join(" | ".join(r) for r in cells.rows), i + 1, rows=cells.rows,
                        row_lines=tuple(k + 1 for k in cells.row_lines), end_line=cells.end + 1,
                        cell_lines=tuple(tuple(k + 1 for k in r) for r in cells.cell_lines))
            prev_nonblank, i = lines[cells.end], cells.end + 1
            continue
        row = split_row(raw)
        if row is None and i + 1 < n and split_row(lines[i + 1]) is not None:
            row = split_row(raw, header=True)
        if row is not None:
            start, rows, row_lines = i, [row], [i + 1]
            i += 1
            while i < n:
                if PIPE_SEPARATOR.match(lines[i].strip()):
                    i += 1
                    continue
                nxt = split_row(lines[i])
                # A single blank line inside a table does not end it when the next row has the
                # same shape and carries data; a new header row or a Total before it does.
                if nxt is None and not lines[i].strip() and i + 1 < n:
                    after = split_row(lines[i + 1])
                    if after is not None and len(after) == len(rows[-1]) and _has_number(after) \
                            and not rows[-1][0].lower().startswith("total"):
                        i += 1
                        continue
                if nxt is None and TAB_ITEM.match(lines[i]) and i + 1 < n and (after := split_row(lines[i + 1])) \
                        and len(after) == len(rows[-1]) > 2 and _has_number(after):
                    nxt = tuple(c.strip() for c in lines[i].split("\t") if c.strip())  # "3<TAB>Outcomes": a part's title
                if nxt is None:
                    break
                rows.append(nxt)
                row_lines.append(i + 1)
                i += 1
            rows = spans_written_out(indented_heads(tab_stops_closed(rows, lines[start:i]),
                                     [ln for ln in lines[start:i] if ln.strip() and not PIPE_SEPARATOR.match(ln.strip())]))
            if len(rows) == 1 and _label_and_values(rows[0]):
                # "Number of complaints<TAB>1,062" alone: a label and its value, not a table of one row
                yield Block("paragraph", raw.strip(), start + 1)
                prev_nonblank = raw
                continue
            if len(rows) == 1 and (level := heading_level("    ".join(rows[0]), markdown)) is not None:
                # "CPR/114/2024<TAB>CUSTOMER COMPLAINTS ANNUAL REPORT": a minute's number and its title
                yield Block("heading", " ".join(" ".join(rows[0]).split()), start + 1, level=level, end_line=start + 1)
                prev_nonblank = raw
                continue
            text = "\n".join(" | ".join(r) for r in rows)
            yield Block("table", text, start + 1, rows=tuple(rows), row_lines=tuple(row_lines),
                        end_line=row_lines[-1])
            prev_nonblank = raw
            continue
        if (cells := comma_cells(raw)) is not None and not any(c.strip() for c in cells):
            i += 1  # ",,,,,": an empty row of a comma-separated export, a blank line
            continue
        if cells is not None and len(kept := [c for c in cells if c.strip()]) == 1:
            # '"Notes: Sep-25 is provisional.",,,,,': a note in a comma-separated export, one cell wide
            yield Block("paragraph", " ".join(kept[0].split()), i + 1, end_line=i + 1)
            prev_nonblank = raw
            i += 1
            continue
        text, bold = strip_markup(raw)
        if not text:
            i += 1
            continue
        level = heading_level(raw, markdown)
        if level is not None and level > 1 and not markdown and i + 1 < n and _wraps_on(text, lines[i + 1]):
            level = None  # "2.1 The Council received ... com-" / "plaints in ...": a paragraph wraps on, a title does not
        if level == CAPS_LEVEL and text.rstrip().endswith(":") and _list_below(lines, i):
            level = None  # "HERE IS WHAT THE WATCHDOG FOUND:" over bullets: a lead-in in capitals, not a part's title
        if level is not None and not markdown and i + 1 < n and spaced_row(raw) and ROW_VALUES.search(lines[i + 1]):
            # "Q1 25/26    Q2 25/26    YTD", "Part D - cases concluded    Cases    % of all" over rows of
            # values: the table's header (its caption in the corner), not a title
            level = None
        after_number = bool(NUMBER_ONLY.match(prev_nonblank.strip()))
        last_of_pairs = bool(i and PAIR_LINE.match(raw) and PAIR_LINE.match(lines[i - 1]))  # "Not upheld - 70"
        if level is None and not after_number and not last_of_pairs and looks_like_title(text) and not ROW_VALUES.search(raw) \
                and (_stands_alone(lines, i) or heads_packed(lines, i, width)):  # (a row ending in values is no title)
            level = 6
        if level is not None and not (after_number and level >= 6):
            if markdown and (m := MD_HEADING.match(raw.strip())):
                text, bold = strip_markup(m.group(2))
            start = i
            if not markdown and numbered_level(raw) is not None and title_wraps(lines, i):
                i += 1  # "4. The Public Services Ombudsman for" / "Wales": the title's last words
                text = f"{text} {lines[i].strip()}"
            yield Block("heading", text, start + 1, level=level, end_line=i + 1, bold=bold)
        elif (m := bullet(raw)) is not None:
            item, bold = strip_markup(m.group("text"))
            start, parts = i, [item]
            while i + 1 < n and _hangs_under(lines[i + 1], m.start("text"), raw, markdown):
                i += 1  # "  - The council received 418 ..." / "    adult social care, ...": the item wraps on
                parts.append(strip_markup(lines[i])[0])
            yield Block("list_item", join_wrapped(parts), start + 1, end_line=i + 1, bold=bold)
        else:
            start = i
            parts = [text]
            # Join wrapped lines of one paragraph (no blank line between them).
            # (in text of whole-line paragraphs, a line cut inside its sentence is still a wrapped one: a PDF's
            # column with one long line in it, a quotation or a link)
            while i + 1 < n and (not whole_lines or sentences_run_on(lines[i], lines[i + 1])
                                 or continues_sentence(lines[i], lines[i + 1])) \
                    and joins_next(lines, i, parts[0], markdown, width) and i + 1 not in by_cell:
                i += 1
                parts.append(strip_markup(lines[i])[0])
            yield Block("paragraph", join_wrapped(parts), start + 1, end_line=i + 1, bold=bold)
        prev_nonblank = lines[i]
        i += 1


def joins_next(lines: Sequence[str], i: int, first: str, markdown: bool = False, width: int = 0) -> bool:
    """Whether line i+1 carries on the paragraph whose first line is `first` and whose last is line i, by
    what the two lines say: no blank line, row, title, bullet, key figure's value or note, label-and-value
    pair, indicator item, table edge or next numbered paragraph starts at i+1. The text loader joins a
    paragraph's lines by it, and the PDF loader its lines of one type and spacing (one rule for both)."""
    line, nxt = lines[i], lines[i + 1]
    return bool(nxt.strip()) and split_row(nxt) is None \
        and (heading_level(nxt, markdown) is None or runs_on(line) or number_wrapped(line, nxt)) \
        and bullet(nxt) is None \
        and (not NUMBER_ONLY.match(nxt.strip()) or ends_on_value(line, nxt)) \
        and not NUMBER_ONLY.match(first) \
        and not TILE_NOTE.match(line) and not TILE_NOTE.match(nxt) \
        and not TILE_VALUE.match(line) \
        and not (TILE_VALUE.match(nxt) and not runs_on(line) and not ends_on_value(line, nxt)) \
        and not _pair_list(lines, i) and not _same_marker(line, nxt) \
        and not _labels_value_below(lines, i + 1) \
        and not (INDICATOR_ITEM.match(nxt) and not (CELL_GAP.search(line.strip()) and CELL_GAP.search(nxt.strip()))) \
        and not (SENTENCE_END.search(line.strip()) and cells_below(lines, i)) \
        and not (INDICATOR_ITEM.match(line) and VALUE_AND_SHARE.match(nxt)) \
        and not table_edge(line, nxt) \
        and not next_numbered(first, line, nxt) and not opens_numbered_list(lines, i + 1) \
        and not next_in_numbering(lines, i + 1) and not _count_item(lines, i + 1) \
        and not titles_prose_below(lines, i + 1, width) \
        and line_kind(line) != "line" and line_kind(nxt) != "line"  # a web page's furniture stands alone


# "101 were upheld", "14 were upheld in part", "9 (16%) not upheld": an item that opens with its count, short and
# closed (no "and" or comma to run on with)
COUNT_ITEM = re.compile(r"^\s*\d[\d,]*(?:\s*\(\d+(?:\.\d+)?%\))?\s+(?:were|was|had\s+been|complaints?|cases?|(?:partly\s+|partially\s+|not\s+)?upheld)\b"
                        r"(?:(?!\b(?:and|or|but|while|whilst)\s*$)[^,;:])*$", re.IGNORECASE)
COUNT_ITEM_WORDS = 8


def _count_item(lines: Sequence[str], k: int) -> bool:
    """Line k is an item of a list that opens each line with its count, under a lead ending in a colon ("Of the 412
    stage one complaints we closed:" / "101 were upheld" / "88 were partly upheld"): a run of two such items or more,
    right under the lead."""
    run = line_run(lines, k, lambda line: bool(COUNT_ITEM.match(line)) and len(line.split()) <= COUNT_ITEM_WORDS)
    return run is not None and run[1] > run[0] > 0 and lines[run[0] - 1].rstrip().endswith(":")


def _list_below(lines: list[str], i: int) -> bool:
    """The next line with text below line i is a list item."""
    nxt = next((ln for ln in lines[i + 1:i + 3] if ln.strip()), "")
    return bullet(nxt) is not None


def _hangs_under(nxt: str, column: int, item: str, markdown: bool) -> bool:
    """`nxt` carries on the list item above it: set in as far as the item's text (a hanging indent),
    deeper than its bullet, and no bullet, heading or table row of its own."""
    indent = len(nxt) - len(nxt.lstrip())
    return bool(nxt.strip()) and indent >= max(1, column - 1) and indent > len(item) - len(item.lstrip()) \
        and bullet(nxt) is None and heading_level(nxt, markdown) is None and split_row(nxt) is None \
        and not NUMBER_ONLY.match(nxt.strip())


def _wraps_on(line: str, nxt: str) -> bool:
    """A numbered line that a paragraph wraps on from: the next line starts in lowercase or inside a bracket
    ("(PALS) logged ..."), or a long line (eight words or more, no title's length) runs straight on into
    text that is no numbered line, bullet or table row of its own."""
    after = nxt.strip()
    if not after:
        return False
    if after[:1].islower() or after[:1] == "(":
        return True
    return len(line.split()) >= 8 and not NUMBERED.match(after) and bullet(nxt) is None and split_row(nxt) is None


# "com-" / "plaints": a word a printed page broke at the line's end, with a hyphen
BROKEN_WORD = re.compile(r"(?<=\p{Ll})-$")


def bullet(line: str) -> re.Match[str] | None:
    """A list item's marker and its words; "(98)." under "... and Highways" is a sentence's end that a
    line break left alone, with no words after its bracket."""
    m = BULLET.match(line)
    return m if m is not None and ITEM_WORDS.search(m.group("text")) else None


ITEM_WORDS = re.compile(r"[\p{L}\d]")


def join_wrapped(parts: list[str]) -> str:
    """The lines of one paragraph as one text: a word hyphenated across a line break is whole again
    ("com-" + "plaints"), a hyphen before a capital or a digit ("Covid-" + "19") is kept."""
    out = parts[0] if parts else ""
    for part in parts[1:]:
        if BROKEN_WORD.search(out) and part[:1].islower():
            out = out[:-1] + part
        else:
            out = f"{out} {part}"
    return out


# "Upheld - 96", "Complaints received: 73 (81)": a label and its value, the value ending the line
PAIR_LINE = re.compile(r"^\s*[^\d\s:|][^:|]{1,90}?\s*(?::|\s[-–]\s)\s*\d[\d,]*(?:\.\d+)?%?"
                       r"(?:\s+(?:working\s+|calendar\s+)?days)?\s*(?:\([^()]{1,20}\))?\s*\.?\s*$", re.IGNORECASE)


# "Stage 2", "Second stage", "Informal": a stage's name alone on its line
STAGE_LABEL = re.compile(r"(?:stage|step|level)\s*(?:\d|one|two|three)|(?:first|second|third|final)\s+stage|informal|formal",
                         re.IGNORECASE)


def _labels_value_below(lines: list[str], k: int) -> bool:
    """Line k is a stage's name over its value alone on the next line, after a line that does not break off
    ("Formal complaints" / "Stage 1" / "398"): a key figure's label, which opens a block of its own, never the
    end of the caption above."""
    if k + 1 >= len(lines) or not NUMBER_ONLY.match(lines[k + 1].strip()) \
            or (k + 2 < len(lines) and NUMBER_ONLY.match(lines[k + 2].strip())):
        return False  # ("Received" / "298" / "341" / ...: a column's name over its values, which the caption above heads)
    label = lines[k].strip()
    # (only a stage's name: a caption over measures' labels, "Table 2: Outcomes of stage 1 complaints" / "Upheld" / "120",
    # stays joined to the first, where the label reader sets it apart and lends its words to every pair)
    return STAGE_LABEL.fullmatch(label) is not None and not runs_on(lines[k - 1])


def _pair_list(lines: list[str], i: int) -> bool:
    """Line i+1 is one of a list of label-and-value lines written without bullets: each line is
    a block of its own (as a bulleted item would be), so a lead line ending in a colon and the
    pairs under it are not read as one sentence. Pairs set apart by a space alone ("carers 64") make a list
    only three in a row, where a wrapped sentence rarely ends line after line on a number."""
    if not PAIR_LINE.match(lines[i + 1]):
        return space_pairs(lines, i + 1)
    nxt = lines[i + 2] if i + 2 < len(lines) else ""
    return bool(PAIR_LINE.match(lines[i]) or lines[i].rstrip().endswith(":") or PAIR_LINE.match(nxt))


# "Indicator 3 -", "KPI 12:", "CH02 (1)": a word and a number that name an item of a list
ITEM_MARKER = re.compile(r"^\s*(?P<word>\p{L}{2,15})\s*\d{1,3}[a-z]?\b(?!\s*(?:%|per\s+cent|days?\b))")


GLUED_VALUES = re.compile(r"\p{L}\d[\d,.%]*$")  # a label run into its values


def _same_marker(line: str, nxt: str) -> bool:
    """Two lines that start with the same item word and a number ("Indicator 2 - ...", "Indicator 3
    - ...") are two items of a list written without bullets, not one wrapped sentence."""
    if row_like(line) or row_like(nxt) or GLUED_VALUES.search(line) or GLUED_VALUES.search(nxt):
        # rows of a table flattened to text ("Stage 1 complaints 402 377", "Stage 1 complaints4,8625,391"): the table reader's
        return False
    if runs_on(line):
        return False  # "... in 79% of cases. At" / "Stage 2, 68% ...": the line breaks off, its sentence goes on
    a, b = ITEM_MARKER.match(line), ITEM_MARKER.match(nxt)
    return bool(a and b and a["word"].lower() == b["word"].lower())


def _has_number(row: tuple[str, ...]) -> bool:
    return any(any(map(str.isdigit, cell)) for cell in row[1:])


def _stands_alone(lines: list[str], i: int) -> bool:
    """A title has a blank line (or the file edge) after it, or opens a paragraph of whole
    sentences (a web page copied as text: "Housing Ombudsman" / "The Ombudsman issued ...")."""
    return i + 1 >= len(lines) or not lines[i + 1].strip() or _titles_sentences(lines, i)


def _titles_sentences(lines: list[str], i: int) -> bool:
    title, after = lines[i].strip(), lines[i + 1].strip()
    starts_group = i == 0 or not lines[i - 1].strip()
    sentence = len(after.split()) >= 8 and after.endswith((".", "!", "?", ":")) and (after[:1].isupper() or after[:1].isdigit())
    return starts_group and sentence and not any(map(str.isdigit, NAMING_NUMBER.sub(" ", title))) \
        and split_row(lines[i + 1]) is None


# "Stage 2 (investigation)", "Quarter 3", "Part 1": a number that names the part a title opens, not a value
NAMING_NUMBER = re.compile(r"\b(?:stage|quarter|part|section|phase|tier|level|Q)\s*\d\b", re.IGNORECASE)


def _with_subtitles(blocks: list[Block]) -> list[Block]:
    """ "APPENDIX 2:" followed by "Social Care Complaints Report" is one heading: the title line
    under a division names it."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "heading" and prev.level == 1 and DIVISION.match(prev.text)
                and len(prev.text) < 20 and b.kind == "heading" and (b.level or 0) >= 5):
            out[-1] = replace(prev, text=f"{prev.text.rstrip(':')}: {b.text}", end_line=b.end_line)
            continue
        out.append(b)
    return out


def _document(path: Path, data: bytes, fmt: str) -> Document:
    text = decode(path, data).replace("\r\n", "\n").replace("\r", "\n")
    text = plain_characters(text)
    lines, bullets = bullets_rejoined(without_leaders(unglued(text.split("\n"))))
    numbers: tuple[int, ...] = ()
    if (mode := closing(lines)) is not None:
        kept = closed_up(lines, mode)
        lines, numbers = [lines[k] for k in kept], tuple(k + 1 for k in kept)
    if running := embedded_running(lines):  # a page's footer inside a paragraph or table: out of the text
        kept = [k for k in range(len(lines)) if k not in running]
        lines, numbers = [lines[k] for k in kept], tuple(numbers[k] if numbers else k + 1 for k in kept)
    by_cell = cell_tables(lines)  # before the crawler's bars go: they tell its cells apart across blank lines
    lines = unbarred(lines)
    blocks = as_furniture(list(across_page_breaks(_with_subtitles(list(_blocks(lines, fmt == "markdown", by_cell))))))
    title = next((b.text for b in blocks if b.kind == "heading" and not b.furniture), None)
    return Document(str(path), fmt, blocks, lines=tuple(lines), title=title, line_numbers=numbers,
                    set_aside=bullets if not numbers else frozenset())


def load_text(path: Path, data: bytes) -> Document:
    return _document(path, data, "text")


def load_markdown(path: Path, data: bytes) -> Document:
    return _document(path, data, "markdown")
