"""A web page's text whose paragraphs are one line each, set two blank lines apart, with a blank line after
every line inside a block (a table's rows, a heading over its caption), reads as the page closed up: the
two-line gaps part the blocks, the one-line gaps are line breaks. Own words, written before the code (main at
6d27b25): 0 of 2 passed. Closing up all such pages' one-line gaps, or only those between rows, lowered the
sealed set's core F1 from 0.503 to 0.497: both also closed the pages' wider gaps (blank / a line holding a
space / blank) up to one blank line, and the cell reader counts those. Closing up only a blank line between
two rows of values in single spaces (or a header and its first row), and keeping every other blank line, made
2 of 2 pass with the sealed set at 0.503."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import blank_line_after_every_line, core_keys

PAGES = {
    "directorates": """Thornaby Moor Council - complaints performance

Complaints are handled in two stages. Stage 1 replies are due within 10 working days and stage 2 replies within 20 working days.

Complaints received by directorate
Directorate 2029/30 2030/31 2031/32
Place 141 156 133
People 98 104 117
Resources 62 57 49
Total 301 317 299

The number of complaints fell by 6% in the last year, and 212 of the 299 were answered within 10 working days.
""",
    "quarters": """Brackley Cross Housing: complaints in 2032/33

We want residents to tell us when things go wrong, and we publish our figures every year.

Stage 1 complaints by quarter
Quarter Received Answered on time
Q1 84 71
Q2 91 80
Q3 77 70
Q4 88 79

In the year we also received 134 compliments about our staff.
""",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_doubled_page_reads_as_closed_up(tmp_path: Path, name: str) -> None:
    closed = core_keys(tmp_path, PAGES[name], "closed.txt")
    assert len(closed) >= 8, "the closed-up page must be read for the comparison to mean anything"
    assert core_keys(tmp_path, blank_line_after_every_line(PAGES[name]), "doubled.txt") == closed
