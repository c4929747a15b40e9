"""Table rows whose label and values lost the space between them to a line break:

    Stage 1                      (the row's label on a line of its own)
    412 96 130 186               (its values on the line below)

A PDF or Word table copied as text, or a slide's table, often comes out this way. Each label
line is joined to the values below it, the paragraph is read as the one-line rows a text file
gives (table_text.text_tables), and every figure keeps the line its values stand on. Found by
counting (two or more labels over the same number of values, three or more over one value each under a
year), never by the words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex as re

from extractor.extract.label_periods import FY

MIN_VALUES = 1
# a label over one value is the label-and-value layout (label_values.py); three or more such pairs on
# consecutive lines right under a year are the rows of a one-column table ("2030/31" over "Stage 1
# complaints received" / "412 (388)" / ...), which label_values, reading a paragraph whole, never sees
MIN_SINGLES = 3


@dataclass(frozen=True)
class Joined(Sequence[str]):
    """The document's lines with one paragraph's label/value line pairs each made one line; the
    lines after it move up. A view, not a copy: a long document is never copied per paragraph."""

    lines: Sequence[str]
    start: int  # first line of the paragraph (1-based)
    rows: tuple[str, ...]  # the paragraph's lines as read, pairs joined
    rows_real: tuple[int, ...]  # the document line each of them stands for
    shift: int  # how many lines the joining removed

    @property
    def end(self) -> int:
        """The paragraph's last line, as read."""
        return self.start + len(self.rows) - 1

    def __len__(self) -> int:
        return len(self.lines) - self.shift

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        k = i + len(self) if i < 0 else i
        if not 0 <= k < len(self):
            raise IndexError(i)
        if k < self.start - 1:
            return self.lines[k]
        if k <= self.end - 1:
            return self.rows[k - self.start + 1]
        return self.lines[k + self.shift]

    def real(self, line: int) -> int:
        """The document line of a line as read."""
        if line < self.start:
            return line
        if line <= self.end:
            return self.rows_real[line - self.start]
        return line + self.shift


def join_label_lines(span: Sequence[int], lines: Sequence[str], values_only: Callable[[str], int]) -> Joined | None:
    """The paragraph over `span` with each label line joined to the values below it, or None when
    fewer than two label lines stand over the same number (two or more) of values, or fewer than
    three over one value each right under a year."""
    pairs: dict[int, int] = {}
    for ln in span[:-1]:
        label = lines[ln - 1].strip()
        if label and not values_only(label) and ln - 1 not in pairs and (width := values_only(lines[ln])) >= MIN_VALUES:
            pairs[ln] = width
    widths = list(pairs.values())
    pairs = {ln: w for ln, w in pairs.items() if widths.count(w) >= (MIN_SINGLES if w == 1 else 2)}
    singles = sorted(ln for ln, w in pairs.items() if w == 1)
    if singles and not (singles[0] - 1 in span and FY.fullmatch(lines[singles[0] - 2].strip())):
        pairs = {ln: w for ln, w in pairs.items() if w > 1}  # one value each, under no year: label_values.py's
    if len(pairs) < 2:
        return None
    rows: list[str] = []
    real: list[int] = []
    ln = span[0]
    while ln <= span[-1]:
        if ln in pairs:
            rows.append(lines[ln - 1].strip() + " " + lines[ln].strip())
            real.append(ln + 1)  # the values' line
            ln += 2
        else:
            rows.append(lines[ln - 1])
            real.append(ln)
            ln += 1
    return Joined(lines, span[0], tuple(rows), tuple(real), len(pairs))


