"""Benchmarks across organisations from a dataset: a measure or a derived rate per group,
every cell traceable to the figures it was computed from.

Rates (every part taken from one scope: same organisation, period, stage and service):
- `upheld_rate`: (upheld + partially upheld) / (upheld + partially upheld + not upheld), or a
  stated `upheld_or_partially_upheld` over the decided total
- `escalation_rate`: stage 2 received / stage 1 received
- `within_target_pct`: a stated within-target percentage, else within / (within + outside)
- `ombudsman_upheld_rate`: ombudsman decisions upheld or partly upheld / decided (from the
  decision records, else from ombudsman outcome figures)
- `per_1000`: complaints received per 1,000 of the denominator (population or homes)
Any SPEC measure (`received`, `average_response_days`, ...) is also a valid measure.

When the table is not grouped by stage, service, period or procedure, each cell uses the
broadest scope its group states (all stages before stage 1 before stage 2; the whole
organisation before one service; the latest period) and says which in `scope`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

RATES = ("upheld_rate", "escalation_rate", "within_target_pct", "ombudsman_upheld_rate", "per_1000")
ALIASES = {"complaints_per_1000": "per_1000"}
DECIDED = ("upheld", "partially_upheld", "not_upheld")
GROUPS = ("organisation", "period", "service", "stage", "procedure", "body")
STAGE_ORDER = [None, "stage1", "informal", "stage2", "stage3", "ombudsman"]
ORGANISATION_WORDS = re.compile(r"\b(Council|Borough|County|City|Homes|Housing|Association|Trust|Authority|"
                                r"Partnership|Group)\b")


# where a file name stops naming the organisation: "york-lgsco-2023-24", "wolverhampton-dashboards-2022"
REPORT_WORDS = re.compile(r"[-_ ](?:\d|[qh]\d\b|lgsco|lgo|psow|spso|ombudsman|annual|complaints?|compliments|"
                          r"dashboards?|report|progress|performance|quarter|half)", re.IGNORECASE)


class CompareError(ValueError):
    """A measure or grouping the benchmark cannot compute."""


def organisation_of(figure_org: Any, doc_org: Any, title: Any, path: Any) -> str:
    """The figure's organisation, else the document's, else a title that names one, else the
    file name's leading words ("westlancs-2023-24.txt" -> "westlancs")."""
    for name in (figure_org, doc_org):
        if isinstance(name, str) and name.strip():
            return name.strip()
    if isinstance(title, str) and ORGANISATION_WORDS.search(title):
        return title.strip()
    stem = Path(str(path)).name.rsplit(".", 1)[0]
    return REPORT_WORDS.split(stem, maxsplit=1)[0].replace("-", " ").replace("_", " ").strip() or stem


