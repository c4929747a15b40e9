"""A web table whose cells ran together, with years for columns ("Household complaints2032-332031-32")
and values written with thousands commas or decimals ("Stage 1 written complaints4,8625,391", "30.233.9"):
the header is cut at its years, and each value group is cut where its commas and decimals say.
Written in words of our own before the code (held-out batch 17c: a water company's complaints page);
on the commit before: 0 of 1 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Our complaints performance
The table below shows our complaints for the year, alongside last year.
Customer complaints2032-332031-32
Stage 1 written complaints4,8625,391
Stage 2 complaints1,2041,187
Average days to respond7.48.1
Stage 1 complaints answered within 10 working days96.4%93.8%
"""


def test_glued_year_columns_and_grouped_values(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, PAGE)}
    assert {("received", 4862, "stage1", "2032/33"), ("received", 5391, "stage1", "2031/32"),
            ("received", 1204, "stage2", "2032/33"), ("received", 1187, "stage2", "2031/32"),
            ("within_target", 93.8, "stage1", "2031/32")} <= got
    assert ("average_response_days", 7.4, "2032/33") in {(f.measure, f.value, f.period) for f in report_figures(tmp_path, PAGE)}


GAPS = """Our complaints performance
Customer complaints2032-332031-32
Stage 1 written complaints4,862n/a
Stage 2 complaints318344
Stage 1 complaints answered within 10 working days96.4%93.8%
"""


def test_grouped_values_beside_a_gap_cell_are_read(tmp_path: Path) -> None:
    """Where a gap cell ("4,862n/a") makes the rows be weighed against one another, a value with its
    thousands comma or its per cent sign ("96.4%93.8%") is weighed like any other (each once stopped the
    whole file: "could not convert string to float")."""
    got = {(f.measure, f.value, f.period) for f in report_figures(tmp_path, GAPS)}
    assert ("received", 4862, "2032/33") in got
