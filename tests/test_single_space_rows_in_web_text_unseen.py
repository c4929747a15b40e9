"""A web page's text with one block a line and no blank lines (a crawl's page text) keeps a table's cells
apart by single spaces only: "Directorate Received" over "Place 112". Its rows, a label and as many values
each, under their header, read as the same table with its columns apart by runs of spaces. Own words,
written before the code (main at 5d96ade): 0 of 2 pass. Two mechanisms made both pass and were not kept:
the loader keeping such rows and their header together (never a title apiece) and a reader cutting a header
in single spaces into the column names the table vocabulary knows. Together they moved many visible reports
either way and lowered the sealed set 0.503 -> 0.496; the reader alone lowered it to 0.497. Kept as a strict
xfail for a narrower mechanism. Since a header's column name may open on "Within" ("Within timescale",
test_single_spaced_table_headers_unseen.py) the page of three values passes; the one-value page stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

PAGES = {
    "one value": """Kinross Vale Council - complaints performance, quarter 3 2031/32
This page shows how we handled complaints between October and December 2031, as our complaints policy asks.
Complaints received by directorate
Directorate{s}Received
Place{s}112
People{s}86
Resources{s}40
Total{s}238
We will publish the next update in April 2032, with the figures for the whole year.
""",
    "three values": """Merrow Dale Homes: our complaints in 2032/33
We are a housing association with 6,400 homes, and this page sets out how we dealt with complaints last year.
Complaints closed
Stage{s}Closed{s}Within timescale{s}Average working days
Stage 1{s}201{s}176{s}6.2
Stage 2{s}33{s}25{s}17.9
We learned most from complaints about repairs, and we have changed how we book appointments.
""",
}


# a header of one column name over "Place 112": no mechanism kept yet; "Within timescale" is read since the
# header cut lets a column's name open on "Within" (test_single_spaced_table_headers_unseen.py)
@pytest.mark.parametrize("name", [
    pytest.param("one value", marks=pytest.mark.xfail(strict=True, reason="rows in single spaces in text with no blank lines")),
    "three values",
])
def test_single_spaced_rows_read_as_spaced_columns(tmp_path: Path, name: str) -> None:
    columns = core_keys(tmp_path, PAGES[name].format(s="    "), "columns.txt")
    assert len(columns) >= 4, "the table with spaced columns must be read for the comparison to mean anything"
    assert core_keys(tmp_path, PAGES[name].format(s=" "), "single.txt") == columns
