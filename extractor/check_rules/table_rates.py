"""`rate` of a table's row of rates against the rows of its count and its base in the same column:

                                        2030/31       2031/32
    Population (mid-year estimate)           61,200        61,850
    Complaints received                         832           901
    Complaints per 1,000 population            13.6          14.6

The rate's label names both ("Complaints" per 1,000 "population"): the count row is the one row whose label opens
with the rate's subject, the base row the one row naming the same base (prose_rates.NOUNS: population, residents,
homes ...). The table states all three numbers, so a rate that does not round to per x count / base fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex as re

from extractor.check_rules.prose_rates import NOUNS
from extractor.check_rules.shares import judge_rounded
from extractor.extract.numbers import parse_number
from extractor.extract.table_text import cell_line
from extractor.extract.tile_notes import normalised
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
RATE_LABEL = re.compile(r"^(?P<what>[\p{L}][\p{L}\s'’-]*?)\s+per\s+(?P<per>1,?000|100|10,?000|100,?000)\s+(?P<base>\p{L}+)",
                        re.IGNORECASE)


def _value(cell: str) -> float | None:
    number = parse_number(cell.strip()) if cell and cell.strip() else None
    return number.value if number is not None and number.unit == "count" else None


def _row_of(body: Sequence[Sequence[str]], skip: int, test: Callable[[str], bool]) -> int | None:
    """The one row (not `skip`) whose label passes `test`, else None."""
    rows = [r for r, row in enumerate(body) if r != skip and row and test(normalised(row[0]))]
    return rows[0] if len(rows) == 1 else None


def table_rates(doc: Document, tables: Sequence[Block], make: CheckMaker) -> Iterator[Check]:
    for b in tables:
        if len(b.rows) < 4 or len(b.row_lines) != len(b.rows):
            continue
        header, body = b.rows[0], b.rows[1:]
        for r, row in enumerate(body):
            m = RATE_LABEL.match(row[0].strip()) if row else None
            if m is None or (kind := NOUNS.get(m.group("base").lower())) is None:
                continue
            what = normalised(m.group("what"))
            count_row = _row_of(body, r, lambda lab, w=what: lab.startswith(w) and " per " not in f" {lab} ")
            base_row = _row_of(body, r, lambda lab, k=kind: any(NOUNS.get(w) == k for w in lab.split()[:2]))
            if count_row is None or base_row is None or count_row == base_row:
                continue
            per = float(m.group("per").replace(",", ""))
            for c in range(1, len(row)):
                cells = [body[x][c] if c < len(body[x]) else "" for x in (r, count_row, base_row)]
                rate, count, base = (_value(x) for x in cells)
                if rate is None or count is None or not base:
                    continue
                expected = per * count / base
                status = judge_rounded(rate, cells[0].strip(), expected)
                column = header[c].strip() if c < len(header) and header[c].strip() else f"column {c + 1}"
                msg = (f"{column}: {count:g} {body[count_row][0].strip()} per {per:g} of {base:g} "
                       f"{body[base_row][0].strip()} is {expected:.2f}" + (", as stated" if status == "pass" else
                                                                          f", not the stated {cells[0].strip()}"))
                line = cell_line(b, r + 1, c)
                yield make(doc, "rate", "pass" if status == "pass" else "fail", msg, line, " | ".join(row), rate,
                           round(expected, 2), [line, cell_line(b, count_row + 1, c), cell_line(b, base_row + 1, c)], b.page)
