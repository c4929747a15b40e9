"""Charts of a benchmark table a committee can read: horizontal bars with the value on each
bar (PNG or SVG through matplotlib), or one HTML page holding a Vega-Lite chart, an SVG
rendering of the same chart and the table with every cell's sources.

The HTML page is self-contained for reading: data, Vega-Lite spec and SVG are inline, so it
shows the chart offline or from an email attachment. When the browser can fetch the Vega
runtime the SVG is replaced by the interactive chart (tooltips with sources).
"""

from __future__ import annotations

import html
import json
import textwrap
from pathlib import Path
from typing import Any

import pandas as pd

VEGA_SCRIPTS = ("https://cdn.jsdelivr.net/npm/vega@5", "https://cdn.jsdelivr.net/npm/vega-lite@5",
                "https://cdn.jsdelivr.net/npm/vega-embed@6")


def vega_lite_spec(table: pd.DataFrame, measure: str, title: str) -> dict[str, Any]:
    """Horizontal bars with values at their ends; coloured and offset by the second grouping."""
    keys = _group_names(table, measure)
    rows = [{k: (None if pd.isna(v) else v) for k, v in r.items()} for r in table.to_dict("records")]
    for row in rows:
        row["label"] = " / ".join(str(row[k]) for k in keys if row[k] is not None)
    y = keys[0] if grouped(table, measure) else "label"
    tooltip = [{"field": k} for k in keys] + [{"field": measure, "title": measure_label(measure)},
                                              {"field": "scope"}, {"field": "sources"}]
    encoding: dict[str, Any] = {
        "y": {"field": y, "type": "nominal", "sort": None, "title": None},
        "x": {"field": measure, "type": "quantitative", "title": measure_label(measure)},
        "tooltip": tooltip}
    if grouped(table, measure):
        encoding |= {"color": {"field": keys[1], "type": "nominal"}, "yOffset": {"field": keys[1]}}
    elif keys:
        encoding["color"] = {"field": keys[0], "type": "nominal", "legend": None}
    bar = {"mark": {"type": "bar"}}
    text = {"mark": {"type": "text", "align": "left", "dx": 3}, "encoding": {"text": {"field": measure,
                                                                                       "format": ",.1f"}}}
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title, "width": 560,
            "data": {"values": rows}, "encoding": encoding, "layer": [bar, text]}


