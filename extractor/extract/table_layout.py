"""A table's layout: which leading rows are its caption and header, which column holds the row
labels (a column of indicator codes gives way to the words beside it), and one header per column, a
cell merged over two header rows named once. What a cell means is table_reading.py's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex as re

from extractor.extract.label_periods import FY, label_period, text_period, year_label
from extractor.extract.periods import find_periods
from extractor.extract.table_cells import cell_numbers
from extractor.extract.table_labels import LabelMeaning, classify_label
from extractor.extract.table_model import Column
from extractor.extract.table_text import cell_values
from extractor.segment import Context


def is_data_row(row: Sequence[str]) -> bool:
    return any(cell_numbers(c) and label_period(c) is None for c in row[1:])



def _is_year_header(row: Sequence[str]) -> bool:
    """A first row of calendar years ("| 2022 | 2023 |") is a header, not data."""
    cells = [c for c in row[1:] if c.strip()]
    return len(cells) >= 2 and all(year_label(c) for c in cells)


def header_rows(rows: Sequence[Sequence[str]]) -> int:
    """Leading rows without data: one or two header rows, none for a header-less table."""
    n = 0
    while n < min(2, len(rows) - 1) and (not is_data_row(rows[n]) or (n == 0 and _is_year_header(rows[0]))):
        n += 1
    return n


def caption_rows(rows: Sequence[Sequence[str]]) -> int:
    """Leading rows with a single filled cell in a wider table: the table's own title."""
    n = 0
    while n < len(rows) - 2 and max(len(r) for r in rows) > 1 and \
            sum(1 for c in rows[n] if c.strip()) == 1 and rows[n][0].strip() and not is_data_row(rows[n]):
        n += 1
    return n


def with_left_neighbour(columns: list[Column], label_col: int | None) -> list[Column]:
    """A bare "%" column shares the measure and stage of the count column on its left."""
    out = list(columns)
    for i in range(1, len(out)):
        m, left = out[i].meaning, out[i - 1]
        if m.get("unit") == "percent" and not m.get("measure") and left.index != label_col:
            merged = {k: v for k, v in left.meaning.values.items() if k in ("measure", "stage", "procedure")}
            rule_of = {k: r for k, r in left.meaning.rule_of.items() if k in merged or k == "generic"}
            meaning = replace(m, values=merged | m.values, generic=True, rule_of=rule_of | m.rule_of)
            out[i] = Column(i, out[i].header, meaning, out[i].period or left.period)
    return out


def header_parts(rows: Sequence[Sequence[str]], nhead: int, ncols: int, first: int = 1) -> list[list[str]]:
    """Each column's header cells, top down; an empty upper cell of a two-row header takes its left
    neighbour's (a cell merged over both), from the second value column on (`first` is the first one)."""
    parts: list[list[str]] = [[] for _ in range(ncols)]
    for r in range(nhead):
        row = list(rows[r]) + [""] * (ncols - len(rows[r]))
        last = ""
        for c in range(ncols):
            cell = row[c].strip()
            if not cell and r < nhead - 1 and c > first:
                cell = last
            last = (cell or last) if c >= first else ""
            if cell and cell not in parts[c][-1:]:  # a cell spanning both header rows stands in each: named once
                parts[c].append(cell)
    return parts


def column_headers(rows: Sequence[Sequence[str]], nhead: int, ncols: int, first: int = 1) -> list[str]:
    """One header per column: its header cells (header_parts) joined."""
    return [" ".join(p) for p in header_parts(rows, nhead, ncols, first)]


def header_meaning(parts: Sequence[str]) -> LabelMeaning:
    """What a column header means; a field the joined cells leave unset is taken from a cell alone:
    "Frontline" over "Closed" is a stage column whose words, joined, no longer read as one label."""
    joined = classify_label(" ".join(parts))
    # "2030/31 %" (a period's column named under it): what it is besides its year
    beside = FY.sub(" ", " ".join(parts)).strip()
    if beside and beside != " ".join(parts).strip():
        parts = [*parts, beside]
    if len(parts) < 2:
        return joined
    values, rule_of = dict(joined.values), dict(joined.rule_of)
    for part in parts:
        own = classify_label(part)
        for name, value in own.values.items():
            if name not in values:
                values[name] = value
                if name in own.rule_of:
                    rule_of[name] = own.rule_of[name]
    return replace(joined, values=values, rule_of=rule_of)


