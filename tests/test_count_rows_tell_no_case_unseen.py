"""A table of counts by outcome copied as text under a title that reads like a record's label ("What the
Ombudsman decided" / its caption / "Full investigations: upheld" / "Full investigations: not upheld" / ...)
tells how many decisions there were, not one case: lines of one label of no known role said twice
("Full investigations: ...") are a list, not one case's record. A row with a case's reference and its verdict is one case. Words of our
own, written with the change (before it, the title, caption and rows were read as one case record, 'not
upheld')."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes


def decisions(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    return [(body, outcome) for body, outcome, _paid in case_outcomes(tmp_path, text, "page.txt")]


def test_a_count_table_by_outcome_is_no_case(tmp_path: Path) -> None:
    text = ("Local Government and Social Care Ombudsman review 2031/32\nWhat the Ombudsman decided\n"
            "What the Ombudsman decided, 2031/32\nFull investigations: upheld\nFull investigations: not upheld\n"
            "Closed after initial enquiries\nTotal\n5\n2\n11\n18\nThe Ombudsman publishes its decisions.\n")
    assert decisions(tmp_path, text) == []


def test_a_case_row_is_a_case(tmp_path: Path) -> None:
    text = ("Local Government and Social Care Ombudsman decisions 2031/32\n\nReference | Subject | Decision\n"
            "31 004 552 | Housing allocations | Not upheld\n31 006 118 | School transport | Upheld\n")
    assert sorted(o for _, o in decisions(tmp_path, text)) == ["not_upheld", "upheld"]
