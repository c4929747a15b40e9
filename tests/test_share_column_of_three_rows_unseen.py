"""A column of shares in a table of three rows whose base column's header names the whole ("Closed",
"Complaints"): two rows agreeing on the base are enough to tell the third that does not (a warning), where four
rows were needed. Own words, written on 2026-12-07 before the change: 1 of 3 passed on 1fdd028 (the one asking
for no warning); 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import check_statuses

HALVES = """Concerns closed in time 2031/32

Half year      Closed    In time    Per cent
April-Sept        410        328       {share}%
Oct-March         452        371       82.1%
Year              862        699       81.1%
"""

OWN_SHARES = """Complaints by stage 2031/32

| Stage | Complaints | Answered on time |
|---|---:|---:|
| Stage 1 | 520 | 447 ({share}%) |
| Stage 2 | 64 | 50 (78%) |
| All | 584 | 497 (85%) |
"""


def test_a_half_year_share_off_its_base_is_told(tmp_path: Path) -> None:
    assert ("warn", 85.0) in check_statuses(tmp_path, HALVES.format(share=85.0), "percentage")


def test_an_own_share_off_its_base_is_told(tmp_path: Path) -> None:
    assert ("warn", 91.0) in check_statuses(tmp_path, OWN_SHARES.format(share=91), "percentage")


def test_shares_that_fit_are_not_told(tmp_path: Path) -> None:
    statuses = check_statuses(tmp_path, HALVES.format(share=80.0), "percentage") \
        | check_statuses(tmp_path, OWN_SHARES.format(share=86), "percentage")
    assert not {s for s in statuses if s[0] != "pass"}
