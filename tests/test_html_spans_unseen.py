"""A web table whose header cells span rows and columns ("Team" over both header rows, "First stage"
over two columns): each value keeps the column its header names, as in the Word table of the same
layout. Own words, written before the code."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

PAGE = """<html><body><h1>Feedback summary 2030/31</h1>
<table>
<tr><th rowspan="2">Team</th><th colspan="2">First stage</th><th colspan="2">Second stage</th></tr>
<tr><th>Logged</th><th>Upheld</th><th>Logged</th><th>Upheld</th></tr>
<tr><td>Lettings</td><td>88</td><td>30</td><td>12</td><td>4</td></tr>
<tr><td>Repairs</td><td>301</td><td>97</td><td>35</td><td>11</td></tr>
<tr><td>Total</td><td>389</td><td>127</td><td>47</td><td>15</td></tr>
</table></body></html>"""


def test_spanning_header_cells_keep_every_value_in_its_column(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    read = {(f.measure, f.value, f.stage) for f in extract(load(path)) if isinstance(f, Figure)}
    assert {("received", 88.0, "stage1"), ("upheld", 30.0, "stage1"), ("received", 12.0, "stage2"),
            ("upheld", 4.0, "stage2"), ("received", 389.0, "stage1"), ("upheld", 15.0, "stage2")} <= read
    assert ("upheld", 88.0, "stage1") not in read


def test_a_cell_spanning_rows_is_named_once_in_its_column(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    totals = [f for f in extract(load(path)) if isinstance(f, Figure) and f.value == 389.0]
    assert totals and all(f.area is None for f in totals)
