"""An excerpt that says only "the Ombudsman" and names no body, no landlord and no council, but speaks
the Housing Ombudsman's words: it issues "determinations" and finds "maladministration". Written here in
words of our own (2026-12-05) before the change: 0 of 2 cases at 2110987 (no body, so no decision), 2 of 2
after. A page in the LGSCO's words ("found fault causing injustice") stays the LGSCO's (written after the
change; read the same at 2110987)."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

DETERMINATIONS = """Ombudsman cases

During the year the Ombudsman issued determinations on four of our cases. In the first, about repairs to a bathroom, it found maladministration and ordered £400 compensation. In the second, about anti-social behaviour, it found no maladministration.
"""

FAULT = """Ombudsman cases

The Ombudsman determined two complaints about us. In the first, about a school transport application, it found fault causing injustice and we paid £250. In the second, about a planning enforcement matter, it found no maladministration.
"""


def test_determinations_and_maladministration_are_the_housing_ombudsman(tmp_path: Path) -> None:
    assert_cases(tmp_path, DETERMINATIONS, [("During the year", "HO", "upheld", 400.0),
                                            ("During the year", "HO", "not_upheld", None)], "det.txt")


def test_fault_and_injustice_stay_the_lgsco(tmp_path: Path) -> None:
    assert_cases(tmp_path, FAULT, [("The Ombudsman determined", "LGSCO", "upheld", 250.0),
                                   ("The Ombudsman determined", "LGSCO", "not_upheld", None)], "fault.txt")


BRACKETED_FINDING = """Complaints escalated to the Ombudsman

Two cases were determined. One concerned a delayed gas repair (service failure, £150 awarded). The other concerned a transfer request, where the Ombudsman found we had offered reasonable redress.
"""


def test_a_case_opened_with_its_finding_in_brackets_is_one_of_two(tmp_path: Path) -> None:
    """Written before the change (2026-12-05): at 2110987 the two cases were one, partly upheld; after, two."""
    assert_cases(tmp_path, BRACKETED_FINDING, [("Two cases were determined", "HO", "upheld", 150.0),
                                               ("Two cases were determined", "HO", "not_upheld", None)], "two.txt")
