"""Prose from the seventh batch of held-out reports (a Welsh council, a Scottish NHS board, a
housing association's self-assessment, a committee report), each shape tested in new words and
seen failing on the code before it.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

HEADER = "Feedback and complaints annual review 2030/31\n\n"


def keys(tmp_path: Path, text: str) -> set[tuple]:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + text + "\n", encoding="utf-8")
    return {(r.measure, r.value, r.unit, r.stage, r.period) for r in extract(load(f)) if isinstance(r, Figure)}


def test_against_a_value_the_year_before(tmp_path: Path) -> None:
    got = keys(tmp_path, "Staff logged 530 first stage complaints, against 602 the year before.")
    assert {("received", 530, "count", "stage1", "2030/31"), ("received", 602, "count", "stage1", "2029/30")} <= got


def test_a_stage_title_over_a_paragraph_that_opens_with_a_number(tmp_path: Path) -> None:
    text = ("Stage 2 (review)\n48 complaints were reviewed by a senior manager during the year.\n"
            "Of these, 20 were upheld and 28 were not upheld.\n")
    got = keys(tmp_path, text)
    assert {("upheld", 20, "count", "stage2", "2030/31"), ("not_upheld", 28, "count", "stage2", "2030/31")} <= got


def test_upheld_wholly_or_partly_is_the_combined_outcome(tmp_path: Path) -> None:
    got = keys(tmp_path, "The panel looked at 15 second stage complaints and upheld six of them, wholly or partly.")
    assert ("upheld_or_partially_upheld", 6, "count", "stage2", "2030/31") in got
    assert ("upheld", 6, "count", "stage2", "2030/31") not in got


def test_a_time_counted_from_acknowledgement_is_a_response_time(tmp_path: Path) -> None:
    got = keys(tmp_path, "Second stage - answered within 20 working days of acknowledgement: 81%")
    assert ("within_target", 81, "percent", "stage2", "2030/31") in got


def test_a_count_responded_to(tmp_path: Path) -> None:
    got = keys(tmp_path, "Second stage: 40 logged; 38 responded to.")
    assert ("closed", 38, "count", "stage2", "2030/31") in got


def test_on_time_in_so_many_cases(tmp_path: Path) -> None:
    got = keys(tmp_path, "Replies to first stage complaints went out on time in 640 cases.")
    assert ("within_target", 640, "count", "stage1", "2030/31") in got


def test_a_second_average_with_its_own_subject(tmp_path: Path) -> None:
    got = keys(tmp_path, "On average, first stage replies took 7.5 working days and second stage replies 16.2 working days.")
    assert ("average_response_days", 16.2, "working_days", "stage2", "2030/31") in got
