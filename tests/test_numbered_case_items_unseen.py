"""Ombudsman cases numbered one per item in a passage with no blank lines ("1. Mr A, boiler repairs. The
Ombudsman found maladministration ... 2. Ms B, noise nuisance. The Ombudsman found no maladministration."),
as text extracted from a PDF list comes out, are one case each: an item's number opens the next case. Found
in a landlord's annual report cut from its PDF by a helper session that had not seen the tool (2026-12-06:
seven cases were read as one, with the year's total paid). The page below is in words of our own, written
before the change: at a4489f7 1 of 4 cases was read (the first, with every later item's words)."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

PAGE = """Riverlea Homes - Housing Ombudsman cases 2031/32

The Ombudsman issued four determinations about us. They are listed below.
1. Mr A, boiler repairs. The Ombudsman found maladministration and ordered us to pay £300 in
compensation.
2. Ms B, noise nuisance. We had followed our policy. The Ombudsman found no maladministration.
3. Mrs C, damp. Severe maladministration in our handling of damp; we were ordered to pay £2,000.
4. Mr D, rent charge. Outside jurisdiction: the rent level is a matter for the tribunal.
"""


def test_numbered_items_are_one_case_each(tmp_path: Path) -> None:
    assert_cases(tmp_path, PAGE, [
        ("1. Mr A", "HO", "upheld", 300.0),
        ("2. Ms B", "HO", "not_upheld", None),
        ("3. Mrs C", "HO", "upheld", 2000.0),
        ("4. Mr D", "HO", "out_of_jurisdiction", None),
    ], "cases.txt")
