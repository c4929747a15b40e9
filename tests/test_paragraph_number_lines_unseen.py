"""A committee report's paragraph numbers printed on lines of their own ("4.3" / "" / "Table 2 sets out
..."), as a browser or a PDF converter prints a Word report's numbered paragraphs, are the report's
structure, not values: the one after a table must not join the table's cells and leave it unread. A table
whose caption, label column's name and row labels make one paragraph over its columns printed one after
another ("Stage 1" / "51" / "88" / ...) is read by its row labels, not by the paragraph's words. Two decimals
in order under their labels ("... at Stage 1" / "4.3" / "... at Stage 2" / "4.4") stay values. Own words,
written before the change; probed on main at 05d9207: 1 of 4 passed (the counter-example), 4 of 4 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys

OUTCOME_TABLE = ("Table 2: Outcome of complaints closed 2031/32\nResult\nUpheld\nNot upheld\nTotal closed\n\n"
                 "Stage 1\n51\n88\n139\n\nStage 2\n9\n14\n23\n\n")
OUTCOMES = {("upheld", 51.0, "count", "stage1", "2031/32"), ("not_upheld", 88.0, "count", "stage1", "2031/32"),
            ("closed", 139.0, "count", "stage1", "2031/32"), ("upheld", 9.0, "count", "stage2", "2031/32"),
            ("not_upheld", 14.0, "count", "stage2", "2031/32"), ("closed", 23.0, "count", "stage2", "2031/32")}

CASES = [
    (("Harrowfield Borough Council - Audit Committee\n\n3.\n\nCOMPLAINTS CLOSED IN 2031/32\n\n3.1\n\n"
      "The Council closed more complaints than in any year since the policy began.\n\n3.2\n\n"
      "Table 2 sets out the outcome of complaints closed during the year.\n\n" + OUTCOME_TABLE +
      "3.3\n\nThe Complaints Team will report again to the Committee in the autumn.\n"),
     OUTCOMES),
    (("Wendle Valley Council - Scrutiny Panel report\n\n2.1\n\nThis report covers complaints closed in "
      "2031/32 under the two-stage procedure.\n\n2.2\n\n" + OUTCOME_TABLE +
      "2.3\n\nOfficers will bring the next report in the spring.\n\n3.\n\nRECOMMENDATIONS\n\n3.1\n\n"
      "That the Panel notes the report.\n"),
     OUTCOMES),
    # no paragraph numbers: the caption, label column's name and row labels right under the title
    ("Harrowfield Borough Council - complaints 2031/32\n\n" + OUTCOME_TABLE + "Both stages improved.\n", OUTCOMES),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_paragraph_number_lines_are_no_cells(tmp_path: Path, text: str, expected: set) -> None:
    keys = core_keys(tmp_path, text)
    assert {k for k in keys if k[0] in ("upheld", "not_upheld", "closed")} == expected


def test_two_decimals_in_order_under_their_labels_stay_values(tmp_path: Path) -> None:
    text = ("Harrowfield Borough Council - complaints 2031/32\n\nAverage working days to respond at Stage 1\n\n4.3\n\n"
            "Average working days to respond at Stage 2\n\n4.4\n\nBoth stages were answered within their targets.\n")
    keys = core_keys(tmp_path, text)
    assert {(k[1], k[3]) for k in keys if k[0] == "average_response_days"} == {(4.3, "stage1"), (4.4, "stage2")}
