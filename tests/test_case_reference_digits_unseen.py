"""A run of seven digits or more with no thousands separator ("202409981", an ombudsman's case
reference) counts nothing: counts that large are written with commas ("1,204,000"). Written in words of
our own with the code (held-out batch 16c: a landlord's list of determinations by reference, one read
as the count of cases outside jurisdiction); on the commit before: 0 of 1 passed (the comma count
passed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

CASES = """Complaints annual report 2032/33

Housing Ombudsman cases this year. The Ombudsman found maladministration in our repairs service in one
case. 3. 202409981 - Garden fence Finding: outside jurisdiction as the matter was for the courts.
"""


def test_a_long_run_of_digits_is_a_reference(tmp_path: Path) -> None:
    assert not [f for f in report_figures(tmp_path, CASES) if f.value == 202409981]


def test_a_large_count_with_commas_still_counts(tmp_path: Path) -> None:
    got = report_figures(tmp_path, "Contact centre report 2032/33\n\nWe received 1,204,000 complaints in the year.\n")
    assert ("received", 1204000) in {(f.measure, f.value) for f in got}
