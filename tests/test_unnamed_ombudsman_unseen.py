"""Excerpts that begin inside a report, below its cover, and say only "the Ombudsman": which ombudsman
decided a case follows from the words of its findings (fault and injustice are the Local Government and
Social Care Ombudsman's; service failure, maladministration with orders, and redress the Housing
Ombudsman's) and from whom the excerpt speaks of (the council, residents' homes). Written here in words of our
own before the change; see the commit message for counts before and after."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision

COUNCIL_EXCERPT = """6. Ombudsman investigations

6.1 During the year the Ombudsman made decisions on 9 complaints about the council. In one case, about a school transport application, the Ombudsman found fault causing injustice; we agreed to pay £300 and to review the policy.
"""

LANDLORD_EXCERPT = """Complaints escalated to the Ombudsman

The Ombudsman issued one determination this year. It found service failure in our response to a tenant's report of a broken boiler and ordered us to pay £150 compensation.
"""

NO_CASE = """Our complaints procedure

If you remain unhappy after stage 2 you can ask the Ombudsman to look at your complaint. The Ombudsman is free and independent.
"""


def decisions(tmp_path: Path, text: str) -> list[tuple[str, str, float | None]]:
    path = tmp_path / "excerpt.txt"
    path.write_text(text, encoding="utf-8")
    return [(d.body, d.outcome, d.payment_gbp) for d in extract(load(path)) if isinstance(d, Decision)]


def test_fault_and_injustice_found_about_a_council_is_the_lgsco_s(tmp_path: Path) -> None:
    assert decisions(tmp_path, COUNCIL_EXCERPT) == [("LGSCO", "upheld", 300.0)]


def test_service_failure_ordered_for_a_tenant_is_the_housing_ombudsman_s(tmp_path: Path) -> None:
    assert decisions(tmp_path, LANDLORD_EXCERPT) == [("HO", "upheld", 150.0)]


def test_an_ombudsman_named_in_the_procedure_alone_decided_nothing(tmp_path: Path) -> None:
    assert decisions(tmp_path, NO_CASE) == []
