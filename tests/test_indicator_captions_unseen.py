"""Indicator blocks as performance returns set them out: a long caption in the indicator's own words,
then one short row per stage ("Stage one 5.2"); a label line with its value on the next line; a stage
named with its route ("Stage two (escalated)"), which qualifies the stage and counts nothing of its
own. Written in our own words and probed on main at fb829b6 before the code: 1 of the 6 passed (the
counter-example)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure

DAYS = [("average_response_days", 5.2, "stage1"), ("average_response_days", 18.6, "stage2")]


def figures(tmp_path: Path, body: str) -> list[tuple[str, float, str | None]]:
    return sorted(((f.measure, f.value, f.stage) for f in read_review(tmp_path, body) if isinstance(f, Figure)),
                  key=lambda t: t[1])


@pytest.mark.parametrize("body, expected", [
    # a caption of sixteen words, apart from its rows or right above them
    (("The mean number of working days we took to send a full reply to complaints at each stage\n\n"
     "Stage 1   5.2\nStage 2   18.6"), DAYS),
    (("Measure 4 - the mean number of working days we took to send a full reply to complaints at each stage\n"
     "Stage 1   5.2\nStage 2   18.6"), DAYS),
    # the route in brackets names the stage, the caption the measure
    ("Mean working days to a full reply\nStage one   5.2\nStage two (direct)   18.6\nStage two (escalated)   21.3",
     [*DAYS, ("average_response_days", 21.3, "stage2")]),
    # label and value on two lines; "in 10 working days" is within the timescale as "within" is
    ("Share of first-step complaints replied to in 10 working days\n87%\nNumber of second-step complaints logged\n61",
     [("received", 61.0, "stage2"), ("within_target", 87.0, "stage1")]),
    ("First-step complaints replied to in full within 5 working days (%)\n91%",
     [("within_target", 91.0, "stage1")]),
    # counter-example: a sentence above rows is no caption of theirs
    (("We moved to a new case system in the spring, and the figures below come from it. Staff were trained "
     "in March.\n\nParking   12\nLibraries   7"), []),
])
def test_indicator_blocks(tmp_path: Path, body: str, expected: list) -> None:
    assert figures(tmp_path, body) == expected
