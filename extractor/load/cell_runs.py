"""Tables a web crawler wrote one cell per line, rebuilt into rows before anything reads them.

A crawler that takes a page's text cell by cell writes a table as a run of short lines: its header cells,
then each row's label and values, every cell on a line of its own; some crawlers put a bar after each cell
("142 |"), some a blank line between cells. Nothing in such a run says where a row ends, but the table
does: its header has as many cells as each row (or one fewer, when its corner cell is empty), each row
opens with words (or an indicator's code and words) and carries values in the same columns. So every
width is tried, and the one whose rows all keep that shape wins; a row of words alone between them
("3 | Outcomes of complaints closed") is a part's title spanning the table. A run with no width that fits
(a menu, a meeting's particulars, label-value pairs) is left as it was, for the readers of lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex as re

# a cell that is a value: a count, share, amount, days, a count with its share or last year's in brackets;
# a dash or "n/a" where a value would stand
VALUE = re.compile(r"^(?!\d{5,}$)(?:[£<>]?\s*\d[\d,]*(?:\.\d+)?\s*%?(?:\s*\(\s*[£]?\d[\d,]*(?:\.\d+)?\s*%?\s*\))?"
                   r"(?:\s*(?:(?:working|calendar)\s+)?days?)?|[-–—]|n/?a|nil|none|\*)$", re.IGNORECASE)
# a period standing as a header cell ("2030/31", "2029-30", "2031"): no value in a header
PERIOD_CELL = re.compile(r"^(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?$")
# an indicator's code opening a row ("1", "2a", "3 (ii)", "KPI 4")
CODE = re.compile(r"^(?:[A-Z]{1,5}\s?-?\d{1,3}[a-z]?|\d{1,2}[a-z]?)(?:\s*\((?:\d{1,2}|[ivx]{1,4}|[a-z])\))?$")
# a word a status or trend column holds in place of a value
STATUS = re.compile(r"^(?:red|amber|green|on target|off target|met|not met|achieved|not achieved|yes|no|"
                    r"improved|declined|same|better|worse|stable|up|down|[↑↓→▲▼✓✗✔✘])$", re.IGNORECASE)
# a line cut inside a cell: it ends on a word that needs the next ("Delay in acting on an") or opens in
# lower case ("investigation"), as a PDF's wrapped cell does; no crawler's cell
CUT_END = re.compile(r"(?:\b(?:a|an|the|of|and|or)|[,–-])$", re.IGNORECASE)  # ("responded to" ends a label)
LOWER_START = re.compile(r"^[a-z]")
# a numbered part's title ("3. Social services complaints"): a heading, never a header cell
NUMBERED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")
# a caption or title above a header: a sentence's words, a colon, "Table 3", a year
CAPTION = re.compile(r"^(?:table|figure|chart)\s+\d|:|^(?:\S+\s+){3,}\S+|^(?=.*\b(?:19|20)\d\d\b)(?:\S+\s+){2,}\S+",
                     re.IGNORECASE)
LONGEST_HEADER = 50
SPANNING_WORDS = 3  # a cell spanning columns of a header's upper row is short: "Stage One", "Stage 2: review"
# a caption's or a lead-in's mark, never a header cell's: "Table 9: ...", "... as follows:" ("Stage 2: Formal
# complaint" is a header cell)
LEAD_IN = re.compile(r"^(?:table|figure|chart)\s+\d|:$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?:;]$")
LONGEST_CELL = 100
MIN_WIDTH, MAX_WIDTH = 3, 12
MIN_ROWS = 2


@dataclass(frozen=True)
class CellTable:
    """A rebuilt table: its rows of cells, the index (into the text's lines) of each row's first cell and
    of each cell, and the index of its last cell."""

    rows: tuple[tuple[str, ...], ...]
    cell_lines: tuple[tuple[int, ...], ...]
    end: int

    @property
    def row_lines(self) -> tuple[int, ...]:
        return tuple(r[0] for r in self.cell_lines)


def cell_of(line: str) -> str | None:
    """The cell a line holds, or None: a line that is no cell (blank, running text, too long to be one)."""
    text = line.strip()
    if len(text) > LONGEST_CELL + 2:
        return None  # before any pattern: a long line is running text, however it ends
    text = text.removesuffix("|").removeprefix("|").strip()
    if not text or len(text) > LONGEST_CELL or (SENTENCE_END.search(text) and len(text.split()) >= 4):
        return None
    return text


def is_value(cell: str) -> bool:
    return bool(VALUE.match(cell))


def whole_cell(cell: str) -> bool:
    """A cell of words that is whole, not a line of a wrapped one."""
    return not CUT_END.search(cell) and not LOWER_START.match(cell)


def barred(line: str) -> bool:
    return line.rstrip().endswith("|") or line.lstrip().startswith("|")


def run_at(lines: Sequence[str], i: int) -> list[tuple[int, str]]:
    """The cells from line i on: lines that each hold a cell; a single blank line between two cells is
    allowed where both carry the crawler's bar ("604 |"), since without bars a web page's short lines a
    blank line apart are as often its headings, tiles and labelled values."""
    out: list[tuple[int, str]] = []
    k = i
    while k < len(lines):
        if not lines[k].strip():
            if out and k + 1 < len(lines) and barred(lines[k - 1]) and barred(lines[k + 1]) \
                    and cell_of(lines[k + 1]) is not None:
                k += 1
                continue
            break
        cell = cell_of(lines[k])
        if cell is None:
            break
        out.append((k, cell))
        k += 1
    return out


def _kind(cells: Sequence[str], j: int) -> str:
    c = cells[j]
    if j == 0:
        return "code" if CODE.match(c) and len(cells) > 1 and not is_value(cells[1]) else "words"
    return "value" if is_value(c) else "status" if STATUS.match(c) else "words"


def _opens_row(cells: Sequence[str]) -> bool:
    """A row opens with words (or a period: "2030-31 | 885 | 598"), or with an indicator's code and words."""
    return not is_value(cells[0]) or _kind(cells, 0) == "code"


def _full_row(cells: Sequence[str], kinds: list[str | None]) -> bool:
    """Whether `cells` is one row: it opens as a row does (with an indicator's code when the rows before
    did), carries values, no words after its first value but a status ("Amber"), and each column keeps
    the kind of cell (value or words) the rows before gave it."""
    if not _opens_row(cells):
        return False
    own = [_kind(cells, j) for j in range(len(cells))]
    if not any(kind == "value" and re.search(r"\d", c) for c, kind in zip(cells, own, strict=True)):
        return False  # a row of words and dashes ("None", "–") alone: a case's row, not one of values
    if "words" in own[own.index("value"):]:
        return False  # "Complaints received | 1,204 | 1,087 | Complaints responded to | ...": two rows in one
    if not all(whole_cell(c) for c, kind in zip(cells, own, strict=True) if kind == "words"):
        return False
    for j, kind in enumerate(own):
        if kinds[j] is None or kinds[j] == "status" or kind == "status":
            continue
        if kinds[j] != kind:
            return False
    return True


def _note_kinds(cells: Sequence[str], kinds: list[str | None]) -> None:
    for j in range(len(cells)):
        if kinds[j] is None or kinds[j] == "status":
            kinds[j] = _kind(cells, j)


def rows_of(cells: Sequence[tuple[int, str]], width: int) -> tuple[list[tuple[str, ...]], int]:
    """Rows of `width` cells from the start of `cells` (after the header), with a part's title of words
    alone between two rows; the rows, and how many cells they took."""
    rows: list[tuple[str, ...]] = []
    kinds: list[str | None] = [None] * width
    p = 0
    while p + width <= len(cells):
        chunk = [c for _, c in cells[p:p + width]]
        if _full_row(chunk, kinds):
            _note_kinds(chunk, kinds)
            rows.append(tuple(chunk))
            p += width
            continue
        span = next((s for s in range(1, width) if p + s + width <= len(cells)
                     and section_row([c for _, c in cells[p:p + s]], kinds[0] == "code")
                     and _full_row([c for _, c in cells[p + s:p + s + width]], kinds)), None)
        if span is None or not rows:
            break
        rows.append(tuple(c for _, c in cells[p:p + span]))
        p += span
    while rows and len(rows[-1]) < width:  # a part's title with no row under it is no part of the table
        rows.pop()
    if kinds[0] == "code" and not codes_in_order([r[0] for r in rows if len(r) == width]):
        return [], 0  # "4 | Benefits and Tax | 3": a count, not an indicator's code
    return rows, sum(len(r) for r in rows)


def section_row(cells: Sequence[str], coded: bool) -> bool:
    """A part's title spanning the table ("Outcomes of complaints closed", with its code where the rows have
    codes): whole words, no value."""
    words = cells[1:] if coded and CODE.match(cells[0]) else cells
    return bool(words) and all(not is_value(c) and not CODE.match(c) and whole_cell(c) and re.search(r"[^\W\d]{2}", c)
                               for c in words)


def codes_in_order(codes: Sequence[str]) -> bool:
    """Indicator codes number their rows in order ("1", "2a", "2b", "3"); bare numbers from 1 up."""
    numbers = [int(m.group()) for c in codes if (m := re.search(r"\d+", c))]
    if numbers != sorted(numbers):
        return False
    return any(re.search(r"[A-Za-z]", c) for c in codes) or numbers[:1] == [1]


def siblings(a: str, b: str) -> bool:
    """Two cells of one series ("Stage 1" and "Stage 2", "1st stage" and "2nd stage", "Q1" and "Q2")."""
    def bare(c: str) -> str:
        return re.sub(r"\d+(?:st|nd|rd|th)?", "#", c.lower())
    return bare(a) == bare(b) and "#" in bare(a)


def _header_ok(cells: Sequence[str], corner: bool = True) -> bool:
    """Header cells: words or periods, short, whole, no caption's mark; in the corner (`corner`: the first
    cell stands over the labels) no period ("2029/30" there is a row's) and no caption ("Complaints by
    area of service, 2030/31" is the table's title)."""
    return all((not is_value(c) or PERIOD_CELL.match(c)) and len(c) <= LONGEST_HEADER and not LEAD_IN.search(c)
               and (PERIOD_CELL.match(c) or whole_cell(c)) and not NUMBERED_TITLE.match(c) for c in cells) \
        and not (corner and any(PERIOD_CELL.match(c) or CAPTION.search(c) for c in cells[:1]))


def _opens_header(cells: Sequence[tuple[int, str]], p: int) -> bool:
    """Whether a header may open at cell p: the cell before it stands apart (a blank line between, where the
    header's own cells have none) or is a caption; a short cell right above could be a header row of its own."""
    if p == 0:
        return True
    (k0, before), (k1, _), (k2, _) = cells[p - 1], cells[p], cells[min(p + 1, len(cells) - 1)]
    return (k1 - k0 > 1 and k2 - k1 == 1) or bool(CAPTION.search(before))


Header = tuple[tuple[tuple[str, ...], ...], tuple[tuple[int, ...], ...], int]  # rows, their cells' lines, cells taken


def headers(cells: Sequence[tuple[int, str]], width: int) -> list[Header]:
    """The ways the run may open with the header of a table `width` cells wide: one row of `width` cells,
    or one fewer under an empty corner; or two rows, the upper with the labels' header and cells each
    spanning as many columns ("Measure | Stage 1 | Stage 2" over "2032/33 | 2031/32 | 2032/33 | 2031/32"),
    the lower with or without the labels' header again."""
    out: list[Header] = []
    for head in (width, width - 1):
        if head + width <= len(cells) and _header_ok([c for _, c in cells[:head]], head == width):
            pad = width - head
            out.append(((("",) * pad + tuple(c for _, c in cells[:head]),),
                        ((cells[0][0],) * pad + tuple(k for k, _ in cells[:head]),), head))
    for top in range(2, width - 1):
        if (width - 1) % (top - 1):
            continue
        span = (width - 1) // (top - 1)
        for low in (width - 1, width):
            if top + low + width > len(cells) or not _header_ok([c for _, c in cells[:top]]) \
                    or not _header_ok([c for _, c in cells[top:top + low]], low == width) \
                    or (low == width and cells[top][1] != cells[0][1]) \
                    or any(len(c.split()) > SPANNING_WORDS for _, c in cells[1:top]):
                continue  # (the lower row has a cell over the labels only where it says the upper's again)
            upper = [cells[0], *(c for c in cells[1:top] for _ in range(span))]
            lower = [(cells[top][0], "")] * (width - low) + list(cells[top:top + low])
            out.append(((tuple(c for _, c in upper), tuple(c for _, c in lower)),
                        (tuple(k for k, _ in upper), tuple(k for k, _ in lower)), top + low))
    return out


def table_at(cells: Sequence[tuple[int, str]]) -> CellTable | None:
    """The table whose header opens the run `cells`, at the width and header that place most values (two
    header rows before one where they place as many), or None."""
    best: tuple[int, int, CellTable] | None = None
    for width in range(MIN_WIDTH, MAX_WIDTH + 1):
        for head_rows, head_lines, head in headers(cells, width):
            rows, taken = rows_of(cells[head:], width)
            full = [r for r in rows if len(r) == width]
            if len(full) < MIN_ROWS:
                continue
            if head_rows[-1][0] == "" and siblings(head_rows[-1][-1], rows[0][0]):
                continue  # "1st stage" / "2nd stage" / "177": the header's last two cells, not a row's label
            score = sum(1 for r in full for c in r if is_value(c))
            if best is None or score > best[0] or (score == best[0] and head > best[1]):
                at = [k for k, _ in cells[head:head + taken]]
                per_cell = list(head_lines)
                for r in rows:
                    per_cell.append(tuple(at[:len(r)]))
                    at = at[len(r):]
                best = (score, head, CellTable((*head_rows, *rows), tuple(per_cell), cells[head + taken - 1][0]))
    return best[2] if best else None


def cell_tables(lines: Sequence[str]) -> dict[int, CellTable]:
    """Every table written one cell per line, keyed by the index of its header's first line."""
    found: dict[int, CellTable] = {}
    i = 0
    while i < len(lines):
        cells = run_at(lines, i)
        if len(cells) < 2 * MIN_WIDTH + 1 or not any(is_value(c) for _, c in cells):
            i = (cells[-1][0] if cells else i) + 1
            continue
        p = 0
        while p + 2 * MIN_WIDTH < len(cells):
            near = cells[p:p + 2 * MAX_WIDTH + 1]
            table = table_at(cells[p:]) if not is_value(cells[p][1]) and any(is_value(c) for _, c in near) \
                and _opens_header(cells, p) else None
            if table is None:
                p += 1
                continue
            found[cells[p][0]] = table
            p = next((q for q, (k, _) in enumerate(cells) if k > table.end), len(cells))
        i = cells[-1][0] + 1
    return found


def unbarred(lines: Sequence[str]) -> list[str]:
    """The lines with a crawler's bar after a lone cell ("604 |") blanked, where three such lines or more
    run together (a blank line between them allowed): cells one per line, as every reader of lines knows
    them. Same length: offsets hold."""
    out = list(lines)
    marked = [barred(ln) and ln.count("|") == 1 and ln.rstrip().endswith("|") for ln in lines]
    i = 0
    while i < len(lines):
        if not marked[i]:
            i += 1
            continue
        run, k = [i], i + 1
        while k < len(lines) and (marked[k] or (not lines[k].strip() and k + 1 < len(lines) and marked[k + 1])):
            if marked[k]:
                run.append(k)
            k += 1
        if len(run) >= 3:
            for j in run:
                bar = out[j].rindex("|")
                out[j] = out[j][:bar] + " " + out[j][bar + 1:]
        i = k
    return out

