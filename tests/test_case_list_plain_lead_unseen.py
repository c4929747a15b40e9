"""A list of cases under a sentence that presents them as the ombudsman's ("Two cases were determined by the
Ombudsman this year:") is the ombudsman's list even when the sentence says only "the Ombudsman": the body is
the one the report's kind and country give (a landlord: the Housing Ombudsman; an English council: the
LGSCO; a Welsh council: the PSOW). A list under a sentence about the body's own stages, or one that counts
outcomes, tells no case. Written in words of our own before the change (2026-12-06), after asking how the
decision reader takes lists of cases set out one line each; at 6515c20 the five expected cases were not
read (0/5), the two counter-examples gave nothing (2/2)."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

LANDLORD = """Tenant Complaints Annual Report 2031-32

Ombudsman
Two cases were determined by the Ombudsman this year:
- Repairs: service failure; £200 compensation ordered
- Antisocial behaviour: no maladministration
"""


def test_a_landlords_list_under_the_ombudsman_is_the_housing_ombudsmans(tmp_path: Path) -> None:
    assert_cases(tmp_path, LANDLORD, [("- Repairs: service failure", "HO", "upheld", 200.0),
                                      ("- Antisocial behaviour", "HO", "not_upheld", None)], "landlord.txt")


COUNCIL = """Brackwater District Council
Complaints and compliments: annual summary 2031/32

The Ombudsman reached a decision on these complaints about us during the year:

• Planning enforcement – fault causing injustice – we paid £150
• Parking permits – no fault
"""


def test_a_councils_list_under_the_ombudsman_is_the_lgscos(tmp_path: Path) -> None:
    assert_cases(tmp_path, COUNCIL, [("• Planning enforcement", "LGSCO", "upheld", 150.0),
                                     ("• Parking permits", "LGSCO", "not_upheld", None)], "council.txt")


WELSH = """Gwynlais County Council - Cyngor Sir Gwynlais
Concerns and complaints 2031/32

Last year the Ombudsman finished investigating one complaint about the council:
- Social services: upheld; the council apologised
"""


def test_a_welsh_councils_list_under_the_ombudsman_is_the_psows(tmp_path: Path) -> None:
    assert_cases(tmp_path, WELSH, [("- Social services", "PSOW", "upheld", None)], "welsh.txt")


OWN_STAGE = """Tenant Complaints Annual Report 2031-32

We closed these stage 2 complaints before any reached the Ombudsman:
- Repairs: upheld; £50 goodwill payment
- Antisocial behaviour: not upheld
"""


def test_a_list_of_the_landlords_own_stage_two_cases_is_no_ombudsman_case(tmp_path: Path) -> None:
    assert_cases(tmp_path, OWN_STAGE, [], "own.txt")


COUNTS = """Tenant Complaints Annual Report 2031-32

The Ombudsman's determinations this year were:
- maladministration: 2
- no maladministration: 3
"""


def test_a_list_counting_outcomes_tells_no_case(tmp_path: Path) -> None:
    assert_cases(tmp_path, COUNTS, [], "counts.txt")