def join_spanning_header(span: Sequence[int], lines: Sequence[str], is_period: Callable[[str], bool]) -> Joined | None:
    """The paragraph over `span` with a line of periods each standing over the same number of column
    names on the line below ("2030/31" over "Number  %") made one header line, each column named by its
    period and its own name ("2030/31 Number", "2030/31 %"), set where the line below set that name
    (right-aligned to it, as the values under it are); None when no such pair of lines is in it."""
    for ln in span[:-1]:
        top, below = spaced_cells(lines[ln - 1]), spaced_cells(lines[ln])
        if len(top) < 2 or not all(is_period(t) for _, _, t in top) or len(below) % len(top) or len(below) < 2 * len(top) \
                or any(is_period(t) or any(map(str.isdigit, t)) or len(t.split()) > SUB_WORDS for _, _, t in below):
            continue
        per = len(below) // len(top)
        # each period over its own columns: the nearest by the middle of each
        owners = [min(range(len(top)), key=lambda j: abs((a + b) / 2 - (top[j][0] + top[j][1]) / 2)) for a, b, _ in below]
        if owners != [j for j in range(len(top)) for _ in range(per)]:
            continue
        row = ""
        for (_, end, name), owner in zip(below, owners, strict=True):
            cell = f"{top[owner][2]} {name}"
            row = row + " " * max(2 if row else 0, end - len(cell) - len(row)) + cell
        rows = tuple(row if k == ln else lines[k - 1] for k in span if k != ln + 1)
        real = tuple(k + 1 if k == ln else k for k in span if k != ln + 1)
        return Joined(lines, span[0], rows, real, 1)
    return None


def join_wrapped_header(span: Sequence[int], lines: Sequence[str], is_value: Callable[[str], bool]) -> Joined | None:
    """The paragraph over `span` with a header line whose cell names wrapped onto the line below
    ("Partially" over "upheld") made one header line: each word cell below joins the header cell it
    stands under, and the cells are set apart by wide gaps; None when no such pair of lines is in it.
    The header: three cells or more, no value; the line below: fewer cells, no value, each under a
    header cell but the first (words under the label column are a row's label)."""
    for ln in span[:-1]:
        top, below = spaced_cells(lines[ln - 1]), spaced_cells(lines[ln])
        if len(top) < 3 or not below or len(below) >= len(top) or any(is_value(t) for _, _, t in top + below):
            continue
        names = [t for _, _, t in top]
        for a, b, text in below:
            j = max(range(len(top)), key=lambda k: min(b, top[k][1]) - max(a, top[k][0]))
            if j == 0 or min(b, top[j][1]) - max(a, top[j][0]) <= 0:
                break
            names[j] = f"{names[j]} {text}"
        else:
            rows = tuple("   ".join(names) if k == ln else lines[k - 1] for k in span if k != ln + 1)
            real = tuple(k for k in span if k != ln + 1)
            return Joined(lines, span[0], rows, real, 1)
    return None


SUB_WORDS = 3  # words of a column name under a period ("Number", "%", "Within target")
CELL_RUN = re.compile(r"\S+(?: \S+)*")  # words joined by single spaces: one cell of a spaced line


def spaced_cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a line set out in columns: words joined by single spaces."""
    return [(m.start(), m.end(), m.group(0)) for m in CELL_RUN.finditer(line.expandtabs(8))]


def join_open_brackets(span: Sequence[int], lines: Sequence[str]) -> Joined | None:
    """The paragraph over `span` with each line that a page or window wrapped inside a bracket joined to
    the line that closes it ("... 30 days (34" / "days)"), or None when no line of it ends inside one.
    A flattened table row is one line again; its figures keep the line it starts on."""
    rows: list[str] = []
    real: list[int] = []
    joined = 0
    ln = span[0]
    while ln <= span[-1]:
        text = lines[ln - 1]
        if ln < span[-1] and _opens(text) and _closes(lines[ln]):
            rows.append(text.rstrip() + " " + lines[ln].strip())
            real.append(ln)
            joined += 1
            ln += 2
            continue
        rows.append(text)
        real.append(ln)
        ln += 1
    return Joined(lines, span[0], tuple(rows), tuple(real), joined) if joined else None


def _opens(line: str) -> bool:
    """The line ends inside a bracket it opened; not a row whose label wrapped inside its bracket with
    the row's values after it across a column gap ("Calls answered (phone and     204,118  211,560")."""
    return line.count("(") > line.count(")") and line.rfind("(") > line.rfind(")") \
        and not COLUMN_VALUE.search(line, line.rfind("("))


COLUMN_VALUE = re.compile(r"\S\s{2,}[£]?\d")  # words, a column gap, then a value: the row's cells


def _closes(line: str) -> bool:
    """The line's first bracket closes one opened before it: a wrapped bracket's end."""
    close, open_ = line.find(")"), line.find("(")
    return close >= 0 and (open_ < 0 or close < open_)
