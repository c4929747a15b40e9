"""A paragraph whose lines each tell one case ("Repairs to a roof - Maladministration. We were ordered to pay
£250.") under a sentence leading into them ("We received 3 determinations from the Housing Ombudsman in 2032/33."):
one case per line; the lead is a count, no case.

Written before the change in words of our own; on main at 81ae824 the three cases were read as one partly upheld
case paying £1,250. The same lead over counts by finding ("Maladministration - 2") gives no case.
"""

from __future__ import annotations

from pathlib import Path

import extractor
from extractor.models import Decision, Figure

CASES = """Annual report on complaints 2032/33

What the Housing Ombudsman said
We received 3 determinations from the Housing Ombudsman in 2032/33.
Repairs to a roof - Maladministration. We were ordered to pay £250.
Damp in a flat - Severe maladministration. We were ordered to pay £1,000 and review our damp policy.
Communal cleaning - No maladministration.
"""

COUNTS = """Annual report on complaints 2032/33

What the Housing Ombudsman said
We received 4 determinations from the Housing Ombudsman in 2032/33.
Maladministration - 2
Service failure - 1
No maladministration - 1
"""


def records(tmp_path: Path, text: str) -> list:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extractor.extract(extractor.load(path))


def test_one_case_per_line_below_the_lead(tmp_path: Path) -> None:
    got = [(d.line, d.outcome, d.payment_gbp) for d in records(tmp_path, CASES) if isinstance(d, Decision)]
    assert got == [(5, "upheld", 250.0), (6, "upheld", 1000.0), (7, "not_upheld", None)]


def test_counts_by_finding_are_no_cases(tmp_path: Path) -> None:
    got = records(tmp_path, COUNTS)
    assert not [d for d in got if isinstance(d, Decision)]
    assert ("upheld", 2.0) in {(f.measure, f.value) for f in got if isinstance(f, Figure)}
