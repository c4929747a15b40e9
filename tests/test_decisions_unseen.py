"""Ombudsman decisions on pages written for this test, in the many ways landlords, councils,
newspapers and the ombudsmen themselves lay out one case (issue 13). No corpus document or
dev-real excerpt holds these words; the organisations are invented. Each page states its cases by
an anchor (a piece of the line the case is told on, matched like the scorer: within two lines),
with body, outcome and the money the remedy pays; pages that must give no decision expect none.

Shapes: labelled case lists, press stories of single cases, Housing Ombudsman determinations,
SPSO / PSOW decision tables, lists of investigation reports, committee minutes that only count,
and text about the ombudsman that tells no case (guidance, the complaint handling code, counts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractor import load
from extractor.extract.decisions import extract_decisions
from extractor.models import Decision
from extractor.segment import contexts

ANY: Any = object()  # a field the page does not settle


def decisions_in(tmp_path: Path, text: str, name: str) -> list[Decision]:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    doc = load(f)
    return extract_decisions(doc, contexts(doc))


def line_of(text: str, anchor: str) -> int:
    """1-based line of the one line that holds `anchor`."""
    hits = [n for n, ln in enumerate(text.splitlines(), 1) if anchor in ln]
    assert len(hits) == 1, f"anchor {anchor!r} is on lines {hits}"
    return hits[0]


def assert_cases(tmp_path: Path, text: str, expected: list[tuple[Any, ...]], name: str = "page.txt") -> None:
    """Every expected case found once (line within 2, body, outcome, payment, finding when
    given) and nothing else emitted."""
    found = decisions_in(tmp_path, text, name)
    got = [(d.line, d.body, d.outcome, d.payment_gbp, d.finding) for d in found]
    free = list(got)
    for anchor, body, outcome, paid, *finding in expected:
        at = line_of(text, anchor)
        hit = next((g for g in free if abs(g[0] - at) <= 2 and g[1:3] == (body, outcome)
                    and (paid is ANY or g[3] == paid) and (not finding or g[4] == finding[0])), None)
        assert hit is not None, (anchor, body, outcome, paid, finding, got)
        free.remove(hit)
    assert not free, f"extra decisions {free}"


# ------------------------------------------------------------------ 1. labelled case lists
LABELLED: dict[str, tuple[str, list[tuple[Any, ...]]]] = {
    "labels-without-colons-values-below": (
        ("Complaints decided by the Local Government and Social Care Ombudsman, April to September 2024\n\n"
        "Reference\n23 014 552\nService\nAdult Care - charging for home care\nDecided\n17 May 2024\n"
        "Decision\nUpheld: fault and injustice\nRemedy\nApology and £250 for distress\n\n"
        "Reference\n23 019 004\nService\nPlanning - householder applications\nDecided\n2 July 2024\n"
        "Decision\nNot upheld: no fault\nRemedy\nNone\n"),
        [("Upheld: fault and injustice", "LGSCO", "upheld", 250),
         ("Not upheld: no fault", "LGSCO", "not_upheld", None)]),
    "summary-field-tells-the-outcome-last": (
        ("Ombudsman decisions received\n\n"
        "The LGSCO issued the following final decisions on complaints about the council in 2023/24.\n\n"
        "Case number: 22 005 871\nDirectorate: Children's Services\n"
        "Summary of decision: Mr B said the council took too long to finish an assessment of his daughter's "
        "needs. The Ombudsman found fault causing injustice. The council will apologise, pay Mr B £400 and "
        "remind staff of the statutory timescales.\nDate decided: 11/08/2023\n\n"
        "Case number: 22 011 208\nDirectorate: Environment\n"
        "Summary of decision: Ms D said the council ignored her reports of fly-tipping behind her home. The "
        "council answered each report within its published timescales, so there was no fault.\n"
        "Date decided: 29/09/2023\n"),
        [("The Ombudsman found fault causing injustice", "LGSCO", "upheld", 400),
         ("so there was no fault", "LGSCO", "not_upheld", None)]),
    "one-line-records-with-dashes": (
        ("Local Government Ombudsman: decisions on complaints about Brackenfield District Council, 2015/16\n\n"
        "• 14/07/2015 - Environmental Health - The Ombudsman decided not to investigate because the "
        "complainant could appeal to a tribunal.\n"
        "• 03/09/2015 - Housing Benefit - There was fault in the delay to reassess Mrs F's claim; the council "
        "paid her £150.\n"
        "• 21/01/2016 - Parking - No fault found in how the council issued a penalty charge notice.\n"
        "• 09/03/2016 - Waste Services - Complaint made too soon: the council had not yet finished its own "
        "complaints procedure.\n"),
        [("Environmental Health", "LGSCO", "closed_after_initial_enquiries", None),
         ("Housing Benefit", "LGSCO", "upheld", 150),
         ("Parking", "LGSCO", "not_upheld", None),
         ("Waste Services", "LGSCO", "premature", None)]),
    "determination-label-with-landlord-and-reference": (
        ("Housing Ombudsman cases closed in 2022/23\n\n"
        "Case reference: 202112345\nLandlord: Kestrel Vale Homes\n"
        "Complaint about: the response to reports of damp and mould in the bathroom\n"
        "Determination: Maladministration\n"
        "Orders: apologise; pay the resident £500; inspect the property within 28 days\n\n"
        "Case reference: 202119876\nLandlord: Kestrel Vale Homes\n"
        "Complaint about: handling of reports of anti-social behaviour\n"
        "Determination: No maladministration\nOrders: none\n"),
        [("Determination: Maladministration", "HO", "upheld", 500, "maladministration"),
         ("Determination: No maladministration", "HO", "not_upheld", None, "no maladministration")]),
    "label-and-value-side-by-side-without-colons": (
        ("Ombudsman complaints - Local Government and Social Care Ombudsman\n\n"
        "Ombudsman reference    22 003 118\n"
        "Service area           Highways\n"
        "Outcome                Upheld - fault, no injustice\n\n"
        "Ombudsman reference    22 007 940\n"
        "Service area           Council Tax\n"
        "Outcome                Closed after initial enquiries - out of jurisdiction\n"),
        [("Upheld - fault, no injustice", "LGSCO", "upheld", None),
         ("Closed after initial enquiries", "LGSCO", "closed_after_initial_enquiries", None)]),
}


@pytest.mark.parametrize("key", list(LABELLED))
def test_labelled_case_lists(tmp_path: Path, key: str) -> None:
    text, expected = LABELLED[key]
    assert_cases(tmp_path, text, expected)


# ------------------------------------------------------------------ 2. press stories of single cases
STORIES: dict[str, tuple[str, list[tuple[Any, ...]]]] = {
    "told-to-pay-after-finding": (
        ("Council told to pay family after school transport mix-up\n\n"
        "Brackenfield County Council has been told to apologise and pay a family £600 after the Local "
        "Government and Social Care Ombudsman found it left a disabled boy without transport to school for a "
        "whole term.\n\n"
        "The transport team had wrongly assumed the boy's parents would drive him.\n\n"
        "The council has accepted the Ombudsman's recommendations.\n"),
        [("has been told to apologise", "LGSCO", "upheld", 600)]),
    "landlord-finding-then-payment-below": (
        ("Housing association must compensate tenant over mouldy flat\n\n"
        "A tenant of Harrowgate Housing Trust lived with black mould for eighteen months while repeated repair "
        "visits failed to find the cause. After investigating, the Housing Ombudsman concluded the trust's "
        "handling amounted to severe maladministration.\n\n"
        "The trust must pay the tenant £2,150 and carry out a full survey of the building.\n"),
        [("A tenant of Harrowgate", "HO", "upheld", 2150, "severe maladministration")]),
    "two-councils-in-one-story": (
        ("Ombudsman criticises two councils\n\n"
        "The Local Government Ombudsman has issued reports against two councils in the county.\n\n"
        "Northbrook District Council was found guilty of maladministration causing injustice after it lost a "
        "planning objection from a neighbour. The Ombudsman recommended the council pay the neighbour £500.\n\n"
        "In the second report, the Ombudsman found that Saltmarsh Borough Council had delayed a disabled "
        "facilities grant for two years. It was asked to pay the applicant £1,000 and to review its grants "
        "procedure.\n"),
        [("Northbrook District Council was found", "LGSCO", "upheld", 500),
         ("In the second report", "LGSCO", "upheld", 1000)]),
    "complaint-turned-down": (
        ("Parking fine complaint rejected by watchdog\n\n"
        "A motorist who said Millbridge City Council should not have fined him for stopping in a loading bay "
        "has had his complaint turned down by the Local Government and Social Care Ombudsman.\n\n"
        "The Ombudsman said the signs were clear and the council had followed the rules, so it did not find "
        "fault.\n"),
        [("A motorist who said", "LGSCO", "not_upheld", None)]),
    "repairs-yes-complaint-handling-no": (
        ("Landlord criticised over boiler but cleared on complaint handling\n\n"
        "The Housing Ombudsman has found maladministration by Oakhurst Homes in its handling of a resident's "
        "reports of a broken boiler, but no maladministration in how it dealt with her complaint. Oakhurst "
        "Homes has been ordered to pay her £350.\n"),
        [("The Housing Ombudsman has found", "HO", "partially_upheld", 350)]),
    "psow-upheld-a-complaint": (
        ("Ombudsman backs family over housing application\n\n"
        "The Public Services Ombudsman for Wales has upheld a complaint against Cwm Ceri County Borough "
        "Council about the way it handled a family's application for a larger home. The council agreed to "
        "apologise and pay the family £250.\n"),
        [("has upheld a complaint against", "PSOW", "upheld", 250)]),
}


@pytest.mark.parametrize("key", list(STORIES))
def test_press_stories_of_single_cases(tmp_path: Path, key: str) -> None:
    text, expected = STORIES[key]
    assert_cases(tmp_path, text, expected)


# ------------------------------------------------------------------ 3. Housing Ombudsman determinations
HOUSING: dict[str, tuple[str, list[tuple[Any, ...]], str]] = {
    "determination-per-element-one-case": (
        ("Report of the Housing Ombudsman: complaint 202208765 about Fernhill Housing Group\n\n"
        "Determination\n\n"
        "In accordance with paragraph 52 of the Housing Ombudsman Scheme, the way the landlord dealt with "
        "water coming through from the flat above amounted to maladministration.\n\n"
        "In accordance with paragraph 52 of the Scheme, there was service failure by the landlord in respect "
        "of its handling of the associated complaint.\n\n"
        "Orders\n\n"
        "Within four weeks of the date of this report, the landlord must pay the resident £700, made up of £550 "
        "for the distress and inconvenience caused by the leak and £150 for its complaint handling failures.\n"),
        [("water coming through from the flat", "HO", "upheld", 700, "maladministration")], "page.txt"),
    "aligned-columns-one-row-per-case": (
        ("Housing Ombudsman determinations 2023/24\n\n"
        "Case         Complaint                          Finding                      Orders\n"
        "202214411    Damp and mould in a bedroom        Severe maladministration     £1,250 and a survey\n"
        "202218820    Noise from a neighbour             No maladministration         None\n"
        "202301557    Delay in a kitchen replacement     Service failure              £150 compensation\n"
        "202305003    Complaint handling                 Reasonable redress           None\n"),
        [("202214411", "HO", "upheld", 1250, "severe maladministration"),
         ("202218820", "HO", "not_upheld", None, "no maladministration"),
         ("202301557", "HO", "upheld", 150, "service failure"),
         ("202305003", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    "bullets-finding-first": (
        ("# Annual complaints report\n\n## Our Housing Ombudsman cases\n\n"
        "- Severe maladministration: the way we dealt with a resident's reports of rats in the loft "
        "(202207788). We were ordered to pay £1,400 and to review our pest control contract.\n"
        "- Maladministration: our record keeping on a gas safety visit (202209911). Ordered to pay £200.\n"
        "- No maladministration: a complaint about the cost of service charges (202212020).\n"),
        [("rats in the loft", "HO", "upheld", 1400, "severe maladministration"),
         ("gas safety visit", "HO", "upheld", 200, "maladministration"),
         ("cost of service charges", "HO", "not_upheld", None, "no maladministration")], "page.md"),
    "one-determination-split-by-element": (
        ("Complaints escalated to the Housing Ombudsman\n\n"
        "One determination was issued this year. The complaint was about how we handled a tenant's reports of "
        "a faulty extractor fan and how we answered her complaint. For the repair the Ombudsman found service "
        "failure; for the complaint handling it found no maladministration. We paid the £100 the Ombudsman "
        "ordered.\n"),
        [("One determination was issued", "HO", "partially_upheld", 100)], "page.txt"),
    "title-with-reference-then-fields": (
        ("Recent decisions - Housing Ombudsman Service\n\n"
        "Brookside Living Ltd (202204321)\n"
        "Category: Property condition - damp and mould\n"
        "Finding: Severe maladministration\n"
        "Decision date: 14 November 2023\n\n"
        "Brookside Living Ltd (202206543)\n"
        "Category: Anti-social behaviour\n"
        "Finding: Maladministration\n"
        "Decision date: 21 November 2023\n"),
        [("Finding: Severe maladministration", "HO", "upheld", None, "severe maladministration"),
         ("Finding: Maladministration", "HO", "upheld", None, "maladministration")], "page.txt"),
    "cells-one-per-line": (
        ("Housing Ombudsman decisions about us\n\n"
        "Reference\nIssue\nOutcome\nCompensation ordered\n"
        "202210101\nRepairs to a communal door entry system\nMaladministration\n£300\n"
        "202211212\nHandling of a request to move home\nNo maladministration\n£0\n"),
        [("Repairs to a communal door", "HO", "upheld", 300),
         ("Handling of a request to move", "HO", "not_upheld", None)], "page.txt"),
    "landlord-prose-reasonable-redress": (
        ("What the Housing Ombudsman decided\n\n"
        "In March the Ombudsman considered a resident's complaint about the time we took to fix a roof leak. "
        "Because we had already apologised and paid £250 before the case reached the Ombudsman, it found "
        "that we had offered reasonable redress.\n"),
        [("In March the Ombudsman", "HO", "not_upheld", ANY, "reasonable redress")], "page.txt"),
    "what-the-ombudsman-found-labels": (
        ("Learning from Housing Ombudsman cases\n\n"
        "Case reference: 202215502\n"
        "What happened: A resident told us water was coming through her kitchen ceiling and it took us eleven "
        "weeks to trace the leak.\n"
        "What the Ombudsman found: Maladministration in our repairs service; service failure in our complaint "
        "handling.\n"
        "What we have done: apologised, paid £640 and changed how our surveyors log leaks.\n"),
        [("What the Ombudsman found", "HO", "upheld", 640, "maladministration")], "page.txt"),
    "paragraphs-opening-with-case-number": (
        ("Housing Ombudsman determinations this year\n\n"
        "Case 1 (202208113) - Severe maladministration - our handling of a tenant's reports of a collapsed "
        "drain. The Ombudsman ordered compensation of £1,800.\n\n"
        "Case 2 (202209457) - No maladministration - a dispute about a rechargeable repair.\n"),
        [("Case 1 (202208113)", "HO", "upheld", 1800, "severe maladministration"),
         ("Case 2 (202209457)", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "named-landlord-found-responsible": (
        ("Tenant left without heating for six weeks\n\n"
        "Larchfield Homes has been found responsible for severe maladministration after leaving an elderly "
        "tenant without heating for six weeks in winter. The Housing Ombudsman ordered the landlord to pay her "
        "£1,050.\n"),
        [("Larchfield Homes has been found", "HO", "upheld", 1050)], "page.txt"),
}


@pytest.mark.parametrize("key", list(HOUSING))
def test_housing_ombudsman_determinations(tmp_path: Path, key: str) -> None:
    text, expected, name = HOUSING[key]
    assert_cases(tmp_path, text, expected, name)


# ------------------------------------------------------------------ 4. SPSO and PSOW decision tables
TABLES: dict[str, tuple[str, list[tuple[Any, ...]], str]] = {
    "spso-fields-one-per-line": (
        ("Scottish Public Services Ombudsman - decisions about Glenmorie Council\n\n"
        "Case reference\n201904412\nDate\n18 June 2020\nSector\nLocal Government\n"
        "Subject\nRoads and transport - road maintenance\nDecision\nSome upheld, recommendations\n\n"
        "Case reference\n201907719\nDate\n25 June 2020\nSector\nLocal Government\n"
        "Subject\nHousing - repairs and maintenance\nDecision\nNot upheld, no recommendations\n"),
        [("Some upheld, recommendations", "SPSO", "partially_upheld", None),
         ("Not upheld, no recommendations", "SPSO", "not_upheld", None)], "page.txt"),
    "spso-aligned-columns": (
        ("SPSO cases decided 2019/20\n\n"
        "Ref          Subject                                   Outcome\n"
        "201812345    Council tax banding                       Not upheld\n"
        "201899001    Handling of a noise complaint             Fully upheld\n"
        "201877777    Delay in a housing adaptation             Some upheld\n"),
        [("201812345", "SPSO", "not_upheld", None), ("201899001", "SPSO", "upheld", None),
         ("201877777", "SPSO", "partially_upheld", None)], "page.txt"),
    "psow-markdown-table-in-its-own-words": (
        ("## Cases the Public Services Ombudsman for Wales closed in 2022/23\n\n"
        "| Case | Date closed | Subject | Outcome |\n| --- | --- | --- | --- |\n"
        "| 202200417 | 04/05/2022 | Planning | Quick fix / voluntary settlement |\n"
        "| 202201365 | 19/08/2022 | Housing | Premature - referred back to the council |\n"
        "| 202203390 | 07/11/2022 | Social services | Partly upheld |\n"
        "| 202204001 | 12/01/2023 | Education | Not upheld |\n"),
        [("202200417", "PSOW", "other", None), ("202201365", "PSOW", "premature", None),
         ("202203390", "PSOW", "partially_upheld", None), ("202204001", "PSOW", "not_upheld", None)], "page.md"),
    "spso-report-summary-on-a-committee-page": (
        ("Report to the Audit Committee: SPSO investigation report\n\n"
        "The SPSO published its investigation report on case 201705566 on 20 March 2019. Mrs A complained about "
        "how the council handled her mother's care assessment. The SPSO upheld both of her complaints and "
        "recommended that the council apologise and review its assessment procedure.\n"),
        [("The SPSO published", "SPSO", "upheld", None)], "page.txt"),
    "psow-casebook-entries": (
        ("Public Services Ombudsman for Wales - casebook extracts\n\n"
        "Brynglas County Borough Council - Housing\n"
        "Case 202104455 - report issued in September 2022\n"
        "Mr X said the council did not deal properly with his reports of disrepair. The Ombudsman found that "
        "the council had not inspected the property when it said it would, and upheld the complaint. The "
        "council agreed to apologise and to pay Mr X £350.\n\n"
        "Cwmderi Council - Planning and building control\n"
        "Case 202106677 - report issued in October 2022\n"
        "Mrs Y objected to the way the council dealt with an application next door. The Ombudsman found no "
        "maladministration and did not uphold the complaint.\n"),
        [("Mr X said the council", "PSOW", "upheld", 350), ("Mrs Y objected", "PSOW", "not_upheld", None)],
        "page.txt"),
}


@pytest.mark.parametrize("key", list(TABLES))
def test_spso_and_psow_decision_tables(tmp_path: Path, key: str) -> None:
    text, expected, name = TABLES[key]
    assert_cases(tmp_path, text, expected, name)


def test_a_decision_date_is_not_a_reporting_period(tmp_path: Path) -> None:
    text, _, name = TABLES["spso-fields-one-per-line"]
    assert {d.period for d in decisions_in(tmp_path, text, name)} == {None}


# ------------------------------------------------------------------ 5. lists of investigation reports
REPORTS: dict[str, tuple[str, list[tuple[Any, ...]]]] = {
    "report-records-with-labels": (
        ("Local Government Ombudsman investigation reports published about councils in the region\n\n"
        "Report: Northbrook District Council (ref. 20 004 512)\n"
        "Subject: housing allocations\n"
        "Finding: maladministration causing injustice\n"
        "Recommended remedy: apology, £500 and a review of the allocations policy\n\n"
        "Report: Saltmarsh Borough Council (ref. 20 009 873)\n"
        "Subject: school admission appeals\n"
        "Finding: no maladministration\n"),
        [("Finding: maladministration causing injustice", "LGSCO", "upheld", 500),
         ("Finding: no maladministration", "LGSCO", "not_upheld", None)]),
    "lgo-era-titles-with-old-references": (
        ("LOCAL GOVERNMENT OMBUDSMAN - REPORTS ISSUED IN 2003\n\n"
        "Holmfield MBC (02/C/14567)\n"
        "Special educational needs. The council took eleven months to issue a statement. Maladministration "
        "causing injustice; the council paid £750.\n\n"
        "Wexcombe DC (02/B/09876)\n"
        "Planning. The council failed to consider the effect of an extension on the neighbour's light. "
        "Maladministration causing injustice; the council agreed to pay £2,000.\n"),
        [("Special educational needs", "LGSCO", "upheld", 750), ("Planning. The council failed", "LGSCO", "upheld",
                                                                 2000)]),
    "bulleted-reports-council-subject-finding": (
        ("Investigation reports by the Local Government and Social Care Ombudsman, 2021\n\n"
        "- Ashgrove Borough Council, adult social care charging: fault causing injustice, £900 refunded\n"
        "- Pellingham City Council, homelessness: fault causing injustice, apology and £300\n"
        "- Marston Vale District Council, planning enforcement: no fault\n"),
        [("Ashgrove Borough Council", "LGSCO", "upheld", 900), ("Pellingham City Council", "LGSCO", "upheld", 300),
         ("Marston Vale District Council", "LGSCO", "not_upheld", None)]),
    "report-table-flattened-by-rows": (
        ("Public interest reports issued by the Local Government Ombudsman\n\n"
        "Date of report   Council                      Subject                    Finding\n"
        "12/03/2012       Thornley County Council      Home to school transport   Maladministration causing injustice\n"
        "30/05/2012       Ravensby Borough Council     Housing repairs            Maladministration causing injustice\n"),
        [("Thornley County Council", "LGSCO", "upheld", None), ("Ravensby Borough Council", "LGSCO", "upheld", None)]),
}


@pytest.mark.parametrize("key", list(REPORTS))
def test_lists_of_investigation_reports(tmp_path: Path, key: str) -> None:
    text, expected = REPORTS[key]
    assert_cases(tmp_path, text, expected)


# ------------------------------------------------------------------ 6. minutes that only count, and text that tells no case
NO_CASE: dict[str, str] = {
    "minutes-annual-letter-counts": (
        "Minutes of the Standards Committee\n\n"
        "The Committee noted the Ombudsman's annual review letter. Of the 14 decisions made about the Council, 5 "
        "were upheld, and in all of them the Council complied with the Ombudsman's recommendations.\n"),
    "minutes-two-upheld-paid-in-total": (
        "Minutes of the Governance Committee\n\n"
        "Members were advised that two complaints to the Local Government Ombudsman had been upheld with a "
        "finding of maladministration causing injustice and that the council had paid £500 in total.\n"),
    "minutes-resolved-to-note-counts": (
        "Housing Scrutiny Panel - minutes\n\n"
        "RESOLVED: that the report on complaints to the Housing Ombudsman, showing 3 cases of "
        "maladministration and 1 of service failure, be noted.\n"),
    "minutes-uphold-rate": (
        "Cabinet minutes\n\n"
        "The Head of Legal reported that the LGSCO had upheld 62% of the complaints it investigated about the "
        "council, compared with an average of 70% for similar authorities.\n"),
    "minutes-findings-count-severe": (
        "Board meeting minutes\n\n"
        "The Board heard that the Housing Ombudsman had made eleven findings of maladministration against the "
        "landlord in the year, four of them severe, and had ordered £6,300 in compensation across those "
        "cases.\n"),
    "guidance-how-to-complain": (
        "How to complain\n\n"
        "If you are still unhappy after stage two, you can ask the Housing Ombudsman to look at your "
        "complaint. The Ombudsman may find maladministration and can order us to pay compensation or "
        "apologise.\n"),
    "complaint-handling-code": (
        "Self-assessment against the Complaint Handling Code\n\n"
        "The Housing Ombudsman's Complaint Handling Code sets out what landlords must do. A landlord must "
        "respond to a stage one complaint within 10 working days. Where the Ombudsman finds severe "
        "maladministration it may issue a complaint handling failure order.\n"),
    "outcome-count-table": (
        "Ombudsman outcomes 2023/24\n\n"
        "Upheld: 4\nNot upheld: 9\nClosed after initial enquiries: 12\nPremature: 3\n"),
    "glossary-of-findings": (
        "What the Ombudsman's findings mean\n\n"
        "Maladministration: a failure by the landlord to act properly, for example delay or not following "
        "its own policy.\n"
        "Service failure: the service was not provided to the standard a resident should expect.\n"
        "Reasonable redress: the landlord put things right before the Ombudsman became involved.\n"),
    "annual-letter-own-voice-counts": (
        "Annual review letter from the Local Government and Social Care Ombudsman\n\n"
        "This year we upheld 71% of the complaints we investigated about your council. In 100% of cases we "
        "were satisfied the council had carried out our recommendations.\n"),
    "share-of-landlord-cases": (
        "Housing Ombudsman insight report\n\n"
        "The Housing Ombudsman found severe maladministration in 40% of the cases it determined about "
        "London landlords, and service failure in a further 18%.\n"),
    "landlord-report-finding-counts": (
        "Housing Ombudsman determinations\n\n"
        "During the year the Housing Ombudsman issued 12 determinations about us, with 15 findings: 2 severe "
        "maladministration, 7 maladministration, 4 service failure and 2 no maladministration.\n"),
    "no-failure-orders": (
        "Complaint handling failure orders\n\n"
        "We received no complaint handling failure orders from the Housing Ombudsman this year, and none in "
        "the year before.\n"),
    "spotlight-report": (
        "Learning from the Ombudsman\n\n"
        "The Housing Ombudsman's spotlight report on damp and mould found that many landlords were slow to "
        "act and blamed residents' lifestyles.\n"),
}


@pytest.mark.parametrize("key", list(NO_CASE))
def test_text_that_tells_no_case(tmp_path: Path, key: str) -> None:
    assert decisions_in(tmp_path, NO_CASE[key], "page.txt") == []


def test_a_pdf_page_that_gives_every_line_a_block(tmp_path: Path) -> None:
    """A PDF reader may make each printed line a block of its own: a case told over three lines is
    still one case, at the line it starts on; a line that ends its sentence ends the paragraph."""
    from extractor.models import Block, Document

    lines = ("Housing Ombudsman cases",
             "In May the Housing Ombudsman found severe maladministration in the way we",
             "responded to a tenant's reports of a leaking roof and ordered us to pay her",
             "£900 in compensation.",
             "A second case, about a noisy neighbour, is still with the Ombudsman and is",
             "awaiting its determination.")
    blocks = [Block("heading", lines[0], 1, page=1)] + [
        Block("paragraph", text, n, page=1, heading_path=(lines[0],)) for n, text in enumerate(lines[1:], 2)]
    doc = Document("cases.pdf", "pdf", tuple(blocks), lines)
    found = extract_decisions(doc, contexts(doc))
    assert [(d.line, d.body, d.outcome, d.payment_gbp) for d in found] == [
        (2, "HO", "upheld", 900), (5, "HO", "awaiting_decision", None)]


# ------------------------------------------------------------------ second round: whole reports and tables in a file's own grid
ROUND_TWO: dict[str, tuple[str, list[tuple[Any, ...]], str]] = {
    "markdown-table-with-orders-column": (
        ("## Housing Ombudsman determinations received in 2024/25\n\n"
        "| Ombudsman ref | Complaint category | Determination | Orders | Complied |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 202314567 | Damp and mould | Maladministration | Apology; £600 | Yes |\n"
        "| 202316001 | Estate caretaking | Reasonable redress | None | n/a |\n"
        "| 202320778 | Leaseholder service charges | Severe maladministration | £1,900; independent review of "
        "charges | In progress |\n"),
        [("202314567", "HO", "upheld", 600), ("202316001", "HO", "not_upheld", None),
         ("202320778", "HO", "upheld", 1900)], "page.md"),
    "full-report-analysis-then-determination": (
        ("Housing Ombudsman report: complaint 202311122 about Millbrook Housing Association\n\n"
        "Assessment and findings\n\n"
        "The resident first reported a leaking gutter in March. No operative attended for four months. The "
        "Ombudsman found that the landlord's delay amounted to maladministration.\n\n"
        "The stage two response accepted the delay but offered nothing to put it right. This was service "
        "failure in the landlord's complaint handling.\n\n"
        "Determination\n\n"
        "In accordance with paragraph 52 of the Housing Ombudsman Scheme, there was maladministration in the "
        "landlord's handling of the resident's reports of a leaking gutter.\n\n"
        "In accordance with paragraph 52 of the Housing Ombudsman Scheme, there was service failure in the "
        "landlord's complaint handling.\n\n"
        "Orders and recommendations\n\n"
        "Orders\n\n"
        "The landlord must pay the resident £425 within four weeks and write to apologise.\n"),
        [("reports of a leaking gutter.", "HO", "upheld", 425)], "page.txt"),
    "lgsco-decision-statement": (
        ("Local Government and Social Care Ombudsman - Final decision\n\n"
        "Complaint reference: 23 008 812\n\n"
        "Summary\n\n"
        "Mrs R complained about the way the council assessed her son's care needs. There was fault in the "
        "delay, and the council has agreed to apologise and pay £300.\n\n"
        "The complaint\n\n"
        "Mrs R says the council took eight months to complete the assessment.\n\n"
        "What I found\n\n"
        "The council should have completed the assessment within 28 days. It did not, and this was fault.\n\n"
        "Decision\n\n"
        "I have completed my investigation. There was fault by the council which caused injustice to Mrs R. "
        "The council has agreed to apologise and pay her £300.\n"),
        [("I have completed my investigation", "LGSCO", "upheld", 300)], "page.txt"),
    "two-councils-two-paragraphs-no-markers": (
        ("Ombudsman round-up\n\n"
        "The Local Government and Social Care Ombudsman found Harlow Vale District Council at fault for taking "
        "14 months to decide a disabled facilities grant. The council will pay the applicant £500.\n\n"
        "Kingsmere Borough Council was criticised by the Ombudsman for failing to review a man's council tax "
        "support after he lost his job. It agreed to refund £212.\n"),
        [("Harlow Vale District Council", "LGSCO", "upheld", 500),
         ("Kingsmere Borough Council was criticised", "LGSCO", "upheld", 212)], "page.txt"),
    "table-whose-header-names-no-outcome-column": (
        ("## What the Housing Ombudsman decided about us this year\n\n"
        "| Reference | Area | What the Ombudsman said | Paid |\n| --- | --- | --- | --- |\n"
        "| 202307711 | Repairs | Severe maladministration in how we handled a blocked soil stack | £2,200 |\n"
        "| 202309054 | Lettings | Redress | £0 |\n"),
        [("202307711", "HO", "upheld", 2200), ("202309054", "HO", "not_upheld", None)], "page.md"),
    "spso-records-with-public-authority": (
        ("Scottish Public Services Ombudsman: our findings\n\n"
        "Case ref: 202003318\nSector: Local Government\nPublic authority: Strathbray Council\n"
        "Subject: refuse collection\nDecision: Upheld, recommendations\n\n"
        "Case ref: 202004471\nSector: Local Government\nPublic authority: Strathbray Council\n"
        "Subject: school transport\nDecision: Not upheld, no recommendations\n"),
        [("Decision: Upheld, recommendations", "SPSO", "upheld", None),
         ("Decision: Not upheld, no recommendations", "SPSO", "not_upheld", None)], "page.txt"),
    "lgsco-table-with-ampersands": (
        ("## Local Government and Social Care Ombudsman decisions, 2022/23\n\n"
        "| Ref | Service | Decision | Remedy |\n| --- | --- | --- | --- |\n"
        "| 22 001 417 | Parking | Upheld: fault & injustice | Refund of £70 |\n"
        "| 22 006 090 | Libraries | Not investigated | None |\n"),
        [("22 001 417", "LGSCO", "upheld", 70, "fault & injustice"),
         ("22 006 090", "LGSCO", "closed_after_initial_enquiries", None)], "page.md"),
    "case-title-then-one-item-per-element": (
        ("# Board report: Housing Ombudsman cases\n\n"
        "## Case 202212345\n\n"
        "- Reports of damp and mould: severe maladministration\n"
        "- Complaint handling: maladministration\n"
        "- Request for a management move: no maladministration\n\n"
        "Orders: apology and £1,850 compensation\n\n"
        "## Case 202219001\n\n"
        "- Lift outages: service failure\n"
        "- Complaint handling: service failure\n\n"
        "In a separate case, the Ombudsman found that we had offered reasonable redress for a late gas "
        "safety check.\n"),
        [("Reports of damp and mould", "HO", "partially_upheld", 1850), ("Lift outages", "HO", "upheld", None),
         ("In a separate case", "HO", "not_upheld", None)], "page.md"),
}


@pytest.mark.parametrize("key", list(ROUND_TWO))
def test_whole_reports_and_tables_in_their_own_grid(tmp_path: Path, key: str) -> None:
    text, expected, name = ROUND_TWO[key]
    assert_cases(tmp_path, text, expected, name)


NO_CASE_TWO: dict[str, str] = {
    "landlord-performance-figures-as-fields": (
        "Housing Ombudsman landlord performance data 2023/24\n\n"
        "Determinations: 18\nMaladministration rate: 72%\nSevere maladministration findings: 3\n"
        "Compensation ordered: £14,250\n"),
    "spso-yearly-counts-as-fields": (
        "SPSO complaints about the council 2022/23\n\n"
        "Received: 41\nInvestigated: 6\nFully upheld: 1\nSome upheld: 2\nNot upheld: 3\n"),
    "code-self-assessment-rows": (
        "Complaint Handling Code self-assessment\n\n"
        "Code section   Requirement                                              Outcome\n"
        "5.1            Landlords must address every point the resident raised   Complies\n"
        "7.1            Residents must be told they can go to the Ombudsman       Complies\n"),
}


@pytest.mark.parametrize("key", list(NO_CASE_TWO))
def test_figures_and_code_tables_tell_no_case(tmp_path: Path, key: str) -> None:
    assert decisions_in(tmp_path, NO_CASE_TWO[key], "page.txt") == []


def test_a_two_column_table_of_labels_and_values(tmp_path: Path) -> None:
    """Labelled fields laid out as a two-column table (label cell, value cell): a label met again
    starts the next case, and each case keeps its department as its area."""
    text = ("## Local Government and Social Care Ombudsman decisions\n\n"
            "| Date | 04/06/2021 |\n| --- | --- |\n"
            "| Department | Adult Social Care |\n"
            "| Description | The Council was at fault in how it charged Mr G for respite care. It has agreed to "
            "refund £340. |\n"
            "| Date | 19/07/2021 |\n"
            "| Department | Highways |\n"
            "| Description | There was no fault in how the Council decided where to put a speed hump. |\n")
    found = decisions_in(tmp_path, text, "page.md")
    assert [(d.line, d.body, d.outcome, d.payment_gbp, d.area) for d in found] == [
        (6, "LGSCO", "upheld", 340, "Adult Social Care"), (9, "LGSCO", "not_upheld", None, "Highways")]



def test_one_case_still_with_the_ombudsman(tmp_path: Path) -> None:
    """One case the ombudsman is still considering is a case awaiting its decision; four of them
    with no word on each are a count."""
    text = ("Housing Ombudsman\n\n"
            "One complaint is currently being considered by the Housing Ombudsman, about the length of time "
            "a roof repair took.\n\n"
            "Four other complaints are currently with the Housing Ombudsman.\n")
    found = decisions_in(tmp_path, text, "page.txt")
    assert [(d.line, d.body, d.outcome) for d in found] == [(3, "HO", "awaiting_decision")]



def test_a_case_title_stating_its_finding_above_its_story(tmp_path: Path) -> None:
    """A heading that names a case and its finding is that case; the paragraph below telling the
    same finding tells it again (its payment joins it), and the next titled case is a case of its own."""
    text = ("# Housing Ombudsman cases\n\n"
            "## Case 202208113 - severe maladministration\n\n"
            "The Ombudsman found severe maladministration in how we handled a collapsed drain, and ordered us "
            "to pay £1,800.\n\n"
            "## Case 202209457 - severe maladministration\n\n"
            "A resident waited two years for a new kitchen.\n")
    found = decisions_in(tmp_path, text, "page.md")
    assert [(d.line, d.body, d.outcome, d.payment_gbp) for d in found] == [
        (3, "HO", "upheld", 1800), (7, "HO", "upheld", None)]


@pytest.mark.parametrize("text,body,outcome", [
    ("The PHSO partly upheld Mrs D's complaint about how the hospital planned her discharge.", "PHSO",
     "partially_upheld"),
    ("The NIPSO found maladministration in how the council handled Mr E's planning objection.", "NIPSO", "upheld"),
])
def test_bodies_named_by_their_initials_alone(tmp_path: Path, text: str, body: str, outcome: str) -> None:
    found = decisions_in(tmp_path, f"Ombudsman cases\n\n{text}\n", "page.txt")
    assert [(d.body, d.outcome) for d in found] == [(body, outcome)]
