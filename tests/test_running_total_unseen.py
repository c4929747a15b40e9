"""A quarterly report's running total said after the quarter's count ("... 402 in the quarter, taking the
year-to-date total to 790", "188 compliments, bringing the total for the year so far to 352") counts what the
count before it counts, over the year so far; a year's total made of the quarters it names is then checked
(`period_sum`: the first half is its two quarters).

Written before the code, in words of our own: 0 of 3 read before (the total was read as nothing), 3 after;
the sum checked and a slip in it failed. A total of something else ("bringing the total of new homes to 9,400")
is no count of complaints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys, report_checks

Q2 = "Complaints performance report, Quarter 2 2031/32\n\nComplaints and compliments\n\n"


@pytest.mark.parametrize("sentence,expected", [
    ("We received 402 stage 1 complaints in the quarter, against 388 in quarter 1, taking the year-to-date total to 790.",
     ("received", 790.0, "count", "stage1", "2031/32 H1")),
    ("Staff received 188 compliments in the quarter (quarter 1: 164), bringing the total for the year so far to 352.",
     ("compliments", 352.0, "count", None, "2031/32 H1")),
    ("Thirty-one complaints went to stage 2 this quarter, which brings the running total to 57.",
     ("received", 57.0, "count", "stage2", "2031/32 H1")),
])
def test_the_running_total_counts_what_the_count_before_it_counts(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in core_keys(tmp_path, Q2 + sentence + "\n")


@pytest.mark.parametrize("total,status", [("790", "pass"), ("796", "fail")])
def test_the_half_year_is_its_two_quarters(tmp_path: Path, total: str, status: str) -> None:
    text = Q2 + f"We received 402 stage 1 complaints in the quarter, against 388 in quarter 1, taking the year-to-date total to {total}.\n"
    assert [c.status for c in report_checks(tmp_path, text) if c.rule == "period_sum"] == [status]


def test_a_total_of_something_else(tmp_path: Path) -> None:
    text = Q2 + "We let 120 homes in the quarter, bringing the total of new homes to 9,400.\n"
    assert not {k for k in core_keys(tmp_path, text) if k[1] == 9400.0}
