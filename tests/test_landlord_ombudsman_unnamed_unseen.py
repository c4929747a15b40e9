"""A landlord's report that calls its ombudsman only "the Ombudsman": the findings it lists (maladministration,
severe maladministration, reasonable redress, service failure) about tenants' homes (repairs, damp) are the Housing
Ombudsman's when the text names no council and no other nation.

Written before the change in words of our own; on main at ffec61b the two landlord pages gave outcome counts of 1
and no decision. A council's page listing "maladministration" findings keeps its cases unattributed to the Housing
Ombudsman (a council's ombudsman is the LGSCO, and its landlord cases may be either).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor
from extractor.models import Decision

TABLE = """Complaints annual report 2032/33

Escalated to the Ombudsman

| Case | Subject | Finding | Orders |
|---|---|---|---|
| 1 | Damp and mould | Maladministration | Apology, £350 |
| 2 | Repairs | No maladministration | None |
"""

LIST = """Tenants' report on complaints, 2032/33

What the Ombudsman decided
- Leak into a bathroom: severe maladministration, £600 ordered
- Letter about rent arrears: reasonable redress
"""

COUNCIL = """Complaints annual report 2032/33

The Council's cases with the Ombudsman

| Case | Subject | Finding | Orders |
|---|---|---|---|
| 1 | Parking permit | Maladministration | Apology |
"""


def decisions(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    return [(d.body, d.outcome) for d in extractor.extract(extractor.load(path)) if isinstance(d, Decision)]


@pytest.mark.parametrize("text, expected", [
    (TABLE, [("HO", "upheld"), ("HO", "not_upheld")]),
    (LIST, [("HO", "upheld"), ("HO", "not_upheld")]),
])
def test_a_landlords_ombudsman_is_the_housing_ombudsman(tmp_path: Path, text: str, expected: list) -> None:
    assert decisions(tmp_path, text) == expected


def test_a_councils_cases_are_not_the_housing_ombudsmans(tmp_path: Path) -> None:
    assert ("HO", "upheld") not in decisions(tmp_path, COUNCIL)
