"""Housing Ombudsman and LGSCO cases in page-cut text, written here in words of our own for invented
landlords and councils before the change that reads them (2026-12-05). Of the 14 cases below, 1 was
read at 634ce7e with its outcome and payment (the first record; the elided-noun pair, the verdict-label
lines and the one-sentence lines each came out as one merged case, the rest not at all); all 14 after. Each shape is read from its layout:
- labelled records one after another, where the page cut turned a later label into a heading;
- a case table set one cell per line under a caption run into the paragraph of its header;
- after a count of cases, "One related to ..." / "The other concerned ..." opening each case;
- lines that open with their verdict as a label ("Upheld: ...", "Not upheld: ...");
- lines of one sentence, each stating its own finding;
- a title line over lines that each open with a case reference.
A count of cases by finding stays a count: no decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases, decisions_in

RECORDS_PAGE_CUT = """Pellworth Housing Association - Annual Complaints Review 2030-31
Ombudsman decisions
Case 1
Subject: Heating and hot water repairs
Finding: Maladministration
Orders: apologise to the resident; pay £400 compensation
Case 2
Subject: Handling of a neighbour dispute
Finding: No maladministration
Case 3
Subject: Complaint handling
Finding: Reasonable redress
"""

CELL_PER_LINE = """Table 4: Housing Ombudsman determinations 2030/31
Date
Category
Outcome
Compensation
14/06/2030
Damp and mould
Severe maladministration
£900
02/09/2030
Repairs
Maladministration
£300
20/01/2031
Complaint handling
Service failure
£100
"""

ELIDED_NOUN = """Complaints escalated to the Housing Ombudsman
The Ombudsman issued 2 determinations in Q2. One related to damp in a ground floor flat, where a finding of severe maladministration was made and £1,500 compensation ordered. The other related to our handling of a transfer request, where the Ombudsman found reasonable redress had been offered.
"""

VERDICT_LABELS = """Local Government and Social Care Ombudsman
Upheld: the council delayed a care assessment by five months. It agreed to apologise and pay £300.
Not upheld: a complaint about a parking fine, as there was no fault.
"""

SENTENCE_A_CASE = """Ombudsman decisions received
Severe maladministration was found in a case about our handling of a resident's reports of mould; the Ombudsman ordered £1,250 compensation in full and final settlement of the matter.
Maladministration was found in a case about a delayed kitchen replacement; £300 compensation ordered.
"""

REFERENCE_LINES = """HO determinations
202312345 - Maladministration (repairs) - orders complied with
202319876 - Service failure (complaint handling) - orders complied with
"""

COUNTED_BY_FINDING = """Ombudsman activity
The Housing Ombudsman determined 3 cases during the quarter: 2 maladministration findings and 1 finding of no maladministration.
"""

PAGES: list[tuple[str, str, list[Case]]] = [
    ("records", RECORDS_PAGE_CUT, [("Finding: Maladministration", "HO", "upheld", 400.0),
                                   ("Finding: No maladministration", "HO", "not_upheld", None),
                                   ("Finding: Reasonable redress", "HO", "not_upheld", None)]),
    ("cells", CELL_PER_LINE, [("Severe maladministration", "HO", "upheld", 900.0),
                              ("02/09/2030", "HO", "upheld", 300.0),
                              ("Service failure", "HO", "upheld", 100.0)]),
    ("elided", ELIDED_NOUN, [("Complaints escalated", "HO", "upheld", 1500.0),
                             ("Complaints escalated", "HO", "not_upheld", None)]),
    ("labels", VERDICT_LABELS, [("Upheld: the council", "LGSCO", "upheld", 300.0),
                                ("Not upheld: a complaint", "LGSCO", "not_upheld", None)]),
    ("sentences", SENTENCE_A_CASE, [("Severe maladministration was found", "HO", "upheld", 1250.0),
                                    ("Maladministration was found", "HO", "upheld", 300.0)]),
    ("references", REFERENCE_LINES, [("202312345", "HO", "upheld", None),
                                     ("202319876", "HO", "upheld", None)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_each_case_of_a_page_cut_list_is_read(tmp_path: Path, name: str, text: str, expected: list[Case]) -> None:
    assert_cases(tmp_path, text, expected, f"{name}.txt")


def test_a_count_of_cases_by_finding_is_no_case(tmp_path: Path) -> None:
    assert decisions_in(tmp_path, COUNTED_BY_FINDING, "counted.txt") == []
