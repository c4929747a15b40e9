"""Timeliness said in several bodies' words (written for this file; no corpus document holds them):
"on time", "within timescale", "Timeliness (stage 1): 88%", "missed the deadline on 41", "answered outside
the 20 working day target", "within the agreed timescale fell from 91% to 86%", "On-time responses: stage 1
88%, stage 2 74%". SPEC 2: within_target / outside_target as count or percent, at the stage said; a
timescale named as the target is the procedure's response_target_days.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figures

S1, S2 = "stage1", "stage2"


def within(v: float, stage: str | None = None, unit: str = "percent") -> tuple:
    return ("within_target", v, unit, stage)


CASES = [
    ("We answered 88% of stage 1 complaints on time.", {within(88, S1)}),
    ("88% of stage 1 complaints were responded to within timescale.", {within(88, S1)}),
    ("Stage 1 complaints answered within 10 working days: 88%", {within(88, S1)}),
    ("Timeliness (stage 1): 88%", {within(88, S1)}),
    ("We missed the deadline on 41 stage 1 complaints.", {("outside_target", 41, "count", S1)}),
    ("41 stage 1 responses were late.", {("outside_target", 41, "count", S1)}),
    ("41 complaints took longer than the target to answer.", {("outside_target", 41, "count", None)}),
    ("Only 12% of stage 2 complaints were answered outside the 20 working day target.",
     {("outside_target", 12, "percent", S2), ("response_target_days", 20, "working_days", S2)}),
    ("The proportion of complaints answered within the agreed timescale fell from 91% to 86%.", {within(91), within(86)}),
    ("On-time responses: stage 1 88%, stage 2 74%", {within(88, S1), within(74, S2)}),
    ("Response within target: 340 of 386 complaints (88%)",
     {within(340, None, "count"), ("received", 386, "count", None), within(88)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_timeliness_in_other_words(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    assert figures(tmp_path, text) == expected
