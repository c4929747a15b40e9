""""Inside" a time limit is "within" it: "88 (61%) stage one complaints were closed inside 5 working days",
"answered inside the target". The sentence is read as if it said "within" (the same length, so every
offset holds); "inside the building" or "inside information" is left as it is.

Written in words of our own after a re-worded dev-real excerpt lost its on-time counts this way; written after
the change and checked to fail on main at 91c4548, the session's base (read there as closed counts).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

from extractor.extract.prose.reading_text import reading_text

TITLE = "Complaints performance, quarter 1 2031/32\n\n"


@pytest.mark.parametrize("sentence, expected", [
    ("88 (61%) stage one complaints were closed inside 5 working days.",
     {("within_target", 88.0, "count", "stage1", "2031/32 Q1"), ("within_target", 61.0, "percent", "stage1", "2031/32 Q1")}),
    ("Inside the target: 40 stage 2 complaints.", {("within_target", 40.0, "count", "stage2", "2031/32 Q1")}),
])
def test_inside_a_time_limit_is_within_it(tmp_path: Path, sentence: str, expected: set) -> None:
    assert expected <= core_keys(tmp_path, TITLE + sentence + "\n")


@pytest.mark.parametrize("sentence", ["Staff inside the building took 12 calls.", "Inside information was shared 3 times."])
def test_inside_anything_else_is_left_alone(sentence: str) -> None:
    assert reading_text(sentence) == sentence