def _doc_orgs(tables: Mapping[str, pd.DataFrame], mapping: Mapping[str, str] | None) -> pd.DataFrame:
    docs = tables["documents"].copy()
    for col in ("title", "organisation", "path"):
        if col not in docs:
            docs[col] = None
    docs["doc_org"] = [organisation_of(None, o, t, p) for o, t, p in
                       zip(docs["organisation"], docs["title"], docs["path"], strict=True)]
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
                       mapping: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Records joined to an organisation: the mapping file, else `organisation_of`."""
    frame = tables[table].merge(_doc_orgs(tables, mapping), on="doc_key", how="left")
    own = frame["organisation"] if "organisation" in frame else pd.Series(None, index=frame.index)
    frame["organisation"] = [m if isinstance(m, str) else organisation_of(o, d, None, None)
                             for m, o, d in zip(frame["mapped"], own, frame["doc_org"], strict=True)]
    for col in ("value", "line", "page"):
        if col in frame:
            frame[col] = pd.to_numeric(frame[col], errors="coerce")
    return frame.drop(columns=["doc_org", "mapped"])


def _plain(figures: pd.DataFrame) -> pd.DataFrame:
    """Whole figures only: no breakdown by area, channel or complainant; no estimates."""
    keep = figures["area"].isna() & figures["dimension"].isna() & figures["category"].isna()
    if "approximate" in figures:
        keep &= ~figures["approximate"].fillna(False).astype(bool)
    return figures[keep & figures["value"].notna()]


def source_text(rows: pd.DataFrame) -> str:
    """"doc p.3 l.45; other.txt l.12": where each figure behind a cell was stated."""
    out = []
    for doc, page, line in zip(rows["doc"], rows["page"], rows["line"], strict=True):
        where = "" if pd.isna(page) else f" p.{int(page)}"
        out.append(f"{doc}{where}" if pd.isna(line) else f"{doc}{where} l.{int(line)}")
    return "; ".join(dict.fromkeys(out))


def _first(rows: pd.DataFrame) -> tuple[float | None, pd.DataFrame]:
    """One value for one scope: restatements agree (crossdoc checks when not), so the first stands."""
    if not len(rows):
        return None, rows
    rows = rows.sort_values(["doc", "line"])
    return float(rows["value"].iloc[0]), rows.head(1)


def _count(rows: pd.DataFrame, measure: str, stage: Any = ...) -> tuple[float | None, pd.DataFrame]:
    pick = rows[(rows["measure"] == measure) & (rows["unit"] == "count")]
    if stage is not ...:
        pick = pick[pick["stage"] == stage]
    return _first(pick)


def _upheld_rate(rows: pd.DataFrame) -> tuple[float | None, pd.DataFrame]:
    (up, a), (part, b), (nup, c) = (_count(rows, m) for m in DECIDED)
    combined, d = _count(rows, "upheld_or_partially_upheld")
    if up is None and part is None and combined is not None and nup is not None and combined + nup:
        return 100 * combined / (combined + nup), pd.concat([d, c])
    if up is None or nup is None or not up + (part or 0) + nup:
        return None, rows.iloc[:0]
    return 100 * (up + (part or 0)) / (up + (part or 0) + nup), pd.concat([a, b, c])


def _escalation_rate(rows: pd.DataFrame) -> tuple[float | None, pd.DataFrame]:
    (s1, a), (s2, b) = _count(rows, "received", "stage1"), _count(rows, "received", "stage2")
    if not s1 or s2 is None:
        return None, rows.iloc[:0]
    return 100 * s2 / s1, pd.concat([a, b])


def _within_target_pct(rows: pd.DataFrame) -> tuple[float | None, pd.DataFrame]:
    stated = _first(rows[(rows["measure"] == "within_target") & (rows["unit"] == "percent")])
    if stated[0] is not None:
        return stated
    (w, a), (o, b) = _count(rows, "within_target"), _count(rows, "outside_target")
    if w is None or o is None or not w + o:
        return None, rows.iloc[:0]
    return 100 * w / (w + o), pd.concat([a, b])


def _per_1000(rows: pd.DataFrame, base: float | None) -> tuple[float | None, pd.DataFrame]:
    received, used = _count(rows, "received")
    if received is None or not base:
        return None, rows.iloc[:0]
    return 1000 * received / base, used


def _measure(rows: pd.DataFrame, measure: str) -> tuple[float | None, pd.DataFrame]:
    """A plain SPEC measure: a count if the group states one, else its percentage or days."""
    pick = rows[rows["measure"] == measure]
    counts = pick[pick["unit"] == "count"]
    return _first(counts if len(counts) else pick)


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


def _cell(group: pd.DataFrame, measure: str, free: list[str], period_rank: Mapping[Any, int],
          base: float | None) -> tuple[float | None, pd.DataFrame, str]:
    """The value of one table cell from the broadest scope that can give it."""
    compute = {"upheld_rate": _upheld_rate, "escalation_rate": _escalation_rate,
               "within_target_pct": _within_target_pct, "ombudsman_upheld_rate": _upheld_rate,
               "per_1000": lambda rows: _per_1000(rows, base)}.get(measure, lambda rows: _measure(rows, measure))
    if not free:
        return (*compute(group), "")
    scopes = []
    for keys, rows in group.groupby(free, dropna=False):
        named = {k: (None if pd.isna(v) else v) for k, v in zip(free, keys, strict=True)}
        scopes.append((_preference(named, period_rank), named, rows))
    for _, named, rows in sorted(scopes, key=lambda s: s[0]):
        value, used = compute(rows)
        if value is not None:
            return value, used, _scope_text(named)
    return None, group.iloc[:0], ""


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


def compare(tables: Mapping[str, pd.DataFrame], measure: str, by: Sequence[str], stage: str | None = None,
            mapping: Mapping[str, str] | None = None, denominators: pd.DataFrame | None = None) -> pd.DataFrame:
    """The benchmark table: one row per group of `by` (organisation, period, service, stage,
    procedure, body) with the value, the scope it came from and its sources."""
    measure = ALIASES.get(measure, measure)
    unknown = [b for b in by if b not in GROUPS]
    if unknown:
        raise CompareError(f"cannot group by {', '.join(unknown)}; use {', '.join(GROUPS)}")
    if measure == "per_1000" and denominators is None:
        raise CompareError("per_1000 needs --denominators FILE.csv (organisation, year, population or homes)")
    figures = _plain(with_organisations(tables, "figures", mapping))
    if measure == "ombudsman_upheld_rate":
        decided = _from_decisions(tables, by, mapping)
        figures = figures[figures["stage"] == "ombudsman"]
    if stage:
        figures = figures[figures["stage"] == stage]
    elif "stage" not in by and measure != "ombudsman_upheld_rate":
        figures = figures[figures["stage"] != "ombudsman"]  # an organisation's own handling, not the ombudsman's
    fixed = {"stage"} if measure == "escalation_rate" else set()
    free = [g for g in ("period", "stage", "service", "procedure", "body") if g not in by and g not in fixed]
    period_rank = _period_ranks(figures["period"].dropna().unique())
    rows = []
    for keys, group in figures.groupby(list(by), dropna=False):
        named = {k: (None if pd.isna(v) else v) for k, v in zip(by, keys, strict=True)}
        base = _denominator(denominators, named.get("organisation"), named.get("period"))
        value, used, scope = _cell(group, measure, free, period_rank, base)
        if value is not None:
            rows.append(named | {measure: round(value, 1), "scope": scope, "sources": source_text(used)})
    table = pd.DataFrame(rows, columns=[*by, measure, "scope", "sources"])
    if measure == "ombudsman_upheld_rate":
        table = _prefer_decisions(decided, table, list(by))
    return table.sort_values(list(by), na_position="last").reset_index(drop=True)


def _from_decisions(tables: Mapping[str, pd.DataFrame], by: Sequence[str],
                    mapping: Mapping[str, str] | None) -> pd.DataFrame:
    """Ombudsman upheld rate from decision records: upheld or partly upheld / decided."""
    dec = with_organisations(tables, "decisions", mapping)
    dec = dec[dec["outcome"].isin(DECIDED)]
    keys = [k for k in by if k in dec.columns and k != "stage"]
    rows = []
    for group_keys, group in dec.groupby(keys, dropna=False) if keys and len(dec) else []:
        group_keys = group_keys if isinstance(group_keys, tuple) else (group_keys,)
        rate = 100 * group["outcome"].isin(("upheld", "partially_upheld")).sum() / len(group)
        rows.append({k: (None if pd.isna(v) else v) for k, v in zip(keys, group_keys, strict=True)}
                    | {"ombudsman_upheld_rate": round(rate, 1), "scope": f"{len(group)} decisions",
                       "sources": source_text(group)})
    return pd.DataFrame(rows, columns=[*keys, "ombudsman_upheld_rate", "scope", "sources"])


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
    """Draw a benchmark table as .png, .svg or .html (see `extractor.compare_chart`)."""
    from extractor.compare_chart import chart as draw

    draw(table, measure, path, title)


def measure_label(measure: str) -> str:
    """What a measure means, for titles and axes ("Complaints escalated to stage 2 (% of stage 1)")."""
    from extractor.compare_chart import measure_label as label

    return label(measure)
