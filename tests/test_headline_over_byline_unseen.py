"""A news page copied with its headline, byline and date above the story: the headline ("Landlord told to pay
£900 over ...") sums up the case the story then tells in full, so the page tells one case, on the story's
line; a later paragraph that says the ombudsman "also found" a failing adds to that case. Found in a news
page written for this project by a helper session who had not seen the tool (2026-12-06); the page below is
in words of our own, written before the change: at bb3d660 it gave two cases (the headline's and the
story's), after, one."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

PAGE = """Marlbeck Evening Post
NEWS | Local
Housing association told to pay £900 after tenant left without heating
By Sam Okafor, Local Democracy Reporter
Monday, 3 March 2031

Fenwold Homes has been told to pay £900 to a tenant who was left without heating for eleven weeks, after the Housing Ombudsman found maladministration in its handling of repairs.

The tenant reported the broken boiler in November, but three engineers' visits failed to fix it.

The landlord must also apologise within four weeks. The Ombudsman also found service failure in how the landlord handled the tenant's complaint.
"""


def test_the_headline_and_the_story_tell_one_case(tmp_path: Path) -> None:
    assert_cases(tmp_path, PAGE, [("Fenwold Homes has been told", "HO", "upheld", 900.0)], "news.txt")
