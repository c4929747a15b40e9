"""A table of cases whose Decision column states findings only an ombudsman makes ("Upheld: fault causing
injustice") is the ombudsman's table though its heading does not name one ("Decisions received in the year"):
all its rows are cases, "Not upheld: no fault" among them. A verdict cell that uses the word "outcome" in
its own words ("Upheld: fault, no injustice (the outcome would have been the same)") is still the verdict.
A table whose other columns mention such a finding (a self-assessment against a code) tells no case. Found
in a committee appendix written for this project by a helper session who had not seen the tool
(2026-12-06); the pages below are in words of our own, written after seeing that appendix but before the
change: at debe8cf none of the 4 cases was read (after: all 4), the self-assessment gave none."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

APPENDIX = """Brackwater District Council
Audit Committee, 12 July 2032
Item 7: complaints to the Ombudsman 2031/32

2. Decisions received in the year

Reference | Service | Decision | Remedy
31 002 417 | Council Tax | Upheld: fault causing injustice | Apology and £200
31 005 903 | Planning | Not upheld: no fault | None
31 008 120 | Parking | Upheld: fault, no injustice (the outcome would have been the same) | None
31 009 644 | Housing Needs | Closed after initial enquiries: no worthwhile outcome achievable | None
"""


def test_rows_of_a_table_of_ombudsman_findings_are_cases(tmp_path: Path) -> None:
    assert_cases(tmp_path, APPENDIX, [("31 002 417", "LGSCO", "upheld", 200.0),
                                      ("31 005 903", "LGSCO", "not_upheld", None),
                                      ("31 008 120", "LGSCO", "upheld", None),
                                      ("31 009 644", "LGSCO", "closed_after_initial_enquiries", None)], "appendix.txt")


SELF_ASSESSMENT = """Brackwater Homes: complaint handling code self-assessment 2032

Code section | Requirement | Outcome
9.7 | The board receives updates on Ombudsman findings of severe maladministration | Compliant
9.8 | The member responsible for complaints is named on our website | Compliant
"""


def test_a_self_assessment_mentioning_findings_tells_no_case(tmp_path: Path) -> None:
    assert_cases(tmp_path, SELF_ASSESSMENT, [], "self.txt")
