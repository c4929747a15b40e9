"""A page's title, a heading and a caption stacked over a list or table with no blank line between
them: the caption nearest the rows says what they measure, a quarter in the title's last words dates
the column, a row named by the escalation route alone measures what the caption does, and rows of
acknowledgements or reopened cases are no figures; a list item after a share in brackets keeps the
list's measure. Own words, written before the code; probed on main at c122e63: 2 of 5 passed, 5 of 5
after."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import CoreKey, core_keys

CASES = [
    (("Complaints handling report 2031/32\nMeasure Three: how many complaints were closed at each stage\n"
     "Stage One: 1,874\nStage Two: 142\n"),
     {("closed", 1874, "count", "stage1", "2031/32"), ("closed", 142, "count", "stage2", "2031/32")},
     {("received", 1874, "count", "stage1", "2031/32")}),
    (("Complaints handling report 2031/32\nMeasure 5\nMean working days taken to reply\nStage 1    7.2\nStage 2    19.6\n"
     "Escalated  23.0\n"),
     {("average_response_days", 7.2, "working_days", "stage1", "2031/32"),
      ("average_response_days", 23.0, "working_days", "stage2", "2031/32")},
     {("received", 23, "count", "stage2", "2031/32")}),
    (("Patient feedback paper Q2 2031/32\nFormal complaints received               204\n"
     "Complaints acknowledged inside 3 days      95%\nComplaints reopened                         9\n"),
     {("received", 204, "count", "stage1", "2031/32 Q2")},
     {("received", 95, "percent", "stage1", "2031/32 Q2"), ("received", 9, "count", "stage1", "2031/32 Q2"),
      ("received", 204, "count", "stage1", "2031/32")}),
    ("Complaints report 2031/32\nWe logged 980 complaints. First stage: 871 (89%); second stage: 109 (11%).\n",
     {("received", 109, "count", "stage2", "2031/32"), ("received", 11, "percent", "stage2", "2031/32")}, set()),
    # counter-example: an escalation count under a caption of counts stays a count of complaints escalated
    ("Complaints report 2031/32\nComplaints by stage\nStage 1    640\nEscalated   55\n",
     {("received", 55, "count", "stage2", "2031/32")}, set()),
]


@pytest.mark.parametrize("text, wanted, unwanted", CASES)
def test_stacked_captions(tmp_path: Path, text: str, wanted: set[CoreKey], unwanted: set[CoreKey]) -> None:
    got = core_keys(tmp_path, text)
    assert wanted <= got, sorted(wanted - got)
    assert not unwanted & got, sorted(unwanted & got)
