"""Key-figure tiles whose note under the value states a change with last year's value in brackets ("up 8% on
last year (889)") or a share of another tile's figure ("85% of complaints received") are checked: the note names
both numbers, so a mismatch fails. Own words, written on 2026-12-07 before the change: 1 of 7 passed on 1fdd028
(the one asking for no judgement); 7 of 7 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses, core_keys

PANEL = """Year at a glance 2030/31

Complaints received
960
up {change}% on last year (889)

Answered in time
816
{share}% of complaints received

Compliments received
402
down {drop} on 2029/30 (425)
"""


def _panel(change: int = 8, share: int = 85, drop: int = 23) -> str:
    return PANEL.format(change=change, share=share, drop=drop)


@pytest.mark.parametrize("rule, stated, text", [
    ("stated_change", 12.0, _panel(change=12)),
    ("percentage", 80.0, _panel(share=80)),
    ("stated_change", 30.0, _panel(drop=30)),
])
def test_a_wrong_note_fails(tmp_path: Path, rule: str, stated: float, text: str) -> None:
    assert ("fail", stated) in check_statuses(tmp_path, text, rule)


def test_notes_that_hold_pass(tmp_path: Path) -> None:
    statuses = check_statuses(tmp_path, _panel(), "stated_change") | check_statuses(tmp_path, _panel(), "percentage")
    assert {("pass", 8.0), ("pass", 85.0), ("pass", 23.0)} <= statuses
    assert not {s for s in statuses if s[0] == "fail"}


def test_a_share_note_is_the_tile_s_share(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, _panel(), "panel.txt")
    assert ("within_target", 85.0, "percent", None, "2030/31") in keys
    assert ("received", 85.0, "percent", None, "2030/31") not in keys


def test_last_year_s_value_in_the_note_is_read(tmp_path: Path) -> None:
    assert ("received", 889.0, "count", None, "2029/30") in core_keys(tmp_path, _panel(), "panel.txt")


def test_a_note_naming_no_tile_is_not_judged(tmp_path: Path) -> None:
    text = _panel().replace("of complaints received", "of all contacts")
    assert not {s for s in check_statuses(tmp_path, text, "percentage") if s[0] == "fail"}
