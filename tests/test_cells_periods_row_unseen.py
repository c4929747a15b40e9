"""A table of one cell per line whose label column's name ("Finding") a paragraph took as its last line,
so the cells open with the periods' row alone ("2030/31" / "2029/30"), and whose first label a text page
takes for a heading ("Severe maladministration"). Written here in words of our own after the change
(2026-12-05), on the shape of a landlord's Code self-assessment in held-out batch 20 (its findings
table 0 of 12 at 2110987, 12 after); this page: 0 of 8 at 2110987, 8 after."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """9. Ombudsman determinations
9.1 The Housing Ombudsman issued 9 determinations about us in 2030/31. A determination
can hold findings on several parts of a complaint. The findings were:
Finding

2030/31

2029/30

Severe maladministration

1

0

Maladministration

4

2

Service failure

2

3

No maladministration

5

4
"""


def test_a_periods_row_alone_heads_the_cells_below_it(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    assert {("upheld", 1.0, "count", "ombudsman", "2030/31"), ("upheld", 0.0, "count", "ombudsman", "2029/30"),
            ("upheld", 4.0, "count", "ombudsman", "2030/31"), ("upheld", 2.0, "count", "ombudsman", "2029/30"),
            ("upheld", 2.0, "count", "ombudsman", "2030/31"), ("upheld", 3.0, "count", "ombudsman", "2029/30"),
            ("not_upheld", 5.0, "count", "ombudsman", "2030/31"),
            ("not_upheld", 4.0, "count", "ombudsman", "2029/30")} <= keys
