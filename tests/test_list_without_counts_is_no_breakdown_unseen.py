"""A list whose items state no count ("– REF-2031-00412, Cardiology (a delayed scan): not upheld.") is no breakdown
of a number its lead states: when the items neither end with a count nor open with one, no `breakdown_sum`
is made of them (a case reference's digits, "00412", are no total and the items' sum is no "0").

Written after the change, in words of our own, and checked against the code before it: 0 of 1 held before (a
"breakdown_sum" failure "00412 stated before the list; its 0 items add up to 0"), 1 after.
"""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import report_checks

CASES = """Ombudsman cases, quarter 3

The Ombudsman sent us final reports on three cases:
– REF-2031-00412, Cardiology (a delayed scan and how we told the family):
partly upheld. We apologised and changed how scan delays are flagged.
– REF-2031-00577, Outpatients (a cancelled appointment): not upheld.
– REF-2031-00623, Pharmacy (a missed prescription): not upheld.
"""


def test_items_with_no_counts_make_no_breakdown(tmp_path: Path) -> None:
    assert not [c for c in report_checks(tmp_path, CASES) if c.rule == "breakdown_sum"]
