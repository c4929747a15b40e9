"""A label may end with its indicator's code in brackets: a housing regulator's measure ("(TSM CH01)"), a
council's own KPI number ("(KPI 7)"), a dashboard's reference ("(Ind. 4)"). The code's digits are no value:
the label stays a label, and its value is read as the label's. A bracket that holds a count ("(12)") is
no code. Words of our own, written before the change: before it 1 of 4 passed (the counter-example),
after it 4 of 4."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figure_keys


def figures(tmp_path: Path, text: str) -> set[tuple[str, float, str, str | None]]:
    return figure_keys(tmp_path, "Complaints performance, Quarter 3 2031/32\n\n" + text, "codes.txt")


def test_tiles_whose_labels_carry_their_codes(tmp_path: Path) -> None:
    text = ("188\n\n23\n\n91%\n\nComplaints logged at stage one\n(TSM CH01)\n\nComplaints escalated to stage two\n"
            "(TSM CH01)\n\nStage one replies on time\n(TSM CH02)\n\nThe board noted the figures.\n")
    assert figures(tmp_path, text) == {("received", 188.0, "count", "stage1"), ("received", 23.0, "count", "stage2"),
                                       ("within_target", 91.0, "percent", "stage1")}


@pytest.mark.parametrize(("label", "value", "expected"), [
    ("Complaints received at stage 1 (KPI 7)", "312", ("received", 312.0, "count", "stage1")),
    ("Average working days to reply, stage 2 (Ind. 4)", "17.5", ("average_response_days", 17.5, "working_days", "stage2")),
])
def test_a_label_over_its_value_keeps_its_code(tmp_path: Path, label: str, value: str,
                                                expected: tuple[str, float, str, str | None]) -> None:
    assert expected in figures(tmp_path, f"{label}\n{value}\n\nThe next item is staffing.\n")


def test_a_bracketed_count_is_no_code(tmp_path: Path) -> None:
    """"(41)" beside a label is last year's figure or a count of its own, not a code: the label is no label."""
    found = figures(tmp_path, "Compliments received (41)\n57\n\nThe next item is staffing.\n")
    assert ("compliments", 41.0, "count", None) not in found or ("compliments", 57.0, "count", None) not in found
