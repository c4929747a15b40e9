"""Cases numbered 1., 2. under a paragraph that ends with a colon, with no blank line between: the
lead-in and its numbered cases come as one paragraph of text. Each numbered line opens a case;
a line without a number carries on the case above. Words of our own, written before the change:
before it 1 of 3 passed (the one that expects nothing), after it 3 of 3; a fourth test was
written with the change."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes as decisions


def test_numbered_council_cases_under_a_numbered_paragraph(tmp_path: Path) -> None:
    text = ("Quarterly complaints digest, Q2 2031/32\n\n4. Local Government and Social Care Ombudsman\n"
            "4.2 The Ombudsman finished looking at two cases about us this quarter:\n"
            "1. Planning – a late decision on a garden fence: not upheld.\n"
            "2. Waste – a bin crew that left a gate open twice: upheld. We apologised and paid\n"
            "£150 for the trouble caused.\n")
    assert decisions(tmp_path, text) == [("LGSCO", "not_upheld", None), ("LGSCO", "upheld", 150.0)]


def test_numbered_health_cases_under_a_plain_lead(tmp_path: Path) -> None:
    text = ("Patient feedback report, Q1 2033/34\n\nHealth Service Ombudsman\n"
            "The Parliamentary and Health Service Ombudsman closed three cases about the hospital:\n"
            "1. Maternity – how a birth plan was followed: partly upheld. We paid £400.\n"
            "2. Outpatients – a cancelled clinic: not upheld.\n"
            "3. Pharmacy – a wrong dose on discharge: upheld.\n")
    assert decisions(tmp_path, text) == [("PHSO", "partially_upheld", 400.0), ("PHSO", "not_upheld", None),
                                         ("PHSO", "upheld", None)]


def test_numbered_cases_after_a_lead_saying_they_were_concluded(tmp_path: Path) -> None:
    """Written after the two above, with the change (a fresh excerpt's lead said its cases "were closed")."""
    text = ("Complaints bulletin, autumn 2030\n\nThe Public Services Ombudsman for Wales wrote to us twice. "
            "Two complaints have been concluded:\n"
            "1. Libraries – fines charged during a closure: not upheld.\n"
            "2. Highways – a pothole claim left unanswered: upheld. We paid £120.\n")
    assert decisions(tmp_path, text) == [("PSOW", "not_upheld", None), ("PSOW", "upheld", 120.0)]


def test_numbered_steps_of_a_procedure_are_no_cases(tmp_path: Path) -> None:
    text = ("Complaints procedure 2031/32\n\nIf you are still unhappy you can go to the Ombudsman:\n"
            "1. Ask us for a final response.\n2. Write to the Local Government and Social Care Ombudsman.\n")
    assert decisions(tmp_path, text) == []


def test_referenced_cases_under_a_long_lead_ending_with_a_colon(tmp_path: Path) -> None:
    """Written with the change: cases opening with their reference, under a lead of several lines."""
    text = ("Annual concerns report 2030/31\n\nScottish Public Services Ombudsman\n"
            "The SPSO told us it had received 31 complaints about the Board in 2030/31 and had looked\n"
            "into 9 of them in detail. Most of the others were premature, as the complainant had not\n"
            "yet been through our own procedure, or were withdrawn before any decision.\n"
            "The decisions it published about us were:\n"
            "203011872 – Ward 4, falls prevention: a patient fell twice in one night. Upheld.\n"
            "203015540 – Podiatry: the wait for a first appointment. Not upheld.\n")
    assert decisions(tmp_path, text) == [("SPSO", "upheld", None), ("SPSO", "not_upheld", None)]


def test_three_numbered_cases_with_no_lead_above_them(tmp_path: Path) -> None:
    """Written before the change: a list that began on the page before, under running header lines,
    numbered 1, 2, 3 with no colon above it; the numbers alone make it a list of cases. Before: 0 of 1."""
    text = ("Housing Ombudsman\n\nGreystone Homes – Board, 4 March 2031 – Item 6\n"
            "Greystone Homes – Complaints performance 2030/31\n"
            "1. Repairs (203011234) – maladministration in the time taken to fix a roof; £300 ordered.\n"
            "2. Lettings (203012876) – no maladministration in how a\n"
            "transfer request was assessed.\n"
            "3. Estate services (203014410) – service failure in grass cutting; £75 ordered.\n")
    assert decisions(tmp_path, text) == [("HO", "upheld", 300.0), ("HO", "not_upheld", None), ("HO", "upheld", 75.0)]
