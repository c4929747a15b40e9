"""Two counts each with its own share in brackets ("118 stage two complaints (64%) and 19 escalated complaints
(38%) were answered within 20 working days") are peers, each a share of its own whole: the first is no base of
the second's share. A count said as the whole of a share still is ("Of 210 stage two complaints closed, 61 (29%)
were upheld"). Written before the change in words of our own; 1 of 2 passed before it (the whole)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import report_checks

HEADER = "Ardgowan Health Board complaints report 2032/33\n\n"


def test_peer_counts_with_their_own_shares_raise_no_alarm(tmp_path: Path) -> None:
    text = HEADER + ("402 stage one complaints (81%) were answered within 5 working days; 118 stage two\n"
                     "complaints (64%) and 19 escalated complaints (38%) were answered within 20 working days.\n")
    assert [c for c in report_checks(tmp_path, text) if c.status == "fail"] == []


def test_a_whole_with_no_share_of_its_own_is_still_judged(tmp_path: Path) -> None:
    text = HEADER + "Of 210 stage two complaints closed, 61 (39%) were upheld.\n"
    assert [c for c in report_checks(tmp_path, text) if c.rule == "percentage" and c.status == "fail"]
