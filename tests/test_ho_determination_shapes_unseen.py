"""Housing Ombudsman determinations as landlords and the Ombudsman set them out, written here in words
of our own for invented landlords before any code was changed for them (2026-12-07). Of the 22 cases
below, 13 were read right at 2f4bed2 (4 of the 9 pages wholly right); after the changes, 22 (9 of 9).
The shapes, and what was missing:
- a determination's labelled fields ("Determination: In accordance with paragraph 52 of the Scheme
  there was severe maladministration by the landlord ...", "Orders: Pay the resident £1,650");
- a spaced table of findings by month, one case with two findings in one cell;
- two stories, the second opening "A second tenant complained ..." (a heading "What the Ombudsman decided"
  made both one case's elements: a paragraph bringing in another complainant tells a case of its own);
- lines led by a reference ("HOS ref 203207755 - ...": a body's initials before "ref" were no case start),
  one a redress that "resolved the complaint satisfactorily" (only "resolves" was read), one "outside
  jurisdiction (the resident had not completed our complaints process)" (the reason outranked the verdict);
- numbered items with "Finding:" and "Compensation ordered:";
- cards headed by their verdict over "Landlord: / Case ID: / Decision date:" fields (no field held a verdict);
- a Markdown table of cases;
- paragraphs titled by their subject ("Parking permit refusal: the decision was that ...": "the decision was"
  with no ombudsman named was no case);
- one case whose findings are set out element by element in a table ("Element   Finding"): one decision,
  not three.
A determination with maladministration on every element is upheld; a mix with none on some is partly
upheld (SPEC 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases

DETERMINATION_FIELDS = """Ombudsman determinations

Case reference: 203104417
Date of determination: 9 May 2031
Complaint: The resident complained about how we dealt with a leaking flat roof and the mould that followed.
Determination: In accordance with paragraph 52 of the Housing Ombudsman Scheme there was severe maladministration by the landlord in its handling of the roof repairs, and maladministration in its complaint handling.
Orders: Pay the resident £1,650; apologise in writing; review the roof repairs process within eight weeks.

Case reference: 203106921
Date of determination: 22 August 2031
Complaint: The resident complained about the outcome of a request to move to a larger home.
Determination: In accordance with paragraph 52 of the Scheme there was no maladministration by the landlord in respect of its response to the transfer request.
Orders: None.
"""

SPACED_FINDINGS = """Housing Ombudsman findings, April 2031 to March 2032

Month     Topic                      Findings                                                  Orders / compensation
Jun-31    Damp and mould             Maladministration (repairs); service failure (complaint handling)   £725, apology
Oct-31    Noise nuisance             No maladministration                                      None
Jan-32    Boiler replacement         Reasonable redress                                        None
"""

TWO_STORIES = """What the Ombudsman decided

The Housing Ombudsman upheld part of a complaint from a tenant in Millbrook about a delayed kitchen refit. It found service failure in the time taken to finish the work but no maladministration in how the landlord chose the contractor, and ordered a payment of £180.

A second tenant complained that the landlord had not dealt with drug dealing on her estate. The Ombudsman decided that there was no maladministration.
"""

REFERENCE_LINES = """Ombudsman casework 2031/32

HOS ref 203207755 - anti-social behaviour - outside jurisdiction (the resident had not completed our complaints process)
HOS ref 203208102 - repairs to communal lighting - the landlord made an offer of redress which resolved the complaint satisfactorily
HOS ref 203209346 - handling of a rent account - maladministration; ordered to pay £300 and to apologise
"""

NUMBERED_ITEMS = """Determinations received from the Housing Ombudsman

1. Complaint about damp in a basement flat. The Ombudsman found maladministration and made an order for £900 compensation and a survey of the property.
2. Complaint about the standard of grounds maintenance. Finding: service failure. Compensation ordered: £100.
3. Complaint about a refused request for a parking space. Finding: no maladministration.
"""

VERDICT_CARDS = """Recent decisions

Severe maladministration
Landlord: Northfleet Homes
Case ID: 203301122
Decision date: 14/02/2033
Category: Property condition - damp and mould

No maladministration
Landlord: Northfleet Homes
Case ID: 203301480
Decision date: 03/03/2033
Category: Anti-social behaviour
"""

PIPE_TABLE = """Ombudsman outcomes this year

| Case | Service area | Ombudsman finding | Remedy |
| --- | --- | --- | --- |
| 1 | Responsive repairs | Maladministration | £250 and a written apology |
| 2 | Neighbourhood (ASB) | No maladministration | - |
| 3 | Lettings | Service failure | £75 |
"""

TITLED_PARAGRAPHS = """Housing Ombudsman

We received two determinations in the quarter.

Damp in a ground floor flat: the Ombudsman's decision was maladministration. We have paid the £400 ordered and carried out the works.

Parking permit refusal: the decision was that there was no maladministration.
"""

ELEMENT_TABLE = """Ombudsman determination - case 203405512 (responsive repairs)

Element                          Finding
Handling of the leak             Severe maladministration
Complaint handling               Maladministration
Record keeping                   Service failure

Orders: pay £2,100; apologise; carry out a review of repair records.
"""

PAGES: list[tuple[str, str, list[Case]]] = [
    ("determination-fields", DETERMINATION_FIELDS,
     [("there was severe maladministration by the landlord", "HO", "upheld", 1650.0),
      ("there was no maladministration by the landlord", "HO", "not_upheld", None)]),
    ("spaced-findings", SPACED_FINDINGS,
     [("Jun-31", "HO", "upheld", 725.0),
      ("Oct-31", "HO", "not_upheld", None),
      ("Jan-32", "HO", "not_upheld", None, "reasonable redress")]),
    ("two-stories", TWO_STORIES,
     [("delayed kitchen refit", "HO", "partially_upheld", 180.0),
      ("decided that there was no maladministration", "HO", "not_upheld", None)]),
    ("reference-lines", REFERENCE_LINES,
     [("203207755", "HO", "out_of_jurisdiction", None),
      ("203208102", "HO", "not_upheld", None),
      ("203209346", "HO", "upheld", 300.0)]),
    ("numbered-items", NUMBERED_ITEMS,
     [("damp in a basement flat", "HO", "upheld", 900.0),
      ("grounds maintenance", "HO", "upheld", 100.0),
      ("parking space", "HO", "not_upheld", None)]),
    ("verdict-cards", VERDICT_CARDS,
     [("Severe maladministration", "HO", "upheld", None),
      ("No maladministration", "HO", "not_upheld", None)]),
    ("pipe-table", PIPE_TABLE,
     [("Responsive repairs", "HO", "upheld", 250.0),
      ("Neighbourhood (ASB)", "HO", "not_upheld", None),
      ("Lettings", "HO", "upheld", 75.0)]),
    ("titled-paragraphs", TITLED_PARAGRAPHS,
     [("Damp in a ground floor flat", "HO", "upheld", 400.0),
      ("Parking permit refusal", "HO", "not_upheld", None)]),
    ("element-table", ELEMENT_TABLE,
     [("Element ", "HO", "upheld", 2100.0)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_each_determination_is_read(tmp_path: Path, name: str, text: str, expected: list[Case]) -> None:
    assert_cases(tmp_path, text, expected, f"{name}.txt")
