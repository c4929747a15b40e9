"""A table copied with its layout whose group names ("Stage 1" over two columns, "Stage 2" over two more) stand
on a line above the label column's own name ("Team"), which stands alone on the next line, above the columns'
names: the group names still name their columns. The table's year is the one its lead-in states, not the one it
compares with in brackets ("(2030/31: 322)"). Words of our own, written before the change: before it 0 of 1
passed (no stage), after it 1 of 1; the lead-in's bracket written with its change."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """Complaints report 2031/32

2. Complaints received

2.1 In 2031/32, 345 complaints were received at Stage 1 (2030/31: 322) and 22 at Stage 2 (2030/31: 25).

                                          Stage 1                                 Stage 2
 Team
                                  Received        Answered in 10 days     Received     Answered in 20 days
 Waste and Streets                    204                   180               11                   9
 Housing Options                       88                    79                7                   5
 Revenues and Benefits                 53                    50                4                   4
 All teams                            345                   309               22                  18

Answered in time counts complaints closed in the year.
"""


def test_group_names_over_a_label_name_name_their_columns(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    y = "2031/32"  # the lead-in's own year: "(2030/31: 322)" is the year it is compared with
    assert {("received", 204.0, "count", "stage1", y), ("received", 11.0, "count", "stage2", y),
            ("within_target", 180.0, "count", "stage1", y)} <= keys, sorted(keys, key=str)
