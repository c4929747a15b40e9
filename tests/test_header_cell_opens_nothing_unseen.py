"""A table copied one cell per line puts its column names on lines of their own ("2031/32" over "276"); such a
header cell names its column and opens no period for the prose below the table, which stays in the report's
year ("During the year 310 complaints were closed"). Written with the change, in words of our own, after a
fresh excerpt showed the shape (an NHS annual report, whose table pdftotext scrambled so that no table reader takes its cells); it fails
on the code before the change (the prose took the last header cell's year, 2030/31). A first version with a
well-formed table passed before the change: the table reader takes those cells, and they open nothing."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

REPORT = """Wexcombe Community Services annual report 2031/32

Table 4: Waiting against standards
Indicator
Podiatry: first appointment within
6 weeks
Speech and language therapy: assessment
within 12 weeks

Standard /
target
90%

2031/32

2030/31

84.2%

81.0%

95%

77.5%

79.9%

The service answered 1,204 letters from patients during the year. During the year 310 complaints were closed,
and 221 of them within the agreed timescale.
"""


def test_prose_below_a_cell_table_keeps_the_report_year(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, REPORT, "wexcombe-2031-32.txt")
    assert ("closed", 310, "count", None, "2031/32") in keys
    assert ("within_target", 221, "count", None, "2031/32") in keys
