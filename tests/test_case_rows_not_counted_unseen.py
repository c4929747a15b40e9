"""A row of an ombudsman's case table is one decision, never also a count of one complaint of its outcome,
whether or not the table's title stands right over it. Own words, written before the code (main at
35c8f31): before the change the decisions were read and each row also gave a figure of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

from extractor import extract, load
from extractor.models import Decision

TITLED = """Findings of the Housing Ombudsman, 2032/33
Case | Finding | Orders
Repairs to a communal door | Maladministration | Apology and £200 compensation
Handling of a noise complaint | No maladministration | None
Complaint handling | Service failure | £50 compensation
"""

COUNCIL_REVIEWS = """Stage 2 reviews completed in quarter 3

Programme | Issue | Outcome
Waste | Missed bins at a block of flats | Upheld
Parking | Penalty charge on a blue badge | Not upheld
Libraries | Closure hours | Upheld
"""


def test_case_rows_are_decisions_only(tmp_path: Path) -> None:
    path = tmp_path / "ho.txt"
    path.write_text(TITLED, encoding="utf-8")
    records = extract(load(path))
    assert [(d.body, d.outcome) for d in records if isinstance(d, Decision)] == [
        ("HO", "upheld"), ("HO", "not_upheld"), ("HO", "upheld")]
    assert report_figures(tmp_path, TITLED, "ho2.txt") == []


def test_a_councils_own_case_rows_stay_figures(tmp_path: Path) -> None:
    """Counter-example: the council's own review outcomes, no ombudsman, are figures of 1 as before."""
    assert sorted((f.measure, f.value) for f in report_figures(tmp_path, COUNCIL_REVIEWS)) == [
        ("not_upheld", 1.0), ("upheld", 1.0), ("upheld", 1.0)]
