"""Checks in a general performance report judge only its complaint parts: a share of planning
applications decided on time is no complaint figure, and a ranking of the largest complaint areas
("followed by ...") is no complete split of the total. Written in words of our own with the code
(two held-out reports raised these false alarms); on the commit before: 1 of 2 passed (the
ranking: there no check read it)."""

from __future__ import annotations

from pathlib import Path

from extractor import check, load


def _fails(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [(c.rule, c.line) for c in check(load(path)) if c.status == "fail"]


def test_planning_share_in_a_corporate_report(tmp_path: Path) -> None:
    text = ("Corporate Performance Report Q2 2031/32 Page 3 of 9\n4.3 Planning (district matters)\n"
            "Measure Q1 Q2 Target RAG\nMajor applications\ndecided within 13 weeks\n100% 100% 88% 90% Red\n"
            "Householder applications\ndecided within 8 weeks\n92% 94% 96% 80% Green\n"
            "One major application was decided out of time in Q2 (7 of 8 on time)\nbecause a consultee replied late.\n"
            "4.4 Customer complaints\nThe council received 240 complaints in Q2.\n")
    assert _fails(tmp_path, text) == []


def test_ranking_of_largest_areas(tmp_path: Path) -> None:
    text = ("Complaints report 2031/32\n\nRepairs made up 96 of the 180 stage 1 complaints (53%), followed by "
            "parking (22) and noise (17).\n")
    assert _fails(tmp_path, text) == []
