"""Ombudsman cases set out one line each with no list marks and no header row: a subject, then its verdict
after a dash or in a column of its own ("School admissions - upheld, fault and injustice, remedy £200",
"Estate services        No maladministration"), under a title that names the ombudsman, which may sit on
the line just above with no blank line between. Each line is one case, and a verdict with no finding
("closed after initial enquiries", "premature") will do, since only an ombudsman closes a case so. Written
in words of our own before the change (2026-12-06); at dcc08a3: 1 of 9 expected cases read (after: 9 of 9), the
counter-example (a council's own stage-two list) gave nothing."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

DASHED = """LGSCO decisions 2031/32
Adult care charging - closed after initial enquiries
Bus passes - not upheld, no fault
School admissions - upheld, fault and injustice, remedy £200
"""


def test_dashed_verdict_lines_under_a_title_line(tmp_path: Path) -> None:
    assert_cases(tmp_path, DASHED, [("Adult care charging", "LGSCO", "closed_after_initial_enquiries", None),
                                    ("Bus passes", "LGSCO", "not_upheld", None),
                                    ("School admissions", "LGSCO", "upheld", 200.0)], "dashed.txt")


SPACED = """Annual complaints report 2031/32

Decisions of the Housing Ombudsman in 2031/32

Repairs (damp)                 Severe maladministration     £1,500
Tenancy management             Service failure              £100
Estate services                No maladministration
"""


def test_spaced_verdict_columns_with_no_header(tmp_path: Path) -> None:
    assert_cases(tmp_path, SPACED, [("Repairs (damp)", "HO", "upheld", 1500.0),
                                    ("Tenancy management", "HO", "upheld", 100.0),
                                    ("Estate services", "HO", "not_upheld", None)], "spaced.txt")


NUMBERED = """Ombudsman cases closed in the quarter

1. Highways. Not upheld: no fault found.
2. Housing allocations. Closed after initial enquiries.
3. Council tax. Premature - the complaint had not finished our procedure.
"""


def test_numbered_lines_with_bare_ombudsman_verdicts(tmp_path: Path) -> None:
    assert_cases(tmp_path, NUMBERED, [("1. Highways", "LGSCO", "not_upheld", None),
                                      ("2. Housing allocations", "LGSCO", "closed_after_initial_enquiries", None),
                                      ("3. Council tax", "LGSCO", "premature", None)], "numbered.txt")


OWN_STAGE = """Stage 2 complaints closed in 2031/32
Bin collections - upheld
Parking - not upheld
Planning - partly upheld
"""


def test_a_councils_own_stage_two_lines_are_no_ombudsman_cases(tmp_path: Path) -> None:
    assert_cases(tmp_path, OWN_STAGE, [], "own.txt")
