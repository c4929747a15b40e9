"""More Housing Ombudsman case shapes, in words no corpus document holds. Written before the change
and run on main at fd9cfc6: 7 of the 8 failed there (the summary count passed): no decision for "a
determination of no maladministration", a payment remedy read from "£0", "Case 2" read as 2
complaints received, and so on."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Decision, Figure


def read(tmp_path: Path, text: str) -> list[Figure | Decision]:
    path = tmp_path / "cases.txt"
    path.write_text(text, encoding="utf-8")
    return extract(load(path))


def test_a_determination_of_no_maladministration_is_a_case_not_upheld(tmp_path: Path) -> None:
    found = read(tmp_path, "Housing Ombudsman\n\nThe Ombudsman made a determination of no maladministration "
                           "about our handling of a noise complaint.\n")
    assert [(d.body, d.outcome, list(d.remedies)) for d in found if isinstance(d, Decision)] == [("HO", "not_upheld", [])]


def test_nothing_paid_is_no_payment_remedy(tmp_path: Path) -> None:
    found = read(tmp_path, "Housing Ombudsman cases 2030/31\n\nCase reference | Subject | Finding | Compensation\n"
                           "202305678 | Repairs | Service failure | £150\n"
                           "202309999 | Anti-social behaviour | No maladministration | £0\n")
    assert [(d.outcome, d.payment_gbp, list(d.remedies)) for d in found if isinstance(d, Decision)] == [
        ("upheld", 150.0, ["payment"]), ("not_upheld", None, [])]


def test_a_case_number_in_a_list_is_no_count(tmp_path: Path) -> None:
    found = read(tmp_path, "Spotlight: Housing Ombudsman determinations\n\nCase 2 - Complaint handling\n"
                           "Finding: Service failure\nOrders: £250 compensation\n")
    assert [f for f in found if isinstance(f, Figure)] == []
    assert [(d.body, d.outcome) for d in found if isinstance(d, Decision)] == [("HO", "upheld")]


def test_the_ombudsmans_view_is_its_finding(tmp_path: Path) -> None:
    # written before the change; on main at fd9cfc6 no decision came out
    found = read(tmp_path, "Housing news\n\nIn the Housing Ombudsman's view there was maladministration in the "
                           "landlord's complaint handling.\n")
    assert [(d.body, d.outcome, d.finding) for d in found if isinstance(d, Decision)] == [
        ("HO", "upheld", "maladministration")]


def test_reasonable_redress_asks_for_no_remedy(tmp_path: Path) -> None:
    # written before the change; on main at fd9cfc6 the landlord's own offer was read as a payment remedy
    found = read(tmp_path, "Housing news\n\nThe Housing Ombudsman concluded that the landlord's offer of £250 was "
                           "reasonable redress.\n")
    assert [(d.outcome, list(d.remedies)) for d in found if isinstance(d, Decision)] == [("not_upheld", [])]


@pytest.mark.parametrize("sentence, finding", [
    # "in respect of the ..." names what the case was about, not "in 3 of the cases" (a summary count)
    (("The Ombudsman determined that there was maladministration in respect of the landlord's handling of "
      "the resident's reports of a leak."), "maladministration"),
    ("We received a determination of severe maladministration regarding a resident's damp complaint.",
     "severe maladministration"),
])
def test_more_ways_to_tell_one_determination(tmp_path: Path, sentence: str, finding: str) -> None:
    # written before the change; on main at fd9cfc6 neither gave a decision
    found = read(tmp_path, f"Housing Ombudsman determinations\n\n{sentence}\n")
    assert [(d.body, d.outcome, d.finding) for d in found if isinstance(d, Decision)] == [("HO", "upheld", finding)]


def test_a_summary_count_of_findings_is_no_case(tmp_path: Path) -> None:
    found = read(tmp_path, "Housing Ombudsman determinations\n\nThe Ombudsman found maladministration in 3 of the "
                           "cases it determined.\n")
    assert [d for d in found if isinstance(d, Decision)] == []
