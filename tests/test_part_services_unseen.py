"""The service of a figure about a part of the organisation: sentences and small tables written for
this file in the wording of a district council, an NHS trust, a university and a landlord (no corpus
document holds them).

SPEC 5: `council` is a total for the whole organisation. A figure of a named department, team or unit
(its `area`) is not the whole: in a council it is `corporate` unless the unit is one of the named
services (adults, children, housing ...); in a body that is no council (NHS trust, university) its
service is null unless one of section 5; in a landlord's report every figure is `housing`. A count
of complaints named by a service ("housing complaints", "complaints about adult social care") is
that service's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

COUNCIL = "Ashvale District Council\nComplaints annual report 2029/30\n\nThis report sets out how the council handled complaints.\n\n"
TRUST = "Ridgeway NHS Foundation Trust\nComplaints annual report 2029/30\n\nThis report sets out how the Trust handled complaints.\n\n"
UNIVERSITY = "University of Eastmoor\nStudent complaints annual report 2029/30\n\nThis report sets out how the University handled complaints.\n\n"
LANDLORD = "Moorland Homes\nComplaints annual report 2029/30\n\nThis report tells residents how we handled complaints.\n\n"


def served(tmp_path: Path, header: str, text: str) -> dict[float, tuple[str | None, str | None]]:
    """Each received count's value -> (service, whether it has an area)."""
    f = tmp_path / "report.txt"
    f.write_text(header + text + "\n", encoding="utf-8")
    return {r.value: (r.service, r.area is not None) for r in extract(load(f))
            if isinstance(r, Figure) and r.measure == "received"}


CASES = [
    # a council's departments: the corporate procedure's parts; its total: the whole council
    (COUNCIL, ("Complaints by department\n\n| Department | Complaints |\n| --- | --- |\n| Planning | 14 |\n"
               "| Waste and Recycling | 31 |\n| Total | 45 |"),
     {14: "corporate", 31: "corporate", 45: "council"}),
    (COUNCIL, "We received 300 complaints in total. The Revenues and Benefits team received 22 of them.",
     {300: "council", 22: "corporate"}),
    (COUNCIL, "Environmental Health received 17 complaints during the year.", {17: "corporate"}),
    (COUNCIL, "Adult Social Care received 30 complaints during the year.", {30: "adults"}),
    # an NHS trust's and a university's units: no service of section 5
    (TRUST, "The Trust received 600 complaints. The Emergency Department received 40 complaints.",
     {600: "council", 40: None}),
    # a trust that names itself only as "the Trust"
    ("Complaints annual report 2029/30\n\nThis report sets out how the Trust handled complaints.\n\n",
     "The Trust received 600 complaints. The Maternity Unit received 25 complaints.", {600: "council", 25: None}),
    (UNIVERSITY, "The University received 90 complaints. The Faculty of Arts received 12 complaints.",
     {90: "council", 12: None}),
    # a landlord's teams are housing, like its totals
    (LANDLORD, "We received 410 complaints. The repairs team received 120 complaints.",
     {410: "housing", 120: "housing"}),
    # a count named by a service
    (COUNCIL, "Housing complaints rose to 95 this year.", {95: "housing"}),
    (COUNCIL, "There were 41 complaints about adult social care.", {41: "adults"}),
    (COUNCIL, "Complaints about children's services fell to 28.", {28: "children"}),
]


@pytest.mark.parametrize(("header", "text", "expected"), CASES, ids=[c[1][:50] for c in CASES])
def test_part_service(tmp_path: Path, header: str, text: str, expected: dict[float, str | None]) -> None:
    got = served(tmp_path, header, text)
    assert {v: got.get(v, ("missing",))[0] for v in expected} == expected


@pytest.mark.parametrize(("header", "text", "expected"), CASES, ids=[c[1][:50] for c in CASES])
def test_no_part_is_the_whole_council(tmp_path: Path, header: str, text: str, expected: dict) -> None:
    """Whatever else is read: a figure with an area is never the whole council's."""
    got = served(tmp_path, header, text)
    assert not [v for v, (service, has_area) in got.items() if has_area and service == "council"]
