"""A sum followed by its breakdown ("£1,600 - £1,350 for the distress and £250 for the delay") pays the
sum once, not the sum and its parts; amounts that add up to no sum before them are all paid. Written in
words of our own (2026-12-05) after batch 19's news story showed it; at 634ce7e both sentences with a
breakdown paid double (3,200 and 900), after the sums."""

from __future__ import annotations

from extractor.extract.decisions.read import payment


def test_a_breakdown_after_its_sum_is_not_paid_again() -> None:
    said = "The Ombudsman ordered the landlord to pay £1,600 - £1,350 for the distress caused and £250 for the delay."
    assert payment([said]) == 1600.0
    assert payment(["The council agreed to pay £450 (£300 for lost belongings and £150 for time and trouble)."]) == 450.0


def test_amounts_that_sum_to_nothing_before_them_are_all_paid() -> None:
    assert payment(["The council agreed to pay £300 to the tenant and £200 to her son."]) == 500.0
