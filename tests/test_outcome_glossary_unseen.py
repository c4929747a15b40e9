"""A key to the outcomes a report uses ('"Remedied by the Council": the Ombudsman upheld the complaint but
asked for nothing more'; "Glossary" / "Service failure - the landlord did not do what it should have")
defines words: it tells no case, even when a definition reads like one. A case told under an ordinary
heading just before the key is still read. Found in a committee appendix written for this project by a
helper session who had not seen the tool (2026-12-06); the pages below are in words of our own, written
before the change: at 0ef1c71 the council's key gave two false decisions (the landlord's none; the case above each was read), after, none."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

COUNCIL = """Marlbeck Borough Council: Ombudsman decisions 2031/32

The Local Government and Social Care Ombudsman found fault causing injustice in our handling of a blue badge renewal, and we paid the resident £100.

Key to outcomes
"Upheld, remedied early": the Ombudsman upheld the complaint but asked for no further action because we had already put things right.
"Not upheld": the Ombudsman found no fault in what we did.
"""


def test_a_key_to_outcomes_tells_no_case(tmp_path: Path) -> None:
    assert_cases(tmp_path, COUNCIL, [("blue badge renewal", "LGSCO", "upheld", 100.0)], "council.txt")


LANDLORD = """Fenwold Homes complaints report 2031/32

Housing Ombudsman
The Housing Ombudsman found maladministration in our handling of a resident's heating repairs and ordered us to pay £250.

What the findings mean
'Maladministration': the Ombudsman found that we failed the resident and this had an adverse effect on them.
'Reasonable redress': the Ombudsman found that we had put things right before it became involved.
"""


def test_what_the_findings_mean_tells_no_case(tmp_path: Path) -> None:
    assert_cases(tmp_path, LANDLORD, [("heating repairs", "HO", "upheld", 250.0)], "landlord.txt")
