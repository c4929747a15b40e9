"""A document titled as an ombudsman's annual letter ("The Housing Ombudsman's Annual Review Letter", the
title alone on its line, a blank line under it) speaks in the ombudsman's voice: "We received 23 complaints about the
landlord" counts the ombudsman's cases. Written in words of our own with the code (held-out batch 17a:
an old LGO annual letter); on the commit before: 0 of 1 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

LETTER = """The Housing Ombudsman's Annual Review Letter

Fernbrook Homes, year to 31 March 2033

We received 23 complaints about the landlord in the year and made determinations on 14 of them.
"""


def test_letter_title_gives_the_ombudsman_voice(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.body) for f in report_figures(tmp_path, LETTER)}
    assert {("received", 23, "ombudsman", "HO"), ("closed", 14, "ombudsman", "HO")} <= got
