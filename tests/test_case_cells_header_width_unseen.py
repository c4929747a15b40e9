"""A case table copied one cell per line ends its header where its first row begins, even when that row's
first cells are words alone that could name columns too ("Repairs to a communal door" / "Maladministration"
under "Case" / "Finding" / "Orders"). The header is as wide as makes every row's verdict cell read as a
verdict. Own words, written before the code (main at 519c28f): before the change 0 of the 3 tables were read
(the counter-example passed); after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import blank_line_after_every_line, case_outcomes

HO_CELLS = """Housing Ombudsman determinations

The table below lists the determinations the Housing Ombudsman made about us in 2032/33.

Case
Finding
Orders
Repairs to a communal door
Maladministration
Apology and £200 compensation
Handling of a noise complaint
No maladministration
None
Complaint handling
Service failure
£50 compensation
"""

LGSCO_CELLS = """Decisions of the Local Government and Social Care Ombudsman, 2031/32

Service area
Subject
Decision
Planning
Objections to an extension
Not upheld
Adult social care
Charges for respite care
Upheld
Highways
Pothole claim
Not upheld
"""


@pytest.mark.parametrize("text, expected", [
    (HO_CELLS, [("HO", "upheld", 200.0), ("HO", "not_upheld", None), ("HO", "upheld", 50.0)]),
    (blank_line_after_every_line(HO_CELLS), [("HO", "upheld", 200.0), ("HO", "not_upheld", None), ("HO", "upheld", 50.0)]),
    (LGSCO_CELLS, [("LGSCO", "not_upheld", None), ("LGSCO", "upheld", None), ("LGSCO", "not_upheld", None)]),
])
def test_case_cells_under_a_header_of_any_width(tmp_path: Path, text: str, expected: list) -> None:
    assert case_outcomes(tmp_path, text) == expected


def test_cells_with_no_verdicts_are_no_cases(tmp_path: Path) -> None:
    """Counter-example: a list of teams and their contacts under the same kind of header is no case table."""
    text = ("Housing Ombudsman contacts\n\nTeam\nContact\nRole\nRepairs\nAnn Lowe\nManager\n"
            "Lettings\nRaj Patel\nOfficer\nComplaints\nSue Hart\nLead\n")
    assert case_outcomes(tmp_path, text) == []
