"""Layouts of text cut from a report's page with no blank lines kept: a title run into the caption and
rows below it, indicator codes with a bracketed sub-number, rows that give last year's value in
brackets under a title that says so, values printed over their labels, a second stage's row under a
caption naming the unit, a label-colon value with an earlier year's value in brackets. Own words,
written before the code; probed on main at 6c94f1a: 6 of 11 passed (counter-examples, and
indicator rows the old reader already read), 11 of 11 after; the line test below failed there too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import CoreKey, core_keys, report_figures

CASES = [
    # a title line run into a caption and a table of quarters: the title's year dates the quarters
    (("Enquiries and complaints monitoring 2031/32\nTable 2: complaints received by directorate\n"
     "Directorate            Q1    Q2    Q3\nResources              14    17    12\nCommunities            40    38    45\n"),
     {("received", 17, "count", None, "2031/32 Q2"), ("received", 45, "count", None, "2031/32 Q3")}, set()),
    # counter-example: a headline that states a figure is no title; the file gives no year either
    (("Borough sees 18% rise in complaints in 2031/32\nThe borough logged 240 complaints between April and "
     "September 2032.\n"), {("received", 240, "count", None, "2032/33 H1")}, set()),
    # tenant satisfaction measure codes: "(1)" and "(2)" number the measure, they count nothing
    (("Landlord performance 2031/32\nComplaints\n"
     "CH01 (1) Stage one complaints logged in the year per 1,000 homes let   27.5\n"
     "CH02 (1) Share of stage one complaints that were answered inside the timescale the Code sets   68.5%\n"
     "CH02 (2) Share of stage two complaints that were answered inside the timescale the Code sets   59%\n"),
     {("within_target", 68.5, "percent", "stage1", "2031/32"), ("within_target", 59, "percent", "stage2", "2031/32")},
     {("received", 1, "count", None, "2031/32"), ("received", 2, "count", None, "2031/32")}),
    (("Housing services report 2031/32\nCH01 (1) Stage one complaints per 1,000 homes   22.4\n"
     "CH01 (2) Stage two complaints per 1,000 homes   3.9\n"), set(),
     {("received", 1, "count", "stage1", "2031/32"), ("received", 2, "count", "stage2", "2031/32"),
      ("received", 1, "count", None, "2031/32"), ("received", 2, "count", None, "2031/32")}),
    (("Tenant measures 2031/32\nCH01 (1) Number of stage one complaints received per 1,000 homes   31.7\n"
     "CH01 (2) Number of stage two complaints received per 1,000 homes   4.2\n"), set(),
     {("received", 1, "count", "stage1", "2031/32"), ("received", 2, "count", "stage2", "2031/32"),
      ("received", 1, "count", None, "2031/32"), ("received", 2, "count", None, "2031/32")}),
    (("Tenant measures return 2031/32\nHandling of complaints\n"
     "CH01 (1) Count of stage one complaints received for every 1,000 homes we let   19.3\n"
     "CH02 (2) Proportion of stage two complaints responded to inside the timescales the Code sets out   83.5%\n"),
     {("within_target", 83.5, "percent", "stage2", "2031/32")},
     {("received", 1, "count", "stage1", "2031/32"), ("received", 2, "count", None, "2031/32"),
      ("received", 1, "count", None, "2031/32"), ("received", 2, "count", "stage2", "2031/32")}),
    # two stages' rows under a caption that names the unit
    ("Performance 2031/32\nMeasure 6: mean working days taken to give a full reply to a complaint\nStage 1    6.4 days\nStage 2    18.9 days\n",
     {("average_response_days", 6.4, "working_days", "stage1", "2031/32"),
      ("average_response_days", 18.9, "working_days", "stage2", "2031/32")}, set()),
    # rows with last year's value in brackets, the title saying so, no header row
    (("Complaints logged by service 2031/32 (2030/31 shown in brackets)\nParks and Open Spaces     33 (41)\n"
     "Licensing                 12 (9)\nBuilding Control           7 (11)\n"),
     {("received", 33, "count", None, "2031/32"), ("received", 41, "count", None, "2030/31"),
      ("received", 7, "count", None, "2031/32"), ("received", 11, "count", None, "2030/31")}, set()),
    # values printed over their labels, no blank lines: each label says what the number above it counts
    ("Our year at a glance 2031/32\n2,318\ncomplaints logged\n74%\nanswered on time\n906\ncompliments\n",
     {("received", 2318, "count", None, "2031/32"), ("within_target", 74, "percent", None, "2031/32"),
      ("compliments", 906, "count", None, "2031/32")},
     {("received", 74, "percent", None, "2031/32"), ("within_target", 906, "count", None, "2031/32")}),
    # counter-example: labels over their values, no blank lines
    ("Our year at a glance 2031/32\nComplaints logged\n2,318\nCompliments received\n906\n",
     {("received", 2318, "count", None, "2031/32"), ("compliments", 906, "count", None, "2031/32")}, set()),
    # a stage's label, a colon, its value, and last year's in brackets with its year
    ("Complaints summary 2031/32\nStage 1: 640 (2030/31: 602)\nStage 2: 71 (2030/31: 80)\nOmbudsman: 12 (2030/31: 9)\n",
     {("received", 640, "count", "stage1", "2031/32"), ("received", 12, "count", "ombudsman", "2031/32"),
      ("received", 9, "count", "ombudsman", "2030/31")}, set()),
]


@pytest.mark.parametrize("text, wanted, unwanted", CASES)
def test_page_cut_layouts(tmp_path: Path, text: str, wanted: set[CoreKey], unwanted: set[CoreKey]) -> None:
    got = core_keys(tmp_path, text)
    assert wanted <= got, sorted(wanted - got)
    assert not unwanted & got, sorted(unwanted & got)


def test_pair_under_run_in_title_is_read_once_at_its_line(tmp_path: Path) -> None:
    """A "label - value" line with the title run into it: one figure, on the value's line (on 6c94f1a two,
    one of them on the title's line)."""
    text = "Complaints digest 2031/32\nMean days to reply at stage 2 – 19 days (target 20)\n"
    got = [(f.line, f.measure, f.value) for f in report_figures(tmp_path, text, "page.txt")]
    assert got == [(2, "average_response_days", 19)]
