"""The rates of a benchmark cell, each from the figures of one scope: a rate the report states
comes before one computed from its counts, a computed one keeps its numerator, denominator and
the figures behind both, and `judge` flags what cannot be (a share over 100%, a denominator
smaller than its part)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

DECIDED = ("upheld", "partially_upheld", "not_upheld")


@dataclass
class Cell:
    """One benchmark value with the parts it came from: `basis` is stated or computed."""

    value: float | None
    basis: str = "stated"
    numerator: float | None = None
    denominator: float | None = None
    parts: list[tuple[str, pd.DataFrame]] = field(default_factory=list)
    flag: str = ""


def source_text(rows: pd.DataFrame) -> str:
    """"doc p.3 l.45; other.txt l.12": where each figure behind a cell was stated."""
    out = []
    for doc, page, line in zip(rows["doc"], rows["page"], rows["line"], strict=True):
        where = "" if pd.isna(page) else f" p.{int(page)}"
        out.append(f"{doc}{where}" if pd.isna(line) else f"{doc}{where} l.{int(line)}")
    return "; ".join(dict.fromkeys(out))


def _part_text(role: str, rows: pd.DataFrame) -> str:
    """"numerator: upheld 5 (a.txt l.10)": what each part of a cell is and where it was stated."""
    items = []
    for r in rows.itertuples(index=False):
        where = source_text(pd.DataFrame([r._asdict()]))
        what = getattr(r, "measure", None) or getattr(r, "outcome", "")
        unit = "%" if getattr(r, "unit", None) == "percent" else ""
        items.append(f"{what} {getattr(r, 'value', ''):g}{unit} ({where})" if "value" in rows else where)
    return f"{role}: " + "; ".join(items)


def provenance(cell: Cell) -> str:
    return " | ".join(_part_text(role, rows) for role, rows in cell.parts if len(rows))


def _first(rows: pd.DataFrame) -> tuple[float | None, pd.DataFrame]:
    """One value for one scope: restatements that agree are one figure (the first line stands);
    values that differ are all kept, for `judge` to flag - one may be a team's count stored
    without its area, and which is the whole is not known."""
    if not len(rows):
        return None, rows
    rows = rows.sort_values(["doc", "line"])
    return float(rows["value"].iloc[0]), rows if rows["value"].nunique() > 1 else rows.head(1)


def _pick(rows: pd.DataFrame, measure: str, unit: str = "count", stage: Any = ...) -> tuple[float | None,
                                                                                          pd.DataFrame]:
    pick = rows[(rows["measure"] == measure) & (rows["unit"] == unit)]
    if stage is not ...:
        pick = pick[pick["stage"] == stage]
    return _first(pick)


Pick = tuple[float | None, pd.DataFrame]


def _over(num: Pick, den: Pick, scale: float = 100) -> Cell | None:
    """A part over a whole that the report states (stage 2 received over stage 1 received)."""
    if num[0] is None or not den[0]:
        return None
    return Cell(scale * num[0] / den[0], "computed", num[0], den[0], [("numerator", num[1]), ("denominator", den[1])])


def _share(num: Sequence[Pick], rest: Sequence[Pick]) -> Cell | None:
    """Parts over parts plus the rest (upheld + partly upheld over all decided); the first part
    of each side must be stated, later ones count as 0 when missing."""
    if num[0][0] is None or rest[0][0] is None:
        return None
    numerator = sum(v or 0 for v, _ in num)
    denominator = numerator + sum(v or 0 for v, _ in rest)
    if not denominator:
        return None
    num_rows = pd.concat([r for _, r in num])
    return Cell(100 * numerator / denominator, "computed", numerator, denominator,
                [("numerator", num_rows), ("denominator", pd.concat([num_rows, *(r for _, r in rest)]))])


def _stated(rows: pd.DataFrame, measure: str, unit: str = "percent", stage: Any = ...) -> Cell | None:
    value, used = _pick(rows, measure, unit, stage)
    return None if value is None else Cell(value, "stated", parts=[("stated", used)])


def upheld_rate(rows: pd.DataFrame) -> Cell | None:
    stated = _stated(rows, "upheld_or_partially_upheld")
    if stated:
        return stated
    up, part, nup = (_pick(rows, m) for m in DECIDED)
    if up[0] is None and part[0] is None:
        return _share([_pick(rows, "upheld_or_partially_upheld")], [nup])
    return _share([up, part], [nup])


def escalation_rate(rows: pd.DataFrame) -> Cell | None:
    """Computed only: SPEC has no escalation-rate measure, and a stage 2 percentage may be a share
    of all complaints (or of stage 2 answered on time), not of stage 1."""
    return _over(_pick(rows, "received", stage="stage2"), _pick(rows, "received", stage="stage1"))


def within_target_pct(rows: pd.DataFrame) -> Cell | None:
    return _stated(rows, "within_target") or _share([_pick(rows, "within_target")], [_pick(rows, "outside_target")])


def per_1000(rows: pd.DataFrame, base: float | None, source: str) -> Cell | None:
    stated = _stated(rows, "received", "per_1000")
    if stated or not base:
        return stated
    base_row = pd.DataFrame([{"doc": source, "page": None, "line": None}])
    return _over(_pick(rows, "received"), (base, base_row), scale=1000)


def plain_measure(rows: pd.DataFrame, measure: str) -> Cell | None:
    """A plain SPEC measure: a count if the group states one, else its percentage or days."""
    pick = rows[rows["measure"] == measure]
    counts = pick[pick["unit"] == "count"]
    value, used = _first(counts if len(counts) else pick)
    if value is None:
        return None
    return Cell(value, "stated", parts=[("stated", used)])


def ambiguity(cell: Cell) -> str:
    """"stage1 received stated as 33 and 34": a part its scope states with different values."""
    for _, rows in cell.parts:
        if "measure" not in rows or not len(rows):
            continue  # decisions, or a --denominators base
        keys = [k for k in ("measure", "unit", "stage") if k in rows]
        for key, group in rows.groupby(keys, dropna=False, sort=False):
            values = list(dict.fromkeys(group["value"]))
            if len(values) > 1:
                names = [k for k in (key if isinstance(key, tuple) else (key,)) if isinstance(k, str) and k != "count"]
                return f"{' '.join(reversed(names))} stated as {' and '.join(f'{v:g}' for v in values)}"
    return ""


def judge(cell: Cell, measure: str, percent: bool) -> Cell:
    """Flag what cannot be: a part stated twice differently in one scope, a share over 100%, a
    denominator smaller than its part."""
    if (twice := ambiguity(cell)):
        cell.flag = f"ambiguous: {twice} in this scope; not charted"
    elif cell.numerator is not None and cell.denominator is not None and cell.denominator < cell.numerator \
            and measure != "per_1000":
        cell.flag = (f"impossible: denominator {cell.denominator:g} is smaller than its part "
                     f"{cell.numerator:g} ({cell.value:.1f}%); not charted")
    elif percent and cell.value is not None and cell.value > 100:
        cell.flag = f"impossible: a share of {cell.value:g}%; not charted"
    return cell
