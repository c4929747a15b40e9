"""`repeated_figure` between a sentence and a table: a sentence that gives one thing's counts for two
periods restates a table's row when the table agrees on one of them; the other must agree too.

"53 concerns were handled this year, compared to 84 the previous year" over a table whose concerns row
reads 87 and 53 for those years: 53 ties the sentence to the row, so 84 against 87 is a slip. Where the
table agrees with neither value, the sentence may count something else ("complaints about staff"), and
nothing is said.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from extractor.check_rules.outcomes import scope
from extractor.check_rules.record import make_check
from extractor.models import Check, Document, Figure

Key = tuple  # type: ignore[type-arg]


def _key(f: Figure) -> Key:
    return (f.measure, f.unit, *scope(f))


def _plain(f: Figure) -> bool:
    """A figure of the whole scope, as written: no breakdown, no bound, a period."""
    return f.period is not None and not f.approximate and f.dimension is None and f.category is None


def restated_in_tables(doc: Document, figures: Sequence[Figure]) -> Iterator[Check]:
    """Each sentence's count that differs from the one table cell of its scope, where another count of the
    same sentence and measure, for another period, equals its own cell on the same table line."""
    cells: dict[Key, list[Figure]] = defaultdict(list)
    row_values: dict[tuple[int, str], set[float]] = defaultdict(set)  # every value of a measure on a table line
    for f in figures:
        if f.source != "prose":
            row_values[(f.line, f.measure)].add(f.value)
            if _plain(f):
                cells[_key(f)].append(f)
    sentences: dict[tuple[int, str], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.source == "prose" and _plain(f):
            sentences[(f.line, f.evidence)].append(f)
    for said in sentences.values():
        for p in said:
            mine = _only_cell(cells.get(_key(p), []))
            if mine is None or mine.value == p.value:
                continue
            # (the anchor's value may stand in several tables, a quarterly one's total and a yearly one's row:
            # one of them on the restated row's line)
            anchor = next((q for q in said if q is not p and q.measure == p.measure and q.unit == p.unit
                           and q.stage == p.stage and q.period != p.period
                           and (cell := _only_cell(cells.get(_key(q), []))) is not None
                           and cell.value == q.value and any(c.line == mine.line for c in cells[_key(q)])), None)
            if anchor is None or p.value in row_values[(mine.line, mine.measure)]:
                continue  # (a value the row holds for another period: the sentence's period was misread, no slip)
            msg = (f"{p.measure.replace('_', ' ')} for {p.period} is {p.stated} here but {mine.stated} in the table "
                   f"(line {mine.line}), which agrees with this sentence's {anchor.stated} for {anchor.period}")
            yield make_check(doc, "repeated_figure", "fail", msg, p.line, p.evidence, p.value, mine.value,
                             [p.line, mine.line], p.page)


def _only_cell(found: list[Figure]) -> Figure | None:
    """The table figure of a scope, when every table gives it one value; None when absent or they differ."""
    return found[0] if found and len({f.value for f in found}) == 1 else None
