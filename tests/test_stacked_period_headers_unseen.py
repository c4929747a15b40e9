"""A header of two rows, a period spanning the stages below it ("Q3 (October–December)" over "Stage 1 |
Stage 2"), dates each column by its part that names a period: the quarter is the column's, with the stage
from the part below. Found in a half-year committee report written for this project by a helper session
that had not seen the tool (2026-12-06; Word table with merged cells, and its PDF): every cell took the
half year. The tables below are in words of our own, written before the change: at b5521f1, 2 of 8 cells
had their quarter (the text table's Q3 columns, as the caption's first quarter was taken for all four)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

Y = "2031/32"

TEXT = f"""Corbridge Vale Council complaints, second half of {Y}

Table 2 - Complaints received by service, Q3 and Q4 {Y}
 Service              Q3 (October-December)        Q4 (January-March)
                      Stage 1      Stage 2         Stage 1      Stage 2
 Parks                  20           2               25           3
 Libraries              14           1               11           4
"""

HTML = f"""<html><body><h1>Corbridge Vale Council complaints, second half of {Y}</h1>
<table>
<tr><th rowspan="2">Service</th><th colspan="2">Quarter 3</th><th colspan="2">Quarter 4</th></tr>
<tr><th>Stage 1</th><th>Stage 2</th><th>Stage 1</th><th>Stage 2</th></tr>
<tr><td>Parks</td><td>20</td><td>2</td><td>25</td><td>3</td></tr>
<tr><td>Libraries</td><td>14</td><td>1</td><td>11</td><td>4</td></tr>
</table></body></html>
"""


def _expected() -> set[tuple]:
    return {("received", 20.0, "count", "stage1", f"{Y} Q3"), ("received", 2.0, "count", "stage2", f"{Y} Q3"),
            ("received", 25.0, "count", "stage1", f"{Y} Q4"), ("received", 4.0, "count", "stage2", f"{Y} Q4")}


def test_a_quarter_over_stages_in_text(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TEXT)
    assert _expected() <= keys, sorted(keys, key=str)


def test_a_quarter_over_stages_in_html(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, HTML, "page.html")
    assert _expected() <= keys, sorted(keys, key=str)
