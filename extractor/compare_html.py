"""The `tally compare --chart FILE.html` page: a Vega-Lite bar chart, an SVG rendering of the
same chart, and the table with every cell's sources.

The page is self-contained for reading: the data, the Vega-Lite spec and the SVG are inline, so
it shows the chart offline or from an email attachment. When the browser can fetch the Vega
runtime the SVG is replaced by the interactive chart (tooltips with sources).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pandas as pd

VEGA_SCRIPTS = ("https://cdn.jsdelivr.net/npm/vega@5", "https://cdn.jsdelivr.net/npm/vega-lite@5",
                "https://cdn.jsdelivr.net/npm/vega-embed@6")


def vega_lite_spec(table: pd.DataFrame, measure: str, title: str) -> dict[str, Any]:
    """Horizontal bars with values at their ends; coloured and offset by the second grouping."""
    from extractor.compare import measure_label

    keys = [c for c in table.columns if c not in (measure, "scope", "sources")]
    rows = [{k: (None if pd.isna(v) else v) for k, v in r.items()} for r in table.to_dict("records")]
    y = keys[0] if keys else "scope"
    tooltip = [{"field": k} for k in keys] + [{"field": measure, "title": measure_label(measure)},
                                              {"field": "scope"}, {"field": "sources"}]
    encoding: dict[str, Any] = {
        "y": {"field": y, "type": "nominal", "sort": None, "title": None},
        "x": {"field": measure, "type": "quantitative", "title": measure_label(measure)},
        "tooltip": tooltip}
    if len(keys) == 2:
        encoding |= {"color": {"field": keys[1], "type": "nominal"}, "yOffset": {"field": keys[1]}}
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
