"""Who complained, told with "came from": "Sixty (41%) came from parents, 34 from young people and 25 from
carers" splits the complaints received, as "were made by" does. Calls or referrals that came from somewhere
are not complaints.

Written before the code, in words of our own: 0 of 4 read before, 4 after; the counter-example gives no
received figure before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures

PARAGRAPH = ("We received 148 stage one complaints in the year. Sixty (41%) came from parents, 34 from young people "
             "and the remaining 25 from carers.")


def _figures(tmp_path: Path, text: str) -> list[tuple]:
    text = "Children's complaints annual report 2030/31\n\nWho complained\n\n" + text + "\n"
    return [(r.measure, r.value, r.unit) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("expected", [("received", 60.0, "count"), ("received", 41.0, "percent"),
                                      ("received", 34.0, "count"), ("received", 25.0, "count")])
def test_who_complained(tmp_path: Path, expected: tuple) -> None:
    assert expected in _figures(tmp_path, PARAGRAPH)


def test_calls_that_came_from_somewhere_are_no_complaints(tmp_path: Path) -> None:
    found = _figures(tmp_path, "We received 148 complaints. Separately, 900 calls came from the police switchboard.")
    assert ("received", 900.0, "count") not in found
