"""The stage names a report defines (extractor/stage_names.py): examples in words of our own and the
counter-examples each guard (a sentence after "Stage 1 -", who handles a stage, two cells of a table row, a
name given two stages)."""

from __future__ import annotations

import pytest

from extractor.stage_names import defined, in_stage_words, stage_names


@pytest.mark.parametrize(("text", "name", "stage"), [
    ("Stage 1 – Quick Resolution. Tell the department concerned.", "quick resolution", "stage 1"),
    ("Stage Two: Senior Review", "senior review", "stage 2"),
    ("Stage 1 - frontline resolution by the school or service", "frontline resolution", "stage 1"),
    ("Complaints start with a Local Response (Stage 1).", "local response", "stage 1"),
    ("Outcome of formal complaints (stage 2)", "formal complaints", "stage 2"),
])
def test_a_stage_named_is_found(text: str, name: str, stage: str) -> None:
    assert (name, stage) in stage_names([text])


@pytest.mark.parametrize("text", [
    "Stage 1 - we'll reply within 10 working days",           # a sentence, no name
    "Stage 2 – Area Manager",                                  # who handles it, not what it is
    "Outcome               Frontline (Stage 1)",               # two cells of a header row
    "Stage 1 - five review panels were held",                  # a count
    "Stage 3 – Review",                                        # one word: the vocabulary's own reading
])
def test_no_stage_name_is_found(text: str) -> None:
    assert stage_names([text]) == ()


def test_a_name_given_two_stages_names_none() -> None:
    assert stage_names(["Stage 1 – Service Review", "Stage 2 - Service Review"]) == ()


def test_names_are_said_with_their_stage_only_inside_their_document() -> None:
    text = "We logged 640 Quick Resolution cases."
    with defined(["Stage 1 – Quick Resolution."]):
        assert in_stage_words(text) == "We logged 640 stage 1 Quick Resolution cases."
    assert in_stage_words(text) == text


def test_names_before_brackets_are_read_back_from_each_bracket_only() -> None:
    """The name before "(Stage N)" is read back from its bracket: deep in a long text, and never over the
    bracket before it."""
    long_text = "Our procedure has two steps. " * 40 + "It opens with a Local Response (Stage 1) and then a Senior Review (Stage 2)."
    assert stage_names([long_text]) == (("local response", "stage 1"), ("senior review", "stage 2"))
