"""A local news story copied from a web page, one paragraph per line with no blank line between: the
lead that sums up two ombudsmen's cases ("told to pay compensation after two ombudsmen found against it
in separate complaints") tells no case of its own, and a paragraph saying the investigation "also found"
a failing goes on with the case told on the line above. Written in words of our own (2026-12-05) after
batch 19's news story showed the shape; at 634ce7e the page gave 4 cases (the lead, and the further
finding as a case of its own) for its 2, after exactly its 2."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

STORY = """Brackwater council must pay families after watchdog rulings
Brackwater District Council has been told to apologise and pay compensation after two ombudsmen found against it in separate complaints about a leaking roof and a delayed school transport decision, the Gazette can reveal today.
The Housing Ombudsman found severe maladministration in how the council, as landlord, handled a tenant's reports of a leaking roof over fourteen months, and it ordered the council to pay £1,900.
The Ombudsman's investigation also found maladministration in how the council dealt with the tenant's complaint about the roof, which took eleven weeks to answer at stage two.
In a separate case the Local Government and Social Care Ombudsman found fault causing injustice in a decision on school transport for a disabled child, and the council agreed to pay the family £600.
"""


def test_a_lead_of_two_cases_and_a_further_finding_on_the_next_line(tmp_path: Path) -> None:
    assert_cases(tmp_path, STORY, [("The Housing Ombudsman found severe", "HO", "upheld", 1900.0),
                                   ("In a separate case", "LGSCO", "upheld", 600.0)], "story.txt")
