"""A stated change in complaints with its share in brackets and the older value it is measured from ("a reduction
of 56 complaints (12%) on the 468 received in 2030/31"): the share must be the size's part of the older value.

Written before the change in words of our own; on main at f93246c only the count (56) was checked, so a share
moved to 20% passed unnoticed. A right share passes; a share of something else ("(12% of all complaints)") is
not this check's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import check_statuses

TEXT = ("Annual complaints report 2031/32\n\nWe received 412 complaints in 2031/32, a reduction of 56 complaints ({}) on "
        "the 468 received in 2030/31.\n")


def statuses(tmp_path: Path, share: str) -> set[tuple[str, float | None]]:
    return check_statuses(tmp_path, TEXT.format(share), "stated_change")


@pytest.mark.parametrize("share, status", [("12%", "pass"), ("20%", "fail"), ("11.97 per cent", "pass")])
def test_the_share_is_of_the_older_value(tmp_path: Path, share: str, status: str) -> None:
    stated = float(share.split("%")[0].split()[0])
    assert (status, stated) in statuses(tmp_path, share)
