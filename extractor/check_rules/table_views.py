"""`table_total` and `percentage` over the tables the figure reader understood (tables.table_views),
and `breakdown_sum` of a stated total against the single-column tables of its section.

A Total adds up the rows above it (back to the previous Total); a percentage column is judged
against the Total only when it splits it. The checks of a table's own cells, understood or not,
are in table_sums.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor import segment
from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import pattern
from extractor.check_rules.table_sums import LEAVES_OUT, NESTED, SUBTOTAL
from extractor.models import Check, Document, Figure

CheckMaker = Callable[..., Check]


def fmt(v: float | None) -> str:
    if v is None:
        return "?"
    return f"{v:g}" if v == int(v) else f"{v:.2f}".rstrip("0")


def table_checks(doc: Document, contexts: Sequence[segment.Context], make: CheckMaker) -> Iterator[Check]:
    from extractor.extract.tables import table_views

    for view, page in table_views(doc, contexts):
        yield from _table_totals(doc, view, page, make)
        yield from _percentage_column(doc, view, page, make)


STATED_TOTAL = pattern("check-stated-total")


# a table that lists only some of a total's parts: "more than 100", "the top ten", "the main"
SELECTION = re.compile(r"\b(?:more\s+than|over|at\s+least|top|main|most|highest|largest|some\s+of|including|such\s+as)\b",
                       re.IGNORECASE)


def _lead(doc: Document, view) -> str:  # type: ignore[no-untyped-def]
    """The text right above a table: its title and the paragraph that introduces it."""
    before = [b for b in doc.blocks if b.line < view.block.line and not b.furniture][-2:]
    return " ".join([view.title or "", *(b.text for b in before)])


def prose_total_against_tables(doc: Document, figures: Sequence[Figure],
                               contexts: Sequence[segment.Context], make: CheckMaker) -> Iterator[Check]:
    """ "In total, 810 informal complaints were received" against the tables of its section that
    itemise them: every data row of every table up to the next heading."""
    from extractor.extract.tables import table_views

    views = table_views(doc, contexts)
    seen: set[tuple[int, str]] = set()
    for f in figures:
        if f.source != "prose" or f.unit != "count" or f.area or f.dimension or not STATED_TOTAL.search(f.evidence):
            continue
        if (f.line, f.evidence) in seen:
            continue  # the total is the sentence's first count; later ones compare ("up from 521")
        seen.add((f.line, f.evidence))
        end = next((b.line for b in doc.blocks if b.kind == "heading" and b.line > f.line), 10**9)
        tables = [v for v, _ in views if f.line < v.block.line < end]
        cells = [c for v in tables for c in v.cells if c.row in v.data_rows and c.fields.get("unit") == "count"
                 and c.fields.get("measure") == f.measure]
        # a table that runs on over a page break (the same header rows) is one table, not two
        distinct = {v.block.rows[0] for v in tables if v.block.rows}
        if len(distinct) < 2 or not cells or any(len({c.col for c in v.cells if c.row in v.data_rows}) > 1
                                                 for v in tables):
            continue  # only single-column tables itemise a total unambiguously
        if any(SELECTION.search(_lead(doc, v)) for v in tables):
            continue  # "programmes which received more than 100 complaints": a selection, not a breakdown
        expected = sum(c.value for c in cells)
        status = "pass" if expected == f.value else "fail"
        msg = (f"{f.stated} stated in total; the {len(cells)} rows of the {len(tables)} tables that follow "
               f"add up to {fmt(expected)}")
        lines = [f.line] + [v.line(t) for v in tables for t in v.total_rows]
        yield make(doc, "breakdown_sum", status, msg, f.line, f.evidence, f.value, expected, lines, f.page)


def _table_totals(doc: Document, view, page: int | None, make: CheckMaker) -> Iterator[Check]:  # type: ignore[no-untyped-def]
    by_cell = {(c.row, c.col): c for c in view.cells}
    cols_of = {r: {c.col for c in view.cells if c.row == r and c.fields.get("unit") == "count"}
               for r in (*view.data_rows, *view.total_rows)}
    for t in view.total_rows:
        # a Total adds up the rows above it, back to the previous Total ("Total" then "Gender:" rows)
        since = max((p for p in view.total_rows if p < t), default=-1)
        rows = [r for r in view.data_rows if since < r < t]
        if not rows:  # a Total printed first: the rows below it, to the next Total
            until = min((n for n in view.total_rows if n > t), default=10**9)
            rows = [r for r in view.data_rows if t < r < until]
        labels = [view.block.rows[r][0] if view.block.rows[r] else "" for r in (*rows, t)]
        if any(NESTED.match(x) or SUBTOTAL.match(x) for x in labels[:-1]) or LEAVES_OUT.search(labels[-1]):
            continue  # "of which" rows, Sub-totals, a Total that leaves a row out: table_sums.py adds them up
        # a data row missing a cell the Total row has (a cell lost in the export) makes every
        # column sum uncertain: compare, but only warn
        ragged = any(cols_of[r] and cols_of[r] != cols_of[t] for r in rows)
        for col in {c.col for c in view.cells if c.row == t and c.fields.get("unit") == "count"}:
            total = by_cell[(t, col)]
            parts = [by_cell[(r, col)] for r in rows if (r, col) in by_cell
                     and by_cell[(r, col)].fields.get("unit") == "count"]
            if len(parts) < 2:
                continue
            expected = sum(p.value for p in parts)
            if total.value and expected > total.value and expected % total.value == 0:
                continue  # the rows hold subtotals of the Total
            # a cell that holds something but no exact number ("<5", "*", "c") is suppressed
            approx = any(p.value != p.value for p in parts) or any(
                col < len(view.block.rows[r]) and view.block.rows[r][col].strip() and (r, col) not in by_cell
                for r in rows)
            status = "pass" if expected == total.value else ("warn" if approx or ragged else "fail")
            header = view.block.rows[0][col] if col < len(view.block.rows[0]) else ""
            where = view.title or view.block.rows[0][0] or "table"
            column = f" ({header})" if header and col else ""
            msg = (f"{where}{column}: Total row states {fmt(total.value)}, the rows add up to {fmt(expected)}"
                   + ("" if status == "pass" else f" ({' + '.join(fmt(p.value) for p in parts)})"))
            yield make(doc, "table_total", status, msg, view.line(t, col), view.row_text(t), total.value,
                         expected, [view.line(p.row, col) for p in parts] + [view.line(t, col)], page)


def _share_columns(view, by_row: dict[int, list]) -> set[int]:  # type: ignore[no-untyped-def,type-arg]
    """Percentage columns that split the Total (the Total row says 100%, or the rows add up to about
    100%), not rates such as "% responded on time" beside a count, which no Total can check."""
    values: dict[int, list[float]] = defaultdict(list)
    for r in view.data_rows:
        for c in by_row[r]:
            if c.fields.get("unit") == "percent":
                values[c.col].append(c.value)
    whole = {c.col for t in view.total_rows for c in by_row[t] if c.fields.get("unit") == "percent" and c.value == 100}
    whole |= {col for col in values for t in view.total_rows if _says_whole(view.block.rows[t], col)}
    # a rate column ("% on time": 90%, 85%, 100%) may print 100% on its Total row too; its rows add
    # up to far more than 100, a split's to about 100 even with one share wrong
    whole = {col for col in whole if abs(sum(values[col]) - 100) <= 25}
    return whole | {col for col, vs in values.items() if abs(sum(vs) - 100) <= 0.5 * len(vs) + 0.5}


WHOLE_CELL = re.compile(r"^\s*100(?:\.0+)?\s*%\s*$")


def _says_whole(row: Sequence[str], col: int) -> bool:
    """The Total row's own cell says "100%": the figure reader records no share of a Total row, yet
    it is what makes the column a split of the Total even when a wrong share keeps the rows off 100."""
    return col < len(row) and bool(WHOLE_CELL.match(row[col]))


def _percentage_column(doc: Document, view, page: int | None, make: CheckMaker) -> Iterator[Check]:  # type: ignore[no-untyped-def]
    by_row: dict[int, list] = defaultdict(list)
    for c in view.cells:
        by_row[c.row].append(c)
    totals = {c.col: c.value for t in view.total_rows for c in by_row[t] if c.fields.get("unit") == "count"}
    sums = {col: sum(c.value for r in view.data_rows for c in by_row[r] if c.col == col
                     and c.fields.get("unit") == "count") for col in totals}
    shares = _share_columns(view, by_row)
    for r in view.data_rows:
        cells = sorted(by_row[r], key=lambda c: c.col)
        for pct in (c for c in cells if c.fields.get("unit") == "percent" and c.col in shares):
            # the count in the share's own cell ("171 = 51%"), else the nearest count to its left ("171 | 51%")
            count = next((c for c in cells if c.col == pct.col and c.fields.get("unit") == "count"), None) \
                or next((c for c in reversed(cells) if c.col < pct.col and c.fields.get("unit") == "count"), None)
            if count is None or count.col not in totals or not totals[count.col]:
                continue
            expected = 100 * count.value / totals[count.col]
            status = judge_rounded(pct.value, pct.stated, expected)
            if status != "pass" and sums[count.col] and sums[count.col] != totals[count.col]:
                # the Total row is wrong (table_total says so); the shares may follow the rows
                by_rows = 100 * count.value / sums[count.col]
                if judge_rounded(pct.value, pct.stated, by_rows) == "pass":
                    status, expected = "pass", by_rows
            msg = (f"{view.row_text(r)}: {fmt(count.value)} of the {fmt(totals[count.col])} total is "
                   f"{expected:.2f}%, " + ("as stated" if status == "pass" else f"not the stated {pct.stated}"))
            yield make(doc, "percentage", status, msg, view.line(r), view.row_text(r), pct.value,
                         round(expected, 2), [view.line(r)] + [view.line(t) for t in view.total_rows], page)
