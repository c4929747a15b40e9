"""Cards copied from a web page that sets two or three blank lines around every element: a value, its
label, last quarter's value ("Previous quarter: 1,250") and perhaps an aim ("Target: 95%"), the last
card's label holding numbers of its own ("per 1,000 homes (rolling 12 months)"). Written here in words
of our own after the change (2026-12-05), on the shape of a board paper's dashboard in held-out batch
20 (which read 4 of 20 values right at 2110987 and 15 after); this page: 4 of 8 at 2110987 (no last
quarter's value), 8 after.
What it pins: nearness (label to value, a compared line to its card) is measured in the page's own
line spacing with set-aside lines not counted; an aim under a card's compared line is set aside too; a
run that opens with a value under its heading and ends with one is read value first."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

CARDS = """Quarterly feedback report


3. Key measures – Quarter 3 2030/31



1,311


Stage 1 complaints received


Previous quarter: 1,250


Target: 1,200





142


Complaints escalated to stage 2


Previous quarter: 151





91.5%


Stage 1 responses sent within 10 working days


Previous quarter: 89.0%


Target: 95%





12.2


Average working days to answer at stage 2


Previous quarter: 13.9





67.8


Stage 1 complaints per 1,000 homes (rolling 12 months)


Previous quarter: 66.1





"""


def test_spaced_cards_pair_each_value_with_the_label_below_it(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, CARDS)
    assert {("received", 1311.0, "count", "stage1", "2030/31 Q3"), ("received", 1250.0, "count", "stage1", "2030/31 Q2"),
            ("received", 142.0, "count", "stage2", "2030/31 Q3"), ("received", 151.0, "count", "stage2", "2030/31 Q2"),
            ("within_target", 91.5, "percent", "stage1", "2030/31 Q3"),
            ("within_target", 89.0, "percent", "stage1", "2030/31 Q2"),
            ("average_response_days", 12.2, "working_days", "stage2", "2030/31 Q3"),
            ("average_response_days", 13.9, "working_days", "stage2", "2030/31 Q2")} <= keys
    assert not {k for k in keys if k[1] in (1200.0, 95.0)}, "an aim is no figure"
