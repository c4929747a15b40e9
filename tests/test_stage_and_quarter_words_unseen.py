"""Stage and quarter words around a count. A count that some of its complaints left for a later stage stays
the count it was: "We received 640 complaints, of which 51 were escalated to the second stage" leaves the 640
at no stage, however the later stage is named (a number, an ordinal, "the next stage", "the final stage").
Words of our own; see the commit messages for how many passed before and after."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure


def figures(tmp_path: Path, text: str) -> list[Figure]:
    """The figures read from a short report written to a file."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [f for f in extract(load(path)) if isinstance(f, Figure)]


CASES = [
    ("We received 640 complaints, of which 51 were escalated to the second stage.", 640.0, 51.0),
    ("The housing team logged 1,120 complaints; 88 of them went on to the next stage of the procedure.", 1120.0, 88.0),
    ("In all, 233 complaints reached us and 19 were referred to the final stage.", 233.0, 19.0),
    ("We received 412 complaints. 37 of these were escalated to stage two.", 412.0, 37.0),
]


@pytest.mark.parametrize(("sentence", "whole", "moved"), CASES)
def test_the_whole_keeps_no_stage_when_some_of_it_moved_on(tmp_path: Path, sentence: str, whole: float, moved: float) -> None:
    got = {(f.measure, f.value): f.stage for f in figures(tmp_path, f"Complaints report 2043/44\n\n{sentence}\n")}
    assert got.get(("received", whole), "missing") is None
    assert got.get(("received", moved)) not in (None, "stage1")


def test_a_total_said_again_without_its_noun_keeps_its_stage(tmp_path: Path) -> None:
    # "Of the eleven, ..." restates the eleven that went to stage 2, though the paragraph also speaks of formal complaints
    got = {(f.measure, f.value): f.stage for f in figures(
        tmp_path, "Complaints report 2043/44\n\nThe board dealt with 58 formal complaints in 2043/44. Eleven of them were "
        "escalated to stage 2. Of the eleven, four were upheld and seven were not.\n")}
    assert got.get(("upheld", 4.0)) == "stage2"
    assert got.get(("not_upheld", 7.0)) == "stage2"


def test_a_count_right_after_a_quarter_named_by_its_ordinal_is_a_count(tmp_path: Path) -> None:
    # "In the third quarter 96 complaints ..." (no comma): the 96 counts, it names no quarter
    got = {(f.measure, f.value, f.period) for f in figures(
        tmp_path, "Performance summary 2044/45\n\nIn the third quarter 96 complaints were received.\n")}
    assert ("received", 96.0, "2044/45 Q3") in got


def test_quarters_said_by_a_bare_ordinal_after_the_first_are_counted_each_in_its_quarter(tmp_path: Path) -> None:
    # "..., 77 in the second and 90 in the third": the quarter is left to the first one named
    got = {(f.measure, f.value, f.period) for f in figures(
        tmp_path, "Performance summary 2045/46\n\nThe housing service logged 84 complaints in the first quarter, 77 in "
        "the second and 90 in the third.\n")}
    assert {("received", 84.0, "2045/46 Q1"), ("received", 77.0, "2045/46 Q2"), ("received", 90.0, "2045/46 Q3")} <= got


def test_the_phso_s_own_investigations_are_at_the_ombudsman_stage(tmp_path: Path) -> None:
    got = {(f.measure, f.value): f.stage for f in figures(
        tmp_path, "Patient experience report 2045/46\n\nThe PHSO took on 5 of our cases for investigation and upheld 2.\n")}
    assert got.get(("received", 5.0)) == "ombudsman"
    assert got.get(("upheld", 2.0)) == "ombudsman"


def test_a_rate_per_thousand_said_as_a_change_is_a_rate(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit) for f in figures(
        tmp_path, "Annual report 2045/46\n\nComplaints per 1,000 tenancies rose to 27.4 this year.\n")}
    assert ("received", 27.4, "per_1000") in got


def test_other_casework_in_one_clause_leaves_the_complaints_of_the_next(tmp_path: Path) -> None:
    got = {(f.measure, f.value) for f in figures(
        tmp_path, "Annual report 2045/46\n\nThe monitoring officer dealt with 41 complaints about members under the code "
        "of conduct, and the council received 2,260 complaints about its services; of the latter, 630 were "
        "upheld.\n")}
    assert ("received", 2260.0) in got
    assert not {g for g in got if g[1] == 41.0}


def test_the_figure_of_an_earlier_period_said_as_the_figure_was(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period) for f in figures(
        tmp_path, "Annual complaints report 2046/47\n\nWe received 1,088 complaints in 2046/47. The year before, the "
        "figure was 1,151.\n")}
    assert {("received", 1088.0, "2046/47"), ("received", 1151.0, "2045/46")} <= got
