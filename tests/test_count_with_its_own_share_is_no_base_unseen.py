"""A count said with its own share in brackets after its stage's name ("120 Stage 2 complaints (86%) and 18
escalated complaints (45%) were closed within 20 working days") is a peer of the counts beside it, not their
base: the escalated share is not judged against the 120 (a false alarm). Own words, written on 2026-12-07: fails
on e8d67bf. Letting a stage's number stand among a count's words before its share (outcomes.OWN_SHARE_AFTER)
passed it but took "785 stage 1 complaints (38%)" for a count with its own share where the share is the 298's
before it ("298 of the 785 stage 1 complaints (38%)"), and chose other wrong bases: not kept. Strict xfail until
a share is tied to the count it belongs to, not to the nearest count before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

TEXT = ("Complaints handling indicators 2032/33\n\nIndicator 8: complaints closed within timescale\n\n"
        "300 Stage 1 complaints (80%) were closed within 5 working days; 120 Stage 2 complaints (86%) and 18 escalated "
        "complaints (45%) were closed within 20 working days.\n")


@pytest.mark.xfail(strict=True, reason="a count's own share is found by the words after it, which may be another count's")
def test_count_with_its_own_share_is_no_base(tmp_path: Path) -> None:
    assert ("fail", 45.0) not in check_statuses(tmp_path, TEXT, "percentage")
