"""A list of categories and counts copied without bullets, tabs or colons ("carers 64" / "young people 29" /
"social workers 11") under its caption: each line is a row of its own, never the caption's sentence wrapped on,
whatever the caption opens with (its paragraph number, "2.5 Who raised the stage 1 complaints"). Three such lines
in a row make the list; a sentence wrapped on to lines that end with numbers is none.

Written before the code, in words of our own (2026-12-08): 1 of 2 captions read whole before (the numbered one
ran its items into its sentence and lost them), 2 after; the wrapped sentence (first written as one the reader
reads as nothing at all, "... from carers, young people and social workers, 112 in all", and replaced) reads as
before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import figure_keys

ITEMS = "carers 64\nyoung people 29\nsocial workers 11\nother relatives 8\n"


@pytest.mark.parametrize("caption", ["2.5 Who raised the stage 1 complaints", "Who raised the stage 1 complaints"])
def test_each_line_of_the_list_is_a_row(tmp_path: Path, caption: str) -> None:
    keys = figure_keys(tmp_path, f"Children's complaints report 2032/33\n\n{caption}\n{ITEMS}")
    assert {("received", v, "count", "stage1") for v in (64.0, 29.0, 11.0, 8.0)} <= keys


def test_a_sentence_wrapped_on_to_numbers_is_no_list(tmp_path: Path) -> None:
    text = ("Children's complaints report 2032/33\n\nThe service logged 112 stage 1 complaints in 2032/33, against 97\n"
            "in 2031/32 and 88\nin 2030/31.\n")
    assert {("received", 112.0, "count", "stage1"), ("received", 97.0, "count", "stage1"),
            ("received", 88.0, "count", "stage1")} <= figure_keys(tmp_path, text)
