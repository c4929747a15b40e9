"""A second count said only with its noun shares the verb of the first: "We upheld 40 stage 1 complaints and
8 stage 2 complaints" (8 upheld, not received), "We answered 151 Stage 1 complaints (85.8%) within 5 working
days and 27 Stage 2 complaints (79.4%)" (27 on time, and each share the count's, though a stage's digit
stands between the count and its bracket).

Written before the change in words of our own; on main at d7e1935: 2 of 6 figures right (the first counts);
after, 6 of 6. A second count with a verb of its own keeps it, before and after."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import figure_keys

TITLE = "Complaints annual report 2031/32\n\n"


def test_the_second_outcome_count_shares_the_verb(tmp_path: Path) -> None:
    got = figure_keys(tmp_path, TITLE + "We upheld 40 stage 1 complaints and 8 stage 2 complaints.\n")
    assert {("upheld", 40.0, "count", "stage1"), ("upheld", 8.0, "count", "stage2")} <= got


def test_counts_answered_in_time_and_their_shares(tmp_path: Path) -> None:
    got = figure_keys(tmp_path, TITLE + "We answered 151 Stage 1 complaints (85.8%) within 5 working days and 27 Stage 2 "
                      "complaints (79.4%).\n")
    assert {("within_target", 151.0, "count", "stage1"), ("within_target", 85.8, "percent", "stage1"),
            ("within_target", 27.0, "count", "stage2"), ("within_target", 79.4, "percent", "stage2")} <= got


def test_a_second_count_with_its_own_verb_keeps_it(tmp_path: Path) -> None:
    got = figure_keys(tmp_path, TITLE + "We upheld 40 stage 1 complaints and received 8 stage 2 complaints.\n")
    assert ("received", 8.0, "count", "stage2") in got and ("upheld", 8.0, "count", "stage2") not in got


def test_a_second_average_named_by_its_stage_before_it(tmp_path: Path) -> None:
    # 5fa0c21: the 17.5 was not read (the next item's words "stage 2 complaints in" were one word too many)
    got = figure_keys(tmp_path, TITLE + "On average we answered stage 1 complaints in 8.2 working days and stage 2 "
                      "complaints in 17.5 working days.\n")
    assert {("average_response_days", 8.2, "working_days", "stage1"), ("average_response_days", 17.5, "working_days", "stage2")} <= got


def test_a_timescale_after_the_second_count_is_said_of_both(tmp_path: Path) -> None:
    # ab9bbf2: the 300 was read as closed (answered), the 41 as answered in time
    got = figure_keys(tmp_path, TITLE + "We answered 300 stage 1 complaints and 41 stage 2 complaints within the timescale.\n")
    assert {("within_target", 300.0, "count", "stage1"), ("within_target", 41.0, "count", "stage2")} <= got


def test_a_count_answered_with_no_timescale_stays_closed(tmp_path: Path) -> None:
    got = figure_keys(tmp_path, TITLE + "We answered 300 stage 1 complaints and 41 stage 2 complaints.\n")
    assert ("closed", 300.0, "count", "stage1") in got
