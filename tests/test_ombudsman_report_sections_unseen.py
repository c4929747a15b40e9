"""An ombudsman's report of one case laid out as its sections: "Determination" over a numbered lead ("38. In
accordance with paragraph 52 of the Scheme, there was:") and one lettered item per element ("a. Maladministration
by the landlord in respect of ..."), then "Orders" over what the landlord must do. One case, its elements together.

Written before the change in words of our own: on main at 3c63279 the two reports with items lettered "a." gave
no decision (the items ran into the lead's paragraph, and the lead, which states no finding, stopped the section
being read); the one lettered "(a)" was read. A page listing the findings the Ombudsman may reach, under a lead
that says "may decide", tells no case: at 3c63279 its four lettered lines, run into the lead's paragraph that names
the Ombudsman, were four decisions; as list items under a heading that names no decisions they are none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor
from extractor.models import Decision

LETTERED = """REPORT
COMPLAINT 203312345
Farrowdale Homes
14 March 2033

The complaint
1. The complaint is about the landlord's:
a. Handling of the resident's reports of a leaking roof.
b. Complaint handling.

Determination
38. In accordance with paragraph 52 of the Housing Ombudsman Scheme, there was:
a. Maladministration by the landlord in respect of its handling of the resident's reports of a leaking roof.
b. Service failure by the landlord in respect of its complaint handling.

Orders
39. Within four weeks of the date of this report, the landlord must:
a. Apologise to the resident.
b. Pay the resident £650.
"""

IN_LINE_WITH = """Decision on complaint 203377012 about Kingsferry Homes

The complaint
1. The resident complained about:
a. The landlord's response to her reports of a broken entry door.
b. The handling of her complaint.

Determination
30. In line with paragraph 52 of the Scheme, there was:
a. Service failure by the landlord in its response to the resident's reports of a broken entry door.
b. Maladministration by the landlord in its handling of the complaint.

Orders
31. The landlord must pay the resident £300 and write to her to apologise.
"""

BRACKETED = """Housing Ombudsman report - complaint 203455501
Landlord: Ridgeway Vale Housing Trust

Background and summary of events
2. The resident holds an assured tenancy of a two-bedroom house. She reported a faulty boiler in November 2032.

Findings
41. The Ombudsman has decided that there was:
(a) severe maladministration in the landlord's handling of the resident's reports about her boiler;
(b) no maladministration in the landlord's handling of her request for a move.

Orders and recommendations
42. The landlord is ordered to pay the resident £1,150 within 28 days.
"""

POSSIBLE_FINDINGS = """Making a complaint to the Housing Ombudsman

Possible outcomes
When it has looked at a complaint, the Ombudsman may decide that there was:
a. no maladministration;
b. service failure;
c. maladministration;
d. severe maladministration.

What we do next
We will carry out any orders within the time the Ombudsman sets.
"""


def decisions(tmp_path: Path, text: str) -> list[Decision]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [d for d in extractor.extract(extractor.load(path)) if isinstance(d, Decision)]


@pytest.mark.parametrize("text, outcome, paid", [
    (LETTERED, "upheld", 650.0),
    (IN_LINE_WITH, "upheld", 300.0),
    (BRACKETED, "partially_upheld", 1150.0),
])
def test_a_determination_section_is_one_case(tmp_path: Path, text: str, outcome: str, paid: float) -> None:
    got = decisions(tmp_path, text)
    assert [(d.body, d.outcome, d.payment_gbp) for d in got] == [("HO", outcome, paid)]


def test_the_findings_an_ombudsman_may_reach_are_no_case(tmp_path: Path) -> None:
    assert decisions(tmp_path, POSSIBLE_FINDINGS) == []
