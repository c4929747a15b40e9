"""`percentage` of a row's own counts when no header says which: a column of shares ("84%", or
"41 (39%)" cells) in any table, whatever its rows count.

Each row gives its share and its counts. The base (and, for a bare "84%" column, the count) is the
pair of count columns that every row but at most one agrees with, within the share's rounding
("Answered on time" of "Total" in every month); at least three rows must agree and no other pair of
columns may do as well, so the base is learnt from the table itself and not guessed from a word.
The row that disagrees is then told: its share or one of its counts is wrong (the table does not say
which), a failure when three other rows or more agree with the base (the base is then the table's own),
a warning when fewer do or the row is a total. Rows that all agree pass.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import pattern
from extractor.extract.table_labels import classify_label
from extractor.extract.table_text import cell_line
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
COUNT = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*$")
PERCENT = re.compile(r"^\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*$")
WITH_SHARE = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*\)\s*$")
MIN_AGREE = 3


def _count(text: str) -> float | None:
    m = COUNT.match(text) or WITH_SHARE.match(text)
    return float(m.group("n").replace(",", "")) if m else None


def _share(text: str) -> tuple[str, float | None] | None:
    """(printed share, its own count or None) of a share cell."""
    if (m := WITH_SHARE.match(text)) is not None:
        return m.group("p"), float(m.group("n").replace(",", ""))
    if (m := PERCENT.match(text)) is not None:
        return m.group("p"), None
    return None


Reading = tuple[int, str, float, float]  # row, printed share, count, base


def mismatch_status(agreeing: int, label: str = "") -> str:
    """How a share that does not fit the base its column's other shares are of is told: it fails when
    `agreeing` other shares, MIN_AGREE at least, make the base the table's own; it warns when fewer do (a
    base two shares fit may be chance) or its row is a total (a total's share may be of another whole)."""
    return "fail" if agreeing >= MIN_AGREE and not pattern("check-total-label").match(label) else "warn"


def _readings(rows: Sequence[Sequence[str]], p: int, n: int | None, base: int) -> list[Reading]:
    out = []
    for r, row in enumerate(rows):
        if max(p, base, n or 0) >= len(row) or (s := _share(row[p])) is None:
            continue
        count = s[1] if n is None else _count(row[n])
        whole = _count(row[base])
        if count is None or not whole or count > whole:
            continue
        out.append((r, s[0], count, whole))
    return out


def _agreeing(readings: list[Reading]) -> list[bool]:
    return [judge_rounded(float(p), f"{p}%", 100 * c / w) == "pass" for _, p, c, w in readings]


def _base_of(rows: Sequence[Sequence[str]], p: int, width: int,
             header: Sequence[str] = ()) -> tuple[int | None, int, list[Reading]] | None:
    """The one (count, base) column pair the rows' shares agree with, all rows but at most one; two rows
    will do where the base column's header names a whole ("Closed", "Complaints", "Received")."""
    own = any((s := _share(row[p])) is not None and s[1] is not None for row in rows if p < len(row))
    pairs = [(None, b) for b in range(width) if b != p] if own else \
        [(n, b) for n, b in itertools.permutations([c for c in range(width) if c != p], 2)]
    found = []
    for n, b in pairs:
        readings = _readings(rows, p, n, b)
        ok = _agreeing(readings)
        enough = MIN_AGREE - 1 if b < len(header) and names_whole(header[b]) else MIN_AGREE
        if sum(ok) >= enough and len(ok) - sum(ok) <= 1:
            found.append((sum(ok), len(ok), n, b, readings))
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] == best]
    if len(top) != 1:
        return None  # two readings do equally well: the base is not certain
    _, _, n, b, readings = top[0]
    return n, b, readings


def _namer(header: Sequence[str]) -> Callable[[int], str]:
    return lambda c: header[c].strip() if c < len(header) and header[c].strip() else f"column {c + 1}"


WHOLES = frozenset({"received", "closed"})  # the measures a share of complaints is taken of


def names_whole(label: str, plain_count: bool = True) -> bool:
    """A header or row label naming what shares are taken of: received, closed, a total, or (`plain_count`) a
    plain count ("Complaints", "Number")."""
    meaning = classify_label(label)
    return meaning.total or (plain_count and meaning.generic) or meaning.values.get("measure") in WHOLES


def _share_columns(body: Sequence[Sequence[str]], width: int,
                   header: Sequence[str] = ()) -> Iterator[tuple[int, int | None, int, list[Reading], list[bool]]]:
    """Each column of shares whose count and base columns the table itself gives away: (share column,
    count column or None for "41 (39%)" cells, base column, its readings, whether each agrees)."""
    for p in range(1, width):
        if sum(_share(r[p]) is not None for r in body if p < len(r)) < (MIN_AGREE if not header else MIN_AGREE - 1):
            continue
        if (found := _base_of(body, p, width, header)) is not None:
            n, base, readings = found
            yield p, n, base, readings, _agreeing(readings)


