"""A Total row under a column of averages ("Avg working days", "Mean days to respond") states their
average, not their sum: no table_total check may add it up. A column of counts within a number of
days ("Answered within 20 days") still adds up. Words of our own, written before the change
(2026-12-07): the whole-day averages gave a failing table_total before it, none after (the averages
with decimals were never added: no decimal is a count); the count column was judged before and after."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

AVERAGES = [
    ("Table 2: complaints by service\n\n"
     "Service                 Received    Avg working days\n"
     "Housing                      140                  14\n"
     "Waste                         96                   9\n"
     "Planning                      38                  22\n"
     "Total                        274                  13\n"),
    ("Service\tComplaints\tMean days to respond\n"
     "Adult care\t61\t18.5\nChildren's services\t44\t21.0\nTotal\t105\t19.6\n"),
]


@pytest.mark.parametrize("text", AVERAGES, ids=["spaced-avg", "tabbed-mean"])
def test_a_column_of_averages_is_not_added_up(tmp_path: Path, text: str) -> None:
    checks = report_checks(tmp_path, text, "table.txt")
    judged = [c for c in checks if c.rule == "table_total"]
    assert not [c for c in judged if c.status != "pass"], [(c.status, c.message) for c in judged]
    assert any(c.status == "pass" for c in judged)  # the counts beside them are still added up


def test_a_column_of_counts_within_days_still_adds_up(tmp_path: Path) -> None:
    text = ("Service                 Received    Answered within 20 days\n"
            "Housing                      140                       120\n"
            "Waste                         96                        90\n"
            "Planning                      38                        30\n"
            "Total                        274                       250\n")
    checks = report_checks(tmp_path, text, "table.txt")
    assert any(c.rule == "table_total" and c.status == "fail" and c.stated == 250 for c in checks), \
        [(c.rule, c.status, c.message) for c in checks]
