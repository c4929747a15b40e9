"""A cover paragraph that names its year and, in a bracket, last year's count in words ("received in 2031/32
(2030/31: six)") names the report's period, 2031/32: the bracket's year labels the value after it, whether in
figures or in words. Written in words of our own after a fresh committee report showed it (its header cells,
"2030/31" over "2031/32", then dated the report); the first version, with the count in figures, passed before the
change; this one fails before it."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

REPORT = """2.\tComplaints about the Mayor
2.1\tNine complaints about the Mayor were received in 2031/32 (2030/31: six). Two were withdrawn.

Complaints about the Mayor

2030/31

2031/32

Received

6

9

3.\tComplaints about the Mayor's office
3.1\tThe office received 19 complaints, 15 at the first stage and 4 at the second.
"""


def test_bracketed_count_in_words_leaves_the_year_the_reports(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, REPORT, "kelmarsh-panel-complaints.txt")
    assert ("received", 19, "count", None, "2031/32") in keys