def write_chart_html(table: pd.DataFrame, measure: str, title: str, out: Path, svg: str) -> None:
    spec = json.dumps(vega_lite_spec(table, measure, title), ensure_ascii=False, default=str).replace("</", "<\\/")
    head = "".join(f'<script src="{src}" defer></script>' for src in VEGA_SCRIPTS)
    cells = table.astype(object).where(table.notna(), "")
    header = "".join(f"<th>{html.escape(str(c))}</th>" for c in cells.columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in cells.itertuples(index=False))
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>{head}
<style>body{{font-family:system-ui,sans-serif;margin:2em;color:#222}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3em .6em;text-align:left;font-size:90%}}svg{{max-width:100%;height:auto}}</style>
</head><body>
<div id="chart">{svg}</div>
<h2>Values and sources</h2>
<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>
<script type="application/json" id="spec">{spec}</script>
<script>
window.addEventListener("load", function () {{
  if (typeof vegaEmbed !== "function") return;  // offline: the SVG above stays
  var spec = JSON.parse(document.getElementById("spec").textContent);
  vegaEmbed("#chart", spec, {{actions: {{export: true, source: false, compiled: false, editor: false}}}});
}});
</script>
</body></html>
"""
    out.write_text(page, encoding="utf-8")


# ------------------------------------------------------------------ charts

LABELS = {"upheld_rate": "Complaints upheld or partly upheld (% of decided)",
          "escalation_rate": "Complaints escalated to stage 2 (% of stage 1)",
          "within_target_pct": "Complaints answered within target (%)",
          "ombudsman_upheld_rate": "Ombudsman decisions upheld or partly upheld (%)",
          "per_1000": "Complaints received per 1,000", "average_response_days": "Average response time (days)"}


def measure_label(measure: str) -> str:
    return LABELS.get(measure, measure.replace("_", " ").capitalize())


def grouped(table: pd.DataFrame, measure: str) -> bool:
    """Bars grouped by the second key (one colour per period) only when there are a few of
    them and most groups have every one; otherwise one labelled bar per row reads better."""
    keys = _group_names(table, measure)
    if len(keys) != 2:
        return False
    firsts, seconds = table[keys[0]].astype(str).nunique(), table[keys[1]].astype(str).nunique()
    return 1 < seconds <= 5 and len(table) / max(1, firsts * seconds) >= 0.6


def _series(table: pd.DataFrame, measure: str) -> tuple[list[str], dict[str, list[float | None]]]:
    """Bar labels and one series per value of the second grouping (e.g. one per period)."""
    keys = _group_names(table, measure)
    text = table[keys].astype(object).where(table[keys].notna(), "n/a").astype(str)
    if grouped(table, measure):
        labels = list(dict.fromkeys(text[keys[0]]))
        series: dict[str, list[float | None]] = {}
        for name in sorted(text[keys[1]].unique()):
            pick = dict(zip(text[keys[0]][text[keys[1]] == name], table[measure][text[keys[1]] == name],
                            strict=True))
            series[name] = [pick.get(label) for label in labels]
        return labels, series
    labels = [" / ".join(r) for r in text.itertuples(index=False)] if keys else [measure]
    return labels, {"": table[measure].tolist()}


def chart(table: pd.DataFrame, measure: str, path: str | Path, title: str | None = None) -> None:
    """A chart a committee can read: horizontal bars, one per group (grouped by period when the
    table is by organisation and period), the value at the end of each bar. PNG/SVG via
    matplotlib; .html is a Vega-Lite page that also carries an SVG rendering and the table."""
    out = Path(path)
    table = charted(table, measure)
    groups = _group_names(table, measure)
    title = title or f"{measure_label(measure)} by {' and '.join(groups)}"
    if out.suffix.lower() == ".html":
        write_chart_html(table, measure, title, out, _figure_svg(table, measure, title))
        return
    with _plain_text():
        fig = _figure(table, measure, title)
        fig.savefig(out, dpi=130)
    _close(fig)


NOT_GROUPS = ("scope", "sources", "numerator", "denominator", "basis", "flag")


def charted(table: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The rows a chart may show: flagged (impossible) values never; and when the cells come
    from different scopes (one organisation's stage 1, another's all stages), each bar's label
    says its scope, so unlike bars never pass for like."""
    table = table[table[measure].notna()].copy()
    if "flag" in table:
        table = table[table["flag"].fillna("") == ""]
    keys = _group_names(table, measure)
    if "scope" in table and table["scope"].nunique() > 1 and keys:
        table[keys[0]] = [f"{k} ({s})" if s else str(k) for k, s in zip(table[keys[0]], table["scope"], strict=True)]
    return table.drop(columns=[c for c in NOT_GROUPS if c in table and c not in ("scope", "sources")])


def _group_names(table: pd.DataFrame, measure: str) -> list[str]:
    return [c for c in table.columns if c not in (measure, *NOT_GROUPS)]


def _plain_text() -> Any:
    """Document text (organisation names, labels) is never read as mathtext: `$x$` stays text.
    Held while the figure is made and saved (tick labels are laid out at save time)."""
    import matplotlib

    matplotlib.use("Agg")
    return matplotlib.rc_context({"text.parse_math": False, "text.usetex": False})


def _figure(table: pd.DataFrame, measure: str, title: str) -> Any:
    import matplotlib.pyplot as plt

    labels, series = _series(table, measure)
    height = 0.8 / len(series)
    fig, ax = plt.subplots(figsize=(9, 1.4 + 0.45 * len(labels) * max(1, len(series) * 0.7)))
    colours = ["#1f5a96", "#e07b39", "#5a9e4b", "#8c6bb1", "#c44e52", "#7f7f7f"]
    firsts = [label.split(" / ")[0] for label in labels]
    by_first = {name: colours[i % len(colours)] for i, name in enumerate(dict.fromkeys(firsts))}
    for i, (name, values) in enumerate(series.items()):
        ys = [k + (i - (len(series) - 1) / 2) * height for k in range(len(labels))]
        kept = [k for k, v in enumerate(values) if v is not None and not pd.isna(v)]
        shown = [(ys[k], values[k]) for k in kept]
        # a series per period has its own colour; a single series is coloured by organisation
        colour = colours[i % len(colours)] if name else [by_first[firsts[k]] for k in kept]
        bars = ax.barh([y for y, _ in shown], [v for _, v in shown], height=height * 0.92, color=colour,
                       label=name or None)
        ax.bar_label(bars, labels=[f"{v:,.1f}".removesuffix(".0") for _, v in shown], padding=3, fontsize=9)
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlabel(measure_label(measure))
    fig.suptitle("\n".join(textwrap.wrap(title, 70)), x=0.02, ha="left", fontsize=12, fontweight="bold")
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(x=0.12)
    if len(series) > 1:
        ax.legend(frameon=False, loc="lower right")
    fig.tight_layout()
    return fig


def _figure_svg(table: pd.DataFrame, measure: str, title: str) -> str:
    import io

    buf = io.StringIO()
    with _plain_text():
        fig = _figure(table, measure, title)
        fig.savefig(buf, format="svg")
    _close(fig)
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]


def _close(fig: Any) -> None:
    import matplotlib.pyplot as plt

    plt.close(fig)
