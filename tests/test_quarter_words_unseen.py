"""Quarters as reports abbreviate and number them: "Qtr 1", "Qtr.2", "Qtr3", "1st quarter", "3rd Qtr",
beside "Q1" and "Quarter 1". Found by writing the visible reports' "Q1" as "Qtr 1" and "Quarter 1" (a
perturbation of their own text). Written here in words of our own before the change (2026-12-05,
second session); at a22e6df 4 of the 13 expectations held (the four words that
name no quarter), after, all 13."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

from extractor.extract.label_periods import ANY_YEAR, label_period

NAMES = [("Qtr 1", "Q1"), ("Qtr.2", "Q2"), ("Qtr3", "Q3"), ("QTR 4", "Q4"), ("1st quarter", "Q1"), ("3rd Qtr", "Q3"),
         ("2nd Quarter", "Q2")]


@pytest.mark.parametrize(("name", "quarter"), NAMES, ids=[n for n, _ in NAMES])
def test_a_quarter_named_so_is_that_quarter(name: str, quarter: str) -> None:
    found = label_period(name, ANY_YEAR)
    assert found is not None and found[0].endswith(quarter), found


@pytest.mark.parametrize("name", ["quarterly", "Qtrs", "headquarters 1", "1st floor"])
def test_words_that_name_no_quarter(name: str) -> None:
    assert label_period(name, ANY_YEAR) is None


TABLE = """Complaints 2031/32

Measure             Qtr 1   Qtr 2   Qtr 3
Stage 1 received      143     151     128
"""

PROSE = """Complaints 2031/32

In the 2nd qtr we received 151 stage one complaints.
"""


def test_a_table_headed_by_qtr_columns(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TABLE)
    assert {("received", 143.0, "count", "stage1", "2031/32 Q1"), ("received", 151.0, "count", "stage1", "2031/32 Q2"),
            ("received", 128.0, "count", "stage1", "2031/32 Q3")} <= keys, sorted(keys, key=str)


def test_a_sentence_naming_its_quarter_so(tmp_path: Path) -> None:
    assert ("received", 151.0, "count", "stage1", "2031/32 Q2") in core_keys(tmp_path, PROSE)
