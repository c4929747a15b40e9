"""A case whose verdict is told in the passive, with no ombudsman as its subject: "We were found to have
offered reasonable redress", "It was determined that there was no maladministration", "The association
was found not to be at fault". Words of our own for invented landlords and councils, written before the
rule that reads them (2026-12-07): 0 of 4 read before (the page's other case was), 4 after; a count
("in 3 cases") and a finding about staff are no case."""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases

PAGE = ("Ombudsman determinations 2033/34\n\nDuring the year the Housing Ombudsman issued two determinations on "
        "complaints about us.\n\nThe first concerned a resident's reports of a broken boiler. {verdict}\n\n"
        "The second concerned how we handled a request for adaptations. The Ombudsman found maladministration "
        "and ordered us to apologise and pay £600.\n")
SECOND: Case = ("The second concerned", "HO", "upheld", 600.0)

PASSIVE = [
    ("redress", "We were found to have offered reasonable redress.", ("The first concerned", "HO", "not_upheld", None)),
    ("no-maladministration", "It was determined that there was no maladministration.",
     ("The first concerned", "HO", "not_upheld", None)),
    ("service-failure", "It was found that there had been service failure in our complaint handling.",
     ("The first concerned", "HO", "upheld", None)),
    ("not-at-fault", "The association was found not to be at fault.", ("The first concerned", "HO", "not_upheld", None)),
]


@pytest.mark.parametrize(("name", "verdict", "case"), PASSIVE, ids=[p[0] for p in PASSIVE])
def test_a_passive_verdict_tells_a_case(tmp_path: Path, name: str, verdict: str, case: Case) -> None:
    assert_cases(tmp_path, PAGE.format(verdict=verdict), [case, SECOND], f"{name}.txt")


@pytest.mark.parametrize("verdict", ["It was found that there was maladministration in 3 cases.",
                                     "Staff were found to have followed the policy."], ids=["count", "staff"])
def test_no_case_of_a_count_or_of_staff(tmp_path: Path, verdict: str) -> None:
    assert_cases(tmp_path, PAGE.format(verdict=verdict), [SECOND], "page.txt")
