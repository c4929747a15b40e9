"""False failures a report author would get on a report whose arithmetic holds (issue 14), written in
words of our own before the change that stops them, each beside the real error of the same shape
that must still fail:

- a count received, then the outcomes of the complaints closed in the year, told apart: some closed
  were received the year before and some received are still open, so they need not add up (a
  mismatch may warn, never fail); a count the text says was handled ("dealt with") is what the
  outcomes split, so a mismatch there still fails;
- "up from" after a count whose words hold a stage number ("2,611 stage 2 reviews, up from 2,305")
  or a year ("logged in 2031-32, up from 58"): the stage's or the year's digits are no value;
- "within 15 working days, compared with 40 (74%)": a time limit and a count are no two values of
  one change, and a bare share in brackets after a count is that count's share, no change."""

from __future__ import annotations

from pathlib import Path

from extractor import check, load
from extractor.models import Check


def checks_of(tmp_path: Path, text: str) -> list[Check]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return list(check(load(path)))


def failures(tmp_path: Path, text: str) -> list[Check]:
    return [c for c in checks_of(tmp_path, text) if c.status == "fail"]


RECEIVED_THEN_CLOSED = """Harlow Cross Trust - complaints annual summary 2031/32

We received 418 complaints in 2031/32.

Outcomes of complaints closed in 2031/32
Upheld                 97
Partly upheld         141
Not upheld            166
Withdrawn              21
"""


def test_outcomes_of_the_closed_complaints_told_apart_from_a_count_received_never_fail(tmp_path: Path) -> None:
    got = [c for c in checks_of(tmp_path, RECEIVED_THEN_CLOSED) if c.rule == "outcome_sum"]
    assert [(c.status, c.stated, c.expected) for c in got] == [("warn", 418.0, 425.0)]


HANDLED_THEN_OUTCOMES = """Harlow Cross Trust - complaints annual summary 2031/32

We dealt with 418 complaints in 2031/32.

Outcomes
Upheld                 97
Partly upheld         141
Not upheld            166
Withdrawn              21
"""


def test_outcomes_that_overrun_the_complaints_dealt_with_still_fail(tmp_path: Path) -> None:
    got = [c for c in failures(tmp_path, HANDLED_THEN_OUTCOMES) if c.rule == "outcome_sum"]
    assert [(c.stated, c.expected) for c in got] == [(418.0, 425.0)]


def test_a_stage_number_before_up_from_is_no_value(tmp_path: Path) -> None:
    ok = "Reviews 2031/32\n\nIn 2031/32 the board carried out 2,611 stage 2 reviews, up from 2,305 in 2030/31.\n"
    wrong = "Reviews 2031/32\n\nIn 2031/32 the board carried out 2,611 stage 2 reviews, down from 2,305 in 2030/31.\n"
    assert not failures(tmp_path, ok)
    assert [c.rule for c in failures(tmp_path, wrong)] == ["stated_change"]


def test_a_year_before_up_from_is_no_value(tmp_path: Path) -> None:
    text = "Compliments\n\nSeventy-two compliments were logged in 2031-32, up from 58 the year before.\n"
    assert not failures(tmp_path, text)


def test_a_time_limit_and_a_count_with_its_share_are_no_change(tmp_path: Path) -> None:
    text = ("Appeals 2031/32\n\n44 of the 52 appeals (85%) were decided within 15 working days, compared with "
            "40 (74%) in 2030/31.\n")
    assert not [c for c in failures(tmp_path, text) if c.rule == "stated_change"]


def test_a_change_in_brackets_after_from_and_to_is_still_judged(tmp_path: Path) -> None:
    wrong = "Appeals 2031/32\n\nAppeals fell from 40 to 52 (-30%) over the year.\n"
    assert [c.rule for c in failures(tmp_path, wrong) if c.rule == "stated_change"]


# ------------------------------------------------------------------ seen in held-out batch 13, in words of our own


def test_a_change_is_judged_though_the_sentence_dates_its_meeting(tmp_path: Path) -> None:
    text = ("Complaints\n\nA paper to the panel on Monday (March 16) showed 2,611 first stage complaints in 2031/32, "
            "a rise of 31 per cent on the 2,305 logged in 2030/31.\n")
    got = [(c.rule, c.status) for c in checks_of(tmp_path, text) if c.rule == "stated_change"]
    assert ("stated_change", "fail") in got  # 2,305 to 2,611 is a rise of 13.3%


def test_quarters_in_brackets_split_the_count_before_them(tmp_path: Path) -> None:
    wrong = "Reviews\n\nForty-one reviews were requested (Q1: 19; Q2: 23).\n"
    right = "Reviews\n\nForty-two reviews were requested (Q1: 19; Q2: 23).\n"
    part_year = "Reviews\n\nWe logged 97 reviews this year (Q1: 19; Q2: 23).\n"
    assert [(c.rule, c.status) for c in failures(tmp_path, wrong)] == [("period_sum", "fail")]
    assert [(c.rule, c.status) for c in checks_of(tmp_path, right) if c.rule == "period_sum"] == [("period_sum", "pass")]
    assert not failures(tmp_path, part_year)  # two quarters of a year's total: it may only warn


def test_shares_of_a_whole_the_sentence_names_use_that_whole(tmp_path: Path) -> None:
    text = ("Outcomes\n\nOf the 500 complaints we decided in 2031/32, 130 (26.0%) were upheld, 90 (18.0%) were partly upheld "
            "and 250 (50.0%) were not upheld. A further 30 were withdrawn.\n")
    assert not failures(tmp_path, text)
