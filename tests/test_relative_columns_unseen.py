"""Columns named by where they stand in time, not by a date: "Latest | Target | Previous" in a quarterly
indicator table, "This year | Last year" in an annual one, and KPI cards whose cells carry their own
names ("Latest: 71%", "Previous: 68% (Red)"). The latest value is the report's period, the previous
one the period before (the quarter before, in a quarterly report), a target nobody's. Own words,
probed on main at 4edb964 before the code: 2 of 4 passed (the counter-example, and "This year |
Last year")."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

QUARTERLY = "Quarterly performance report, Quarter 3 2030/31"
ANNUAL = "Complaints annual review 2030/31"


def figures(tmp_path: Path, name: str, text: str) -> list[tuple[str, float, str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return sorted(((f.measure, f.value, f.period) for f in extract(load(path)) if isinstance(f, Figure)),
                  key=lambda t: (t[0], t[1]))


@pytest.mark.parametrize("name, text, expected", [
    ("kpi.md", (f"# {QUARTERLY}\n\n## Indicators\n\n| Indicator | Latest | Target | Previous |\n|---|---|---|---|\n"
     "| Share of complaints answered within timescale | 71% | 85% | 68% |\n| Complaints logged | 412 | | 398 |\n"),
     [("received", 398.0, "2030/31 Q2"), ("received", 412.0, "2030/31 Q3"),
      ("within_target", 68.0, "2030/31 Q2"), ("within_target", 71.0, "2030/31 Q3")]),
    ("annual.md", (f"# {ANNUAL}\n\n## Complaints\n\n| | This year | Last year |\n|---|---|---|\n"
     "| Complaints logged | 290 | 315 |\n| Compliments | 120 | 98 |\n"),
     [("compliments", 98.0, "2029/30"), ("compliments", 120.0, "2030/31"),
      ("received", 290.0, "2030/31"), ("received", 315.0, "2029/30")]),
    ("cards.html", (f"<h1>{QUARTERLY}</h1><h2>Indicators</h2><table>"
     "<tr><td>Share of complaints answered within timescale</td><td></td><td></td><td>RED</td></tr>"
     "<tr><td>Latest: 71%</td><td>Target: 85%, Floor: 80%</td><td>Previous: 68% (Red)</td><td></td></tr></table>"),
     [("within_target", 68.0, "2030/31 Q2"), ("within_target", 71.0, "2030/31 Q3")]),
    # counter-example: a target is no value of any period
    ("target.md", f"# {ANNUAL}\n\n| Indicator | Target |\n|---|---|\n| Share of complaints answered within timescale | 85% |\n",
     []),
])
def test_relative_columns(tmp_path: Path, name: str, text: str, expected: list) -> None:
    assert figures(tmp_path, name, text) == expected
