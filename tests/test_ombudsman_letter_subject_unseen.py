"""An ombudsman's letter or report cited as the source of figures the ombudsman itself produced ("The
Ombudsman's annual letter ... shows it upheld 9 of the 14 complaints it investigated"): the pronoun makes
the ombudsman the one that acted, so the figures are at its stage. A letter cited for the council's own
figures stays a source. Written in our own words. Before: 1 of 3 passed (the council's own); after: 3 of 3."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_figures

COUNCIL_NEWS = ("Council news 2030/31\n\nPapers for the committee show the council received 1,410 complaints in 2030/31,"
                " down from 1,502 the year before.\n\n")


@pytest.mark.parametrize(("sentence", "value", "stage"), [
    (("The Ombudsman's annual review letter to the council, published in May, shows it upheld 9 of the 14"
     " Westford complaints it investigated in 2030/31."), 9.0, "ombudsman"),
    ("According to the Housing Ombudsman's yearly report, it upheld 9 of the 14 cases it determined in 2030/31.",
     9.0, "ombudsman"),
    ("The Ombudsman's annual letter notes that the council answered 1,302 complaints within its timescale.",
     1302.0, None),
], ids=["letter-shows-it-upheld", "according-to-its-report", "letter-cites-council"])
def test_an_ombudsman_that_acts_in_its_own_letter_gives_its_stage(tmp_path: Path, sentence: str, value: float,
                                                                   stage: str | None) -> None:
    got = {f.value: f.stage for f in report_figures(tmp_path, COUNCIL_NEWS + sentence + "\n")}
    assert got[value] == stage
