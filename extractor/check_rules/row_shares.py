"""`percentage` of a row's own counts: a "% on time" column against the row's "On time" count over
its whole ("Number", "Cases", "Received").

The column header names the count ("% in time" beside "In time"), and the whole is the nearest
column to its left headed as a whole, so nothing but the row itself is compared: a mismatch
fails. A rate column with no count of its own ("% satisfied" without "Satisfied") is not judged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor import segment
from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import pattern
from extractor.models import Check, Document

CheckMaker = Callable[..., Check]
COUNT = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*$")
PERCENT = re.compile(r"^\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*$")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _count(text: str) -> float | None:
    m = COUNT.match(text)
    return float(m.group("n").replace(",", "")) if m else None


def share_columns(headers: Sequence[str]) -> list[tuple[int, int, int]]:
    """(share, count, whole) column triples: "% on time" with "On time" and the whole to its left."""
    out = []
    for p, head in enumerate(headers):
        m = pattern("check-share-header").match(head)
        if m is None:
            continue
        what = _norm(m.group("what"))
        n = next((c for c, h in enumerate(headers) if c != p and _norm(h) == what), None)
        if n is None:
            continue
        whole = next((c for c in range(min(n, p) - 1, -1, -1)
                      if pattern("check-whole-header").match(headers[c])), None)
        if whole is not None:
            out.append((p, n, whole))
    return out


def _tables(doc: Document, contexts: Sequence[segment.Context]) -> Iterator[tuple[list[str], list[int], Callable[[int, int], int], Callable[[int], str], Sequence[Sequence[str]], int | None]]:
    """(headers, body rows, line of a cell, text of a row, rows, page) of every table: as the figure
    reader understood it, or, where it did not, as the block's own cells under its first row."""
    from extractor.extract.tables import table_views

    seen = set()
    for view, page in table_views(doc, contexts):
        seen.add(view.block.line)
        yield ([c.header for c in view.columns], [*view.data_rows, *view.total_rows], view.line, view.row_text,
               view.block.rows, page)
    for b in doc.blocks:
        if b.kind == "table" and not b.furniture and b.line not in seen and len(b.rows) >= 2 \
                and len(b.row_lines) == len(b.rows):
            yield (list(b.rows[0]), list(range(1, len(b.rows))), lambda r, c, b=b: b.row_lines[r],
                   lambda r, b=b: " ".join(x for x in b.rows[r] if x), b.rows, b.page)


def row_shares(doc: Document, contexts: Sequence[segment.Context], make: CheckMaker) -> Iterator[Check]:
    for headers, body, line, row_text, rows, page in _tables(doc, contexts):
        yield from _shares_down(doc, rows, line, page, make)
        for p, n, whole in share_columns(headers):
            for r in body:
                row = rows[r]
                if max(p, n, whole) >= len(row):
                    continue
                judged = _judged(row[p], row[n], row[whole])
                if judged is None:
                    continue
                count, base, stated, expected, status = judged
                msg = (f"{row_text(r)}: {count:g} {headers[n]} of {base:g} {headers[whole]} is {expected:.1f}%, "
                       + ("as stated" if status == "pass" else f"not the stated {row[p].strip()}"))
                lines = sorted({line(r, c) for c in (p, n, whole)})
                yield make(doc, "percentage", status, msg, line(r, p), row_text(r), stated, round(expected, 2),
                           lines, page)


def _judged(share_cell: str, count_cell: str, whole_cell: str) -> tuple[float, float, float, float, str] | None:
    """(count, whole, stated share, share worked out, status) of a share cell against its count and whole
    cells; None when the cells are not a percentage, a count and a larger whole."""
    share, count, base = PERCENT.match(share_cell), _count(count_cell), _count(whole_cell)
    if share is None or count is None or not base or count > base:
        return None
    stated = float(share.group("p"))
    expected = 100 * count / base
    return count, base, stated, expected, judge_rounded(stated, share_cell.strip(), expected)


def _shares_down(doc: Document, rows: Sequence[Sequence[str]], line: Callable[[int, int], int], page: int | None,
                 make: CheckMaker) -> Iterator[Check]:
    """The same check where a table runs its measures down and its periods across: an "Upheld %" row
    against the "Upheld" row over the whole row above them ("Received"), column by column."""
    labels = [r[0] if r else "" for r in rows]
    for p, n, whole in share_columns(labels):
        for c in range(1, min(len(rows[p]), len(rows[n]), len(rows[whole]))):
            judged = _judged(rows[p][c], rows[n][c], rows[whole][c])
            if judged is None:
                continue
            count, base, stated, expected, status = judged
            if status != "pass" and _share_of_another(rows, n, c, count, stated, rows[p][c].strip()):
                continue  # the share holds of another row above ("Responded to", not "Received"): no slip to say
            column = rows[0][c].strip() if rows and c < len(rows[0]) else ""
            msg = (f"{column + ': ' if column else ''}{count:g} {labels[n]} of {base:g} {labels[whole]} is {expected:.1f}%, "
                   + ("as stated" if status == "pass" else f"not the stated {rows[p][c].strip()}"))
            lines = sorted({line(r, c) for r in (p, n, whole)})
            yield make(doc, "percentage", status, msg, line(p, c), " ".join(x for x in rows[p] if x), stated,
                       round(expected, 2), lines, page)


def _share_of_another(rows: Sequence[Sequence[str]], n: int, c: int, count: float, stated: float, said: str) -> bool:
    """Whether the stated share is the count's share of some other row above it in that column: the table's
    whole is then in doubt, and a check that picked the wrong one would raise a false alarm."""
    for r in range(n - 1, 0, -1):
        base = _count(rows[r][c]) if c < len(rows[r]) else None
        if base and count <= base and judge_rounded(stated, said, 100 * count / base) == "pass":
            return True
    return False
