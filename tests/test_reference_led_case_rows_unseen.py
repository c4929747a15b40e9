"""A case table whose cells the page's text set as paragraphs of their own, each row opening on its case reference
and date ("203110001" / "June 2031" / what it was about / the finding / the orders / what changed): the blocks from
one reference to the next are one case, its verdict the cell that states a finding.

Written before the change in words of our own; on main at f43d701 only the first of the four cases was read.
References over paragraphs that state no finding (cases still with the Ombudsman) give no case.
"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

TABLE = """Housing Ombudsman decisions 2031/32

Ref / date

What it was about

Finding

What we were told to do

203110001
June 2031

Repairs to a leaking
kitchen roof

Maladministration

Apologise and pay
£400

203110877
August 2031

Noise from a
neighbour's flat

No maladministration

None

203111502
October 2031

A rent increase
notice

Outside jurisdiction: a matter for the tribunal

None

203112230
January 2032

How we answered a
complaint about parking

Service failure

Pay £75
"""

WAITING = """Cases with the Ombudsman, 2031/32

203110001

We are still waiting for the Ombudsman to decide this complaint about a boundary fence.

203110877

The Ombudsman has asked us for more papers about a complaint about our repairs service.
"""


def decisions(tmp_path: Path, text: str) -> list[tuple[str | None, str, float | None]]:
    return case_outcomes(tmp_path, text, "page.txt")


def test_one_case_per_referenced_row(tmp_path: Path) -> None:
    assert decisions(tmp_path, TABLE) == [("HO", "upheld", 400.0), ("HO", "not_upheld", None),
                                          ("HO", "out_of_jurisdiction", None), ("HO", "upheld", 75.0)]


def test_references_over_no_finding_are_no_cases(tmp_path: Path) -> None:
    assert decisions(tmp_path, WAITING) == []
