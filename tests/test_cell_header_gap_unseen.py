"""A web table copied as its page's visible text: one cell per line, a blank line or two between rows,
and more between the header row and the first row (each row's markup ends and opens). Written here in
words of our own (2026-12-05) after batch 19's council web page showed the shape; at 634ce7e 0 of the
9 core keys were read (the header was left behind), after 9 of 9."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """Complaints by service, 2031/32


Service
Stage 1
Stage 2
Stage 1 answered on time




Libraries and Leisure
84
6
91%


Street Cleansing
157
12
78%


Registration Services
23
1
96%
"""


def test_a_header_further_from_its_rows_than_the_rows_from_each_other(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    for s1, s2, share in [(84, 6, 91), (157, 12, 78), (23, 1, 96)]:
        assert {("received", float(s1), "count", "stage1", "2031/32"), ("received", float(s2), "count", "stage2", "2031/32"),
                ("within_target", float(share), "percent", "stage1", "2031/32")} <= keys, s1
