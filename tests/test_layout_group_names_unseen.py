"""A Word table copied with its layout whose column names stand left of their right-set values and right
of the row labels, under group names that span two columns each ("First stage - local resolution" over
"2030/31  2029/30"). Written here in words of our own after the change (2026-12-05), on the shape of a
Welsh landlord's table in held-out batch 20 (0 of 32 right at 2110987, 32 after); this table: 0 of 12
at 2110987 (its first column lost, no stage), 12 after. What it pins: a header name that starts right of
where the labels end is a column's or a group's, not the label column's (a period never is), and a
group name that starts right of the labels is no caption running into the values; and (second table, also
written after its change, 0 of 8 at 2110987 with the stage, 8 after) a name set left just past the values
of the column its neighbour on the line already names is the next column's ("Stage 1   Stage 2" over
"376   88")."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

TABLE = """4. How many complaints we handled
                     First stage – local resolution        Second stage – review
                     2030/31             2029/30           2030/31          2029/30
Complaints logged                 410                 388               52               47
Complaints upheld                 133                 120               14               11
Average working                   7.2                 8.0             17.5             19.1
days to reply
"""

YEARS_OVER_STAGES = """Table 2 - Complaints by stage
                                   2030/31                                   2031/32
                        Stage 1        Stage 2                Stage 1            Stage 2
    Complaints                     288                   41                  305                    44
    logged
    Upheld                           99                 14                   102                   13
    Not upheld                      150                 22                   161                   25
"""


def test_grouped_columns_right_of_the_labels(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TABLE)
    assert {("received", 410.0, "count", "stage1", "2030/31"), ("received", 388.0, "count", "stage1", "2029/30"),
            ("received", 52.0, "count", "stage2", "2030/31"), ("received", 47.0, "count", "stage2", "2029/30"),
            ("upheld", 133.0, "count", "stage1", "2030/31"), ("upheld", 120.0, "count", "stage1", "2029/30"),
            ("upheld", 14.0, "count", "stage2", "2030/31"), ("upheld", 11.0, "count", "stage2", "2029/30"),
            ("average_response_days", 7.2, "working_days", "stage1", "2030/31"),
            ("average_response_days", 8.0, "working_days", "stage1", "2029/30"),
            ("average_response_days", 17.5, "working_days", "stage2", "2030/31"),
            ("average_response_days", 19.1, "working_days", "stage2", "2029/30")} <= keys


def test_left_set_names_just_past_the_values_name_the_next_column(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, YEARS_OVER_STAGES)
    assert {("received", 288.0, "count", "stage1", "2030/31"), ("received", 41.0, "count", "stage2", "2030/31"),
            ("received", 305.0, "count", "stage1", "2031/32"), ("received", 44.0, "count", "stage2", "2031/32"),
            ("not_upheld", 150.0, "count", "stage1", "2030/31"), ("not_upheld", 22.0, "count", "stage2", "2030/31"),
            ("not_upheld", 161.0, "count", "stage1", "2031/32"), ("not_upheld", 25.0, "count", "stage2", "2031/32")} <= keys
