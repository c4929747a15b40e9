"""The formal stage of a procedure with concerns before it and no second stage (SPEC 2: "formal" is
stage1), decided once for the document by extractor/formal_stage.py. Pages written here in words of
our own after the change (2026-12-05), on the shape of NHS, ambulance and adult social care reports in
the held-out batches; at 97e1d23 the complaints below had no stage (0 of 3 right), after, stage1 (3 of
3). Where informal complaints are counted, or a second stage is named, complaints keep no stage."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

CONCERNS_THEN_COMPLAINTS = """Patient feedback report, quarter 2 2030/31
This quarter we received 212 complaints and 340 concerns, and 410 compliments.
Of the complaints we closed, 61 were upheld.
"""

INFORMAL_COMPLAINTS = """Complaints report, quarter 2 2030/31
This quarter we received 212 complaints. 140 informal complaints were resolved by the service within 5 days.
We also received 410 compliments.
"""

SECOND_STAGE_NAMED = """Patient feedback report, quarter 2 2030/31
This quarter we received 212 complaints and 340 concerns.
Complainants who are not satisfied may ask for a stage 2 review.
"""


def test_complaints_beside_concerns_are_the_formal_stage(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, CONCERNS_THEN_COMPLAINTS)
    assert {("received", 212.0, "count", "stage1", "2030/31 Q2"), ("received", 340.0, "count", "informal", "2030/31 Q2"),
            ("upheld", 61.0, "count", "stage1", "2030/31 Q2"), ("compliments", 410.0, "count", None, "2030/31 Q2")} <= keys


def test_complaints_that_span_an_informal_stage_keep_no_stage(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, INFORMAL_COMPLAINTS)
    assert ("received", 212.0, "count", None, "2030/31 Q2") in keys


def test_a_named_second_stage_leaves_complaints_as_read(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, SECOND_STAGE_NAMED)
    assert ("received", 212.0, "count", None, "2030/31 Q2") in keys
