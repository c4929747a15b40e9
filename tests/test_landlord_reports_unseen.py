"""Whose complaints a report counts when it is a landlord's report: sentences written for this file in
the wording of a council that is a social landlord, a housing association and a council with many
services (no corpus document holds them).

SPEC 5: `housing` is housing management, ALMOs and landlord services; `council` a total for the whole
council. A report that answers to the Housing Ombudsman alone (the annual complaints report the Housing
Ombudsman's Code asks every social landlord for, a council's included) counts its landlord service's
complaints: its totals are `housing`. A council report that also answers to the Local Government and
Social Care Ombudsman, or to no ombudsman, counts the whole council's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure


def services(tmp_path: Path, text: str) -> dict[float, str | None]:
    f = tmp_path / "report.txt"
    f.write_text(text + "\n", encoding="utf-8")
    return {r.value: r.service for r in extract(load(f)) if isinstance(r, Figure) and r.measure == "received"}


CASES = [
    (("Brackenfield Borough Council\nAnnual complaints performance and service improvement report 2029/30\n\n"
     "As a social landlord the council must publish this report under the Housing Ombudsman's Complaint "
     "Handling Code.\n\nWe received 412 stage 1 complaints and 58 stage 2 complaints during the year."),
     {412: "housing", 58: "housing"}),
    (("Eastwold District Council\nLandlord complaints report 2029/30\n\n"
     "The council is a member of the Housing Ombudsman Scheme. Tenants can contact the council tax team "
     "separately.\n\nThe council received 230 complaints from its tenants this year."),
     {230: "housing"}),
    (("Greywater Homes\nComplaints report 2029/30\n\nIn 2029/30 we received 640 complaints. The local council "
     "refers some residents to us, and the Housing Ombudsman made 4 determinations."),
     {640: "housing"}),
    # a council answering to both ombudsmen, or to the LGSCO only: the whole council's figures
    (("Brackenfield Borough Council\nComplaints annual report 2029/30\n\n"
     "Complaints about council housing go to the Housing Ombudsman; all other complaints go to the Local "
     "Government and Social Care Ombudsman.\n\nThe council received 1,240 complaints during the year."),
     {1240: "council"}),
    (("Eastwold District Council\nComplaints annual report 2029/30\n\n"
     "The council received 890 complaints during the year. The Local Government and Social Care Ombudsman "
     "decided 12 complaints about the council."),
     {890: "council"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0].split("\n")[1][:40] + str(i) for i, c in enumerate(CASES)])
def test_whose_complaints(tmp_path: Path, text: str, expected: dict[float, str]) -> None:
    got = services(tmp_path, text)
    assert {v: got.get(v, "missing") for v in expected} == expected
