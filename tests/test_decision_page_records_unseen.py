"""A council's web page of ombudsman decisions copied with no blank lines: the page's title names the
ombudsman's decisions, and each case is a subject line, a line with its reference and decision date, then a
paragraph that opens with its verdict ("Not upheld: no fault. ...", "Closed after initial enquiries. The
Ombudsman ..."). The whole page is the ombudsman's part; a reference line just above makes a verdict-first
paragraph a case (not a glossary's line) and names its body by its form ("31 004 552": the LGSCO's); "stage 2
of our complaints procedure" counts no cases; the introduction ("decisions where the Ombudsman found fault")
tells none. Found in a page written for this project by a helper session who had not seen the tool
(2026-12-06); the page below is in words of our own, written before the change: at 94adf8f 1 of the 4
cases was read, and the introduction gave a false one."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

PAGE = """Brackwater Borough Council
Home > Complaints > Ombudsman decisions
Ombudsman decisions 2031/32
If you remain unhappy after our complaints procedure you can ask the Local Government and Social Care Ombudsman or, for council homes, the Housing Ombudsman to look at it. We list here the decisions where the Ombudsman found fault, with some others.
Council Tax - a missed discount
Ref: 31 004 552 | Decided: 3 May 2031
Closed after initial enquiries. The Ombudsman decided the resident could appeal to the valuation tribunal.
Parking - a penalty charge
Ref: 31 008 901 | Decided: 12 September 2031
Not upheld: no fault. The Ombudsman found we followed the regulations.
Adult Care - a delayed assessment
Ref: 31 011 370 | Decided: 2 December 2031
Upheld: fault causing injustice, already put right at stage 2 of our complaints procedure.
Tenancy - a repairs complaint
Ref: 202112345 | Determined: 20 February 2032
Service failure in our repairs service. The Housing Ombudsman ordered us to pay £300.
"""


def test_each_case_of_the_page_is_read(tmp_path: Path) -> None:
    assert_cases(tmp_path, PAGE, [("Closed after initial enquiries", "LGSCO", "closed_after_initial_enquiries", None),
                                  ("Not upheld: no fault", "LGSCO", "not_upheld", None),
                                  ("Upheld: fault causing injustice", "LGSCO", "upheld", None),
                                  ("Service failure in our repairs", "HO", "upheld", 300.0)], "page.txt")
