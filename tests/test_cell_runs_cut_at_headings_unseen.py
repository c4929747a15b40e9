"""Two tables whose cells arrive one per line with a blank line between each (a web table extracted from its
PDF without layout) are cut apart at the numbered heading between them ("3. Outcomes", then the next table's
caption and header cells): a section heading is never a table's cell, and each table keeps its own width.
Found in a Scottish housing association's report cut from its PDF by a helper session that had not seen the
tool (2026-12-06: a six-column quarterly table and a four-column outcomes table were read as one table four
wide). The page below is in words of our own, written before the change: at e71c62e 0 of 6 were read right;
after, the first table's 5 of 5. The second table's counts took the quarter of a "Q1" cell the loader took for
a heading (a strict xfail) until the cover's quarter was taken only from a heading that names one quarter alone
(doc_periods._narrowed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

CELLS_1 = ["Q1", "Q2", "Q3", "Q4", "2031/32", "Stage 1", "30", "28", "35", "31", "124", "Stage 2", "4", "2", "5", "3", "14",
           "Total"]
CELLS_2 = ["Outcome of complaints closed", "Stage 1", "Stage 2", "Upheld", "40", "5", "Not upheld", "70", "8",
           "Withdrawn", "6", "1"]
PAGE = ("Loch Sunart Housing Co-operative complaints 2031/32\n\n2. Complaints received\n"
        + "\n\n".join(CELLS_1) + "\n\n3. Outcomes\n" + "\n\n".join(CELLS_2) + "\n")


def test_a_numbered_heading_parts_two_tables_of_cells(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    y = "2031/32"
    assert {("received", 30.0, "count", "stage1", f"{y} Q1"), ("received", 31.0, "count", "stage1", f"{y} Q4"),
            ("received", 124.0, "count", "stage1", y), ("received", 4.0, "count", "stage2", f"{y} Q1"),
            ("received", 14.0, "count", "stage2", y)} <= keys, sorted(keys, key=str)


def test_the_second_table_keeps_the_reports_year(tmp_path: Path) -> None:
    assert ("upheld", 40.0, "count", "stage1", "2031/32") in core_keys(tmp_path, PAGE)
