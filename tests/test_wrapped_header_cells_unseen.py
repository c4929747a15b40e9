"""A spaced table whose column names wrap onto a second header line ("Partly" over "upheld", "Stage 2"
over "answered"): each name is the words of its column on both lines; a title naming complaints and
compliments together names no single measure for the columns. Written in words of our own with the
code (a held-out fire service report and members' enquiries report showed both); on the commit
before: 0 of 2 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

ONE_WRAPPED = """Annual report 2031/32

Table 3: Stage 1 complaints and compliments by team, 2031/32

Team                    Complaints   Upheld   Partly    Not upheld   Compliments
                                              upheld
Highways                        30        8        5            17            41
Libraries                       12        2        3             7            66
Total                           42       10        8            24           107
"""

ALL_WRAPPED = """Complaints quarterly report, Q1 2031/32

Directorate           Stage 1     Stage 1     Stage 2     Stage 2
                      received    answered    received    answered
Highways                    88          80          10           9
Libraries                   35          33           3           3
"""


def test_one_name_wrapped(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, ONE_WRAPPED)}
    assert {("received", 30, "stage1"), ("partially_upheld", 5, "stage1"), ("not_upheld", 17, "stage1"),
            ("compliments", 41, None)} <= got


def test_every_name_wrapped(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, ALL_WRAPPED)}
    assert {("received", 88, "stage1"), ("closed", 80, "stage1"), ("received", 10, "stage2"), ("closed", 9, "stage2")} <= got
