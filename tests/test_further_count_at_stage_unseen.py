"""A count that opens its sentence with "A further" or "Another" and names its own stage goes on from
the count before it, at that stage: "... 402 were handled at stage one. A further 61 were reviewed at
stage two." Words of our own for invented bodies, written before the reader took them (2026-12-07): 1
of 2 read before ("Another 64 were escalated to stage 2", by the rule of escalations), 2 after; with no stage named, or a noun of its own, no such figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

FURTHER = [
    (("Complaints in 2032/33\n\nOverall, 463 complaints were logged during 2032/33. Of these, 402 were handled at stage one. "
     "A further 61 were reviewed at stage two.\n"), ("received", 61.0, "count", "stage2", "2032/33")),
    ("Complaints\n\nThe council received 518 stage 1 complaints in 2031/32. Another 64 were escalated to stage 2.\n",
     ("received", 64.0, "count", "stage2", "2031/32")),
]


@pytest.mark.parametrize(("text", "key"), FURTHER, ids=["a-further", "another"])
def test_a_further_count_at_its_own_stage(tmp_path: Path, text: str, key: tuple) -> None:
    assert key in core_keys(tmp_path, text)


NOT_FURTHER = [
    "Complaints\n\nThe council received 518 stage 1 complaints in 2031/32. A further 64 staff were trained.\n",
    "Complaints\n\nThe council received 518 stage 1 complaints in 2031/32. Another 64 visitors came to the open day.\n",
]


@pytest.mark.parametrize("text", NOT_FURTHER, ids=["staff", "visitors"])
def test_a_further_count_of_something_else(tmp_path: Path, text: str) -> None:
    assert 64.0 not in {k[1] for k in core_keys(tmp_path, text)}
