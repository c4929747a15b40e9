"""A general performance report's figures come from its complaint parts only.

Every text is written for the test; no corpus document holds it."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

GENERAL = """Borough Performance Digest

Quarter 2 2030/31

Libraries

Visits rose to 41,200 in the quarter. 1,020 new members joined, 15% more than last quarter.

Service | Q1 2030/31 | Q2 2030/31
Loans | 9,100 | 9,450
Events | 120 | 131
Total | 9,220 | 9,581

Customer feedback

We received 212 complaints in the quarter and upheld 61 of them.

Service | Q1 2030/31 | Q2 2030/31
Waste | 90 | 84
Parking | 71 | 128
Total | 161 | 212
"""


def _figures(tmp_path: Path, text: str, name: str) -> list[Figure]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [r for r in extract(load(path)) if isinstance(r, Figure)]


def test_only_the_complaints_section_of_a_general_report(tmp_path: Path) -> None:
    values = {f.value for f in _figures(tmp_path, GENERAL, "digest.txt")}
    assert {212, 61, 90, 84, 71, 128, 161} <= values
    assert not values & {41200, 1020, 9100, 9450, 120, 131, 9220, 9581}


def test_a_complaints_report_keeps_its_unlabelled_tables(tmp_path: Path) -> None:
    """Counter-case: when the cover says the report is about complaints, a table under a plain
    heading is still the report's."""
    text = "Annual complaints report 2030/31\n\nBy team\n\nTeam | 2029/30 | 2030/31\nWaste | 90 | 84\nParking | 71 | 128\n"
    values = {f.value for f in _figures(tmp_path, text, "annual.txt")}
    assert {90, 84, 71, 128} <= values

