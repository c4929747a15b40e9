"""A small count of ombudsman cases whose parts follow a comma, each opening "one of which ..." / "one ...", is one
case per part ("2 determinations from the Housing Ombudsman, one of which found maladministration ... and one
found no maladministration"). Own words, written on 2026-12-07 before the change: 1 of 3 passed on 5e21e8a (the
count that is not parted stays a figure); 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import case_outcomes

LANDLORD = """Complaints annual report 2031/32

Housing Ombudsman

In 2031/32 we received 2 determinations from the Housing Ombudsman, one of which found maladministration (damp and mould) and one found no maladministration (noise).
"""

COUNCIL = """Complaints report 2030/31

Local Government and Social Care Ombudsman

The Ombudsman decided three complaints about us, one of them upheld with a finding of fault, one not upheld and one closed after initial enquiries.
"""

NOT_PARTED = """Complaints report 2030/31

Local Government and Social Care Ombudsman

The Ombudsman decided three complaints about us, one of them about planning.
"""


def test_landlord_count_parted_after_a_comma(tmp_path: Path) -> None:
    assert [c[:2] for c in case_outcomes(tmp_path, LANDLORD)] == [("HO", "upheld"), ("HO", "not_upheld")]


def test_council_count_parted_after_a_comma(tmp_path: Path) -> None:
    assert [c[:2] for c in case_outcomes(tmp_path, COUNCIL)] == [
        ("LGSCO", "upheld"), ("LGSCO", "not_upheld"), ("LGSCO", "closed_after_initial_enquiries")]


def test_a_count_with_one_part_named_is_no_case(tmp_path: Path) -> None:
    assert case_outcomes(tmp_path, NOT_PARTED) == []
