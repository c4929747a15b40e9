"""A report reads to the same figures whether its paragraphs stand one to a line (a web page's text) or
wrapped at a column's width (a PDF's), even when one line of the wrapped text runs long (a quotation, a
link, a landscape table's title). Own words, written before the code (main at 84d8c49); before the change
1 of 2 passed (history), after it 2 of 2."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from sentence_figures import core_keys

LONG_LINE = ("Speaking after the meeting, the chair of the panel said that every member of staff who had answered a "
             "complaint this year deserved thanks for the patience they had shown with residents and with each other.")

PARAGRAPHS = {
    "outcomes": [
        "Greyhallow District Council: complaints to the cabinet, 2031/32",
        ("Of the 512 complaints the council logged in 2031/32, 141 complaints were upheld, 290 not upheld and 81 were "
        "withdrawn before a reply was sent."),
        "The council also recorded 266 compliments across its services over the same twelve months.",
        LONG_LINE,
    ],
    "history": [
        "Saltmere Homes: what residents told us in 2030/31",
        ("The number of complaints we dealt with has been steady for some years, as we logged 402 in 2027/28; 388 in "
        "2028/29; 415 in 2029/30; and 397 in the year just ended."),
        LONG_LINE,
    ],
}


def one_a_line(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def wrapped(paragraphs: list[str]) -> str:
    """Every paragraph but the long line wrapped at 60 characters, as a PDF's column would."""
    return "\n\n".join(p if p is LONG_LINE else textwrap.fill(p, 60) for p in paragraphs) + "\n"


@pytest.mark.parametrize("name", sorted(PARAGRAPHS))
def test_wrapped_rendering_reads_as_one_a_line(tmp_path: Path, name: str) -> None:
    whole = core_keys(tmp_path, one_a_line(PARAGRAPHS[name]), "whole.txt")
    assert len(whole) >= 3, "the one-a-line rendering must read the figures for the comparison to mean anything"
    assert core_keys(tmp_path, wrapped(PARAGRAPHS[name]), "wrapped.txt") == whole
