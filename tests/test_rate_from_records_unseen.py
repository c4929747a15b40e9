"""A rate per 1,000 homes (a landlord's Tenant Satisfaction Measures CH01 and CH02) is checked against the count
of its stage and period that the report states anywhere, over the homes it says it owns or manages anywhere:
the rate, its count and its base are rarely in one sentence ("We manage 8,240 homes." ... "We received 611
stage 1 complaints." ... "Stage 1 complaints per 1,000 homes: 74.2"). A rate that holds passes; one that does
not is flagged, as a warning (the base is a stock stated apart from the rate, perhaps at another date).

Written before the code, in words of our own: 0 of 3 rates checked before (no check pointed at them), 3
after; a benchmark rate and a rate whose count the report never states give no check.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_checks

REPORT = """Ashgrove Housing Trust: complaints report 2031/32

About us
Ashgrove Housing Trust owns and manages 8,240 homes across the Vale.

Complaints received
We received 611 stage 1 complaints and 67 stage 2 complaints during 2031/32.

Tenant Satisfaction Measures
CH01 Stage 1 complaints per 1,000 homes: {ch01}
CH02 Stage 2 complaints per 1,000 homes: {ch02}
"""


def _rate_checks(tmp_path: Path, text: str) -> dict[int, str]:
    return {c.line: c.status for c in report_checks(tmp_path, text) if c.rule == "rate"}


def test_rates_that_hold_pass(tmp_path: Path) -> None:
    # 611 / 8,240 x 1,000 = 74.15; 67 / 8,240 x 1,000 = 8.13
    assert _rate_checks(tmp_path, REPORT.format(ch01="74.2", ch02="8.1")) == {10: "pass", 11: "pass"}


@pytest.mark.parametrize("ch01,ch02,line", [("81.2", "8.1", 10), ("74.2", "9.4", 11)])
def test_a_rate_that_does_not_hold_is_flagged(tmp_path: Path, ch01: str, ch02: str, line: int) -> None:
    assert _rate_checks(tmp_path, REPORT.format(ch01=ch01, ch02=ch02)).get(line) == "warn"


def test_a_rate_in_prose_with_its_base_above(tmp_path: Path) -> None:
    text = ("Tenants' news, winter 2032\n\nWe look after 3,150 homes in Dunmere and Kirkby Fold.\n\n"
            "Between April 2031 and March 2032 you made 96 stage one complaints to us. That works out at 30.5 "
            "complaints for every 1,000 homes.\n")
    assert set(_rate_checks(tmp_path, text).values()) == {"pass"}


def test_no_check_of_a_benchmark_or_of_a_rate_whose_count_is_not_stated(tmp_path: Path) -> None:
    text = ("Complaints report 2031/32\n\nWe own 5,600 homes.\n\nOur stage 1 complaints came to 41.0 per 1,000 homes, "
            "against a sector median of 38.7 per 1,000 homes.\n")
    assert _rate_checks(tmp_path, text) == {}
