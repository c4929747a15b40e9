"""A table that gives each row's stage in a column of its own, between the row's name and its values
("Procedure | Stage | 2031/32 | 2030/31" over "Corporate | Stage 1 | 410 | 388"), counts every value of the row
at that stage: the words of every cell before the values name the row. Found in a county council's annual
report written for this project as a Word table by a helper session that had not seen the tool (2026-12-06:
every row lost its stage). The tables below are in words of our own, written before the change: at abb6995
0 of 6 values had their stage."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

MARKDOWN = """# Ashgrove Borough Council complaints 2031/32

Table 1: complaints received

| Procedure | Stage | 2031/32 | 2030/31 |
|---|---|---|---|
| Corporate | Stage 1 | 410 | 388 |
| Corporate | Stage 2 | 52 | 47 |
"""

HTML = """<html><body><h1>Pennywell Homes complaints 2031/32</h1>
<table><tr><th>Service</th><th>Level</th><th>Received</th></tr>
<tr><td>Repairs</td><td>Stage one</td><td>80</td></tr>
<tr><td>Repairs</td><td>Stage two</td><td>9</td></tr>
</table></body></html>
"""


def test_a_stage_column_in_markdown(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, MARKDOWN, "page.md")
    assert {("received", 410.0, "count", "stage1", "2031/32"), ("received", 388.0, "count", "stage1", "2030/31"),
            ("received", 52.0, "count", "stage2", "2031/32"), ("received", 47.0, "count", "stage2", "2030/31")} <= keys, \
        sorted(keys, key=str)


def test_a_stage_column_in_html(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, HTML, "page.html")
    assert {("received", 80.0, "count", "stage1", "2031/32"), ("received", 9.0, "count", "stage2", "2031/32")} <= keys, \
        sorted(keys, key=str)
