"""A flattened header that mixes bare years with a measure's name ("Directorate 2032/33 2031/32 Upheld
2032/33") over single-spaced rows: a year alone names a column (its measure is the caption's), and a
year after a measure's name qualifies that name. Written in words of our own before the code (held-out
batch 16c: an NHS trust's divisions table as pdftotext leaves it); on the commit before: 0 of 2
passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

MIXED = """Complaints review 2032/33

Table 4: Stage 1 complaints by directorate
Directorate 2032/33 2031/32 Upheld 2032/33
Place 140 152 51
People 96 88 30
Resources 22 31 6
Total 258 271 87
"""

NAMED = """Complaints review 2032/33

Table 2: Complaints by area
Area Received 2032/33 Received 2031/32 Closed on time 2032/33
Highways 61 70 48
Waste 85 79 77
"""


def test_bare_years_beside_a_measure_with_its_year(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, MIXED)}
    assert {("received", 140, "stage1", "2032/33"), ("received", 152, "stage1", "2031/32"),
            ("upheld", 51, "stage1", "2032/33"), ("received", 258, "stage1", "2032/33"),
            ("upheld", 87, "stage1", "2032/33")} <= got


def test_measures_each_with_a_year(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, NAMED)}
    assert {("received", 61, "2032/33"), ("received", 70, "2031/32"), ("within_target", 48, "2032/33")} <= got
