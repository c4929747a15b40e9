"""A report reads to the same figures however its maker spaced its lines. Text saved from Word or scraped
from a web page may carry a blank line after every line and two between paragraphs ("spread"); the same
report tidy has none inside a paragraph or table and one between them. Own words, written before the code
(main at f6a467c): the spread rendering of each report below must give the tidy rendering's figures.
Before the change 0 of 3 passed; after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import blank_line_after_every_line, core_keys

TIDY = {
    "cells": """Lowmoor Parish Homes - complaints summary 2031/32

Complaints by stage, 2031/32
Stage
Received
Answered on time
Stage 1
318
291
Stage 2
44
37

Most stage 1 complaints were about repairs, and 19 of the 44 stage 2
complaints were upheld in full after a review by a senior manager.
""",
    "rows": """Quenby Vale Council: customer feedback, quarter 2 2030/31

Feedback received    Q1    Q2
Complaints          126   141
Compliments          58    63

The average time to reply to a complaint in the quarter was 9.6 working
days against a target of 10 working days.
""",
    "prose": """Harlow Fen Water: complaints in 2032/33

We received 2,114 written complaints in 2032/33, and 1,850 of them were
answered within ten working days.

Some 204 customers asked us to look again at our reply, and we upheld 61 of
those second-stage complaints.
""",
}


@pytest.mark.parametrize("name", sorted(TIDY))
def test_spread_rendering_reads_as_tidy(tmp_path: Path, name: str) -> None:
    tidy = core_keys(tmp_path, TIDY[name], "tidy.txt")
    assert tidy, "the tidy rendering must give figures for the comparison to mean anything"
    assert core_keys(tmp_path, blank_line_after_every_line(TIDY[name]), "spread.txt") == tidy


WEB_PAGE = """Meetings of the Scrutiny Board

Annual complaints review 2031/32

Minutes:

The officer said 212 complaints had reached the Council over the year, against 240 the year before.


Members asked about the Ombudsman's findings.

Two cases had been upheld, and each had a remedy the Council carried out on time.

RESOLVED that the Board notes the review.
"""


def test_web_page_paragraphs_keep_their_blank_lines() -> None:
    """Written with the change: a web page's text has one paragraph a line and a blank line after each,
    with a wider gap here and there; none of its sentences runs over a blank line, so none is closed up
    (closing them up turned such pages into packed text and lost figures)."""
    from extractor.load.line_spacing import doubled

    assert not doubled(WEB_PAGE.split("\n"))
    assert doubled(blank_line_after_every_line(TIDY["prose"]).split("\n"))
