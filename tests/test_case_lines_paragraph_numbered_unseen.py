"""A committee paper's numbered paragraphs that each tell one ombudsman case by its reference and finding
("6.2 Ref 203112345 (repairs): maladministration; ...") are cases: the paragraph's number is no count of cases.
Own words, written on 2026-12-07 before the change: 1 of 4 passed on 19c6b20 (the summary count's); 4 of 4
after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import case_outcomes, core_keys

LANDLORD = """Board report: complaints quarter 3 2031/32

6. Housing Ombudsman
6.1 We received two determinations in the quarter.
6.2 Ref 203112345 (repairs): maladministration; orders - apology from the Director and £400.
6.3 Ref 203113456 (complaint handling): reasonable redress.
"""

COUNCIL = """Audit and Standards Committee - complaints update 2030/31

4. Local Government and Social Care Ombudsman
4.1 The Ombudsman issued three decisions on investigated complaints since the last report.
4.2 Case 30 012 345 (adult social care charging): upheld, fault causing injustice; the Council paid £300.
4.3 Case 30 013 456 (planning enforcement): not upheld, no fault.
4.4 Case 30 014 567 (school transport): upheld, fault; the Council agreed to review its policy.
"""


def test_landlord_paragraphs_are_cases(tmp_path: Path) -> None:
    assert case_outcomes(tmp_path, LANDLORD) == [("HO", "upheld", 400.0), ("HO", "not_upheld", None)]


def test_council_paragraphs_are_cases(tmp_path: Path) -> None:
    assert [c[:2] for c in case_outcomes(tmp_path, COUNCIL)] == [("LGSCO", "upheld"), ("LGSCO", "not_upheld"),
                                                                  ("LGSCO", "upheld")]


def test_council_payment_is_the_case_s(tmp_path: Path) -> None:
    assert case_outcomes(tmp_path, COUNCIL)[0][2] == 300.0


def test_summary_count_stays_a_figure(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, LANDLORD, "board.txt")
    assert ("closed", 2.0, "count", "ombudsman", "2031/32 Q3") in keys
