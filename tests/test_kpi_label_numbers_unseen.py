"""Performance tables set out by spaces whose indicator names a timescale ("answered in 10 days"), with
a Target column before the periods: the number inside the label is no value and the target is no
figure, each value stands under its period. Pages written here in words of our own (2026-12-05), before
the change: at 634ce7e the quarterly page read to the timescales as counts of closed complaints (10, 20),
the shares as closed percentages, and lost its count row (0 of 6 core keys right; the coded page, whose
code column sent it to the grid reader already, read right); after, 6 of 6. A label whose only number a
word names ("Stage 1 complaints received") keeps the other readers' reading, year column included."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

QUARTERS = """Complaints performance, quarter 2 2030/31
Indicator                                     Target   Q1     Q2
% stage 1 complaints answered in 10 days       90%     86%    91%
% stage 2 complaints answered in 20 days       90%     78%    83%
Number of stage 1 complaints                   -       212    198
"""

YEARS = """Customer complaints: corporate measures
Ref    Measure                                           Target   2029/30   2030/31   RAG
CP1    % complaints answered within 15 days               85%      81%       87%       G
CP2    Stage 2 replies sent within 20 working days        90%      70%       76%       R
"""

STAGE_NAMED = """Holmbrook Homes - complaint handling 2031/32

Measure                         Q1     Q2     Q3     Q4     Year
Stage 1 complaints received     101    96     120    87     404
Stage 2 complaints received     9      12     7      10     38
"""


def test_a_timescale_in_the_label_is_no_value_and_a_target_no_figure(tmp_path: Path) -> None:
    assert core_keys(tmp_path, QUARTERS) == {
        ("within_target", 86.0, "percent", "stage1", "2030/31 Q1"), ("within_target", 91.0, "percent", "stage1", "2030/31 Q2"),
        ("within_target", 78.0, "percent", "stage2", "2030/31 Q1"), ("within_target", 83.0, "percent", "stage2", "2030/31 Q2"),
        ("received", 212.0, "count", "stage1", "2030/31 Q1"), ("received", 198.0, "count", "stage1", "2030/31 Q2"),
    }


def test_coded_rows_with_a_timescale_under_year_columns(tmp_path: Path) -> None:
    assert core_keys(tmp_path, YEARS) == {
        ("within_target", 81.0, "percent", None, "2029/30"), ("within_target", 87.0, "percent", None, "2030/31"),
        ("within_target", 70.0, "percent", "stage2", "2029/30"), ("within_target", 76.0, "percent", "stage2", "2030/31"),
    }


def test_a_stage_number_in_the_label_keeps_the_whole_year_column(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, STAGE_NAMED)
    assert ("received", 404.0, "count", "stage1", "2031/32") in keys
    assert ("received", 38.0, "count", "stage2", "2031/32") in keys
    assert ("received", 96.0, "count", "stage1", "2031/32 Q2") in keys
