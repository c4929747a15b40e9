"""A web page's table caption (<caption>) says what the table counts, its year and what its brackets hold
("Reviews requested, 2031/32 (2030/31 in brackets)"): it is read as the line just above the table, as a
caption typed above a table is. Found in a police force's complaints page written for this project by a
helper session that had not seen the tool (2026-12-06: the caption was dropped, and every bracketed value
with it). The page below is in words of our own, written before the change: at dcebea1 0 of 4 figures were read
right: no figure had a year, and no bracketed value was read."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """<html><body><h1>Millbrook Fire and Rescue Service: complaints</h1>
<p>How we dealt with complaints about the service.</p>
<table><caption>Complaints received, 2031/32 (2030/31 in brackets)</caption>
<tr><th>Stage</th><th>Number</th></tr>
<tr><td>Stage 1</td><td>210 (190)</td></tr>
<tr><td>Stage 2</td><td>18 (25)</td></tr>
</table></body></html>
"""


def test_a_tables_caption_gives_its_year_and_brackets(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE, "page.html")
    assert {("received", 210.0, "count", "stage1", "2031/32"), ("received", 190.0, "count", "stage1", "2030/31"),
            ("received", 18.0, "count", "stage2", "2031/32"), ("received", 25.0, "count", "stage2", "2030/31")} <= keys, \
        sorted(keys, key=str)
