"""A breakdown by service told as a ranking ("Waste and recycling accounted for almost a third of the total
(471), followed by housing repairs (298) and council tax (187)") in a paragraph of its own under a heading about
complaints counts complaints by area, as a list that names complaints does. Under a heading about something
else it is no count of complaints. Own words, written before the change; probed on main at 28a487e: 1 of 3
passed (the counter-example), 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys

CASES = [
    (("Complaints 2032/33\n\nThe authority logged 1,482 complaints in 2032/33.\n\nWaste and recycling accounted for "
     "almost a third of the total (471), followed by housing repairs (298) and council tax (187).\n"),
     {471.0, 298.0, 187.0}),
    (("Stage one complaints 2031/32\n\nWe received 640 stage one complaints.\n\nPlanning made up the largest share "
     "(212), followed by parking (160) and licensing (31).\n"),
     {212.0, 160.0, 31.0}),
    # counter-example: a ranking under a heading about staff absence
    (("Staff absence 2032/33\n\nSickness absence rose this year.\n\nStress accounted for most of the days lost (471), "
     "followed by injuries (298) and colds (187).\n"),
     set()),
]


@pytest.mark.parametrize(("text", "values"), CASES)
def test_area_list_told_as_a_ranking(tmp_path: Path, text: str, values: set) -> None:
    assert {k[1] for k in core_keys(tmp_path, text) if k[0] == "received"} - {1482.0, 640.0} == values
