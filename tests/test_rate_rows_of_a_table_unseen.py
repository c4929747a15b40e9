"""A table row of a rate ("Complaints per 1,000 population") judged against the rows of its count and its base
in the same column ("Complaints received", "Population"): per x count / base, rounded as printed; the table names
both, so a mismatch fails. Own words, written on 2026-12-07 before the change: 1 of 3 passed on 7efff44 (the one
asking for no failure where the base row is missing); 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import check_statuses

TABLE = """Complaints handling indicators 2031/32

                                        2030/31       2031/32
Population (mid-year estimate)           61,200        61,850
Complaints received                         832           901
Complaints per 1,000 population            13.6          {rate}
"""


def test_a_wrong_rate_fails(tmp_path: Path) -> None:
    assert ("fail", 15.1) in check_statuses(tmp_path, TABLE.format(rate="15.1"), "rate")


def test_rates_that_hold_pass(tmp_path: Path) -> None:
    assert check_statuses(tmp_path, TABLE.format(rate="14.6"), "rate") == {("pass", 13.6), ("pass", 14.6)}


def test_no_rate_judged_without_its_base_row(tmp_path: Path) -> None:
    text = "\n".join(ln for ln in TABLE.format(rate="15.1").split("\n") if not ln.startswith("Population"))
    assert ("fail", 15.1) not in check_statuses(tmp_path, text, "rate")
