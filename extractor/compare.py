"""Benchmarks across organisations from a dataset: a measure or a derived rate per group,
every cell traceable to the figures it was computed from.

Rates (all counts at the same organisation, period and service):
- `upheld_rate`: (upheld + partially upheld) / (upheld + partially upheld + not upheld)
- `escalation_rate`: stage 2 received / stage 1 received
- `within_target_pct`: a stated within-target percentage, else within / (within + outside)
- `ombudsman_upheld_rate`: ombudsman decisions upheld or partly upheld / decided
- `per_1000`: complaints received per 1,000 of the denominator (population or homes)
Any SPEC measure (`received`, `average_response_days`, ...) is also a valid --measure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

RATES = ("upheld_rate", "escalation_rate", "within_target_pct", "ombudsman_upheld_rate", "per_1000")
DECIDED = ("upheld", "partially_upheld", "not_upheld")


def organisation_name(path: str, organisation: str | None) -> str:
    """The organisation a document names, else its file name's leading words ("wolverhampton")."""
    if organisation and organisation == organisation:
        return str(organisation)
    stem = Path(str(path)).name.rsplit(".", 1)[0]
    return re.split(r"[-_ ]\d", stem, maxsplit=1)[0].replace("-", " ").strip() or stem


def with_organisations(tables: dict[str, pd.DataFrame], mapping: dict[str, str] | None = None) -> pd.DataFrame:
    """Figures joined to their document's organisation (a mapping file overrides by path or name)."""
    docs = tables["documents"].copy()
    docs["org"] = [organisation_name(p, o) for p, o in zip(docs["path"], docs["organisation"], strict=True)]
    if mapping:
        docs["org"] = [mapping.get(p, mapping.get(Path(p).name, o)) for p, o in zip(docs["path"], docs["org"],
                                                                                      strict=True)]
    figures = tables["figures"].merge(docs[["doc_key", "org"]], on="doc_key", how="left")
    figures["value"] = pd.to_numeric(figures["value"], errors="coerce")
    figures["line"] = pd.to_numeric(figures["line"], errors="coerce")
    return figures


def _plain(figures: pd.DataFrame) -> pd.DataFrame:
    """Whole figures only: no breakdown by area, channel or complainant."""
    return figures[figures["area"].isna() & figures["dimension"].isna() & figures["category"].isna()]


def _sources(rows: pd.DataFrame) -> str:
    return "; ".join(f"{d}:{int(ln)}" for d, ln in zip(rows["doc"], rows["line"], strict=True))


def _first(rows: pd.DataFrame) -> float | None:
    """One value for a group: restatements of a figure agree, so the first stated stands."""
    return float(rows.sort_values(["doc", "line"])["value"].iloc[0]) if len(rows) else None


