"""A stated change whose earlier value follows "than in <year>, when ..." ("... 12% more than in 2029/30, when it
logged 1,900"; "That's 8% fewer than in 2029/30, when we dealt with 580"): the value after "when" is the earlier
year's, so the stated size is judged. Own words, written on 2026-12-07 before the change: 0 of 8 passed on
19c6b20 (no change was checked); 8 of 8 after. The last test, on the figure's period, 0 of 1 on 5ceb453, 1 of 1 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses, core_keys

CASES = [
    ("Our contact centre logged 2,310 complaints in 2030/31, {size}% more than in 2029/30, when it logged 1,900.", 22, 12),
    ("Our contact centre logged 2,310 complaints in 2030/31. That is {size}% more than in 2029/30, when it logged 1,900.",
     22, 12),
    ("Our contact centre logged 2,310 complaints in 2030/31. That's {size}% more than in 2029/30, when it logged 1,900.",
     22, 12),
    ("We dealt with 530 stage 1 complaints in 2030/31. This was {size}% fewer than in 2029/30, when we dealt with 580.",
     9, 15),
]


def _statuses(tmp_path: Path, sentence: str) -> set[str]:
    text = f"Complaints report 2030/31\n\n{sentence}\n"
    return {status for status, _ in check_statuses(tmp_path, text, "stated_change")}


@pytest.mark.parametrize("template, right, wrong", CASES)
def test_right_size_passes(tmp_path: Path, template: str, right: int, wrong: int) -> None:
    assert _statuses(tmp_path, template.format(size=right)) == {"pass"}


@pytest.mark.parametrize("template, right, wrong", CASES)
def test_wrong_size_is_noticed(tmp_path: Path, template: str, right: int, wrong: int) -> None:
    assert _statuses(tmp_path, template.format(size=wrong)) & {"fail", "warn"}


def test_value_of_a_when_clause_takes_its_year(tmp_path: Path) -> None:
    """Its figure is dated by the same words (0 of 1 before: the sentence's first year was taken)."""
    text = ("Complaints report 2031/32\n\nWe received 64 stage 2 complaints in 2031/32, fewer than in 2030/31, when "
            "we received 80.\n")
    keys = core_keys(tmp_path, text, "report.txt")
    assert ("received", 80.0, "count", "stage2", "2030/31") in keys
    assert ("received", 64.0, "count", "stage2", "2031/32") in keys
