"""A table copied with its layout whose column names wrap over three header lines, one of them naming a
timescale ("Stage 1 within" / "5 working days"): the timescale is a column name's words, not a value, so
the header is read whole and each column keeps its name. Words of our own, written before the change:
before it 0 of 1 passed (every column read as complaints received), after it 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """Complaints report, April to December 2031

Table 2: Complaints and timeliness, 2031/32

Quarter          Stage 1           Stage 1 within   Stage 2         Stage 2 within
                 received          5 working days   received        20 working
                                                                    days
Q1 (Apr–Jun)     140             92%               13               85%
Q2 (Jul–Sep)     152             87%               15               80%
Q3 (Oct–Dec)     129             91%               10               90%
Total            421             90%               38               84%

Most stage 1 complaints were about waste collection.
"""


def test_each_column_keeps_its_name(tmp_path: Path) -> None:
    keys = {(m, v, u, s) for m, v, u, s, _p in core_keys(tmp_path, PAGE)}
    assert {("received", 140.0, "count", "stage1"), ("within_target", 92.0, "percent", "stage1"),
            ("received", 13.0, "count", "stage2"), ("within_target", 85.0, "percent", "stage2")} <= keys, sorted(keys, key=str)
