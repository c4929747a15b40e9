"""Benchmarks across organisations from a dataset: a measure or a derived rate per group,
every cell traceable to the figures it was computed from, and none that can be silently wrong.

Rates (every part taken from one scope: same organisation, period, stage, service, procedure
and body; never a breakdown by area): a rate the report states comes before one computed
from counts, and a computed one shows its numerator and denominator.
- `upheld_rate`: a stated "% upheld or partially upheld", else (upheld + partially upheld) /
  (upheld + partially upheld + not upheld), or a stated combined count over the decided total
- `escalation_rate`: stage 2 received / stage 1 received (computed only: see `_escalation_rate`)
- `within_target_pct`: a stated within-target percentage, else within / (within + outside)
- `ombudsman_upheld_rate`: ombudsman decisions upheld or partly upheld / decided (from the
  decision records, else from ombudsman outcome figures)
- `per_1000`: complaints per 1,000 homes or residents as the report states it (unit
  `per_1000`: TSM CH01, SPSO indicator 1a), else received per 1,000 of a --denominators base
Any SPEC measure (`received`, `average_response_days`, ...) is also a valid measure.

An impossible value (a share over 100%, a denominator smaller than its part) or an ambiguous
one (a part its scope states with two different values) is flagged in `flag` and left out of
the value column, so it is never charted.

When the table is not grouped by stage, service, period or procedure, each cell uses the
broadest scope its group states (all stages before stage 1 before stage 2; the whole
organisation before one service; the latest period) and says which in `scope`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from extractor.dataset.rates import (
    DECIDED,
    Cell,
    escalation_rate,
    judge,
    per_1000,
    plain_measure,
    provenance,
    upheld_rate,
    within_target_pct,
)

RATES = ("upheld_rate", "escalation_rate", "within_target_pct", "ombudsman_upheld_rate", "per_1000")
ALIASES = {"complaints_per_1000": "per_1000"}
MEASURES = ("received", "closed", "upheld", "partially_upheld", "not_upheld", "resolved",
            "upheld_or_partially_upheld", "withdrawn", "not_investigated", "compliments", "average_response_days",
            "response_target_days", "within_target", "outside_target")
GROUPS = ("organisation", "period", "service", "stage", "procedure", "body")
STAGE_ORDER = [None, "stage1", "informal", "stage2", "stage3", "ombudsman"]
SHARES = ("upheld_rate", "escalation_rate", "within_target_pct", "ombudsman_upheld_rate")
COLUMNS = ("numerator", "denominator", "basis", "scope", "flag", "sources")


class CompareError(ValueError):
    """A measure or grouping the benchmark cannot compute."""


def known_measures() -> tuple[str, ...]:
    return (*RATES, *MEASURES)


def organisation_of(figure_org: Any, doc_org: Any, title: Any = None, path: Any = None) -> str | None:
    """The organisation a figure's document names (the figure's own, else the publisher the
    document names); None when neither names one - never a guess from a file name or title.
    `title` and `path` are accepted for callers that pass them and not used."""
    for name in (figure_org, doc_org):
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


def _doc_orgs(tables: Mapping[str, pd.DataFrame], mapping: Mapping[str, str] | None) -> pd.DataFrame:
    docs = tables["documents"].copy()
    for col in ("organisation", "path"):
        if col not in docs:
            docs[col] = None
    docs["doc_org"] = [organisation_of(None, o) for o in docs["organisation"]]
    docs["mapped"] = [_mapped(mapping, p) for p in docs["path"]]
    return docs[["doc_key", "doc_org", "mapped"]]


def _mapped(mapping: Mapping[str, str] | None, path: Any) -> str | None:
    """A --organisations entry for a document: by full path, file name, or file stem."""
    if not mapping or not isinstance(path, str):
        return None
    for key in (path, Path(path).name, Path(path).stem):
        if key in mapping:
            return mapping[key]
    return None


def with_organisations(tables: Mapping[str, pd.DataFrame], table: str = "figures",
                       mapping: Mapping[str, str] | None = None, default: str | None = None) -> pd.DataFrame:
    """Records joined to an organisation: the mapping file, else the one the figure or its
    document names, else `default` (--organisation); else null, never a file name."""
    frame = tables[table].merge(_doc_orgs(tables, mapping), on="doc_key", how="left")
    own = frame["organisation"] if "organisation" in frame else pd.Series(None, index=frame.index)
    frame["organisation"] = pd.Series([m if isinstance(m, str) else organisation_of(o, d) or default for m, o, d in
                                       zip(frame["mapped"], own, frame["doc_org"], strict=True)],
                                      index=frame.index, dtype=object)
    for col in ("value", "line", "page"):
        if col in frame:
            frame[col] = pd.to_numeric(frame[col], errors="coerce")
    return frame.drop(columns=["doc_org", "mapped"])


def unnamed_documents(tables: Mapping[str, pd.DataFrame], mapping: Mapping[str, str] | None = None,
                      default: str | None = None) -> list[str]:
    """Documents with figures that no organisation can be given to: name them with a mapping."""
    figures = with_organisations(tables, "figures", mapping, default)
    return sorted(set(figures.loc[figures["organisation"].isna(), "doc"].dropna()))


def _plain(figures: pd.DataFrame) -> pd.DataFrame:
    """Whole figures only: no breakdown by area, channel or complainant; no estimates."""
    keep = figures["area"].isna() & figures["dimension"].isna() & figures["category"].isna()
    if "approximate" in figures:
        keep &= ~figures["approximate"].fillna(False).astype(bool)
    return figures[keep & figures["value"].notna()]


def _preference(keys: dict[str, Any], period_rank: Mapping[Any, int]) -> tuple[int, ...]:
    """Broadest scope first: all stages, whole organisation, either procedure, latest period."""
    stage = keys.get("stage")
    rank = STAGE_ORDER.index(stage) if stage in STAGE_ORDER else len(STAGE_ORDER)
    service = keys.get("service")
    service_rank = 0 if service in (None, "council") else 1 if service == "corporate" else 2
    return (period_rank.get(keys.get("period"), len(period_rank)), rank, service_rank, keys.get("procedure") is not None,
            keys.get("body") is not None)


def _period_ranks(periods: Sequence[str]) -> dict[str, int]:
    """Latest year first, and within a year the whole year before its quarters and halves."""
    def key(label: str) -> tuple[str, bool]:
        return label.split("..")[0].split(" ")[0], " " not in label and ".." not in label
    return {p: i for i, p in enumerate(sorted(periods, key=key, reverse=True))}


def _scope_text(keys: dict[str, Any]) -> str:
    parts = [str(v) for k, v in keys.items() if v is not None and k != "period"]
    if keys.get("period") is not None:
        parts.insert(0, str(keys["period"]))
    if "stage" in keys and keys["stage"] is None:
        parts.append("all stages")
    return ", ".join(parts)


def _computer(measure: str, base: float | None, base_source: str) -> Callable[[pd.DataFrame], Cell | None]:
    rates: dict[str, Callable[[pd.DataFrame], Cell | None]] = {
        "upheld_rate": upheld_rate, "escalation_rate": escalation_rate, "within_target_pct": within_target_pct,
        "ombudsman_upheld_rate": upheld_rate, "per_1000": lambda rows: per_1000(rows, base, base_source)}
    return rates.get(measure, lambda rows: plain_measure(rows, measure))


def _cell(group: pd.DataFrame, measure: str, free: list[str], period_rank: Mapping[Any, int],
          compute: Callable[[pd.DataFrame], Cell | None]) -> tuple[Cell | None, str]:
    """One table cell from the broadest scope that gives a possible value (else the broadest
    impossible one, flagged), every part from that one scope."""
    scopes = [({}, group)] if not free else []
    for keys, rows in group.groupby(free, dropna=False) if free else []:
        named = {k: (None if pd.isna(v) else v) for k, v in zip(free, keys, strict=True)}
        scopes.append((named, rows))
    scopes.sort(key=lambda s: _preference(s[0], period_rank))
    flagged: tuple[Cell, str] | None = None
    percent = measure in SHARES
    for named, rows in scopes:
        cell = compute(rows)
        if cell is None:
            continue
        cell = judge(cell, measure, percent or _unit(cell) == "percent")
        if not cell.flag:
            return cell, _scope_text(named)
        flagged = flagged or (cell, _scope_text(named))
    return flagged or (None, "")


def _unit(cell: Cell) -> str | None:
    rows = cell.parts[0][1] if cell.parts else None
    return None if rows is None or "unit" not in rows or not len(rows) else rows["unit"].iloc[0]


def _denominator(denominators: pd.DataFrame | None, organisation: Any, period: Any) -> float | None:
    """Population or homes of an organisation for a period's year ("2023/24" or "2023")."""
    if denominators is None or organisation is None:
        return None
    den = denominators[denominators["organisation"].astype(str).str.casefold() == str(organisation).casefold()]
    if period is not None and "year" in den:
        years = den["year"].astype(str)
        den = den[[str(period) == y or str(period).startswith(y) for y in years]]
    if len(den) != 1:
        return None  # none, or several years and the table is not by period: no honest base
    row = den.iloc[0]
    for col in ("population", "homes"):
        if col in den and row[col] == row[col] and float(row[col]) > 0:
            return float(row[col])
    return None


