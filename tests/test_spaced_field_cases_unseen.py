"""A case told as labelled fields reads the same when a web page's text sets every label and every value a
blank line apart ("Decision:" / "" / "some upheld, recommendations"): each label takes the value below it
across the blank line, and the record runs on across the blank lines to its next label. Own words, written
before the code (main at 4b29a0a): before the change 1 of 2 pages gave its case (the PSOW page, from its
summary paragraph; the SPSO page gave none); after it 2 of 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import case_outcomes

SPSO_PAGE = """Our findings

Decisions published in March 2033

Tayview Council

Case ref:

203110042

Sector:

Local Government

Decision:

not upheld, no recommendations

Mr A complained about how the council dealt with his request for a parking bay. We did not uphold the complaint.

NHS Morven

Case ref:

203110388

Sector:

Health

Decision:

some upheld, recommendations

Ms B complained about the care her father received. We upheld one of her two complaints and made recommendations.
"""

PSOW_PAGE = """Public Services Ombudsman for Wales - casebook: Housing

Case reference:

202301177

Body:

Cyngor Sir Penfro Newydd

Outcome:

Upheld

Summary:

Mrs D complained that the council did not repair damp in her home. The Ombudsman upheld the complaint and the council agreed to pay £250.
"""


@pytest.mark.parametrize("text, expected", [
    (SPSO_PAGE, [("SPSO", "not_upheld", None), ("SPSO", "partially_upheld", None)]),
    (PSOW_PAGE, [("PSOW", "upheld", 250.0)]),
])
def test_fields_a_blank_line_apart_make_cases(tmp_path: Path, text: str, expected: list) -> None:
    assert case_outcomes(tmp_path, text) == expected


def test_contact_fields_make_no_case(tmp_path: Path) -> None:
    """Counter-example: labelled fields with no verdict among them (a contact box) are no case."""
    text = ("Contact the Ombudsman\n\nPhone:\n\n0300 555 0101\n\nEmail:\n\nhelp@ombudsman.example\n\n"
            "Address:\n\n4 Quay Street, Tayview\n")
    assert case_outcomes(tmp_path, text) == []
