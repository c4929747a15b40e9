"""Cards copied from a web page with blank lines around every element, each with last year's value on a
line below its label ("1,204" / "complaints received" / "2029/30: 1,150"): the page below was written in
words of our own in the session before this change (2026-12-05) and read nothing at 2110987 (0 of 6);
after, 6 of 6. The compared line, set aside before the readers read the page, left a gap wider than a
label and its value were allowed; the gap is now measured in the page's own line spacing, set-aside
lines not counted."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

CARDS = """Complaints at a glance 2030/31

1,204

complaints received

2029/30: 1,150


88%

of stage 1 complaints answered on time

2029/30: 84%


311

compliments

2029/30: 287
"""


def test_cards_spaced_by_blank_lines_are_read_with_last_year(tmp_path: Path) -> None:
    assert core_keys(tmp_path, CARDS) == {
        ("received", 1204.0, "count", None, "2030/31"), ("received", 1150.0, "count", None, "2029/30"),
        ("within_target", 88.0, "percent", "stage1", "2030/31"), ("within_target", 84.0, "percent", "stage1", "2029/30"),
        ("compliments", 311.0, "count", None, "2030/31"), ("compliments", 287.0, "count", None, "2029/30")}
