"""Counts in brackets after a total, each with the months it covers: "389 complaints in the half year (186 in
April to June and 203 in July to September)". The bracket's counts count the same thing in their months.

Written before the change in words of our own; on main at c1ff630 the two counts were not read (a month was
no period a bracketed count could name); after, both, dated by their quarters. A bracket of a count with no
period stays unread, before and after."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TITLE = "Complaints report, first half of 2031/32\n\n"


def test_bracketed_counts_of_month_ranges(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period) for f in report_figures(
        tmp_path, TITLE + "We received 389 complaints in the half year (186 in April to June and 203 in July to September).\n")}
    assert {("received", 186.0, "2031/32 Q1"), ("received", 203.0, "2031/32 Q2")} <= got


def test_a_bracketed_number_with_no_period_is_not_a_count(tmp_path: Path) -> None:
    got = {(f.measure, f.value) for f in report_figures(
        tmp_path, TITLE + "We received 389 complaints in the half year (see section 4 and annex 2).\n")}
    assert ("received", 4.0) not in got and ("received", 2.0) not in got
