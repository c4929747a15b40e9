"""A report's own year written with both years in full ("the academic year 2031/2032 (1 September 2031
to 31 August 2032)", ""Reporting year: 2031-2032"") is the same year as
"2031/32". Found by writing the visible reports' year labels in full (a perturbation of their own text):
three university reports lost every period. Written here in words of our own before the change
(2026-12-05, second session); at 4b87a06 neither of the two
expectations held (both figures took financial years), after, both."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

SPAN = "2031-09-01..2032-08-31"

REPORT = """Student Complaints Annual Report 2031/2032

This report covers complaints made under the Student Complaints Procedure in the academic year
2031/2032 (1 September 2031 to 31 August 2032).

In 2031/2032 we received 214 stage one complaints, compared with 190 in 2030/2031.
"""


def test_the_full_year_label_is_the_reports_year(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, REPORT)
    assert ("received", 214.0, "count", "stage1", SPAN) in keys, sorted(keys, key=str)
    assert ("received", 190.0, "count", "stage1", "2030-09-01..2031-08-31") in keys, sorted(keys, key=str)