def check_measure(measure: str) -> str:
    """The canonical name of a measure; an unknown one is an error that lists the known ones."""
    measure = ALIASES.get(measure, measure)
    if measure not in known_measures():
        raise CompareError(f"unknown measure {measure!r}; use one of: {', '.join(known_measures())}")
    return measure


def _scoped(tables: Mapping[str, pd.DataFrame], measure: str, by: Sequence[str], stage: str | None,
            mapping: Mapping[str, str] | None, default: str | None) -> pd.DataFrame:
    """The figures that may enter a cell: whole-organisation figures of a named organisation."""
    figures = _plain(with_organisations(tables, "figures", mapping, default))
    figures = figures[figures["organisation"].notna()]
    if measure == "ombudsman_upheld_rate":
        figures = figures[figures["stage"] == "ombudsman"]
    if stage:
        figures = figures[figures["stage"] == stage]
    elif "stage" not in by and measure != "ombudsman_upheld_rate":
        figures = figures[figures["stage"] != "ombudsman"]  # an organisation's own handling, not the ombudsman's
    return figures


def compare(tables: Mapping[str, pd.DataFrame], measure: str, by: Sequence[str], stage: str | None = None,
            mapping: Mapping[str, str] | None = None, denominators: pd.DataFrame | None = None,
            organisation: str | None = None) -> pd.DataFrame:
    """The benchmark table: one row per group of `by` (organisation, period, service, stage,
    procedure, body) with the value, its numerator and denominator, whether it was stated or
    computed, the scope it came from, a flag for an impossible value, and its sources."""
    measure = check_measure(measure)
    unknown = [b for b in by if b not in GROUPS]
    if unknown:
        raise CompareError(f"cannot group by {', '.join(unknown)}; use {', '.join(GROUPS)}")
    figures = _scoped(tables, measure, by, stage, mapping, organisation)
    fixed = {"stage"} if measure == "escalation_rate" else set()
    free = [g for g in ("period", "stage", "service", "procedure", "body") if g not in by and g not in fixed]
    period_rank = _period_ranks(figures["period"].dropna().unique())
    rows = []
    for keys, group in figures.groupby(list(by), dropna=False) if len(figures) else []:
        named = {k: (None if pd.isna(v) else v) for k, v in zip(by, keys, strict=True)}
        base = _denominator(denominators, named.get("organisation"), named.get("period"))
        cell, scope = _cell(group, measure, free, period_rank, _computer(measure, base, "--denominators"))
        if cell is not None:
            rows.append(named | _row(cell, measure, scope))
    table = pd.DataFrame(rows, columns=[*by, measure, *COLUMNS])
    if measure == "ombudsman_upheld_rate":
        table = _prefer_decisions(_from_decisions(tables, by, mapping, organisation), table, list(by))
    return table.sort_values(list(by), na_position="last").reset_index(drop=True)


