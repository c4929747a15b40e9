"""Two habits of real summaries, in pages written here in words of our own (2026-12-05) before the
change that reads them:
- a trend or status mark after a row's value ("Complaints 221 ▼", "79% ↑"), which cost the row its
  value, while a mark before a number ("▲ 5%") still signs a change;
- last year's value in a bracket that names its year ("(412 in 2029/30)"): that year stays inside the
  bracket, and a bare bracket after it in the same sentence ("49 Stage 2 complaints (57)") holds the
  same year's value.
At 634ce7e: 1 of 5 core keys of the marked rows, 2 of 4 of the bracket sentence; after: 5 of 5, 4 of 4."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

MARKED_ROWS = """Customer feedback dashboard, Q3 2030/31
Compliments 64 ▲
Complaints 221 ▼
Responded to in time 79% ↑
Stage 2 complaints 17 ▬
Stage 2 upheld 4 ⬆
"""

BRACKETS = """Complaints overview 2030/31

We dealt with 388 Stage 1 complaints (412 in 2029/30) and 49 Stage 2 complaints (57).
"""


def test_a_mark_after_a_value_is_no_part_of_the_row(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, MARKED_ROWS)
    assert {("compliments", 64.0, "count", None, "2030/31 Q3"), ("received", 221.0, "count", None, "2030/31 Q3"),
            ("within_target", 79.0, "percent", None, "2030/31 Q3"),
            ("received", 17.0, "count", "stage2", "2030/31 Q3"),
            ("upheld", 4.0, "count", "stage2", "2030/31 Q3")} <= keys


def test_a_year_in_a_bracket_dates_that_bracket_and_the_bare_one_after_it(tmp_path: Path) -> None:
    assert core_keys(tmp_path, BRACKETS) == {
        ("received", 388.0, "count", "stage1", "2030/31"), ("received", 412.0, "count", "stage1", "2029/30"),
        ("received", 49.0, "count", "stage2", "2030/31"), ("received", 57.0, "count", "stage2", "2029/30"),
    }
