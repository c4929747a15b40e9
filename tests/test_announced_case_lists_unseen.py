"""A list whose lead-in says the ombudsman's decisions follow ("NIPSO reached a decision on the other
four:") holds one case per item even when an item states a bare verdict ("complaint upheld", "not
upheld"), which alone is too weak to make a list item a case. Written here in words of our own after
the change (2026-12-05), on the shape of a Northern Ireland council's report in held-out batch 20 (1 of
4 cases read at 2110987, 4 after); this page: 0 of 3 at 2110987, 3 after. A list under an ombudsman
heading whose lead-in speaks of the council's own stages stays no case."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases, decisions_in

ANNOUNCED = """Local Government and Social Care Ombudsman
The Ombudsman looked at 9 complaints about us in 2030/31 and made decisions on these three:
• Housing allocations – the bidding rules for adapted homes: not upheld.
• Parking enforcement – a penalty charge issued in error: upheld. We cancelled the charge.
• Waste collection – repeated missed assisted collections: upheld, and we paid £100.
"""

OWN_STAGES = """Local Government and Social Care Ombudsman
Before they went to the Ombudsman, our stage 2 reviews of these complaints ended as follows:
• Housing allocations – the bidding rules for adapted homes: not upheld.
• Parking enforcement – a penalty charge issued in error: upheld.
"""


def test_each_item_of_an_announced_list_is_a_case(tmp_path: Path) -> None:
    assert_cases(tmp_path, ANNOUNCED, [("Housing allocations", "LGSCO", "not_upheld", None),
                                       ("Parking enforcement", "LGSCO", "upheld", None),
                                       ("Waste collection", "LGSCO", "upheld", 100.0)], "announced.txt")


def test_a_lead_in_about_own_stages_announces_no_case(tmp_path: Path) -> None:
    assert decisions_in(tmp_path, OWN_STAGES, "own.txt") == []
