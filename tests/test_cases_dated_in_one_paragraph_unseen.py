"""Several ombudsman cases told in one paragraph, each opening on when it was decided ("In June the Ombudsman
looked at ... and found service failure ... In September it found maladministration in ..."): one decision per
case, not one mixed case for the paragraph. Own words, written on 2026-12-07 before the change: 1 of 4 passed
on 19c6b20 (one dated sentence that only tells what happened to a case already told stays with it); 4 of 4
after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import case_outcomes

LANDLORD = """Tenant scrutiny panel report 2031/32

What the Housing Ombudsman decided

In June the Ombudsman looked at a complaint about a delayed kitchen replacement and found service failure; we paid the tenant £250. In September it found maladministration in our handling of a disrepair claim and ordered £900 compensation. A third case, about parking on the estate, ended with a finding of no maladministration.
"""

COUNCIL = """Complaints and compliments report 2030/31

Local Government and Social Care Ombudsman

During the autumn the Ombudsman examined a complaint about a delayed home adaptation and concluded there had been fault causing injustice, asking us to pay £300. In January 2031 it concluded that our handling of a noise complaint showed no fault.
"""

ONE_CASE = """Complaints report 2030/31

Housing Ombudsman

In May the Ombudsman found maladministration in our handling of a roof leak and ordered us to pay £500. In August it confirmed that we had complied with its orders.
"""


def test_landlord_paragraph_tells_three_cases(tmp_path: Path) -> None:
    assert [c[:2] for c in case_outcomes(tmp_path, LANDLORD)] == [("HO", "upheld"), ("HO", "upheld"), ("HO", "not_upheld")]


def test_landlord_payments_stay_with_their_cases(tmp_path: Path) -> None:
    assert [c[2] for c in case_outcomes(tmp_path, LANDLORD)] == [250.0, 900.0, None]


def test_council_paragraph_tells_two_cases(tmp_path: Path) -> None:
    assert case_outcomes(tmp_path, COUNCIL) == [("LGSCO", "upheld", 300.0), ("LGSCO", "not_upheld", None)]


def test_compliance_told_later_is_the_same_case(tmp_path: Path) -> None:
    assert case_outcomes(tmp_path, ONE_CASE) == [("HO", "upheld", 500.0)]