def measure_table(figures: pd.DataFrame, measure: str, by: Sequence[str], stage: str | None = None,
                  denominators: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per group with the measure's value and its sources."""
    plain = _plain(figures)
    if stage:
        plain = plain[plain["stage"] == stage]
    rows = []
    for keys, group in plain.groupby(list(by), dropna=False):
        keys = keys if isinstance(keys, tuple) else (keys,)
        value, used = _compute(group, measure, denominators, dict(zip(by, keys, strict=True)))
        if value is not None:
            rows.append(dict(zip(by, keys, strict=True)) | {measure: round(value, 2), "sources": _sources(used)})
    return pd.DataFrame(rows, columns=[*by, measure, "sources"])


def _compute(group: pd.DataFrame, measure: str, denominators: pd.DataFrame | None,
             keys: dict[str, object]) -> tuple[float | None, pd.DataFrame]:
    counts = group[group["unit"] == "count"]
    pick = {m: counts[counts["measure"] == m] for m in (*DECIDED, "received", "within_target", "outside_target")}
    if measure == "upheld_rate":
        vals = {m: _first(pick[m]) for m in DECIDED}
        decided = sum(v for v in vals.values() if v is not None)
        if not decided or vals["upheld"] is None or vals["not_upheld"] is None:
            return None, group.iloc[:0]
        used = pd.concat([pick[m].head(1) for m in DECIDED])
        return 100 * ((vals["upheld"] or 0) + (vals["partially_upheld"] or 0)) / decided, used
    if measure == "escalation_rate":
        s1 = counts[(counts["measure"] == "received") & (counts["stage"] == "stage1")]
        s2 = counts[(counts["measure"] == "received") & (counts["stage"] == "stage2")]
        if not len(s1) or not len(s2) or not _first(s1):
            return None, group.iloc[:0]
        return 100 * _first(s2) / _first(s1), pd.concat([s1.head(1), s2.head(1)])  # type: ignore[operator]
    if measure == "within_target_pct":
        pct = group[(group["measure"] == "within_target") & (group["unit"] == "percent")]
        if len(pct):
            return _first(pct), pct.head(1)
        w, o = _first(pick["within_target"]), _first(pick["outside_target"])
        if w is None or o is None or not w + o:
            return None, group.iloc[:0]
        return 100 * w / (w + o), pd.concat([pick["within_target"].head(1), pick["outside_target"].head(1)])
    if measure == "per_1000":
        return _per_1000(pick["received"], denominators, keys)
    rows = group[group["measure"] == measure]
    return _first(rows), rows.head(1)


def _per_1000(received: pd.DataFrame, denominators: pd.DataFrame | None,
              keys: dict[str, object]) -> tuple[float | None, pd.DataFrame]:
    if denominators is None or not len(received) or "org" not in keys:
        return None, received.iloc[:0]
    den = denominators[denominators["organisation"].str.lower() == str(keys["org"]).lower()]
    if "period" in keys and "year" in den:
        den = den[den["year"].astype(str) == str(keys["period"]).split(" ")[0]]
    if not len(den):
        return None, received.iloc[:0]
    base = float(den.iloc[0].get("population") or den.iloc[0].get("homes") or 0)
    value = _first(received)
    return (1000 * value / base if base and value is not None else None), received.head(1)


def ombudsman_table(tables: dict[str, pd.DataFrame], by: Sequence[str],
                    mapping: dict[str, str] | None = None) -> pd.DataFrame:
    docs = tables["documents"].copy()
    docs["org"] = [organisation_name(p, o) for p, o in zip(docs["path"], docs["organisation"], strict=True)]
    if mapping:
        docs["org"] = [mapping.get(Path(p).name, o) for p, o in zip(docs["path"], docs["org"], strict=True)]
    dec = tables["decisions"].merge(docs[["doc_key", "org"]], on="doc_key", how="left")
    keys = [k for k in by if k in dec.columns]
    rows = []
    for group_keys, group in dec.groupby(keys, dropna=False):
        group_keys = group_keys if isinstance(group_keys, tuple) else (group_keys,)
        decided = group[group["outcome"].isin(DECIDED)]
        if len(decided):
            rate = 100 * decided["outcome"].isin(("upheld", "partially_upheld")).sum() / len(decided)
            rows.append(dict(zip(keys, group_keys, strict=True)) | {"ombudsman_upheld_rate": round(rate, 1),
                                                                      "sources": _sources(decided)})
    return pd.DataFrame(rows, columns=[*keys, "ombudsman_upheld_rate", "sources"])


def compare(tables: dict[str, pd.DataFrame], measure: str, by: Sequence[str], stage: str | None = None,
            mapping: dict[str, str] | None = None, denominators: pd.DataFrame | None = None) -> pd.DataFrame:
    """The benchmark table: `by` uses organisation/period/service/stage/body column names."""
    by = ["org" if b == "organisation" else b for b in by]
    if measure == "ombudsman_upheld_rate":
        table = ombudsman_table(tables, by, mapping)
    else:
        table = measure_table(with_organisations(tables, mapping), measure, by, stage, denominators)
    return table.rename(columns={"org": "organisation"})


def chart(table: pd.DataFrame, measure: str, path: str | Path) -> None:
    """A bar chart a committee can read: one bar per group, value on each bar (PNG, SVG or HTML)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [" / ".join(str(v) for v in row if v == v and v is not None)
              for row in table.drop(columns=[measure, "sources"]).itertuples(index=False)]
    fig, ax = plt.subplots(figsize=(max(6, 0.9 * len(labels) + 2), 4.5))
    bars = ax.bar(range(len(labels)), table[measure], color="#3b6ea5")
    ax.bar_label(bars, fmt="%.1f" if measure in RATES else "%g", padding=2)
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_ylabel(measure.replace("_", " ") + (" (%)" if measure in RATES and measure != "per_1000" else ""))
    ax.set_title(f"{measure.replace('_', ' ').capitalize()} by {', '.join(c for c in table.columns[:-2])}")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = Path(path)
    if out.suffix.lower() == ".html":
        import base64
        import io

        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=120)
        img = base64.b64encode(buf.getvalue()).decode("ascii")
        out.write_text(f"<!doctype html><meta charset='utf-8'><title>{measure}</title>"
                       f"<img alt='{measure}' src='data:image/png;base64,{img}'>", encoding="utf-8")
    else:
        fig.savefig(out, dpi=120)
    plt.close(fig)
