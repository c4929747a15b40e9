"""A whole, then "of which" / "of these" and the part's share before its count ("400 stage 1 complaints, of which
25% (80) went on to stage 2", "stage 1 complaints (400), and of these, 20% (80) were escalated"): the share is
checked against the count and the whole, as it was with the count first.

Written in words of our own before the change (/tmp/an/sh2): on 91c4548 (the session's base) the first two were
not checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import check_statuses

TITLE = "Annual complaints report 2031/32\n\n"


@pytest.mark.parametrize("sentence, status", [
    ("There were 400 stage 1 complaints, of which 25% (80) went on to stage 2.", "fail"),
    ("There were 400 stage 1 complaints, of which 20% (80) went on to stage 2.", "pass"),
    ("There was a 3% rise in stage 1 complaints (400), of which 25% (80) went on to stage 2.", "fail"),
])
def test_the_share_before_its_count_is_checked(tmp_path: Path, sentence: str, status: str) -> None:
    assert (status, float(sentence.split("% (")[0].split()[-1])) in check_statuses(tmp_path, TITLE + sentence + "\n",
                                                                                   "percentage")
