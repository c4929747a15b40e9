"""An ombudsman's outcome counts a web page sets one to a line, cells run together ("Premature14", "Discontinued1") are a count
list, not a table of cases: no decision comes of a row whose every cell is words and a count. Own words,
written before the code (main at d06c78d): before the change the page gave decisions (its counts read as a
case table's rows) and the counter-example passed; after it both pass."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

PAGE = """Public Services Ombudsman for Wales - annual letter about Cwm Arian Council, 2031/32

Complaints the Ombudsman closed

Complaint outcomes

OutcomeCwm Arian Council
Out of jurisdiction6
Premature12
Closed after initial consideration15
Early resolution/voluntary settlement8
Discontinued1
Other report - not upheld2
Other report - upheld in whole or in part1
Total45
"""


def test_outcome_count_blocks_are_no_cases(tmp_path: Path) -> None:
    assert case_outcomes(tmp_path, PAGE) == []


def test_a_table_of_cases_one_cell_a_block_still_reads(tmp_path: Path) -> None:
    """Counter-example: cells of cases, a reference and a verdict among them, stay cases."""
    text = ("Public Services Ombudsman for Wales - reports about Cwm Arian Council\n\nCase\n\nSubject\n\nOutcome\n\n"
            "202301177\n\nDamp in a council home\n\nUpheld\n\n202301342\n\nA school transport appeal\n\nNot upheld\n")
    assert [o for _, o, _ in case_outcomes(tmp_path, text)] == ["upheld", "not_upheld"]
