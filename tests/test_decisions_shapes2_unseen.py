"""Ombudsman cases in shapes the corpus lacks, second batch (issue 13): pages written for this test
in words of our own, as a landlord, a council, an NHS trust or a Welsh or Scottish body would publish
them. The organisations are invented; no corpus document, dev-real excerpt or earlier test holds
these words.

Shapes: several cases told in one paragraph ("In one case ... In a second case ...; the remaining two
found no maladministration"), Housing Ombudsman determination tables with an Orders column, findings
told as "we were ordered to" or "the Ombudsman recommended", SPSO and PSOW outcome wordings ("Some
upheld, recommendations", "upheld - in part", "early resolution"), PHSO "partly upheld", committee
minutes, press stories naming the council, lists of investigation reports - and summary counts that
must give no decision. Each expected case is (anchor, body, outcome, payment_gbp[, finding]): the
anchor is a piece of the line the case is told on, matched like the scorer (within two lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases, decisions_in

PAGES: dict[str, tuple[str, list[Case], str]] = {
    # ------------------------------------------------------------------ several cases in one paragraph
    "landlord-paragraph-one-case-second-case-remaining-two": (
        ("Thornfield Homes - Annual Complaints Performance 2023/24\n\n"
        "Housing Ombudsman\n\n"
        "The Housing Ombudsman determined four complaints about us this year.\n"
        "In one case, about a roof leak that went unrepaired through the winter, the Ombudsman found\n"
        "maladministration and we were ordered to pay the resident £650.\n"
        "In a second case, concerning our response to reports of anti-social behaviour, it found\n"
        "service failure and we were ordered to apologise.\n"
        "The remaining two found no maladministration.\n"),
        [("In one case, about a roof leak", "HO", "upheld", 650.0, "maladministration"),
         ("In a second case, concerning", "HO", "upheld", None, "service failure"),
         ("The remaining two found", "HO", "not_upheld", None),
         ("The remaining two found", "HO", "not_upheld", None)], "page.txt"),
    "council-paragraph-first-and-other": (
        ("Oakhurst District Council - annual review of complaints\n\n"
        "Local Government and Social Care Ombudsman\n\n"
        "Two complaints about the council were decided after investigation. In the first, the Ombudsman "
        "found fault causing injustice in the way we assessed a disabled facilities grant, and we agreed to "
        "pay £400 and to reconsider the application. In the other, about a missed garden waste collection, "
        "the Ombudsman found no fault.\n"),
        [("Two complaints about the council", "LGSCO", "upheld", 400.0),
         ("Two complaints about the council", "LGSCO", "not_upheld", None)], "page.txt"),
    # ------------------------------------------------------------------ determination tables
    "ho-markdown-table-case-ref-issue-finding-orders": (
        ("# Ridgeway Housing Trust: complaints to the Housing Ombudsman\n\n"
        "| Case ref | Issue | Finding | Orders |\n| --- | --- | --- | --- |\n"
        "| 202308811 | Damp and mould in a ground-floor flat | Severe maladministration | £1,500 compensation and a written apology |\n"
        "| 202309020 | Delay replacing a boiler | Service failure | £200 |\n"
        "| 202310455 | Handling of a boundary dispute | Outside jurisdiction | None |\n"
        "| 202311316 | Noise from communal heating | No maladministration | None |\n"
        "| 202312007 | Complaint handling | Reasonable redress | None |\n"),
        [("202308811", "HO", "upheld", 1500.0, "severe maladministration"),
         ("202309020", "HO", "upheld", 200.0, "service failure"),
         ("202310455", "HO", "out_of_jurisdiction", None),
         ("202311316", "HO", "not_upheld", None, "no maladministration"),
         ("202312007", "HO", "not_upheld", None, "reasonable redress")], "page.md"),
    "ho-tab-table-mixed-element-finding": (
        ("Kestrel Moor Homes\nOmbudsman determinations, April to September 2024\n\n"
        "Ref\tWhat it was about\tDetermination\tOrders\n"
        "202401178\tRepairs to a leaking shower and the complaint about it\tMaladministration (repairs); "
        "no maladministration (complaint handling)\tPay £300\n"
        "202402290\tAllocation of a parking space\tNo maladministration\tNone\n"),
        [("202401178", "HO", "partially_upheld", 300.0),
         ("202402290", "HO", "not_upheld", None)], "page.txt"),
    # ------------------------------------------------------------------ "we were ordered to", "recommended"
    "council-we-were-ordered-to": (
        ("Marlow Vale Borough Council\nComplaints and compliments report 2022/23\n\n"
        "Ombudsman complaints\n\n"
        "The Local Government and Social Care Ombudsman upheld a complaint about how we dealt with an "
        "appeal for school transport. We were ordered to apologise to the family, pay them £300 for the "
        "distress caused and review the wording of our appeal letters.\n"),
        [("The Local Government and Social Care Ombudsman upheld", "LGSCO", "upheld", 300.0)], "page.txt"),
    "council-ombudsman-recommended": (
        ("Hallam Cross City Council - Ombudsman decisions 2023/24\n\n"
        "Blue badge renewal\n\n"
        "A resident said we refused his blue badge renewal without looking at his medical evidence. The "
        "Ombudsman recommended that we reconsider the application and pay him £150 for his time and trouble. "
        "We accepted the recommendations and have done both.\n"),
        [("Ombudsman recommended that we reconsider", "LGSCO", "upheld", 150.0)], "page.txt"),
    # ------------------------------------------------------------------ Scotland, Wales, NHS England
    "spso-grid-body-subject-outcome": (
        ("## Decisions of the Scottish Public Services Ombudsman on Strathcairn Council, 2023\n\n"
        "| Decision date | Subject | Outcome |\n| --- | --- | --- |\n"
        "| 14 March 2023 | Handling of a planning objection | Some upheld, recommendations |\n"
        "| 2 May 2023 | Council tax reduction | Not upheld |\n"
        "| 30 August 2023 | Care at home charges | Fully upheld, recommendations |\n"),
        [("14 March 2023", "SPSO", "partially_upheld", None),
         ("2 May 2023", "SPSO", "not_upheld", None),
         ("30 August 2023", "SPSO", "upheld", None)], "page.md"),
    "psow-upheld-in-part-with-dash": (
        ("Cyngor Bro Tawelan / Tawelan Vale Council\nComplaints report to the Governance Committee\n\n"
        "Cases closed by the Public Services Ombudsman for Wales\n\n"
        "| Reference | Service | Outcome |\n| --- | --- | --- |\n"
        "| 202301881 | Adult social care | Other report - upheld - in part |\n"
        "| 202302640 | Waste and recycling | Early resolution / voluntary settlement |\n"
        "| 202303775 | Highways | Other report - not upheld |\n"),
        [("202301881", "PSOW", "partially_upheld", None),
         ("202302640", "PSOW", "other", None),
         ("202303775", "PSOW", "not_upheld", None)], "page.md"),
    "psow-settled-in-prose-welsh-council": (
        ("Cyngor Sir Penrhos - Annual letter summary\n\n"
        "Ombudsman cases\n\n"
        "The Ombudsman settled one complaint about a delayed disabled adaptation grant through early "
        "resolution: the council agreed to pay £125 and to finish the works by the end of March.\n"),
        [("The Ombudsman settled one complaint", "PSOW", "other", 125.0)], "page.txt"),
    "phso-partly-upheld-trust-board": (
        ("Elmsworth Hospitals NHS Foundation Trust\nBoard of Directors - Patient Experience Report\n\n"
        "Parliamentary and Health Service Ombudsman\n\n"
        "The Ombudsman partly upheld a complaint about how a patient was discharged from Ward 7 without a "
        "care package in place. The trust has written to apologise and paid the family £500.\n"),
        [("The Ombudsman partly upheld", "PHSO", "partially_upheld", 500.0)], "page.txt"),
    # ------------------------------------------------------------------ minutes, press, report lists
    "committee-minutes-numbered-items": (
        ("Minutes of the Standards and Audit Committee, 12 June 2024\n\n"
        "7. Ombudsman decisions\n\n"
        "7.1 Members received a summary of the decisions of the Local Government and Social Care Ombudsman.\n"
        "7.2 In a complaint about housing benefit overpayments, the Ombudsman found fault causing injustice;\n"
        "the council has since paid £220 to the claimant.\n"
        "7.3 In a complaint about a planning enforcement notice, the Ombudsman found no fault.\n"),
        [("7.2 In a complaint about housing benefit", "LGSCO", "upheld", 220.0),
         ("7.3 In a complaint about a planning", "LGSCO", "not_upheld", None)], "page.txt"),
    "committee-minutes-two-cases-combined-sum": (
        ("Corporate Governance Committee - minutes of 3 October 2023\n\n"
        "45. Ombudsman complaints\n\n"
        "The Monitoring Officer reported that since the last meeting the Local Government and Social Care "
        "Ombudsman had decided two complaints about the council, both upheld with a finding of maladministration "
        "causing injustice; the council paid £500 between them.\n"),
        [("The Monitoring Officer reported", "LGSCO", "upheld", None),
         ("The Monitoring Officer reported", "LGSCO", "upheld", None)], "page.txt"),
    "press-story-names-the-council": (
        ("Family waited a year for bathroom adaptation\n\n"
        "A family waited more than a year for a council to adapt the bathroom of their disabled son.\n\n"
        "The Local Government and Social Care Ombudsman found Ashcombe Borough Council at fault for the "
        "delay and for failing to keep the family informed.\n\n"
        "The council has agreed to apologise and to pay the family £1,000.\n"),
        [("found Ashcombe Borough Council at fault", "LGSCO", "upheld", 1000.0)], "page.txt"),
    "press-story-two-landlord-cases": (
        ("Watchdog rules against housing association twice\n\n"
        "Greywell Housing Group has been found responsible for severe maladministration after it left a "
        "tenant with a broken lift for five months. The Housing Ombudsman ordered it to pay £900.\n\n"
        "In a separate case, the Ombudsman found service failure in how the association handled a "
        "neighbour dispute, and ordered it to pay £150.\n"),
        [("Greywell Housing Group has been found", "HO", "upheld", 900.0),
         ("In a separate case", "HO", "upheld", 150.0)], "page.txt"),
    "investigation-reports-dash-list": (
        ("Investigation reports published by the Ombudsman in 2024\n\n"
        "- Lowmoor District Council (23 011 902) - housing allocations - fault causing injustice; the council "
        "agreed to pay £750\n"
        "- Lowmoor District Council (23 014 410) - council tax recovery - no fault\n"),
        [("(23 011 902)", "LGSCO", "upheld", 750.0),
         ("(23 014 410)", "LGSCO", "not_upheld", None)], "page.txt"),
    "ho-cases-as-list-items-finding-after-subject": (
        ("Brambleford Housing - Complaints Annual Report\n\n"
        "Determinations from the Housing Ombudsman\n\n"
        "- Window repairs (202207713): service failure found; £100 ordered\n"
        "- Rent arrears letters (202208891): no maladministration\n"
        "- Gas servicing access (202210020): outside the Ombudsman's jurisdiction\n"),
        [("Window repairs", "HO", "upheld", 100.0, "service failure"),
         ("Rent arrears letters", "HO", "not_upheld", None),
         ("Gas servicing access", "HO", "out_of_jurisdiction", None)], "page.txt"),
    "council-labelled-fields-lgsco-finding-words": (
        ("Decisions of the Local Government Ombudsman about Westerby County Council\n\n"
        "Ombudsman ref: 22 016 330\n"
        "Service: Adult social care\n"
        "Finding: Upheld - maladministration and injustice\n"
        "Remedy: apology, £350 and a review of how care reviews are booked\n\n"
        "Ombudsman ref: 22 017 004\n"
        "Service: Highways\n"
        "Finding: Closed after initial enquiries - no worthwhile outcome achievable\n"
        "Remedy: none\n"),
        [("Finding: Upheld - maladministration", "LGSCO", "upheld", 350.0),
         ("Finding: Closed after initial enquiries", "LGSCO", "closed_after_initial_enquiries", None)],
        "page.txt"),
}

# a second batch, written after the first passed: more landlord shapes, HTML pages and element findings
MORE: dict[str, tuple[str, list[Case], str]] = {
    "html-table-of-determinations-with-compensation": (
        ("<html><body><h1>Harbourside Homes - Complaints Annual Report 2023/24</h1>"
        "<h2>Housing Ombudsman determinations</h2>"
        "<table><tr><th>Complaint about</th><th>Ombudsman finding</th><th>Compensation</th></tr>"
        "<tr><td>Communal lighting left broken</td><td>Maladministration</td><td>£275.00</td></tr>"
        "<tr><td>Lost tenancy documents</td><td>No maladministration</td><td>£0.00</td></tr>"
        "</table></body></html>\n"),
        [("Communal lighting left broken", "HO", "upheld", 275.0, "maladministration"),
         ("Lost tenancy documents", "HO", "not_upheld", None, "no maladministration")], "page.html"),
    "html-list-under-a-sentence-naming-the-ombudsman": (
        ("<html><body><h1>Fernbank Living annual report</h1><h2>Learning from complaints</h2>"
        "<p>We received three determinations from the Housing Ombudsman during the year:</p><ul>"
        "<li>Severe maladministration in how we handled a leaking flat roof - £1,250 compensation ordered</li>"
        "<li>Service failure in our reply to a request for a tenancy transfer - £80 ordered</li>"
        "<li>No maladministration in our handling of a garden boundary complaint</li>"
        "</ul></body></html>\n"),
        [("Severe maladministration in how we handled", "HO", "upheld", 1250.0, "severe maladministration"),
         ("Service failure in our reply", "HO", "upheld", 80.0, "service failure"),
         ("No maladministration in our handling", "HO", "not_upheld", None, "no maladministration")], "page.html"),
    "element-findings-in-one-determination-cell": (
        ("Stonegate Housing Association\n\nOmbudsman determinations\n\n"
        "| Case | Determination | Orders |\n| --- | --- | --- |\n"
        "| 202306612 | Maladministration in respect of repairs; service failure in respect of complaint handling | "
        "Pay £450 and apologise |\n"
        "| 202307781 | Reasonable redress in respect of repairs; no maladministration in respect of complaint "
        "handling | None |\n"),
        [("202306612", "HO", "upheld", 450.0),
         ("202307781", "HO", "not_upheld", None)], "page.md"),
    "case-headings-with-determination-and-orders-fields": (
        ("Ashvale Homes - Ombudsman cases 2023/24\n\n"
        "Complaint 1 - Damp and mould\n\n"
        "The resident reported black mould in two bedrooms over eighteen months. The Housing Ombudsman found "
        "severe maladministration in our response.\n"
        "Orders: apologise in writing, pay £1,100 and complete a damp survey within four weeks.\n\n"
        "Complaint 2 - Anti-social behaviour\n\n"
        "The resident said we did not act on reports about a neighbour's dog. The Housing Ombudsman found no "
        "maladministration.\n"),
        [("severe maladministration in our response", "HO", "upheld", 1100.0),
         ("The resident said we did not act", "HO", "not_upheld", None)], "page.txt"),
    "board-paper-published-report": (
        ("Report to the Board of Larkspur Housing Trust\nItem 9: Housing Ombudsman report\n\n"
        "The Housing Ombudsman has published its report on a complaint about our handling of a resident's "
        "reports of a rodent infestation, finding severe maladministration. We have been ordered to pay the "
        "resident £2,400 and to carry out a review of our pest control contract within twelve weeks.\n\n"
        "We accept the Ombudsman's findings in full and have apologised to the resident.\n"),
        [("The Housing Ombudsman has published its report", "HO", "upheld", 2400.0, "severe maladministration")],
        "page.txt"),
    "nhs-trust-phso-cases-list": (
        ("Ravensholme NHS Trust - Complaints Annual Report\n\n"
        "Cases closed by the Parliamentary and Health Service Ombudsman\n\n"
        "1. Maternity - partly upheld. The Ombudsman asked the trust to apologise and pay £750.\n"
        "2. Emergency department - not upheld.\n"
        "3. Outpatient appointments - upheld. The trust was asked to pay £200 and to review its booking "
        "letters.\n"),
        [("1. Maternity - partly upheld", "PHSO", "partially_upheld", 750.0),
         ("2. Emergency department - not upheld", "PHSO", "not_upheld", None),
         ("3. Outpatient appointments - upheld", "PHSO", "upheld", 200.0)], "page.txt"),
    "lgsco-council-news-release-two-paragraph-cases": (
        ("Brockley Heath Borough Council - news\n\n"
        "Council accepts Ombudsman findings\n\n"
        "The Local Government and Social Care Ombudsman has found the council at fault for the way it "
        "charged a resident for respite care. The council has apologised and refunded £1,340.\n\n"
        "In a second decision published the same week, the Ombudsman found no fault in how the council "
        "handled a complaint about a closed footpath.\n"),
        [("has found the council at fault", "LGSCO", "upheld", 1340.0),
         ("In a second decision published", "LGSCO", "not_upheld", None)], "page.txt"),
}

# a third batch: cases named by letter, a finding in the sentence after its count of one, a finding
# counted as "one ... finding", verdicts worded as element and respect
THIRD: dict[str, tuple[str, list[Case], str]] = {
    "cases-named-by-letter": (
        ("Learning from Housing Ombudsman determinations\n\n"
        "Case A: A resident told us about a leaking cold water tank in her loft. It took us nine weeks to "
        "replace it. The Ombudsman found maladministration and ordered us to pay £420.\n\n"
        "Case B: A resident complained that we had charged him for clearing a garden. The Ombudsman found "
        "no maladministration.\n"),
        [("Case A: A resident told us", "HO", "upheld", 420.0, "maladministration"),
         ("Case B: A resident complained", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "one-determination-then-this-found": (
        ("Millbrook Housing Co-operative - annual report to residents\n\n"
        "Housing Ombudsman\n\n"
        "The Housing Ombudsman issued one determination about us in 2023/24. This found service failure in how "
        "we dealt with a resident's requests for a new bathroom extractor fan, and we paid the £150 the "
        "Ombudsman ordered.\n"),
        [("The Housing Ombudsman issued one determination", "HO", "upheld", 150.0, "service failure")], "page.txt"),
    "one-finding-counted-in-its-own-words": (
        ("Orchard Vale Homes\nComplaints performance and service improvement report 2023/24\n\n"
        "Ombudsman findings\n\n"
        "We received one severe maladministration finding from the Housing Ombudsman, about damp and mould "
        "in a family home, for which we were ordered to pay £1,000.\n"),
        [("We received one severe maladministration finding", "HO", "upheld", 1000.0, "severe maladministration")],
        "page.txt"),
    "two-determinations-both-of-which": (
        ("Quayside Homes - Board report\n\n"
        "We had 2 determinations from the Housing Ombudsman in the quarter, both of which found "
        "maladministration in our repairs service.\n"),
        [("We had 2 determinations", "HO", "upheld", None, "maladministration"),
         ("We had 2 determinations", "HO", "upheld", None, "maladministration")], "page.txt"),
    "ombudsman-decision-column-with-element": (
        ("## Housing Ombudsman cases closed in 2024\n\n"
        "| Date | Area | Ombudsman decision | Learning |\n| --- | --- | --- | --- |\n"
        "| 03/04/2024 | Repairs | Maladministration - complaint handling | Named contact for every open repair |\n"
        "| 18/06/2024 | Neighbourhoods | No maladministration | None needed |\n"),
        [("03/04/2024", "HO", "upheld", None, "maladministration"),
         ("18/06/2024", "HO", "not_upheld", None, "no maladministration")], "page.md"),
    "welsh-housing-association-psow": (
        ("Cartrefi Dyffryn Aur\nAdroddiad Blynyddol / Annual Report\n\n"
        "Ombudsman complaints\n\n"
        "The Public Services Ombudsman for Wales upheld a tenant's complaint about the time we took to fix "
        "a damaged front door, and recommended that we apologise and pay her £200.\n"),
        [("The Public Services Ombudsman for Wales upheld", "PSOW", "upheld", 200.0)], "page.txt"),
    "outcome-words-of-four-ombudsmen-in-one-table": (
        ("## Ombudsman cases closed about Kinlochbeg and Tarrant Services, 2023/24\n\n"
        "| Ombudsman | Case | Subject | Outcome |\n| --- | --- | --- | --- |\n"
        "| SPSO | 202303311 | Waiting list for an adaptation | Resolved |\n"
        "| LGSCO | 23 004 118 | Parking suspension notice | No finding of maladministration |\n"
        "| LGSCO | 23 009 927 | Library fines | Incomplete/Invalid |\n"
        "| HO | 202305520 | Communal cleaning charge | Declined to investigate |\n"
        "| PSOW | 202306001 | School admission appeal | Settled |\n"),
        [("202303311", "SPSO", "other", None), ("23 004 118", "LGSCO", "not_upheld", None),
         ("23 009 927", "LGSCO", "other", None), ("202305520", "HO", "closed_after_initial_enquiries", None),
         ("202306001", "PSOW", "other", None)], "page.md"),
    "resident-numbered-summaries": (
        ("Damp and mould complaints that reached the Housing Ombudsman\n\n"
        "Resident 1 - we were slow to treat mould in a bathroom. Finding: maladministration. We paid £600.\n\n"
        "Resident 2 - a dispute over who should repair a shed. Finding: outside the Ombudsman's jurisdiction.\n"),
        [("Resident 1 - we were slow", "HO", "upheld", 600.0),
         ("Resident 2 - a dispute", "HO", "out_of_jurisdiction", None)], "page.txt"),
}

# a fourth batch: cases a paragraph tells by ordinals alone ("In the second, it found ..."; "The third found
# ..."), and a paragraph of one line per service, each "Service: what the Ombudsman decided"
FOURTH: dict[str, tuple[str, list[Case], str]] = {
    "ordinals-with-a-pronoun-for-the-ombudsman": (
        ("Larchmont Group\nAnnual Complaints Performance and Service Improvement Report 2024/25\n\n"
        "Complaints that went to the Ombudsman\n\n"
        "The Ombudsman decided three of our residents' complaints this year. In the first, it found "
        "maladministration in how we dealt with a blocked soil stack. In the second, it found service failure in "
        "our replies to a resident's letters about rent. In the third, it found no maladministration.\n"),
        [("The Ombudsman decided three", "HO", "upheld", None, "maladministration"),
         ("The Ombudsman decided three", "HO", "upheld", None, "service failure"),
         ("The Ombudsman decided three", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "ordinals-opening-sentences-without-commas": (
        ("Fenwick Housing Society - report to tenants\n\n"
        "Housing Ombudsman determinations\n\n"
        "The Housing Ombudsman sent us two determinations.\n"
        "The first concerned a delayed roof repair and found maladministration; the Ombudsman ordered us to pay\n"
        "£380.\n"
        "The second looked at how we recorded a tenant's vulnerability and found reasonable redress.\n"),
        [("The first concerned a delayed roof repair", "HO", "upheld", 380.0, "maladministration"),
         ("The second looked at how we recorded", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    "one-line-per-service-in-one-paragraph": (
        ("Northfield Borough Council - decisions of the Ombudsman in 2023/24\n\n"
        "Ombudsman decisions about us\n\n"
        "Housing needs: the Ombudsman upheld Mr R's complaint that we left his family in a hotel for too long. "
        "We paid him £900.\n"
        "Planning: the Ombudsman found no fault in how we decided a neighbour's extension.\n"
        "Parking: the Ombudsman decided not to investigate, as the driver could have appealed to the tribunal.\n"),
        [("Housing needs: the Ombudsman upheld", "LGSCO", "upheld", 900.0),
         ("Planning: the Ombudsman found no fault", "LGSCO", "not_upheld", None),
         ("Parking: the Ombudsman decided not", "LGSCO", "closed_after_initial_enquiries", None)], "page.txt"),
}

# a fifth batch: case tables as a PDF's text layer gives them - a cell run into the next column by a single
# space and a row wrapped onto a second line; a header in two lines; rows with no column gaps at all
FIFTH: dict[str, tuple[str, list[Case], str]] = {
    "spaced-table-overflowing-cell-and-wrapped-row": (
        ("Hollybank Housing - annual report to residents\n\n"
        "Housing Ombudsman determinations\n\n"
        "Reference    Complaint                        Determination           Orders\n"
        "202402210    Condensation in a top floor flat Severe maladministration £1,350 and an apology\n"
        "             and the landlord's survey\n"
        "202402777    Repairs to a communal gate       No maladministration    None\n"
        "202403015    Delay in answering a complaint   Service failure         £125\n"),
        [("202402210", "HO", "upheld", 1350.0, "severe maladministration"),
         ("202402777", "HO", "not_upheld", None, "no maladministration"),
         ("202403015", "HO", "upheld", 125.0, "service failure")], "page.txt"),
    "spaced-table-header-in-two-lines": (
        ("Hollybank Housing - annual report to residents\n\n"
        "Housing Ombudsman determinations\n\n"
        "Decided       What the complaint was about      Ombudsman              Compensation\n"
        "                                                finding\n"
        "12/02/2024    Loft insulation left unfinished   Maladministration      £480\n"
        "28/03/2024    A neighbour's security camera     No maladministration   £0\n"),
        [("12/02/2024", "HO", "upheld", 480.0, "maladministration"),
         ("28/03/2024", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "rows-with-single-spaces-under-a-heading": (
        ("Hollybank Housing - annual report to residents\n\n"
        "Housing Ombudsman determinations\n\n"
        "202404101 Mould in a child's bedroom Maladministration £700 compensation\n"
        "202404388 Allocation of a garage No maladministration\n"),
        [("202404101", "HO", "upheld", 700.0, "maladministration"),
         ("202404388", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
}

# a sixth batch: one case told in a single sentence whose verdict sits where the earlier rules did not
# look - after an aside, as the end an investigation came to, as "at fault by the Ombudsman", after a
# label that names when the decision came, or as what the landlord "must pay"
SIXTH: dict[str, tuple[str, list[Case], str]] = {
    "determination-with-an-aside-before-its-verdict": (
        ("Ferncliffe Homes\n\nHousing Ombudsman\n\n"
        "A tenant took her complaint about a broken entry phone to the Ombudsman. The Ombudsman's "
        "determination, which reached us in April, was service failure.\n"),
        [("A tenant took her complaint", "HO", "upheld", None, "service failure")], "page.txt"),
    "investigation-ended-in-a-finding": (
        ("Ferncliffe Homes\n\nHousing Ombudsman\n\n"
        "The Ombudsman's investigation into how we handled a resident's reports of a rat infestation ended "
        "in a finding of severe maladministration.\n"),
        [("The Ombudsman's investigation into how", "HO", "upheld", None, "severe maladministration")],
        "page.txt"),
    "found-at-fault-by-the-ombudsman": (
        ("Greyfriars District Council - annual complaints review\n\nOmbudsman cases\n\n"
        "The council was found to be at fault by the Local Government and Social Care Ombudsman for the "
        "way it ended a homeless family's temporary accommodation.\n"),
        [("The council was found to be at fault", "LGSCO", "upheld", None)], "page.txt"),
    "decision-label-naming-when-it-came": (
        ("Ferncliffe Homes\n\nHousing Ombudsman\n\n"
        "The Ombudsman's decision on a complaint about our grounds maintenance was issued in September: "
        "maladministration, with £210 compensation.\n"),
        [("The Ombudsman's decision on a complaint", "HO", "upheld", 210.0, "maladministration")], "page.txt"),
    "ombudsman-says-landlord-must-pay": (
        ("Ferncliffe Homes\n\nHousing Ombudsman\n\n"
        "Following the Ombudsman's ruling on a complaint about a damaged kitchen floor, we must pay the "
        "resident £640.\n"),
        [("Following the Ombudsman's ruling", "HO", "upheld", 640.0)], "page.txt"),
}

# a seventh batch: the remedy as a field of its own paragraph below the finding (Markdown and HTML pages
# give each "Label: value" a block), and a "Redress" column of money
SEVENTH: dict[str, tuple[str, list[Case], str]] = {
    "markdown-case-headings-with-finding-and-orders-paragraphs": (
        ("# Copperfield Homes - learning from Ombudsman cases\n\n"
        "## Case 1: Leaking flat roof\n\n"
        "A resident reported water coming in for a year before the roof was replaced.\n\n"
        "**Finding:** Severe maladministration\n\n"
        "**Orders:** apologise and pay £1,200\n\n"
        "## Case 2: Communal bin store\n\n"
        "**Finding:** No maladministration\n"),
        [("Finding:** Severe maladministration", "HO", "upheld", 1200.0, "severe maladministration"),
         ("Finding:** No maladministration", "HO", "not_upheld", None, "no maladministration")], "page.md"),
    "redress-column-of-money": (
        ("# Copperfield Homes - Housing Ombudsman cases\n\n"
        "| Case | Issue | Finding | Redress |\n| --- | --- | --- | --- |\n"
        "| 202405515 | Missed gas safety visit | Service failure | £90 |\n"
        "| 202405901 | Noise from a lift motor | No maladministration | None |\n"),
        [("202405515", "HO", "upheld", 90.0, "service failure"),
         ("202405901", "HO", "not_upheld", None, "no maladministration")], "page.md"),
}

# an eighth batch: the ombudsman named in one sentence and its verdict told with a pronoun in the next
# ("They upheld the complaint"), a news lead whose failing is the council's ("found it failed to"),
# and "A second complaint, about ..., was not upheld" after a case told in the same minute
EIGHTH: dict[str, tuple[str, list[Case], str]] = {
    "spso-pronoun-upheld": (
        ("Craigmore Council\nComplaints Handling Annual Report 2024/25\n\nSPSO decisions\n\n"
        "The SPSO looked at one complaint about how we assessed a council tax reduction. They upheld the "
        "complaint and asked us to apologise.\n"),
        [("The SPSO looked at one complaint", "SPSO", "upheld", None)], "page.txt"),
    "news-lead-found-it-failed": (
        ("Widow repaid after council's care charge error\n\n"
        "Thornaby Vale Borough Council has refunded £3,100 to a widow after the Ombudsman found it failed to "
        "tell her husband what his care would cost.\n\n"
        "The Local Government and Social Care Ombudsman said the council had not followed the statutory "
        "guidance.\n"),
        [("Thornaby Vale Borough Council has refunded", "LGSCO", "upheld", 3100.0)], "page.txt"),
    "minutes-a-second-complaint-not-upheld": (
        ("Minutes of the Governance Committee\n\n"
        "9. Ombudsman annual review\n\n"
        "Members noted that the Local Government and Social Care Ombudsman had upheld a complaint about a "
        "delayed blue badge and the council had paid £100 to the applicant.\n"
        "A second complaint, about a closed public toilet, was not upheld.\n"),
        [("Members noted that the Local Government", "LGSCO", "upheld", 100.0),
         ("A second complaint, about a closed", "LGSCO", "not_upheld", None)], "page.txt"),
}


@pytest.mark.parametrize("key", list(EIGHTH))
def test_eighth_batch_pronouns_and_second_complaints(tmp_path: Path, key: str) -> None:
    text, expected, name = EIGHTH[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(SEVENTH))
def test_seventh_batch_remedies_beside_their_finding(tmp_path: Path, key: str) -> None:
    text, expected, name = SEVENTH[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(SIXTH))
def test_sixth_batch_one_sentence_verdicts(tmp_path: Path, key: str) -> None:
    text, expected, name = SIXTH[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(FIFTH))
def test_fifth_batch_tables_as_a_text_layer_gives_them(tmp_path: Path, key: str) -> None:
    text, expected, name = FIFTH[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(FOURTH))
def test_fourth_batch_ordinals_and_service_lines(tmp_path: Path, key: str) -> None:
    text, expected, name = FOURTH[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(THIRD))
def test_third_batch_letters_counts_of_one_and_elements(tmp_path: Path, key: str) -> None:
    text, expected, name = THIRD[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(MORE))
def test_more_cases_in_landlord_nhs_and_html_pages(tmp_path: Path, key: str) -> None:
    text, expected, name = MORE[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(PAGES))
def test_cases_in_shapes_the_corpus_lacks(tmp_path: Path, key: str) -> None:
    text, expected, name = PAGES[key]
    assert_cases(tmp_path, text, expected, name)


# ------------------------------------------------------------------ summary counts: no case at all
COUNTS: dict[str, tuple[str, str]] = {
    "ho-determinations-counted-by-finding": (
        ("Thornfield Homes - Housing Ombudsman\n\n"
        "The Housing Ombudsman made 12 determinations about us during the year: maladministration was "
        "found in 5, service failure in 3 and no maladministration in 4. Compensation ordered across "
        "these cases came to £4,250.\n"), "page.txt"),
    "ho-finding-count-table": (
        ("## Housing Ombudsman findings 2023/24\n\n"
        "| Finding | Number |\n| --- | --- |\n| Severe maladministration | 1 |\n| Maladministration | 6 |\n"
        "| Service failure | 2 |\n| No maladministration | 3 |\n| Outside jurisdiction | 2 |\n"), "page.md"),
    "lgsco-annual-letter-rates": (
        ("Oakhurst District Council\nLGSCO annual review letter 2023\n\n"
        "The Ombudsman upheld 7 complaints about the council, an uphold rate of 64% against an average of "
        "72% for similar authorities. In 100% of upheld cases the Ombudsman was satisfied the council had "
        "carried out its recommendations.\n"), "page.txt"),
    "spso-outcomes-counted": (
        ("Strathcairn Council - SPSO complaints 2022/23\n\n"
        "Some upheld: 3\nNot upheld: 4\nFully upheld: 1\n"
        "The SPSO made 9 recommendations, all of which were accepted.\n"), "page.txt"),
    "ho-findings-counted-in-a-sentence": (
        ("Harbourside Homes\n\nHousing Ombudsman\n\n"
        "The Housing Ombudsman found maladministration in two cases and service failure in one, and ordered "
        "us to pay £1,900 in all.\n"), "page.txt"),
    "ho-determination-rate-table": (
        ("## Ombudsman determinations compared\n\n| Measure | Us | Sector |\n| --- | --- | --- |\n"
        "| Maladministration rate | 71% | 74% |\n| Orders complied with on time | 100% | 93% |\n"), "page.md"),
    "one-of-each-finding-counted": (
        ("Quayside Homes\n\nHousing Ombudsman findings this year: severe maladministration 0, maladministration 4, "
        "service failure 1, no maladministration 2.\n"), "page.txt"),
    "ordinals-of-quarters-not-cases": (
        ("Larchmont Group - Housing Ombudsman\n\n"
        "In the first quarter, the Ombudsman found maladministration in 2 cases. In the second, it found "
        "service failure in 3 cases.\n"), "page.txt"),
    "investigations-ended-in-findings": (
        ("Ferncliffe Homes\n\nHousing Ombudsman\n\n"
        "Investigations by the Ombudsman ended in 4 findings of maladministration and one of service failure.\n"),
        "page.txt"),
    "phso-outcomes-counted-by-parts": (
        ("Ashby General Hospital NHS Trust\nQuality report\n\n"
        "The Parliamentary and Health Service Ombudsman closed four investigations about the trust. One was "
        "upheld, one partly upheld and two not upheld.\n"), "page.txt"),
    "psow-received-and-closed-counts": (
        ("Cyngor Sir Penrhos\nPublic Services Ombudsman for Wales - annual letter\n\n"
        "The Ombudsman received 31 complaints about the council and closed 29. Of these, 14 were premature, "
        "9 were out of jurisdiction and 6 were settled by early resolution.\n"), "page.txt"),
}


@pytest.mark.parametrize("key", list(COUNTS))
def test_summary_counts_give_no_decision(tmp_path: Path, key: str) -> None:
    text, name = COUNTS[key]
    assert decisions_in(tmp_path, text, name) == []
