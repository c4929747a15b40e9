"""A cover that sets the quarter and the year on lines of their own ("Quarter 2" / "2031/32") dates the
report by the quarter of that year, as a cover saying "Quarter 2 2031/32" does; a file named for its
quarter ("...-2031-32-q2") narrows a year-only cover the same way. Own words, probed on main at
4edb964 before the code: 1 of 3 passed (the counter-example)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

BODY = "<p>We logged 96 complaints and answered 81% of them within ten working days.</p>"


def periods(tmp_path: Path, name: str, cover: str) -> set[str | None]:
    path = tmp_path / name
    path.write_text(f"<html><body>{cover}{BODY}</body></html>", encoding="utf-8")
    return {f.period for f in extract(load(path)) if isinstance(f, Figure)}


@pytest.mark.parametrize("name, cover, expected", [
    ("report.html", ("<h1>Harbourside District Council</h1><h2>Complaints Monitoring Report</h2><h2>Quarter 2</h2>"
     "<h2>2031/32</h2>"), {"2031/32 Q2"}),
    ("complaints-monitoring-2031-32-q2.html", "<h1>Complaints Monitoring Report 2031/32</h1>", {"2031/32 Q2"}),
    # counter-example: a cover of the year, a file name of the year
    ("complaints-monitoring-2031-32.html", "<h1>Complaints Monitoring Report</h1><h2>2031/32</h2>", {"2031/32"}),
])
def test_cover_quarter(tmp_path: Path, name: str, cover: str, expected: set) -> None:
    assert periods(tmp_path, name, cover) == expected
