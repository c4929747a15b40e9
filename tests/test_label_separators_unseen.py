"""A label and its value on one line, joined by whatever the page used: a colon, a dash, an en dash,
an equals sign, a tab or a run of spaces (a web page or a Word table flattened to text). Written for
this file in the wording of a council, a housing association, an NHS trust and a university (no
corpus document holds these lines).

Each line states one figure, the label saying what it counts; a line alone between blank lines is
still a label and its value, not a table of one row. Counter-examples: a page or appendix number, a
target, a version, a date after a dash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figures, received

S1, S2 = "stage1", "stage2"


LINES = [
    ("Complaints received - 310", {received(310)}),
    ("Complaints received – 310", {received(310)}),
    ("Complaints received = 310", {received(310)}),
    ("Complaints received\t310", {received(310)}),
    ("Number of complaints\t 1,062", {received(1062)}),
    ("Concerns and complaints logged — 742", {received(742)}),
    ("Stage 1 complaints upheld - 57", {("upheld", 57, "count", S1)}),
    ("Stage 2 reviews: 44", {received(44, S2)}),
    ("Requests for a stage 2 review: 44", {received(44, S2)}),
    ("Number of compliments\t310", {("compliments", 310, "count", None)}),
    ("Complaints received\t310\n\nComplaints upheld\t98", {received(310), ("upheld", 98, "count", None)}),
    ("Stage one complaints closed within 10 working days - 81%", {("within_target", 81, "percent", S1)}),
    ("Total complaints received this year 688", {received(688)}),
    ("Formal complaints (stage 1) 289", {received(289, S1)}),
    # counter-examples
    ("Complaints policy - version 3", set()),
    ("Appendix 2 - 12 pages", set()),
    ("Stage 1 response target - 95%", set()),
    ("Complaints annual report - 2029", set()),
    ("Page 4 - 12", set()),
]


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_a_label_and_its_value_on_one_line(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    assert figures(tmp_path, text) == expected
