"""A one-column table set out with spaces ("Measure   Q2" over "Formal complaints received   96") is read even
where a row label opens on its unit's sign ("% closed within agreed timescale   79%", "# of reviews"): such a
row had made the whole table unreadable. Written before the change in words of our own, as a probe of a
health body's formal stage (SPEC 2: with PALS concerns counted apart and no second stage, complaints are at
stage 1); the probe showed the table was not read at all, and once read the formal stage already held.
1 of 3 passed before the change (the concerns row), 3 of 3 after; the fourth test was written with it."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

REPORT = """Westerby Community Health NHS Trust
Patient feedback report, Quarter 2 2031/32

Table 2: Complaints and concerns, Quarter 2 2031/32
Measure                                   Q2
Formal complaints received                 96
PALS concerns received                    418
Complaints closed                          90
Closed within agreed timescale             71
% closed within agreed timescale           79%
Average working days to close            28.6

PALS resolved 88% of concerns within 5 working days.
"""


def test_timeliness_rows_without_a_noun_are_at_the_formal_stage(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, REPORT)
    assert ("within_target", 71, "count", "stage1", "2031/32 Q2") in keys
    assert ("within_target", 79, "percent", "stage1", "2031/32 Q2") in keys


def test_average_days_row_is_at_the_formal_stage(tmp_path: Path) -> None:
    assert ("average_response_days", 28.6, "working_days", "stage1", "2031/32 Q2") in core_keys(tmp_path, REPORT)


def test_concerns_timeliness_keeps_no_stage(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, REPORT)
    assert not any(k[1] == 88 and k[3] == "stage1" for k in keys)


def test_hash_opening_row_label(tmp_path: Path) -> None:
    text = ("Fenwick Lane Housing Co-operative: complaints, Quarter 3 2032/33\n\n"
            "Indicator                             Q3\n"
            "Stage one complaints received          41\n"
            "# of complaints escalated to stage two  6\n"
            "Stage one replies on time              37\n")
    keys = core_keys(tmp_path, text)
    assert ("received", 41, "count", "stage1", "2032/33 Q3") in keys
    assert ("received", 6, "count", "stage2", "2032/33 Q3") in keys
