"""`stated_change` from a table's own cells: a Change (Difference, Variance, +/-) column against
the two period columns before it ("2023/24 | 2024/25 | Change" then "188 | 204 | +16").

The later period minus the earlier one (the headers say which is later; without period headers
the right-hand one is taken as later and a mismatch only warns). A change in % is judged as a
percentage of the earlier value by its own decimals; an unsigned change by its size only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex as re

from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stated import pattern
from extractor.check_rules.table_sums import cell
from extractor.models import Block, Check, Document

CheckMaker = Callable[..., Check]
# possessive \s*+ where two runs of spaces meet: a cell of spaces alone was quadratic to refuse
# a change column by any of its names: "Change", "% change", "Variance", "+/-", "Trend", "Direction of travel",
# "Change on last year"
CHANGE_NAME = (r"(?:change|difference|diff\.?|variance|movement|trend|direction(?:\s+of\s+travel)?|"
               r"\+\s*/\s*[-−–]|increase\s*/\s*decrease|inc\s*/\s*dec)")
CHANGE_AGAINST = r"(?:\s*(?:on|from|since|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:last|previous|prior)\s+(?:year|quarter|period))?"
CHANGE_HEADER = re.compile(rf"^\s*+(?P<pct>%|percentage|per\s*cent)?\s*{CHANGE_NAME}\s*+(?P<unit>\(.*\))?{CHANGE_AGAINST}\s*$",
                           re.IGNORECASE)
# a change cell's direction, by its sign or its arrow (SIGNS opens with "-": a literal in a character class)
UP_SIGNS, DOWN_SIGNS = "+▲↑⬆", "-−–▼↓⬇"
SIGNS = DOWN_SIGNS + UP_SIGNS
CHANGE_CELL = re.compile(r"^\s*+(?P<sign>[" + SIGNS + r"])?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*+(?P<pct>%)?"
                         r"(?P<pts>\s*(?:pp|(?:percentage\s+)?points?|ppts?|pts?))?"
                         r"(?:\s*\(\s*(?P<sign2>[" + SIGNS + r"])?\s*(?P<n2>\d+(?:\.\d+)?)\s*%\s*\))?\s*$", re.IGNORECASE)
# a period's value that is no count: a percentage ("78%") or an average with decimals ("12.4")
MEASURE_CELL = re.compile(r"^\s*+(?P<n>\d{1,3}(?:\.\d+)?)\s*+(?P<pct>%)?\s*$")
YEAR = re.compile(r"(?:19|20)(\d\d)")


def _sign(mark: str | None) -> int:
    """-1 for a fall's sign or arrow, 1 for a rise's, 0 for none."""
    return -1 if mark and mark in DOWN_SIGNS else 1 if mark and mark in UP_SIGNS else 0


def _later_right(a: str, b: str) -> bool | None:
    """Whether the right-hand header of two period headers is the later one; None if not periods."""
    part = pattern("check-part-header")
    if not (part.match(a) and part.match(b)):
        return None
    ya, yb = YEAR.findall(a), YEAR.findall(b)
    if ya and yb and ya != yb:
        return (ya[-1], ya[0]) < (yb[-1], yb[0])
    return True


def _measures(a: str, b: str) -> tuple[tuple[float, float], bool] | None:
    """The two values of two cells that both hold a percentage, or both a number with decimals (an
    average), and whether they are percentages; None for anything else."""
    ma, mb = MEASURE_CELL.match(a), MEASURE_CELL.match(b)
    if ma is None or mb is None or bool(ma.group("pct")) != bool(mb.group("pct")):
        return None
    if not ma.group("pct") and "." not in a + b:
        return None  # two counts are cell()'s
    return (float(ma.group("n")), float(mb.group("n"))), bool(ma.group("pct"))


def _measure_change(old: float, new: float, n_text: str, pct: bool, of_pct: bool, sign: int) -> tuple[bool, float]:
    """Whether a change beside two percentages or averages holds: their difference (points, days)
    within its decimals, or, in %, a change relative to the earlier value; the sign must agree."""
    size = float(n_text.replace(",", ""))
    diff = new - old
    places = len(n_text.split(".")[1]) if "." in n_text else 0
    exact = abs(abs(diff) - size) <= 0.5 * 10 ** -places + 1e-9
    relative = 100 * diff / old if old else float("inf")
    ok = exact if not pct else exact and of_pct or (bool(old) and judge_rounded(size, f"{n_text}%", abs(relative)) == "pass")
    return ok and (sign == 0 or sign * diff > 0 or diff == 0), (relative if pct and not (of_pct and exact) else diff)


def change_columns(doc: Document, b: Block, make: CheckMaker) -> Iterator[Check]:
    header = b.rows[0] if b.rows else ()
    for col, name in enumerate(header):
        if col < 3 or (head := CHANGE_HEADER.match(name)) is None:
            continue
        in_pct = bool(head.group("pct")) or "%" in (head.group("unit") or "")  # "% change", "Change (%)"
        later_right = _later_right(header[col - 2], header[col - 1])
        for r in range(1, len(b.rows)):
            row = b.rows[r]
            if col >= len(row) or (m := CHANGE_CELL.match(row[col])) is None:
                continue
            (ka, a), (kb, bv) = cell(row[col - 2]), cell(row[col - 1])
            shares = ka != "count" or kb != "count"
            if shares and (pair := _measures(row[col - 2], row[col - 1])) is None:
                continue
            if shares:
                (a, bv), of_pct = pair  # type: ignore[misc]
            old, new = (a, bv) if later_right in (True, None) else (bv, a)
            size = float(m.group("n").replace(",", ""))
            sign = _sign(m.group("sign"))
            pct = (bool(m.group("pct")) or in_pct) and not m.group("pts")
            if shares:
                ok, expected = _measure_change(old, new, m.group("n"), pct, of_pct, sign)
            elif pct:
                if not old:
                    continue
                expected = 100 * (new - old) / old
                ok = judge_rounded(size, f"{m.group('n')}%", abs(expected)) == "pass" and (
                    sign == 0 or sign * expected > 0 or expected == 0)
            else:
                expected = new - old
                ok = abs(expected) == size and (sign == 0 or sign * expected >= 0 or size == 0)
            if m.group("n2") and not shares and not pct:  # "+48 (+18%)": the size said again in per cent
                yield from _second_size(doc, b, r, m, old, new, later_right is not None, make)
            status = "pass" if ok else "fail" if later_right is not None else "warn"
            unit = "%" if pct else ""
            msg = (f"{row[0] or 'row ' + str(r)}: {old:g} to {new:g} is a change of {expected:+.4g}{unit}"
                   + ("" if ok else f", not the stated {row[col].strip()}"))
            line = b.row_lines[r]
            yield make(doc, "stated_change", status, msg, line, " | ".join(row), size, round(abs(expected), 2),
                       [line], b.page)


def _second_size(doc: Document, b: Block, r: int, m: re.Match[str], old: float, new: float, sure: bool,
                 make: CheckMaker) -> Iterator[Check]:
    """The per cent of a "+48 (+18%)" change cell, relative to the earlier value."""
    if not old:
        return
    expected = 100 * (new - old) / old
    sign = _sign(m.group("sign2"))
    ok = judge_rounded(float(m.group("n2")), f"{m.group('n2')}%", abs(expected)) == "pass" and (
        sign == 0 or sign * expected > 0 or expected == 0)
    row = b.rows[r]
    msg = (f"{row[0] or 'row ' + str(r)}: {old:g} to {new:g} is a change of {expected:+.1f}%"
           + ("" if ok else f", not the stated {m.group('n2')}%"))
    yield make(doc, "stated_change", "pass" if ok else "fail" if sure else "warn", msg, b.row_lines[r],
               " | ".join(row), float(m.group("n2")), round(abs(expected), 2), [b.row_lines[r]], b.page)


BRACKET_PAIR = re.compile(r"^\s*+(?P<new>\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(?P<old>\d{1,3}(?:,\d{3})+|\d+)\s*\)\s*$")


def bracket_changes(doc: Document, b: Block, make: CheckMaker) -> Iterator[Check]:
    """A Change column beside one column of "351 (299)" cells: the bracketed figure is the earlier
    period's, as reports print it; the report says so only in a note, so a mismatch warns."""
    header = b.rows[0] if b.rows else ()
    for col, name in enumerate(header):
        if col < 2 or CHANGE_HEADER.match(name) is None or CHANGE_HEADER.match(header[col - 1]) is not None:
            continue
        in_pct = "%" in name or re.search(r"per\s*cent|percentage", name, re.IGNORECASE) is not None
        for r in range(1, len(b.rows)):
            row = b.rows[r]
            if col >= len(row) or (m := CHANGE_CELL.match(row[col])) is None or m.group("pts"):
                continue
            if (pair := BRACKET_PAIR.match(row[col - 1])) is None:
                continue
            new, old = (float(pair.group(k).replace(",", "")) for k in ("new", "old"))
            size = float(m.group("n").replace(",", ""))
            sign = _sign(m.group("sign"))
            if m.group("pct") or in_pct:
                if not old:
                    continue
                expected = 100 * (new - old) / old
                ok = judge_rounded(size, f"{m.group('n')}%", abs(expected)) == "pass"
            else:
                expected = new - old
                ok = abs(expected) == size
            ok = ok and (sign == 0 or sign * expected > 0 or expected == 0)
            unit = "%" if m.group("pct") or in_pct else ""
            msg = (f"{row[0] or 'row ' + str(r)}: {old:g} (in brackets, the earlier period) to {new:g} is a change of "
                   f"{expected:+.4g}{unit}" + ("" if ok else f", not the stated {row[col].strip()}"))
            line = b.row_lines[r]
            yield make(doc, "stated_change", "pass" if ok else "warn", msg, line, " | ".join(row), size,
                       round(abs(expected), 2), [line], b.page)
