"""A text table whose column names wrap over three or four lines, each word set over its column ("Number of" /
"complaints" / "received" over "1,245"), as a PDF's or Word table's text keeps a wrapped header cell: each column is
named by the words standing over it, read downwards; values left- or right-aligned under them alike.

Written before the change in words of our own; on main at 3ad9def only the last header line named the columns
("received", "on", "time"): the on-time counts were read as upheld. A sentence over the header line, across the
columns, is a caption and leaves a header of one line as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

LEFT = """Bramhope Council complaints report 2031/32
Complaints by stage
                 Number of     Number       Number
                 complaints    upheld       responded to
                 received                   on time
Stage 1          1,245         301          1,102
Stage 2          212           44           180
"""

RIGHT = """Bramhope Council complaints report 2031/32
Complaints by stage
                   Number of       Number     Number
                   complaints      upheld     responded to
                     received                 on time
Stage 1                1,245          301          1,102
Stage 2                  212           44            180
"""

CAPTION = """Complaints by stage
This table shows the complaints we received at each stage in the year
Stage        Received     Upheld
Stage 1      120          30
Stage 2      24           6
"""


@pytest.mark.parametrize("text", [LEFT, RIGHT])
def test_words_over_a_column_name_it(tmp_path: Path, text: str) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, text)}
    assert {("received", 1245.0, "stage1"), ("upheld", 301.0, "stage1"), ("within_target", 1102.0, "stage1"),
            ("within_target", 180.0, "stage2")} <= got
    assert ("upheld", 1102.0, "stage1") not in got


def test_a_sentence_over_the_header_is_a_caption(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, CAPTION)}
    assert {("received", 120.0, "stage1"), ("upheld", 30.0, "stage1"), ("upheld", 6.0, "stage2")} <= got
