"""A list of cases under a heading that does not name the ombudsman ("The upheld investigations were:")
in a briefing on its annual letter: an item that states a finding only an ombudsman makes ("fault
causing injustice", "severe maladministration") is that ombudsman's case. Pages written here in words of
our own (2026-12-05) after batch 19's LGSCO briefing showed the shape; at 634ce7e 0 of the 3 cases were
read, after 3 of 3. A council's own stage 2 findings, and a glossary of the ombudsman's words, tell no case
(at 634ce7e the glossary's two lines were read as two upheld cases)."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases, decisions_in

BRIEFING = """1. About this note

1.1 The Local Government and Social Care Ombudsman has sent its annual letter for 2030/31.

2. What it found

2.1 The three cases it upheld were:
- Adult care: a care package was cut without a reassessment. Fault causing injustice; we apologised and paid £450.
- Parking: an appeal was closed without a decision. Maladministration causing injustice; a £100 payment.
- Housing allocations: a medical priority was not reviewed for eight months. Fault causing injustice; we reviewed the banding.
"""

OWN_STAGE = """1. Our stage 2 reviews

1.1 The Local Government and Social Care Ombudsman looked at two of our cases this year.

2. Stage 2 outcomes

2.1 The reviews we upheld were:
- Waste: missed collections over six weeks. Upheld; we apologised.
- Planning: a late reply to a neighbour. Partly upheld; no further action.
"""

GLOSSARY = """1. The Ombudsman's words

1.1 The Local Government and Social Care Ombudsman uses these findings:
- Fault causing injustice: the council got something wrong and it affected the person.
- Fault, no injustice: the council got something wrong but it did not affect the outcome.
"""


def test_items_stating_an_ombudsmans_finding_are_its_cases(tmp_path: Path) -> None:
    assert_cases(tmp_path, BRIEFING, [("Adult care:", "LGSCO", "upheld", 450.0),
                                      ("Parking:", "LGSCO", "upheld", 100.0),
                                      ("Housing allocations:", "LGSCO", "upheld", None)], "briefing.txt")


def test_the_councils_own_findings_and_a_glossary_are_no_cases(tmp_path: Path) -> None:
    assert decisions_in(tmp_path, OWN_STAGE, "own.txt") == []
    assert decisions_in(tmp_path, GLOSSARY, "glossary.txt") == []
