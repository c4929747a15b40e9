"""Tables that only the document's lines still show, rebuilt around their Total for table_sums.py.

Two layouts lose their grid on the way to text and are read by no table reader when their header
is not one it knows ("Service area Stage 1 Stage 2"):
- rows of a label and the same number of values, closed by a Total line ("Total 130 19");
- one cell per line: label, its number, label, its number, ..., "Total", its number.
Only what is needed to add up is rebuilt: from the Total line up, every line of the same shape,
stopping at the first that is not (the header, a paragraph). Labels are short and carry no
sentence ("The council received 45" is not a row).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex as re

from extractor.check_rules.stated import pattern
from extractor.check_rules.table_changes import CHANGE_AGAINST, CHANGE_NAME, SIGNS
from extractor.memo import per_document
from extractor.models import Block, Document

VALUE = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\(\d{1,3}(?:\.\d+)?%\))?|-|–|nil|<\s?\d+|\*|n/?a)"
VALUE_ENDS = frozenset("-–lLaA*)")  # the last character of a VALUE that is not a digit ("nil", "n/a", "12(4%)")
# possessive runs of spaces (\s*+, \s++: what follows cannot start with a space), so a line of
# spaces is refused in one pass, not quadratic time; lines reach these stripped
ROW = re.compile(rf"^\s*+(?P<label>[^\d|].*?)\s++(?P<values>{VALUE}(?:\s+{VALUE})*)\s*$", re.IGNORECASE)
LONE = re.compile(rf"^\s*{VALUE}\s*$", re.IGNORECASE)
MAX_LABEL_WORDS = 6
SEPARATOR = re.compile(r"(?<=\w\)?)\s*(?:\s[-–—]|:|\s*[.…]{3,})\s*(?=\d)")  # "Stage 1 ........ 212" too
BULLET = re.compile(r"^\s*[-–•*]\s+")
# "First half: 44 complaints": a label's value with the noun it counts after it
COUNTED = re.compile(r"(?<=[:–—-]\s*\d[\d,]*)\s+(?:complaints?|cases?|enquiries|enquiry|requests?|compliments?|concerns?)\s*$",
                     re.IGNORECASE)
COUNT_SHARE = re.compile(r"(\d)\s*+\(\s*+(\d{1,3}(?:\.\d+)?)\s*+%\s*+\)(?=\s|$)")
# a label may end in a number only when it names a stage, quarter or the like ("Stage 1", "Q 2")
# never from inside a run of spaces (quadratic); labels reach it single-spaced
EXTRA_VALUE = re.compile(r"(?<!\s)(?<!\b(?:stage|level|quarter|q|tier|step|phase|part|year|area|ward|zone|team|group))"
                         r"\s+\d[\d,]*$", re.IGNORECASE)


NUMBERED_WORD = re.compile(r"\b(?:stage|level|quarter|q|tier|step|phase|part)$", re.IGNORECASE)


def _label_ok(label: str, digits: bool = False, numbered: bool = False) -> bool:
    """A row label: a few words, no sentence end; digits only where the caller allows them
    ("Stage 1", "2023/24" label a row whose values are counted from the right), or, `numbered`, a stage's
    or tier's own number ("Stage 1 complaints" on a line of its own over its value)."""
    own = NUMBERED_NAME.sub("", label) if numbered else label
    return (0 < len(label.split()) <= MAX_LABEL_WORDS and not re.search(r"[.!?;:]$", label.strip())
            and (digits or not re.search(r"\d", own)) and any(ch.isalpha() for ch in label))


NUMBERED_NAME = re.compile(r"\b(?:stage|level|quarter|tier|step|phase|part)\s?\d{1,2}\b", re.IGNORECASE)


