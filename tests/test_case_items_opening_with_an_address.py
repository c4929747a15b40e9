"""A list of ombudsman cases whose items open with the home's address ("14 Gannet Road - ...: reasonable redress")
is a list of cases, not of counts: a house number followed by a street's name counts nothing. A count item
("3 upheld", "14 complaints upheld") still counts.

Words of our own; this test was written after the change it pins (patterns/ombudsman.toml item-counts-cases),
and checked against the code before it: 1 of 3 cases read before, 3 after.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision, Figure

TEXT = """Housing Ombudsman determinations

The Ombudsman sent us three determinations in the quarter:

(a) Flat 2, Alder Court - a blocked shared drain: maladministration. We were ordered to pay £600.
(b) 27 Larch Crescent - a leaking cistern and our reply to the complaint: reasonable redress for the repair, but
service failure in our complaint handling. Order to pay £100.
(c) 9 Rowan Way - noise from a neighbour: no maladministration.
"""


def test_each_addressed_item_is_a_case(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(TEXT, encoding="utf-8")
    records = extract(load(path))
    outcomes = [d.outcome for d in records if isinstance(d, Decision)]
    assert outcomes == ["upheld", "partially_upheld", "not_upheld"]
    assert not [f for f in records if isinstance(f, Figure) and f.value in (27, 9)]
