"""Ombudsman cases listed the way a landlord's or council's own report lists them, in words no corpus
document holds. Written before the change that reads them; run on main at 38132a3 first (see the
commit message for how many passed there)."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision, Figure


def read(tmp_path: Path, text: str) -> list[Figure | Decision]:
    path = tmp_path / "cases.txt"
    path.write_text(text, encoding="utf-8")
    return extract(load(path))


def decisions(found: list[Figure | Decision]) -> list[tuple[str, str, float | None]]:
    return [(d.body, d.outcome, d.payment_gbp) for d in found if isinstance(d, Decision)]


def test_numbered_determinations_under_a_heading_below_the_ombudsman_heading(tmp_path: Path) -> None:
    # a text file has no heading levels: "Determinations received" sits below "Ombudsman" all the same
    found = read(tmp_path, "Complaints annual report 2030/31\n\nOmbudsman\n\n"
                           "The Housing Ombudsman made 3 findings of maladministration against the council during the year.\n\n"
                           "Determinations received\n\n"
                           "1. Handling of a disrepair claim - maladministration. Compensation of £750 ordered.\n"
                           "2. Allocation of a parking space - no maladministration.\n"
                           "3. Response to a noise complaint - reasonable redress.\n")
    assert decisions(found) == [("HO", "upheld", 750.0), ("HO", "not_upheld", None), ("HO", "not_upheld", None)]


def test_one_paragraph_per_case_opening_with_its_subject(tmp_path: Path) -> None:
    found = read(tmp_path, "Housing Ombudsman cases\n\n"
                           "During 2030/31 the Housing Ombudsman issued determinations on three of our cases.\n\n"
                           "Damp and mould (Ward A): severe maladministration. Orders: pay £1,200 compensation and review "
                           "our damp policy.\n\n"
                           "Leaseholder service charges: no maladministration.\n\n"
                           "Noise nuisance - service failure; we were ordered to pay £150 and to apologise.\n")
    assert decisions(found) == [("HO", "upheld", 1200.0), ("HO", "not_upheld", None), ("HO", "upheld", 150.0)]


def test_two_determinations_told_in_one_paragraph_are_two_cases(tmp_path: Path) -> None:
    found = read(tmp_path, "Complaints and Ombudsman update, quarter 3 2030/31\n\n"
                           "In October the Housing Ombudsman determined a complaint about our handling of a leak at a flat. "
                           "It found maladministration and ordered the association to pay £400 and to review its repairs "
                           "procedure. In November it determined a complaint about a missed gas safety check and found "
                           "service failure; we were ordered to pay £100.\n")
    assert decisions(found) == [("HO", "upheld", 400.0), ("HO", "upheld", 100.0)]


def test_in_one_case_is_a_case(tmp_path: Path) -> None:
    # (the dev-real gold also records "In one case" as one complaint at the ombudsman: a figure stays)
    found = read(tmp_path, "Landlord complaints report 2030/31\n\nHousing Ombudsman\n\n"
                           "In one case about damp in a bathroom the Ombudsman made a finding of severe maladministration "
                           "against us and ordered us to pay £900.\n")
    assert decisions(found) == [("HO", "upheld", 900.0)]


def test_counter_a_council_stage_list_is_no_ombudsman_case(tmp_path: Path) -> None:
    # outcomes of the body's own stage two reviews, in a report that speaks of the ombudsman elsewhere
    found = read(tmp_path, "Complaints annual report 2030/31\n\nHousing Ombudsman\n\n"
                           "The Housing Ombudsman determined 2 of our complaints this year.\n\n"
                           "Stage 2 reviews\n\n"
                           "1. Repairs to a boiler - upheld.\n2. Garden maintenance - not upheld.\n")
    assert decisions(found) == []


def test_an_ombudsman_report_of_one_case_whose_headings_never_name_the_ombudsman(tmp_path: Path) -> None:
    # the ombudsman's own report: a "Determination" section with one finding per element, "Orders" with
    # a sum and its parts ("£450, comprised of £350 ... and £100 ...": paid once)
    text = ("REPORT\n\nCOMPLAINT 203099999\n\nEastbrook Homes\n\n14 March 2031\n\nOur approach\n\n"
            "The Ombudsman's approach to investigating and determining complaints is set out in the Housing Ombudsman Scheme.\n\n"
            "The complaint\n\nThe complaint is about the landlord's:\na. Response to reports of a leak from the flat above.\n"
            "b. Handling of the associated complaint.\n\nDetermination\n\n"
            "In accordance with paragraph 52 of the Scheme, there was maladministration by the landlord in respect of its "
            "response to the reports of a leak.\n\n"
            "In accordance with paragraph 52 of the Scheme, there was service failure by the landlord in respect of its "
            "complaint handling.\n\nOrders\n\nWithin four weeks of the date of this report, the landlord must:\n"
            "a. Apologise to the resident.\nb. Pay the resident £450, comprised of £350 for the distress caused by its "
            "handling of the leak and £100 for its complaint handling.\n")
    assert decisions(read(tmp_path, text)) == [("HO", "upheld", 450.0)]
