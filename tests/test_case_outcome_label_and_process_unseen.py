"""Ombudsman cases as reports list them, in words of our own for invented bodies (2026-12-08), written before
the code:

- a case's outcome label ("Upheld in part.", "partly upheld") outranks the verdict words of its finding: a
  failing found on one point and not another is a part upheld, as the label says, even where the finding
  sentence alone would read as upheld;
- "The Ombudsman closed the complaint after initial enquiries" / "decided not to investigate it" tells one
  case, closed after initial enquiries, where the paragraph is about one complaint;
- a verdict said of what was just told and reported after it ("That was service failure, the Ombudsman
  said") is the case;
- the body's own procedure listed under a paragraph that names the ombudsman ("Stage 1 (early resolution):
  we aim to ...") is no case.

Before: 1 of 6 read right; after: 6 of 6.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases

LABELLED = [
    ("upheld-in-part", ("Public Services Ombudsman for Wales investigations 2031/32\n\nSummaries of the cases the Ombudsman upheld:\n"
     "• 203104471 (Planning – enforcement). The Ombudsman found fault in the delay in visiting the site, but not in "
     "the decision to take no action. Upheld in part. The Council agreed to apologise and pay £200.\n"
     "• 203106620 (Waste – assisted collections). Collections were missed for eleven weeks. Upheld. The Council "
     "agreed to pay £150.\n"),
     [("203104471", "PSOW", "partially_upheld", 200.0), ("203106620", "PSOW", "upheld", 150.0)]),
    ("partly-upheld-first", ("Parliamentary and Health Service Ombudsman\n\nThe PHSO sent us two final reports:\n"
     "- P-7731, Radiology (a lost referral for a scan):\npartly upheld. The PHSO found service failure in how the "
     "referral was tracked and asked us to apologise.\n- P-7790, Pharmacy (a missed prescription): not upheld.\n"),
     [("partly upheld. The PHSO", "PHSO", "partially_upheld", None), ("P-7790", "PHSO", "not_upheld", None)]),
]


@pytest.mark.parametrize(("name", "text", "cases"), LABELLED, ids=[x[0] for x in LABELLED])
def test_the_outcome_label_outranks_the_finding_words(tmp_path: Path, name: str, text: str, cases: list[Case]) -> None:
    assert_cases(tmp_path, text, cases, f"{name}.txt")


CLOSED = ("4. Local Government and Social Care Ombudsman\n\nThe Ombudsman looked at one complaint about the Service "
          "during the year. A café owner said that a notice served on her premises was unfair. {verdict}\n")


@pytest.mark.parametrize("verdict", [
    "The Ombudsman closed the complaint after initial enquiries, as the owner could appeal to the magistrates.",
    "The Ombudsman decided not to investigate it, because the owner had a right of appeal to the magistrates.",
], ids=["closed-after-initial-enquiries", "decided-not-to-investigate"])
def test_one_complaint_closed_without_investigation_is_a_case(tmp_path: Path, verdict: str) -> None:
    assert_cases(tmp_path, CLOSED.format(verdict=verdict), [("A café owner", "LGSCO", "closed_after_initial_enquiries", None)],
                 "closed.txt")


def test_a_verdict_reported_after_what_was_told(tmp_path: Path) -> None:
    text = ("Housing Ombudsman decisions\n\nA resident of Mill Lane waited five months for a new boiler. That was "
            "service failure, the Housing Ombudsman said, and it ordered the association to pay £400.\n")
    assert_cases(tmp_path, text, [("A resident of Mill Lane", "HO", "upheld", 400.0)], "reported.txt")


def test_the_bodys_own_procedure_is_no_case(tmp_path: Path) -> None:
    text = ("Our complaints procedure\n\nWe follow the model complaints policy of the Public Services Ombudsman for "
            "Wales.\n- Stage 1 (early resolution): we try to put things right within 10 working days.\n"
            "- Stage 2 (investigation): a manager looks again and replies within 20 working days.\n")
    assert_cases(tmp_path, text, [], "process.txt")
