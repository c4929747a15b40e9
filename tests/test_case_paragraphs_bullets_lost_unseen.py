"""Ombudsman cases listed as paragraphs whose bullets a web page's copy lost (written before the code).

A lead ("Decisions upheld this year included:") introduces cases, each a paragraph opening with its
service or subject as a label ("Parking Services: ...", "Repairs – ..."), each stating its verdict.
Copied from a web page the bullets are gone, so only the first paragraph sits right under the lead;
the others stand under the paragraph before them, which is a case of the same shape. Every
paragraph of the run is one case. Paragraphs of the same shape under a lead that introduces no
cases (service standards, counts by finding) tell none. Before the change (HEAD 36f5779): 2 of 4
tests passed (the counter-examples); after it: see the note at the end of the commit.
"""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import case_outcomes

LGSCO_PAGE = """Complaints performance 2031/32

The Local Government and Social Care Ombudsman

The Ombudsman's annual letter recorded 31 complaints about the council. It upheld 5 of the 9 it investigated.

Decisions upheld this year included:

Parking Services: a penalty charge pursued after the permit was renewed. Fault causing injustice; we cancelled the charge, apologised and paid £100.

Adult Social Care: delay in arranging a care needs assessment. Fault causing injustice; we paid £400 and reviewed our waiting list.

Housing Options: a homelessness review sent late. Fault causing injustice; we apologised and paid £250.

Compliments
"""

HO_PAGE = """Our complaints report 2032/33

Housing Ombudsman

The Housing Ombudsman made four determinations about us this year:

Repairs – a leaking roof left unrepaired for five months. Maladministration; we were ordered to pay £600 and to inspect the roof within four weeks.

Anti-social behaviour – our handling of reports about a neighbour. No maladministration.

Complaint handling – our stage 2 reply took 40 working days. Service failure; we were ordered to pay £150.

Damp and mould – a family's reports of mould in a bedroom. Severe maladministration; we were ordered to pay £1,200.

How we are learning
"""

STANDARDS = """Customer care report 2031/32

Our service standards are:

Telephone: we answer calls within 60 seconds. We met this on 88% of days.

Letters: we reply within 10 working days. We met this for 91% of letters.

Visits: we keep 95% of appointments.
"""

COUNTS_BY_FINDING = """Complaints report 2032/33

The Housing Ombudsman's findings about us this year were:

Maladministration: 4 findings, with £2,300 ordered in compensation.

Service failure: 2 findings, with £350 ordered.

No maladministration: 3 findings.
"""


def test_lgsco_cases_as_labelled_paragraphs(tmp_path: Path) -> None:
    got = case_outcomes(tmp_path, LGSCO_PAGE)
    assert [(b, o) for b, o, _ in got] == [("LGSCO", "upheld")] * 3
    assert [p for _, _, p in got] == [100, 400, 250]


def test_ho_cases_as_dashed_paragraphs(tmp_path: Path) -> None:
    got = case_outcomes(tmp_path, HO_PAGE)
    assert [(b, o) for b, o, _ in got] == [("HO", "upheld"), ("HO", "not_upheld"), ("HO", "upheld"), ("HO", "upheld")]
    assert [p for _, _, p in got] == [600, None, 150, 1200]


def test_service_standards_tell_no_case(tmp_path: Path) -> None:
    assert case_outcomes(tmp_path, STANDARDS) == []


def test_counts_by_finding_tell_no_case(tmp_path: Path) -> None:
    assert case_outcomes(tmp_path, COUNTS_BY_FINDING) == []
