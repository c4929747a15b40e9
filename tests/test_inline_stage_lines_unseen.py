"""A summary line per stage that states its figures inline ("Stage one: 412 received, 151 upheld (37%),
average 7.8 days"), written here in words of our own (2026-12-05) before the change: at 2110987 a table
reader took all but the last value for a row's label and read "upheld 7.8" (0 of 8 right); after, the
prose reader reads each value with its own word (8 of 8). A row's label that states figures of its own
is prose, not a label."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

LINES = """Complaints 2030/31
Stage one: 412 received, 151 upheld (37%), average 7.8 days
Stage two: 57 received, 19 upheld (33%), average 17.2 days
"""


def test_each_inline_value_is_read_with_its_own_word(tmp_path: Path) -> None:
    assert core_keys(tmp_path, LINES) == {
        ("received", 412.0, "count", "stage1", "2030/31"), ("upheld", 151.0, "count", "stage1", "2030/31"),
        ("upheld", 37.0, "percent", "stage1", "2030/31"), ("average_response_days", 7.8, "days", "stage1", "2030/31"),
        ("received", 57.0, "count", "stage2", "2030/31"), ("upheld", 19.0, "count", "stage2", "2030/31"),
        ("upheld", 33.0, "percent", "stage2", "2030/31"), ("average_response_days", 17.2, "days", "stage2", "2030/31")}
