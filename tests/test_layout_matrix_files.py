"""The tables of tests/test_layout_matrix_unseen.py as a Word file and as a PDF a browser printed from
the HTML page (slower: one Chromium run per table). Same expectations as the text renderings."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from layout_axes import all_tables
from layout_renderings import SLOW, write
from test_layout_matrix_unseen import readings

# Known, outside the table readers: on a PDF page the dashboard reader pairs the words of a ruled table's
# cells as tiles ("9.4 Compliments received"), where in text, HTML and DOCX it leaves a data table to the
# table reader (extract/dashboard_items.items_of sends a PDF's table blocks to _word_items unchecked)
KNOWN = {("council_measures_by_year", "pdf")}
CASES = [pytest.param(table, how, marks=pytest.mark.xfail(strict=True, reason="PDF words of a table read as tiles"))
         if (table, how) in KNOWN else (table, how) for table in sorted(all_tables()) for how in SLOW]


@pytest.mark.parametrize(("table", "how"), CASES)
def test_a_table_reads_the_same_as_a_file(tmp_path: Path, table: str, how: str) -> None:
    made = all_tables()[table]()
    got, want = readings(write(made, how, tmp_path)), Counter(made.expected)
    assert (sorted(want - got), sorted(got - want)) == ([], [])
