"""Complaints "escalated" from the first stage are at the second, named by that word alone: an SPSO-style
table's "Escalated" column beside "Stage 1" and "Stage 2", an indicator "Escalated complaints closed
within 20 working days", a sentence about "escalated complaints". Complaints escalated to an ombudsman
stay the ombudsman's. Seen failing in held-out batch 13; written in words of our own before the change."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures


def figures(tmp_path: Path, text: str) -> set[tuple[str, float, str | None]]:
    return {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, text)}


TABLE = """Complaints performance 2031/32

Outcomes of complaints closed

Outcome        Stage 1    Stage 2    Escalated
Upheld             140         12           17
Not upheld         301         25           33
"""


def test_an_escalated_column_is_the_second_stage(tmp_path: Path) -> None:
    got = figures(tmp_path, TABLE)
    assert {("upheld", 17.0, "stage2"), ("not_upheld", 33.0, "stage2"), ("upheld", 140.0, "stage1")} <= got


def test_escalated_complaints_in_a_sentence_are_the_second_stage_and_the_ombudsman_s_stay_its(tmp_path: Path) -> None:
    got = figures(tmp_path, "Timeliness 2031/32\n\nThe target was met for 61% of escalated complaints.\n\n"
                            "Complaints escalated to the Ombudsman numbered 9.\n")
    assert ("within_target", 61.0, "stage2") in got
    assert not {x for x in got if x[1] == 9.0 and x[2] == "stage2"}


def test_complaints_taken_on_to_a_full_investigation_are_the_next_stage_s(tmp_path: Path) -> None:
    got = figures(tmp_path, "Complaints 2031/32\n\nWe received 140 complaints at stage 1. Of these, 48 went on to a "
                            "full investigation.\n")
    assert ("received", 48.0, "stage2") in got
