"""Rates per 1,000 homes, tenancies or residents (SPEC 2 unit `per_1000`: TSM CH01, SPSO indicator
1a) are figures of their own, never counts, and a rate per 100,000 or per month is no such rate."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

HEADER = "Feedback and complaints annual review 2030/31\n\n"


def keys(tmp_path: Path, text: str) -> set[tuple]:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + text + "\n", encoding="utf-8")
    return {(r.measure, r.value, r.unit, r.period) for r in extract(load(f)) if isinstance(r, Figure)}


def test_a_rate_in_prose_and_last_years_rate_beside_it(tmp_path: Path) -> None:
    got = keys(tmp_path, "Tenants made 18.3 complaints per 1,000 homes, against 21.9 in 2029/30.")
    assert {("received", 18.3, "per_1000", "2030/31"), ("received", 21.9, "per_1000", "2029/30")} <= got


def test_a_rate_as_a_label_and_its_value(tmp_path: Path) -> None:
    got = keys(tmp_path, "Indicator 1 (ii)\nComplaints received per 1,000 residents\n5.7\n")
    assert ("received", 5.7, "per_1000", "2030/31") in got


def test_other_rates_are_not_per_1000(tmp_path: Path) -> None:
    got = keys(tmp_path, "There were 3.1 complaints per 100,000 residents and 40 complaints per month.")
    assert not any(u == "per_1000" for _, _, u, _ in got)
    assert not any(v == 3.1 for _, v, _, _ in got)
