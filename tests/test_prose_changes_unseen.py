"""Held-out sentences that state a change as "from A to B", a series of values each with its own
year, or a share with its count in brackets: each number is a figure, and the period each one
belongs to is part of what is read (A is the year before, B the report's own year).

Every row was written for this file, before the code that reads it, in words no corpus document
holds. The session note reports how many passed before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

HEADER = "Annual review of complaints 2030/31\n\n"
NOW, BEFORE = "2030/31", "2029/30"
S1, S2, OMB = "stage1", "stage2", "ombudsman"


def figures(tmp_path: Path, text: str) -> set[tuple]:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + text + "\n", encoding="utf-8")
    return {(r.measure, r.value, r.unit, r.stage, r.period) for r in extract(load(f)) if isinstance(r, Figure)}


ROWS = [
    ("Complaints about the council fell from 410 to 362 over the year.",
     {("received", 410, "count", None, BEFORE), ("received", 362, "count", None, NOW)}),
    ("Compliments went up by 12%, from 150 to 168.",
     {("compliments", 150, "count", None, BEFORE), ("compliments", 168, "count", None, NOW)}),
    ("The number of stage two complaints dropped sharply, from 64 to 41.",
     {("received", 64, "count", S2, BEFORE), ("received", 41, "count", S2, NOW)}),
    ("Complaints taken to the Ombudsman rose by 20% from 10 to 12.",
     {("received", 10, "count", OMB, BEFORE), ("received", 12, "count", OMB, NOW)}),
    ("We received 512 complaints in 2028/29, 540 in 2029/30 and 498 in 2030/31.",
     {("received", 512, "count", None, "2028/29"), ("received", 540, "count", None, BEFORE),
      ("received", 498, "count", None, NOW)}),
    ("Of the 300 stage one complaints, 87% (261) were answered on time.",
     {("within_target", 87, "percent", S1, NOW), ("within_target", 261, "count", S1, NOW)}),
    ("The average time to reply fell from 14 days to 11 days.",
     {("average_response_days", 14, "days", None, BEFORE), ("average_response_days", 11, "days", None, NOW)}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_changes_series_and_shares(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    got = figures(tmp_path, text)
    assert expected <= got, f"missing {expected - got}; got {got}"


def test_a_change_in_percentage_points_is_no_figure_of_its_own(tmp_path: Path) -> None:
    """"rose by 20%" is the change, not a share of complaints."""
    got = figures(tmp_path, "Complaints taken to the Ombudsman rose by 20% from 10 to 12.")
    assert not [f for f in got if f[1] == 20]


def test_a_lead_in_naming_the_year_compared_with_is_not_the_lines_own(tmp_path: Path) -> None:
    """ "rose compared with 2029/30:" over bullet lines: the year named is the one compared with;
    the lines' new values are the report's own year. (Written after the fix it pins.)"""
    text = "Our headline numbers rose compared with 2029/30:\n\n- complaints by 9% from 300 to 327\n"
    got = figures(tmp_path, text)
    assert {("received", 300, "count", None, BEFORE), ("received", 327, "count", None, NOW)} <= got, got


def test_a_share_before_its_count_in_brackets(tmp_path: Path) -> None:
    """ "40% (12 complaints) concerned ...": the share is of what its count counts."""
    got = figures(tmp_path, "What our complaints were about:\n\n- 40% (12 complaints) concerned noise from neighbours.\n")
    assert {("received", 12, "count", None, NOW), ("received", 40, "percent", None, NOW)} <= got, got


MORE = [
    ("Over the quarter we answered 300 stage one complaints, 90% of them (270) on time.",
     {("within_target", 90, "percent", S1, NOW), ("within_target", 270, "count", S1, NOW)}),
    ("We logged 210 complaints in 2028/29; 230 in 2029/30; 205 in 2030/31.",
     {("received", 210, "count", None, "2028/29"), ("received", 230, "count", None, BEFORE),
      ("received", 205, "count", None, NOW)}),
]


@pytest.mark.parametrize(("text", "expected"), MORE, ids=[r[0][:50] for r in MORE])
def test_shares_of_them_and_series_by_semicolons(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    got = figures(tmp_path, text)
    assert expected <= got, f"missing {expected - got}; got {got}"
