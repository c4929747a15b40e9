"""A share with its count in brackets after a base the sentence opens with ("Of the 212 complaints we received, 64%
(136) were resolved at stage one", "Out of 340 requests for a review, 25% (85) went on to stage two") is checked
against that base: it holds when the count over the base rounds to the share, and fails when it does not. A share
and a count not bracketed together are no such pair. Own words, written before the change; probed on main at
6755ad7: 1 of 4 passed (the counter-example), 4 of 4 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

CASES = [
    ("Complaints 2033/34\n\nOf the 212 complaints we received, 64% (136) were resolved at stage one.\n",
     {("pass", 64.0)}),
    ("Complaints 2033/34\n\nOf the 212 complaints we received, 46% (136) were resolved at stage one.\n",
     {("fail", 46.0)}),
    ("Reviews 2032/33\n\nOut of 340 requests for a review, 52% (85) went on to stage two.\n", {("fail", 52.0)}),
    # counter-example: the share and the count are two statements, not one share and its count
    (("Complaints 2033/34\n\nOf the 212 complaints we received, 46% were resolved at stage one and 136 were "
     "escalated.\n"), set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_share_then_count_of_a_named_base(tmp_path: Path, text: str, expected: set) -> None:
    assert check_statuses(tmp_path, text, "percentage") == expected
