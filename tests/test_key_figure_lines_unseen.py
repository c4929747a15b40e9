"""Key figures a web page sets each on a line of its own, value first ("412 complaints received" /
"45 complaints upheld"), as infographics flatten to text: each states its figure; it is no heading.
A numbered section heading ("3 Complaints by service") still is one. Written for this file; no
corpus document holds these lines.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def test_a_value_first_line_is_a_figure_not_a_heading(tmp_path: Path) -> None:
    f = tmp_path / "page.txt"
    f.write_text("Our complaints in 2029/30\n\n412 complaints received\n\n45 complaints upheld\n\n"
                 "96% of complaints answered on time\n\nThank you for reading.\n", encoding="utf-8")
    got = {(r.measure, r.value, r.unit) for r in extract(load(f)) if isinstance(r, Figure)}
    assert {("received", 412, "count"), ("upheld", 45, "count")} <= got


def test_a_numbered_section_heading_stays_a_heading(tmp_path: Path) -> None:
    f = tmp_path / "report.txt"
    f.write_text("Complaints annual report 2029/30\n\n3 Complaints by service\n\nHousing received 40 complaints.\n",
                 encoding="utf-8")
    got = {(r.measure, r.value) for r in extract(load(f)) if isinstance(r, Figure)}
    assert got == {("received", 40)}
