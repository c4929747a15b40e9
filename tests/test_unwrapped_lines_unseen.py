"""A web page copied to text keeps one line per paragraph, however long, and no blank line anywhere: a
line ends where its paragraph ends. Such a line must not run on into the cells of a table set one per
line below it. Written in our own words before the loader knew unwrapped text from wrapped text.
Before: 0 of 2 passed; after: 2 of 2 (the memo's test was written after the cover change it pins)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """\
Westerfold Council
Home / Council and democracy / Complaints
How we handled complaints: April to June 2031
Every quarter we publish how quickly we answered complaints made under our two-stage procedure, what we found, and what we changed as a result, so that residents can compare our performance over time.
Most complaints are answered at stage 1, where the service involved has five working days to reply; if you are still unhappy a senior officer investigates at stage 2 within twenty working days.
Measure
Stage 1
Stage 2
Complaints closed
212
19
Upheld
64
7
Average working days to close
4.6
17.9
If you need this page in another format, please contact us.
"""


def test_a_long_line_is_a_paragraph_of_its_own_above_cells_one_per_line(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, PAGE)}
    assert {("closed", 212.0, "stage1"), ("closed", 19.0, "stage2"), ("upheld", 64.0, "stage1"),
            ("upheld", 7.0, "stage2"), ("average_response_days", 4.6, "stage1"),
            ("average_response_days", 17.9, "stage2")} <= got
    assert ("closed", 212.0, "stage2") not in got


MEMO = """\
Brackwater Borough Council

Standards and Audit Committee, 9 May 2034

Report of the Customer Experience Manager

Subject: Yearly review of complaints, 2033/34

Timeliness

At stage 1, 288 of 320 replies went out on time (90%), and at stage 2 we met the deadline for 30 of 41.
"""


def test_a_memo_s_subject_line_says_what_the_whole_report_is_about(tmp_path: Path) -> None:
    # the fourth block names complaints; the paragraph itself only says "replies"
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, MEMO)}
    assert {("within_target", 288.0, "stage1"), ("within_target", 90.0, "stage1")} <= got