def column_period(header: str, context: Context | None, has_header: bool) -> tuple[str, str | None, str | None] | None:
    """A column's own period: a header that is a period ("2022/23"), a calendar year under a real
    header row, or a header naming a measure and one financial year ("Number received 2022/23",
    a header whose cells were stacked)."""
    if (own := label_period(header, context)) or (has_header and (own := year_label(header))):
        return own
    if len(FY.findall(header)) == 1:
        return text_period(header, context)
    spans = {p for _, _, p in find_periods(header) if p.start is not None and p.end is not None}
    if len(spans) == 1:  # "12 mths to Dec 24", "Quarter to Sep 24", "1 April - 30 June 2031"
        p = spans.pop()
        return p.label, p.start.isoformat(), p.end.isoformat()  # type: ignore[union-attr]
    return None


def stacked_period(header: str, parts: Sequence[str], context: Context | None,
                   has_header: bool) -> tuple[str, str | None, str | None] | None:
    """A column's period (column_period), else, under a header of stacked cells ("Q3 (October-December)"
    spanning "Stage 1 | Stage 2"), the one period its cells name alone."""
    if (own := column_period(header, context, has_header)) is not None or len(parts) < 2:
        return own
    found = {x for part in parts if (x := column_period(part, context, has_header)) is not None}
    return found.pop() if len(found) == 1 else None


# an indicator's code in a column of its own ("CH01 (1)", "TP12", "KPI 3", "BV4a", "1 (ii)"): it names the
# row for the reader who knows the scheme; the words beside it say what is measured
INDICATOR_CODE = r"(?:[A-Z]{1,5}\s?-?\d{1,3}[a-z]?|\d{1,2}[a-z]?)(?:\s*\((?:\d{1,2}|[ivx]{1,4}|[a-z])\))?"
CODE_CELL = re.compile(rf"^\s*{INDICATOR_CODE}\s*$")
WORD = re.compile(r"[^\W\d_]{2,}")


def find_label_col(rows: Sequence[Sequence[str]], start: int) -> int | None:
    """The first column whose data cells are mostly words; a numbering column before it is no data,
    and a column of indicator codes gives way to the words beside it."""
    data = [r for r in rows[start:] if r]
    width = max((len(r) for r in data), default=0)
    for c in range(width):
        cells = [r[c] for r in data if c < len(r) and r[c].strip()]
        words = [x for x in cells if not cell_values(x) or label_period(x)]
        if cells and len(words) * 2 > len(cells):
            return c + 1 if _codes_beside_words(data, c) else c
    return None


def word_columns(rows: Sequence[Sequence[str]], start: int, label_col: int | None) -> tuple[int, ...]:
    """The columns right after the label column whose data cells are words ("Stage 1", "Single stage"): they
    name the row further ("Corporate | Stage 1 | 410 | 388"), as the label does."""
    if label_col is None:
        return ()
    data = [r for r in rows[start:] if r]
    out: list[int] = []
    for c in range(label_col + 1, max((len(r) for r in data), default=0)):
        cells = [r[c].strip() for r in data if c < len(r) and r[c].strip()]
        if not cells or not all(x[0].isalpha() and WORD.search(x) for x in cells):
            break
        out.append(c)
    return tuple(out)


def _codes_beside_words(data: Sequence[Sequence[str]], c: int) -> bool:
    """Whether column c holds only indicator codes ("A1", "2b", "CH01 (1)"; no quarter or month) and the column
    after it words: "Upheld" beside "3a" as much as "Complaints received per 1,000 homes" beside "1"."""
    pairs = [(r[c], r[c + 1]) for r in data if c + 1 < len(r) and r[c].strip()]
    return bool(pairs) and all(CODE_CELL.match(code) and label_period(code) is None and WORD.search(label)
                               for code, label in pairs)


def within_column(column: tuple[str, str | None, str | None] | None, label: str,
                   ctx: Context) -> tuple[str, str | None, str | None] | None:
    """A row named by a quarter or month of its column's year ("Q3" under "... by quarter, 2032/33") is
    that quarter's: the finer period inside the column's."""
    if column is None or column[1] is None or column[2] is None:
        return None
    row = label_period(label, replace(ctx, period=column[0], period_start=column[1], period_end=column[2]))
    if row is None or row[1] is None or row[2] is None or (row[1], row[2]) == (column[1], column[2]):
        return None
    return row if column[1] <= row[1] <= row[2] <= column[2] else None


def dated(ctx: Context, whole: tuple[str, str | None, str | None] | None) -> Context:
    """The context a row label's quarter or month is read against: the table's own year (its title or
    lead-in, "Quarterly monitoring 2024/25" glued above the header) where the sections give none."""
    if ctx.period or whole is None:
        return ctx
    return replace(ctx, period=whole[0], period_start=whole[1], period_end=whole[2])
