"""Last year's value on a line of its own under a figure ("Last year: 1,980", "Same quarter last year:
402", "2029/30: 84%"), as web pages and summaries print it: the figure above again with that value and
period, and never the value of the label above it. Pages written here in words of our own (2026-12-05)
before the change that reads them: at 634ce7e 2 of the 10 core keys below were read (and three more
wrongly: last year's values as this year's); after, 10 of 10. A line that names a target is no period's
value and no card's (at 634ce7e both targets were read as this year's counts)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

CARDS = """Our year in numbers 2030/31
2,046
complaints received
Last year: 1,980
64
complaints escalated to stage 2
Last year: 71
12.5
average working days to respond
Last year: 14.1
"""

QUARTER = """Feedback summary, quarter 3 2030/31
Stage 1 complaints: 388
Same quarter last year: 402
Stage 2 complaints: 41
Same quarter last year: 37
"""

TARGETS = """Our year in numbers 2030/31
2,046
complaints received
Target: 1,900
64
complaints escalated to stage 2
Target: 70
"""


def test_last_years_value_under_a_card_is_the_card_again(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, CARDS)
    assert {("received", 1980.0, "count", "2029/30"), ("received", 71.0, "count", "2029/30"),
            ("average_response_days", 14.1, "working_days", "2029/30"), ("received", 2046.0, "count", "2030/31"),
            ("received", 64.0, "count", "2030/31"), ("average_response_days", 12.5, "working_days", "2030/31")} \
        <= {(m, v, u, p) for m, v, u, _, p in keys}
    assert not {(m, v) for m, v, _, _, p in keys if p == "2030/31"} & {("received", 1980.0), ("received", 71.0)}


def test_the_same_quarter_last_year(tmp_path: Path) -> None:
    assert {("received", 402.0, "count", "stage1", "2029/30 Q3"), ("received", 37.0, "count", "stage2", "2029/30 Q3"),
            ("received", 388.0, "count", "stage1", "2030/31 Q3"), ("received", 41.0, "count", "stage2", "2030/31 Q3")} \
        <= core_keys(tmp_path, QUARTER)


def test_a_target_under_a_card_is_no_figure(tmp_path: Path) -> None:
    assert not {k for k in core_keys(tmp_path, TARGETS) if k[1] in (1900.0, 70.0)}
