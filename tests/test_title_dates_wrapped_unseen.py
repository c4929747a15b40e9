"""A title whose dates wrap onto a line of their own ("FEEDBACK REVIEW: 1 APRIL 2032 TO 31 MARCH" / "2033") names
the range it means, 2032/33, not the calendar year left on the second line. Written with the change, in words of
our own, after a fresh excerpt (a fire authority's committee report) showed the shape; it fails on the code
before it (the report's figures were dated 2033)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

REPORT = """HOLMSIDE PORT HEALTH AUTHORITY
FEEDBACK REVIEW: 1 APRIL 2032 TO 31 MARCH
2033
Report of the Clerk

1. Complaints
1.1 During the year we logged 88 complaints, and 61 of them were answered within 15 working days.
"""

DASHED = REPORT.replace("1 APRIL 2032 TO 31 MARCH\n2033", "1 APRIL 2032 –\n31 MARCH 2033")


def test_wrapped_title_dates_name_the_financial_year(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, REPORT, "feedback-review.txt")
    assert ("received", 88, "count", None, "2032/33") in keys


def test_title_wrapped_after_its_dash(tmp_path: Path) -> None:
    assert DASHED != REPORT
    keys = core_keys(tmp_path, DASHED, "feedback-review.txt")
    assert ("received", 88, "count", None, "2032/33") in keys