def _row(cell: Cell, measure: str, scope: str) -> dict[str, Any]:
    value = None if cell.flag or cell.value is None else round(cell.value, 1)
    return {measure: value, "numerator": cell.numerator, "denominator": cell.denominator, "basis": cell.basis,
            "scope": scope, "flag": cell.flag, "sources": provenance(cell)}


def _from_decisions(tables: Mapping[str, pd.DataFrame], by: Sequence[str],
                    mapping: Mapping[str, str] | None, default: str | None = None) -> pd.DataFrame:
    """Ombudsman upheld rate from decision records: upheld or partly upheld / decided."""
    dec = with_organisations(tables, "decisions", mapping, default)
    dec = dec[dec["outcome"].isin(DECIDED) & dec["organisation"].notna()]
    keys = [k for k in by if k in dec.columns and k != "stage"]
    rows = []
    for group_keys, group in dec.groupby(keys, dropna=False) if keys and len(dec) else []:
        group_keys = group_keys if isinstance(group_keys, tuple) else (group_keys,)
        upheld = group[group["outcome"].isin(("upheld", "partially_upheld"))]
        cell = Cell(100 * len(upheld) / len(group), "computed", len(upheld), len(group),
                    [("numerator", upheld), ("denominator", group)])
        rows.append({k: (None if pd.isna(v) else v) for k, v in zip(keys, group_keys, strict=True)}
                    | _row(cell, "ombudsman_upheld_rate", f"{len(group)} decisions"))
    return pd.DataFrame(rows, columns=[*keys, "ombudsman_upheld_rate", *COLUMNS])


def _prefer_decisions(decided: pd.DataFrame, from_figures: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Decision records where a group has them (each case is evidence), outcome figures elsewhere."""
    if decided.empty:
        return from_figures
    keys = [k for k in by if k in decided.columns]
    have = {tuple(r) for r in decided[keys].itertuples(index=False)}
    rest = from_figures[[tuple(r) not in have for r in from_figures[keys].itertuples(index=False)]]
    for col in by:
        if col not in decided:
            decided[col] = None
    return pd.concat([decided[from_figures.columns], rest], ignore_index=True)


def chart(table: pd.DataFrame, measure: str, path: str | Path, title: str | None = None) -> None:
    """Draw a benchmark table as .png, .svg or .html (see `extractor.dataset.compare_chart`)."""
    from extractor.dataset.compare_chart import chart as draw

    draw(table, measure, path, title)


def measure_label(measure: str) -> str:
    """What a measure means, for titles and axes ("Complaints escalated to stage 2 (% of stage 1)")."""
    from extractor.dataset.compare_chart import measure_label as label

    return label(measure)
