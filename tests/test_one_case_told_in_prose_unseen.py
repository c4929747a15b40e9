"""One ombudsman case told in a landlord's prose: the determination named with its body ("one Housing Ombudsman
determination ..., which found no maladministration"), the verdict in the next sentence with the ombudsman as "it"
and what it found as a clause ("It found that our handling ... amounted to maladministration"), and a news
headline whose sum the story states again (one payment, not two).

Written before the change in words of our own; on main at b179c19 the first two gave no decision and the third
paid £1,800 for a £900 order. A sentence whose "it" is the landlord's own review, and a national rate, tell no case.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import case_outcomes


def decisions(tmp_path: Path, text: str) -> list[tuple[str | None, str, float | None]]:
    return case_outcomes(tmp_path, text, "report.txt")


@pytest.mark.parametrize("text, expected", [
    (("Greyfold Homes - complaints report 2032/33\n\nHousing Ombudsman\nWe had one Housing Ombudsman determination "
     "in 2032/33, which found no maladministration.\n"), [("HO", "not_upheld", None)]),
    (("Report to the Board: complaints 2032/33\n\nThe Housing Ombudsman concluded one investigation in the year. It "
     "found that our handling of the complaint amounted to maladministration and ordered £300 compensation.\n"),
     [("HO", "upheld", 300.0)]),
    (("Ombudsman news, March 2033\nLandlord ordered to pay £900 after leaving family in damp home\nThe Housing "
     "Ombudsman has found severe maladministration in Farrowdale Homes' handling of damp and mould in a family's "
     "flat. The landlord took eight months to carry out repairs. The Ombudsman ordered the landlord to pay the "
     "resident £900.\n"), [("HO", "upheld", 900.0)]),
])
def test_one_case_in_prose(tmp_path: Path, text: str, expected: list[tuple[str, str, float | None]]) -> None:
    assert decisions(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    ("Annual complaints report 2032/33\n\nStage 2\nWe reviewed the complaint again at stage 2. It found that the "
    "repair had been completed late, and we apologised.\n"),
    ("Annual complaints report 2032/33\n\nThe Housing Ombudsman publishes its decisions online. It found "
    "maladministration in 40% of the cases it decided nationally last year.\n"),
])
def test_no_case(tmp_path: Path, text: str) -> None:
    assert decisions(tmp_path, text) == []


def test_two_sums_joined_are_both_paid(tmp_path: Path) -> None:
    text = ("Complaints report 2032/33\n\nHousing Ombudsman\nThe Housing Ombudsman found maladministration in our "
            "handling of a leak and ordered us to pay £100 for the distress and £100 for the time and trouble.\n")
    assert decisions(tmp_path, text) == [("HO", "upheld", 200.0)]