def row_bases(doc: Document, tables: Sequence[Block], make: CheckMaker) -> Iterator[Check]:
    for b in tables:
        if len(b.rows) < MIN_AGREE + 1 or len(b.row_lines) != len(b.rows):
            continue
        header, body = b.rows[0], b.rows[1:]
        name = _namer(header)
        for p, n, base, readings, agree in _share_columns(body, max(len(r) for r in body), header):
            for (r, p_text, count, whole), ok in zip(readings, agree, strict=True):
                row = body[r]
                expected = 100 * count / whole
                what = f"{row[0]}: {count:g} {'' if n is None else name(n) + ' '}of {whole:g} {name(base)} is {expected:.1f}%"
                msg = what + (", as stated" if ok else
                              f", not the stated {p_text}% (every other row's share in '{name(p)}' is of "
                              f"'{name(base)}': the share or a count of this row is wrong)")
                line = cell_line(b, r + 1, p)
                yield make(doc, "percentage", "pass" if ok else mismatch_status(sum(agree), row[0]), msg, line,
                           " | ".join(row), float(p_text), round(expected, 2), [line], b.page)


def column_bases(doc: Document, tables: Sequence[Block], make: CheckMaker) -> Iterator[Check]:
    """`percentage` of a row of shares in a table whose columns are periods ("% within 10 working days"
    under "Closed" and "Closed within 10 working days", month by month): the table read across, each
    column a reading, the count and base rows learnt as row_bases learns columns."""
    for b in tables:
        if len(b.rows) < 3 or len(b.row_lines) != len(b.rows):
            continue
        width = max(len(r) for r in b.rows)
        if width < MIN_AGREE + 2:
            continue
        rows = [list(r) + [""] * (width - len(r)) for r in b.rows]
        across = [tuple(rows[r][c] for r in range(len(rows))) for c in range(width)]  # a column per row
        names, columns = across[0], across[1:]
        label = _namer(names)
        for p, n, base, readings, agree in _share_columns(columns, len(rows)):
            for (c, p_text, count, whole), ok in zip(readings, agree, strict=True):
                expected = 100 * count / whole
                what = (f"{label(p)}, {rows[0][c + 1].strip() or f'column {c + 2}'}: {count:g} "
                        f"{'' if n is None else label(n) + ' '}of {whole:g} {label(base)} is {expected:.1f}%")
                msg = what + (", as stated" if ok else
                              f", not the stated {p_text}% (every other column's share is of '{label(base)}': "
                              "the share or a count of this column is wrong)")
                line = cell_line(b, p, c + 1)
                yield make(doc, "percentage", "pass" if ok else mismatch_status(sum(agree), rows[0][c + 1]), msg, line,
                           " | ".join(rows[p]), float(p_text), round(expected, 2), [line], b.page)


def sum_bases(doc: Document, tables: Sequence[Block], make: CheckMaker) -> Iterator[Check]:
    """`percentage` of a column of shares beside its column of counts in a table with no Total row and no
    base column ("Upheld | 1,021 | 32.4%" / "Partially upheld | 598 | 19.0%" / ...): the shares split the counts'
    sum, learnt as row_bases learns a base column (three rows at least agree, at most one does not)."""
    for b in tables:
        if len(b.rows) < MIN_AGREE + 1 or len(b.row_lines) != len(b.rows):
            continue
        header, body = b.rows[0], b.rows[1:]
        if any(pattern("check-total-label").match(row[0]) for row in body if row):
            continue  # a Total row is the base: table_sums reads shares against it
        name = _namer(header)
        for p in range(2, max(len(r) for r in body)):
            readings = _sum_readings(body, p)
            if readings is None:
                continue
            agree = _agreeing(readings)
            if sum(agree) < MIN_AGREE or len(agree) - sum(agree) > 1:
                continue
            for (r, p_text, count, whole), ok in zip(readings, agree, strict=True):
                expected = 100 * count / whole
                what = f"{body[r][0]}: {count:g} of the {whole:g} in '{name(p - 1)}' is {expected:.1f}%"
                msg = what + (", as stated" if ok else f", not the stated {p_text}% (every other row's share in "
                              f"'{name(p)}' is of the column's sum: the share or a count of this row is wrong)")
                line = cell_line(b, r + 1, p)
                yield make(doc, "percentage", "pass" if ok else mismatch_status(sum(agree), body[r][0]), msg, line,
                           " | ".join(body[r]), float(p_text), round(expected, 2), [line], b.page)


def _sum_readings(body: Sequence[Sequence[str]], p: int) -> list[Reading] | None:
    """(row, share, count, the count column's sum) of every row of share column p and the count column left of it,
    when every row has a count there and a share here; else None."""
    cells = [(r, _share(row[p]) if p < len(row) else None, _count(row[p - 1]) if p - 1 < len(row) else None)
             for r, row in enumerate(body)]
    if any(share is None or share[1] is not None or count is None for _, share, count in cells):
        return None
    whole = sum(count or 0 for _, _, count in cells)
    return [(r, share[0], count, whole) for r, share, count in cells if share is not None and count is not None] \
        if whole else None