def _row(text: str, width: int | None = None) -> tuple[str, list[str]] | None:
    """(label, values) of a line; with `width`, the last `width` tokens are the values and the
    rest, digits and all, is the label ("Stage 1  52  47  61  55")."""
    if "|" in text:
        return None
    text = SEPARATOR.sub(" ", COUNTED.sub("", BULLET.sub("", text)))  # "Housing - 96", "* Total: 270": label, then value
    text = COUNT_SHARE.sub(r"\1(\2%)", text)  # "Upheld  76 (36%)": one cell, a count with its share
    if width is not None:
        tokens = text.split()
        values = tokens[-width:] if len(tokens) > width else []
        label = " ".join(tokens[:-width]) if values else ""
        if not values or not all(re.fullmatch(VALUE, v, re.IGNORECASE) for v in values) \
                or not _label_ok(label, digits=True) or EXTRA_VALUE.search(label):
            return None  # "Housing 12 45 47 61 55" under four columns: a value too many, not a label
        if NUMBERED_WORD.search(label):
            return None  # "Outcomes at stage 1": the number belongs to the label, no value
        return label, values
    end = text.rstrip()[-1:]
    if not (end.isdigit() or end in VALUE_ENDS):
        return None  # a row ends with a value: most lines end with a word or a full stop
    m = ROW.match(text)
    if m is None or not _label_ok(m.group("label")):
        return None
    return m.group("label").strip(), m.group("values").split()


def _is_total(label: str) -> bool:
    return bool(pattern("check-total-label").match(label))


@per_document
def _found(doc: Document) -> dict[str, list[Block]]:
    return {}


def line_tables(doc: Document) -> list[Block]:
    """Every table rebuilt around a Total line, once per document."""
    store = _found(doc)
    if "tables" not in store:
        lines = [(i + 1, t.strip()) for i, t in enumerate(doc.lines) if t.strip()]
        store["tables"] = [*_row_tables(lines), *_cell_tables(lines), *_change_tables(lines), *_captioned_n_tables(lines)]
    return store["tables"]


def _year_of_parts(label: str, rows: Sequence[tuple[str, ...]]) -> bool:
    """ "Year" under rows of quarters or months ("Q1" ... "Q4"): the year they make up is their total."""
    return bool(pattern("check-year-column").match(label)) and len(rows) >= 3 \
        and all(pattern("check-sub-period-header").match(r[0]) for r in rows[:-1])


def _row_tables(lines: Sequence[tuple[int, str]]) -> Iterator[Block]:
    for k, (ln, text) in enumerate(lines):
        total = _row(text)
        year = total is not None and bool(pattern("check-year-column").match(total[0]))
        if total is None or not (_is_total(total[0]) or year):
            continue
        width = len(total[1])
        rows: list[tuple[str, ...]] = [(total[0], *total[1])]
        row_lines = [ln]
        for ln2, text2 in reversed(lines[:k]):
            row = _row(text2, width)
            if row is None or _is_total(row[0]):
                break
            rows.insert(0, (row[0], *row[1]))
            row_lines.insert(0, ln2)
        if len(rows) >= 3 and (_is_total(total[0]) or _year_of_parts(total[0], rows)):
            yield _block(rows, row_lines)


PERIOD = r"(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|Q[1-4](?:\s+(?:19|20)\d\d(?:/\d\d)?)?)"
CHANGE_HEAD = re.compile(rf"^\s*+(?P<label>[^\d|]*?)\s*+(?P<a>{PERIOD})\s+(?P<b>{PERIOD})\s+(?P<c>(?:%\s*|per\s*cent(?:age)?\s+)?{CHANGE_NAME}(?:\s*\(%\))?{CHANGE_AGAINST})\s*$",
                         re.IGNORECASE)


