"""A season or an issue on a newsletter's title line ("Tenant News · Spring 2033 · Issue 7") dates the issue,
not the figures: the report's period is the one the text gives ("the figures for April 2031 to March 2032").
Found in a tenants' newsletter page written for this project by a helper session that had not seen the tool
(2026-12-06: every figure took the calendar year of "Autumn 2031"). The pages below are in words of our own,
written before the change: at 0ea5e4d 1 of 2 had the period the text gives (the "Winter 2032 edition" did)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys


@pytest.mark.parametrize(("page", "period"), [
    (("Residents' News · Spring 2033 · Issue 7\n\nComplaints: how we did\n\nThese are the figures for April 2031 to March 2032.\n\n"
     "You made 640 complaints to us.\n"), "2031/32"),
    (("Oakfield Voice, Winter 2032 edition\n\nYour complaints\n\nHere is how we handled complaints between 1 April 2031 and "
     "31 March 2032.\n\nYou made 415 complaints.\n"), "2031/32"),
])
def test_a_newsletters_season_is_no_period(tmp_path: Path, page: str, period: str) -> None:
    keys = core_keys(tmp_path, page)
    assert any(k[0] == "received" and k[4] == period for k in keys), sorted(keys, key=str)
