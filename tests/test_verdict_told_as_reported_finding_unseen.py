"""A news story's single case whose verdict is told the way reporters tell it rather than as "the Ombudsman
found maladministration in ...": the Ombudsman "ruled that <what was done> amounted to / was severe
maladministration", the body "was found to have committed / was found guilty of maladministration", or
"<the body> was at fault ..., the Ombudsman has found" (the ombudsman named after the verdict). The case
is where its verdict is told, with the finding as written, not the later paragraph of the orders.

Written before the code, in words of our own for invented bodies (2026-12-08): 0 of 5 stories read right
before (each gave its case at the orders paragraph, with no finding), 4 after (the fifth names no ombudsman
in its lead: a strict xfail); of the four texts that must give no case, one gave a case before ("ruled that
4 of the complaints amounted to ..."), none after.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases

STORY = ("Tenant's long wait ends in payout\n\n{lead}\n\nThe tenant first reported the problem in the spring of 2031 "
         "and chased it eleven times.\n\nThe Ombudsman ordered the landlord to apologise and pay £900 within four "
         "weeks.\n")

LEADS = [
    ("ruled-amounted", ("Pellham Homes must pay compensation after the Housing Ombudsman ruled that its handling of a "
     "leaking roof amounted to severe maladministration."), ("HO", "upheld", 900.0, "severe maladministration")),
    ("ruled-was", ("The Housing Ombudsman has ruled that the way Pellham Homes dealt with a broken lift was "
     "maladministration."), ("HO", "upheld", 900.0, "maladministration")),
    ("found-to-have-committed", ("Pellham Homes was found to have committed maladministration in its handling of a "
     "leaking roof, the Housing Ombudsman said."), ("HO", "upheld", 900.0, "maladministration")),
    pytest.param("found-guilty", "Corvey Housing Association has been found guilty of service failure over a broken "
                 "lift.", ("HO", "upheld", 900.0, "service failure"),
                 marks=pytest.mark.xfail(strict=True, reason="a verdict whose ombudsman the story names only in a later "
                                         "paragraph opens no case there: the case is the orders' paragraph")),
    ("at-fault-ombudsman-after", ("Tarnbury Council was at fault for the way it dealt with a blocked drain, the Local "
     "Government and Social Care Ombudsman has found."), ("LGSCO", "upheld", 900.0, "fault")),
]


@pytest.mark.parametrize(("name", "lead", "case"), LEADS, ids=[x.values[0] if hasattr(x, "values") else x[0] for x in LEADS])
def test_the_case_is_where_its_verdict_is_told(tmp_path: Path, name: str, lead: str, case: Case) -> None:
    body, outcome, paid, finding = case
    assert_cases(tmp_path, STORY.format(lead=lead), [(lead[:30], body, outcome, paid, finding)], f"{name}.txt")


PAGE = ("Ombudsman update\n\n{text}\n\nIn a separate case the Housing Ombudsman found service failure in how the "
        "association handled a damp report and ordered it to pay £250.\n")
OTHER: Case = ("In a separate case", "HO", "upheld", 250.0)


@pytest.mark.parametrize("text", [
    "The association was at fault in 12 of the cases the Ombudsman looked at, the report said.",
    "Its contractor was found to have committed a breach of the repairs contract.",
    "Staff were found guilty of misconduct by an internal panel.",
    "The Ombudsman ruled that 4 of the complaints amounted to maladministration.",
], ids=["count", "contractor", "staff", "ruled-count"])
def test_no_case_of_a_count_or_of_someone_else(tmp_path: Path, text: str) -> None:
    assert_cases(tmp_path, PAGE.format(text=text), [OTHER], "page.txt")