def _change_tables(lines: Sequence[tuple[int, str]]) -> Iterator[Block]:
    """ "Stage 2023/24 2024/25 Change" then rows of a label and three values ("+16" among them)."""
    for k, (ln, text) in enumerate(lines):
        m = CHANGE_HEAD.match(text)
        if m is None:
            continue
        rows: list[tuple[str, ...]] = [(m.group("label").strip(), m.group("a"), m.group("b"), m.group("c"))]
        row_lines = [ln]
        for ln2, text2 in lines[k + 1:]:
            row = SIGNED_ROW.match(text2)
            if row is None or not _label_ok(row.group("label"), digits=True):  # "Stage 2 complaints 40 31 -23%"
                break
            rows.append((row.group("label").strip(), row.group("a"), row.group("b"), row.group("c")))
            row_lines.append(ln2)
        if len(rows) >= 2:
            yield Block("table", "\n".join(" | ".join(r) for r in rows), row_lines[0], rows=tuple(rows),
                        row_lines=tuple(row_lines), end_line=row_lines[-1])


SIGNED_ROW = re.compile(r"^\s*+(?P<label>[^\d|].*?)\s++(?P<a>\d[\d,]*)\s+(?P<b>\d[\d,]*)\s+(?P<c>[" + SIGNS + r"]?\s?\d[\d,.]*%?)\s*$")


def _cell_tables(lines: Sequence[tuple[int, str]]) -> Iterator[Block]:
    """ "Upheld" / "18" / ... / "Total" / "103": label and value lines taken in pairs, upwards."""
    for k in range(len(lines) - 1):
        (_, label), (ln, value) = lines[k], lines[k + 1]
        if not _is_total(label) or not LONE.match(value) or not _label_ok(label):
            continue
        rows: list[tuple[str, ...]] = [(label, value)]
        row_lines = [ln]
        j = k - 2
        while j >= 0 and _label_over_value(lines[j][1], lines[j + 1][1]):
            rows.insert(0, (lines[j][1], lines[j + 1][1]))
            row_lines.insert(0, lines[j + 1][0])
            j -= 2
        if len(rows) >= 3:
            yield _block(rows, row_lines)


def _label_over_value(label: str, value: str) -> bool:
    """A part's label line (no Total) over its value alone on the next line: "Upheld" / "18", "Stage 1 complaints" / "412"."""
    return _label_ok(label, numbered=True) and not LONE.match(label) and LONE.match(value) is not None and not _is_total(label)


# a caption that gives the whole its rows make: "Table 2 - How stage 1 complaints were made (n=336)", "(n = 52)"
CAPTION_N = re.compile(r"\(\s*n\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\)\s*:?\s*$", re.IGNORECASE)


def _captioned_n_tables(lines: Sequence[tuple[int, str]]) -> Iterator[Block]:
    """ "... (n=336)" over rows of a label and one count ("Housing repairs  31") or label and count lines ("Online
    form" / "189"): the rows, then the caption's whole as their Total row (stated on the caption's line)."""
    for k, (ln, text) in enumerate(lines):
        m = CAPTION_N.search(text)
        if m is None:
            continue
        rows: list[tuple[str, ...]] = []
        row_lines: list[int] = []
        j = k + 1
        while j < len(lines):
            row = _row(lines[j][1])
            if row is not None and len(row[1]) == 1 and not _is_total(row[0]):
                rows.append((row[0], row[1][0]))
                row_lines.append(lines[j][0])
                j += 1
            elif j + 1 < len(lines) and lines[j + 1][0] == lines[j][0] + 1 and _label_over_value(lines[j][1], lines[j + 1][1]):
                rows.append((lines[j][1], lines[j + 1][1]))
                row_lines.append(lines[j + 1][0])
                j += 2
            else:
                break
        if len(rows) >= 2:
            yield _block([*rows, ("Total", m.group("n"))], [*row_lines, ln])


def _block(rows: list[tuple[str, ...]], row_lines: list[int]) -> Block:
    """A header-less table block: the first row is data (table_sums reads it so)."""
    width = max(len(r) for r in rows)
    header = ("",) * width
    return Block("table", "\n".join(" | ".join(r) for r in rows), row_lines[0], rows=(header, *rows),
                 row_lines=(row_lines[0], *row_lines), end_line=row_lines[-1])
