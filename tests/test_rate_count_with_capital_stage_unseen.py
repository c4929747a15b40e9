"""A rate per 1,000 homes beside its count when the count's noun opens with a capitalised stage ("447
Stage 1 complaints across its 10,490 homes, equivalent to 46.2 per 1,000 homes"): the count is the
rate's, as it is with "stage one complaints" in lower case. Words of our own for invented landlords,
written before the change (2026-12-07): 0 of 2 wrong rates failed before (no check: the capital S hid
the count), 2 after; the right rates pass (no check before either)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

RATES = [
    (("Complaints 2033/34\n\nIn 2033/34 Redfern Homes logged 512 Stage 1 complaints across its 11,200 homes, "
     "equivalent to {r} per 1,000 homes.\n"), "45.7", "48.9"),
    (("Complaints\n\nCastlegate Council recorded 96 Stage One complaints from its 6,400 tenancies, a rate of "
     "{r} per 1,000 tenancies.\n"), "15", "18"),
]


def _rates(tmp_path: Path, text: str) -> list:
    return [c for c in report_checks(tmp_path, text, "report.txt") if c.rule == "average"]


@pytest.mark.parametrize(("text", "right", "wrong"), RATES, ids=["stage-1", "stage-one"])
def test_a_wrong_rate_fails(tmp_path: Path, text: str, right: str, wrong: str) -> None:
    assert [c.status for c in _rates(tmp_path, text.format(r=wrong))] == ["fail"]


@pytest.mark.parametrize(("text", "right", "wrong"), RATES, ids=["stage-1", "stage-one"])
def test_the_right_rate_passes(tmp_path: Path, text: str, right: str, wrong: str) -> None:
    assert [c.status for c in _rates(tmp_path, text.format(r=right))] == ["pass"]
