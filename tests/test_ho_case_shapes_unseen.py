"""Housing Ombudsman and SPSO cases as landlords list them, written here in words of our own for
invented landlords before the change that reads them all (2026-12-05). Of the 18 cases below, 15 were
read with their outcome and payment at 2110987, and the two case tables gave 6 figures from their
reference and compensation columns; after, all 18 and no figure (the one-case title below was
written after the change, as the single case its fix covers; it failed before too). What the change reads:
- a case table's reference ("203011245") and money ("£450") cells count nothing: money belongs to
  the decision, a reference is no count;
- a title over one line that opens with its case's number ("Case 1: ... - maladministration (...)");
- an amount set apart after a verdict with no verb ("service failure (£100)") is what the case pays;
- a finding-first item among items that tell cases is a case too, not a glossary's line
  ("No maladministration - a neighbour dispute").
A count of determinations by finding stays a count (no decision)."""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases

from extractor import pipeline
from extractor.load import load
from extractor.models import Figure

CELL_TABLE = """Housing Ombudsman determinations 2030/31
The table below sets out the determinations we received during the year.
Case reference
Complaint about
Finding
Orders
Compensation
203011245
Repairs to a leaking roof
Maladministration
Apology, review of repairs process
£450
203012876
Anti-social behaviour
No maladministration
None
£0
203014410
Complaint handling
Service failure
Apology
£150
"""

BULLETS = """Ombudsman decisions
During 2030/31 the Housing Ombudsman issued four determinations about our homes:
• Severe maladministration – the handling of damp and mould at a family home. We were ordered to pay £1,200 and to review our damp and mould policy.
• Maladministration – delays in completing a kitchen replacement. We apologised and paid £300.
• No maladministration – a neighbour dispute, where the Ombudsman found our response reasonable.
• Reasonable redress – a missed gas safety appointment; our offer of £75 was found to put things right.
"""

NARRATIVE = """Learning from the Ombudsman
In January the Ombudsman published its determination on a complaint about noise from a communal boiler. It found service failure in the time we took to respond to the resident's reports and ordered us to pay £250 and to write to the resident with a timetable for the works.
A second determination, received in March, concerned our handling of a request for a management transfer. The Ombudsman found no maladministration.
"""

CASE_LINES = """Housing Ombudsman cases closed this quarter
Case 1: Damp and mould – maladministration (compensation £600, apology)
Case 2: Estate cleaning – no maladministration
Case 3: Complaint handling – service failure (£100)
"""

ONE_CASE_LINE = """Housing Ombudsman cases closed this quarter
Case 4: Lift breakdowns – service failure (£120)
"""

SPACED_TABLE = """                          Housing Ombudsman cases 2030/31
  Reference     Subject                        Finding                      Compensation
  202933101     Heating and hot water          Maladministration                    £400
  202933544     Pest control                   Service failure                      £100
  203000212     Leasehold service charges      No maladministration                   -
"""

SPSO_PROSE = """Scottish Public Services Ombudsman
Two of our complaints were considered by the SPSO in the year. The first, about the allocation of a one-bedroom flat, was not upheld. In the second, about delays in repairing a shower, the SPSO upheld the complaint and recommended that we apologise to the tenant.
"""

PAGES: list[tuple[str, str, list[Case]]] = [
    ("cells", CELL_TABLE, [("203011245", "HO", "upheld", 450.0, "maladministration"),
                           ("203012876", "HO", "not_upheld", None),
                           ("203014410", "HO", "upheld", 150.0, "service failure")]),
    ("bullets", BULLETS, [("Severe maladministration –", "HO", "upheld", 1200.0),
                          ("Maladministration – delays", "HO", "upheld", 300.0),
                          ("No maladministration –", "HO", "not_upheld", None),
                          ("Reasonable redress –", "HO", "not_upheld", None)]),
    ("narrative", NARRATIVE, [("In January", "HO", "upheld", 250.0),
                              ("A second determination", "HO", "not_upheld", None)]),
    ("case-lines", CASE_LINES, [("Case 1:", "HO", "upheld", 600.0),
                                ("Case 2:", "HO", "not_upheld", None),
                                ("Case 3:", "HO", "upheld", 100.0)]),
    ("one-case-line", ONE_CASE_LINE, [("Case 4:", "HO", "upheld", 120.0, "service failure")]),
    ("spaced", SPACED_TABLE, [("202933101", "HO", "upheld", 400.0),
                              ("202933544", "HO", "upheld", 100.0),
                              ("203000212", "HO", "not_upheld", None)]),
    ("spso", SPSO_PROSE, [("Two of our", "SPSO", "not_upheld", None),
                          ("Two of our", "SPSO", "upheld", None)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_each_landlord_case_is_read(tmp_path: Path, name: str, text: str, expected: list[Case]) -> None:
    assert_cases(tmp_path, text, expected, f"{name}.txt")


@pytest.mark.parametrize("text", [CELL_TABLE, SPACED_TABLE], ids=["cells", "spaced"])
def test_a_case_table_gives_no_figure(tmp_path: Path, text: str) -> None:
    f = tmp_path / "cases.txt"
    f.write_text(text, encoding="utf-8")
    figures = [r for r in pipeline.extract(load(f)) if isinstance(r, Figure)]
    assert figures == [], [(r.measure, r.value, r.stated) for r in figures]
