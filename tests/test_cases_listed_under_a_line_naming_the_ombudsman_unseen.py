"""A list of cases right under a line that names the ombudsman but no decision ("Complaints that went to the
Ombudsman" / "- Leaking roof: maladministration; £600 compensation ordered") is the ombudsman's decisions when
each item's finding is one only an ombudsman makes (maladministration, service failure, reasonable redress):
one decision per item. Items that give outcomes any complaints procedure gives ("upheld", "not upheld") under
such a line are not taken for the ombudsman's. Own words, written before the change; probed on main at ef106a1:
2 of 3 passed (the counter-example, and the list under a line naming the Housing Ombudsman), 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import case_outcomes

CASES = [
    (("Tenant complaints 2033/34\n\nComplaints that went to the Ombudsman\n- Leaking roof: maladministration; £600 "
     "compensation ordered\n- Rent arrears letter: no maladministration\n"),
     [("HO", "upheld", 600.0), ("HO", "not_upheld", None)]),
    (("Residents' complaints report 2032/33\n\nCases the Housing Ombudsman looked at this year\n* Damp in a ground floor "
     "flat - severe maladministration, £1,200 awarded\n* Delay to a boiler repair - reasonable redress\n"),
     [("HO", "upheld", 1200.0), ("HO", "not_upheld", None)]),
    # counter-example: outcomes of the landlord's own procedure under a line about the ombudsman
    (("Tenant complaints 2033/34\n\nOur complaints and the Ombudsman\n- Leaking roof: upheld\n- Rent arrears letter: not "
     "upheld\n"), []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cases_listed_under_a_line_naming_the_ombudsman(tmp_path: Path, text: str, expected: list) -> None:
    assert case_outcomes(tmp_path, text) == expected
