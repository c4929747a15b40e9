"""Key figures set out one label and one value to a line under a caption, with no blank lines ("Formal complaints"
/ "Stage 1" / "398" / "Stage 2" / "46", as a web page's figure panel is copied): each stage's label stands over its
value, so the caption is not run into the first label, and every value is its stage's count of what the caption
counts. Own words, written on 2026-12-07 before the change: 1 of 3 passed on 1fdd028 (the wrapped sentence); 3 of 3
after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

LANDLORD = """How we handled complaints in 2031/32

Formal complaints
Stage 1
398
Stage 2
46

We replied to most of them on time.
"""

COUNCIL = """Complaints performance 2030/31

Complaints closed
First stage
512
Second stage
77
"""

WRAPPED = """Complaints performance 2030/31

In the year we dealt with a total of
512
complaints at the first stage, most of them within ten working days.
"""


def test_landlord_panel(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, LANDLORD, "panel.txt")
    assert {("received", 398.0, "count", "stage1", "2031/32"), ("received", 46.0, "count", "stage2", "2031/32")} <= keys


def test_council_panel(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, COUNCIL, "panel.txt")
    assert {("closed", 512.0, "count", "stage1", "2030/31"), ("closed", 77.0, "count", "stage2", "2030/31")} <= keys


def test_a_sentence_wrapped_round_its_value_still_reads(tmp_path: Path) -> None:
    assert {k[:2] for k in core_keys(tmp_path, WRAPPED, "wrapped.txt")} & {("closed", 512.0), ("received", 512.0)}
