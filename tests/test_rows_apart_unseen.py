"""A table whose rows a web page's text sets a blank line apart is still one table: a header of periods
and rows of a label and one value per period, in single spaces, read as the same rows closed up. Own
words, written as a probe on main at 6d27b25: 2 of 2 passed already (spread text closed up between rows);
kept to pin it beside the doubled web pages of test_doubled_web_text_unseen.py, which do not pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

CLOSED = """Thornaby Moor Council - complaints performance

Complaints received by directorate, 1 April 2029 to 31 March 2032

Directorate 2029/30 2030/31 2031/32
Place 141 156 133
People 98 104 117
Resources 62 57 49
Total 301 317 299

The number of complaints fell by 6% in the last year.
"""

QUARTERS = """Brackley Cross Housing: complaints this year (2032/33)

Stage 1 complaints by quarter

Quarter Received Answered on time
Q1 84 71
Q2 91 80
Q3 77 70
Q4 88 79
"""


def apart(text: str) -> str:
    """The page as its text may come: a blank line between every two lines."""
    return "\n\n".join(line for line in text.split("\n") if line.strip()) + "\n"


@pytest.mark.parametrize("text", [CLOSED, QUARTERS], ids=["periods", "quarters"])
def test_rows_a_blank_line_apart_read_as_closed_up(tmp_path: Path, text: str) -> None:
    closed = core_keys(tmp_path, text, "closed.txt")
    assert len(closed) >= 8, "the closed-up table must be read for the comparison to mean anything"
    assert core_keys(tmp_path, apart(text), "apart.txt") == closed
