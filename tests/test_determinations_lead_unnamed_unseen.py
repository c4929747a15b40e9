"""A list of cases under a lead that says "determinations" and names no ombudsman (an excerpt cut below
its heading, a scrutiny panel's note): "determination" is the Housing Ombudsman's word for its decisions,
so the items' findings are its cases. Words of our own, written before the change (2026-12-07): 1 of 4
cases read before (the one whose finding, severe maladministration, names the Housing Ombudsman alone), 4 after; a planning committee's determinations and a list
of determinations with no finding give no case."""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases

PAGES = [
    ("panel",
     ("Tenant Scrutiny Panel - complaints update, Q2 2033/34\n\nThe panel noted two determinations received in the quarter:\n"
     "- Repairs to a kitchen ceiling: maladministration; compensation £250; apology.\n"
     "- Handling of an ASB report: no maladministration.\n"),
     [("Repairs to a kitchen", "HO", "upheld", 250.0), ("Handling of an ASB", "HO", "not_upheld", None)]),
    ("board",
     ("Board report: resident complaints, 2034/35 half year\n\nTwo final determinations were issued to us in the half year:\n"
     "• Service charge queries – service failure, £75 ordered.\n"
     "• Lift outages at Ridge House – severe maladministration, £1,400 ordered and a review of lift contracts.\n"),
     [("Service charge", "HO", "upheld", 75.0), ("Lift outages", "HO", "upheld", 1400.0)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_determinations_name_the_housing_ombudsman(tmp_path: Path, name: str, text: str, expected: list[Case]) -> None:
    assert_cases(tmp_path, text, expected, f"{name}.txt")


NOT_CASES = [
    ("Planning committee, 4 May 2034\n\nThe committee made the following determinations of applications:\n"
    "- 12 Elm Road: approved with conditions.\n- 4 High Street: refused.\n"),
    ("Complaints update\n\nThe panel noted two determinations received in the quarter:\n"
    "- Repairs to a kitchen ceiling, received in July.\n- Handling of an ASB report, received in August.\n"),
]


@pytest.mark.parametrize("text", NOT_CASES, ids=["planning", "no-findings"])
def test_no_case_without_a_finding(tmp_path: Path, text: str) -> None:
    assert_cases(tmp_path, text, [], "page.txt")
