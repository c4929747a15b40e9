"""A count with its own share in brackets before the base it is part of: "Family members made 70 (48%) of
the 146 complaints", "Councillors raised 35 (8%) of the 420 complaints". The share stands between the count
and "of the 146", so the count was read against the share as if it were the base.

Written before the change in words of our own; on main at f0220bf the two counts and their shares were
read 0 of 4 (the bases were read); after, 4 of 4. Without a share ("made 70 of the 146") both readings
were right before and after."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figure_keys

TITLE = "Complaints annual report 2031/32\n\n"


@pytest.mark.parametrize("sentence, count, share, base", [
    ("Family members made 70 (48%) of the 146 complaints.", 70.0, 48.0, 146.0),
    ("Councillors raised 35 (8%) of the 420 complaints on behalf of residents.", 35.0, 8.0, 420.0),
])
def test_the_count_before_its_share_and_base_is_read(tmp_path: Path, sentence: str, count: float, share: float,
                                                      base: float) -> None:
    got = figure_keys(tmp_path, TITLE + sentence + "\n")
    assert {("received", count, "count", None), ("received", share, "percent", None), ("received", base, "count", None)} <= got


def test_without_a_share_the_count_and_its_base_are_read_as_before(tmp_path: Path) -> None:
    got = figure_keys(tmp_path, TITLE + "Family members made 70 of the 146 complaints.\n")
    assert {("received", 70.0, "count", None), ("received", 146.0, "count", None)} <= got
