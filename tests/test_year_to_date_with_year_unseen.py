"""A year-to-date column named with its year ("YTD 2032/33", "2031/32 year to date") in a report of a month or
a quarter runs from the start of that year to the same point as the report's own period: April to December in
a December report, and April to December of the year before for last year's column. Written before the change
in words of our own; 0 of 2 passed before it (both columns were read as whole years)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

MONTHLY = """Eastfold Ambulance Service - Integrated Performance Report, December 2032

Complaints
Measure | Oct-32 | Nov-32 | Dec-32 | YTD 2032/33 | YTD 2031/32
Complaints received | 28 | 31 | 36 | 266 | 249
"""

QUARTERLY = """Eastfold Borough Council complaints report, Quarter 2 2031/32

Measure | Q2 | 2031/32 year to date | 2030/31 year to date
Stage 1 complaints received | 122 | 240 | 231
"""


def test_ytd_columns_of_a_monthly_report(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, MONTHLY, "eastfold-ipr.txt")
    assert ("received", 266, "count", None, "2032-04-01..2032-12-31") in keys
    assert ("received", 249, "count", None, "2031-04-01..2031-12-31") in keys


def test_ytd_columns_of_a_quarterly_report(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, QUARTERLY, "eastfold-q2.txt")
    assert ("received", 240, "count", "stage1", "2031/32 H1") in keys
    assert ("received", 231, "count", "stage1", "2030/31 H1") in keys
