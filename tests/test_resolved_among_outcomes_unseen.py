""""Number resolved" / "% resolved" is the SPSO model's fourth outcome where the table gives the
other outcomes beside it; in a table of themes ("No. of complaints | No. resolved | Timescale") it only
says cases were dealt with. Written in words of our own with the code (held-out batch 16c's SPSO
indicators; the themes table after a real original's shape); on the commit before: 1 of 2 passed
(the themes table)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

OUTCOMES = """Complaints performance 2032/33

Outcome                        Frontline   Investigation
Number upheld                        300              21
Number not upheld                    410              30
Number resolved                       52               4
% resolved                          6.8%            7.3%
"""

THEMES = """Complaints performance 2032/33

Theme                  No. of complaints   No. resolved   Timescale
Fly-tipping                            6              5   Within 3 days
Overgrown hedges                       4              4   Within 1 week
Abandoned vehicles                     3              2   Ongoing
"""


def test_resolved_rows_beside_the_other_outcomes(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, OUTCOMES)}
    assert {("resolved", 52, "count", "stage1"), ("resolved", 4, "count", "stage2"),
            ("resolved", 7.3, "percent", "stage2")} <= got


def test_resolved_column_of_a_themes_table_is_no_outcome(tmp_path: Path) -> None:
    assert not [f for f in report_figures(tmp_path, THEMES) if f.measure == "resolved"]
