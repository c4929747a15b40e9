"""Ombudsman cases from any case list, third batch (issue 13): pages written for this test in words of
our own, as councils, landlords, newspapers and the Scottish and Welsh ombudsmen lay them out. Every
organisation, place, person and amount is invented; no corpus document, dev-real excerpt, gold file or
earlier test holds these sentences.

Five shapes, at least three pages each, the Housing Ombudsman's most (as a landlord's annual complaints
report, a Code self-assessment or a committee report presents its determinations: tables flattened to
text, bullet lists, paragraphs):
1. case lists with labelled fields (date, department, description in the LGSCO's words);
2. news stories of single cases (one a paragraph, or several in one story);
3. Housing Ombudsman determinations and the landlord's summary of each;
4. SPSO and PSOW decision tables and outcome pages;
5. lists of investigation reports and committee minutes that tell each case;
and counter-examples that tell no case: summary counts, what a landlord aims to do, an ombudsman's
general guidance. Each expected case is (anchor, body, outcome, payment_gbp[, finding]); the anchor is
a piece of the line the case is told on, matched like the scorer (within two lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases, decisions_in

Page = tuple[str, list[Case], str]

# ------------------------------------------------------------------ 1. labelled fields, LGSCO words
FIELDS: dict[str, Page] = {
    "fields-date-service-summary-at-fault-agreed": (
        ("Brackenford Borough Council\nDecisions of the Local Government and Social Care Ombudsman 2022/23\n\n"
         "Date: 09/08/2022\n"
         "Service: Revenues and Benefits\n"
         "Summary: The Council was at fault because it took nine months to decide a claim for council tax "
         "support. It has agreed to apologise and pay the claimant £180.\n\n"
         "Date: 27/01/2023\n"
         "Service: Planning\n"
         "Summary: The Ombudsman found no fault in how the Council considered a neighbour's extension.\n\n"
         "Date: 14/03/2023\n"
         "Service: Adult Social Care\n"
         "Summary: There was fault causing injustice in the charging for a short stay in a care home. "
         "The Council will refund £1,240 and review its charging letters.\n"),
        [("took nine months to decide a claim", "LGSCO", "upheld", 180.0),
         ("found no fault in how the Council considered", "LGSCO", "not_upheld", None),
         ("fault causing injustice in the charging", "LGSCO", "upheld", 1240.0)], "page.txt"),
    "fields-decided-directorate-what-we-found-without-blank-lines": (
        ("Wexcombe County Council - Ombudsman decisions\n\n"
         "Date decided: 2 June 2023\n"
         "Directorate: Children's Services\n"
         "Decision: Upheld - maladministration and injustice\n"
         "Remedy: apology and £300 for distress\n"
         "Date decided: 19 July 2023\n"
         "Directorate: Highways\n"
         "Decision: Not upheld - no maladministration\n"
         "Remedy: none\n"),
        [("Upheld - maladministration and injustice", "LGSCO", "upheld", 300.0),
         ("Not upheld - no maladministration", "LGSCO", "not_upheld", None)], "page.txt"),
    "fields-markdown-bold-labels-housing-ombudsman": (
        ("# Cresswell Homes: our Housing Ombudsman cases\n\n"
         "**Determined:** 11 April 2024  \n**Service area:** Responsive repairs  \n"
         "**What the Ombudsman decided:** Maladministration in our handling of a broken boiler. We were "
         "ordered to pay £425.\n\n"
         "**Determined:** 30 May 2024  \n**Service area:** Lettings  \n"
         "**What the Ombudsman decided:** No maladministration in how we offered a transfer.\n"),
        [("Maladministration in our handling of a broken boiler", "HO", "upheld", 425.0),
         ("No maladministration in how we offered", "HO", "not_upheld", None)], "page.md"),
}

# ------------------------------------------------------------------ 2. news stories of single cases
NEWS: dict[str, Page] = {
    "news-one-case-a-paragraph-with-lead": (
        ("Council told to pay family after school transport mix-up\n\n"
         "Harlow Cross Borough Council must pay a family £350 after an ombudsman ruling.\n\n"
         "The Local Government and Social Care Ombudsman found the council at fault for withdrawing a "
         "boy's taxi to school without warning, and the council has agreed to apologise and pay his "
         "mother £350.\n\n"
         "A council spokesperson said lessons had been learned.\n"),
        [("found the council at fault for withdrawing", "LGSCO", "upheld", 350.0)], "page.txt"),
    "news-several-cases-in-one-story": (
        ("Watchdog criticises Dunmere council over three complaints\n\n"
         "The Local Government and Social Care Ombudsman has published three decisions about Dunmere "
         "District Council.\n\n"
         "In the first, the Ombudsman found the council at fault for failing to collect a disabled "
         "resident's bins for eleven weeks. It agreed to pay her £150.\n\n"
         "In another case, the watchdog said the council delayed a man's housing register application "
         "and recommended it pay him £250.\n\n"
         "A third complaint, about a parking fine, was not upheld: the Ombudsman found no fault.\n"),
        [("found the council at fault for failing to collect", "LGSCO", "upheld", 150.0),
         ("said the council delayed a man's housing register", "LGSCO", "upheld", 250.0),
         ("was not upheld: the Ombudsman found no fault", "LGSCO", "not_upheld", None)], "page.txt"),
    "news-housing-ombudsman-severe-maladministration-story": (
        ("Landlord ordered to pay £2,750 over mould-ridden flat\n\n"
         "The Housing Ombudsman found severe maladministration in Greyfriars Housing Group's handling of "
         "a tenant's reports of mould in her child's bedroom, which went on for two years.\n\n"
         "The landlord was ordered to pay the tenant £2,750 and to carry out a full survey of the block.\n\n"
         "Greyfriars said it accepted the findings in full.\n"),
        [("found severe maladministration in Greyfriars", "HO", "upheld", 2750.0, "severe maladministration")],
        "page.txt"),
    "news-two-councils-separate-paragraphs": (
        ("Ombudsman round-up: two councils apologise\n\n"
         "The Local Government and Social Care Ombudsman found Penmarsh County Council at fault for the way "
         "it reviewed a care package, and the council has agreed to pay the man's daughter £400.\n\n"
         "Separately, Oldbury Vale Council was found at fault for delays in a blue badge appeal. It has "
         "apologised and paid £100.\n"),
        [("found Penmarsh County Council at fault", "LGSCO", "upheld", 400.0),
         ("Oldbury Vale Council was found at fault", "LGSCO", "upheld", 100.0)], "page.txt"),
}

# ------------------------------------------------------------------ 3. Housing Ombudsman determinations
HOUSING: dict[str, Page] = {
    "ho-dash-lines-case-ref-category-finding-compensation": (
        ("Linnet Vale Homes\nAnnual Complaints Performance and Service Improvement Report 2024/25\n\n"
         "Housing Ombudsman determinations\n\n"
         "Case ref 202407713 - Damp and mould - Severe maladministration - £1,850 compensation ordered\n"
         "Case ref 202408120 - Anti-social behaviour - Service failure - £90 compensation ordered\n"
         "Case ref 202409932 - Rent account - No maladministration - no order\n"),
        [("202407713", "HO", "upheld", 1850.0, "severe maladministration"),
         ("202408120", "HO", "upheld", 90.0, "service failure"),
         ("202409932", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "ho-pipe-table-flattened-trailing-pipes": (
        ("Section 6: The Housing Ombudsman\n"
         "During the year the Housing Ombudsman determined three complaints about Northgate Housing.\n"
         "Date of determination | Service | Finding | Orders |\n"
         "03/07/2024 | Gas servicing | Maladministration | Apology and £320 |\n"
         "22/10/2024 | Complaint handling | Service failure | £150 |\n"
         "18/02/2025 | Estate cleaning | Reasonable redress | None |\n"),
        [("03/07/2024", "HO", "upheld", 320.0, "maladministration"),
         ("22/10/2024", "HO", "upheld", 150.0, "service failure"),
         ("18/02/2025", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    "ho-one-cell-per-line-table": (
        ("Kingsmoor Living\nHousing Ombudsman cases 2024\n\n"
         "Case\nSubject\nDetermination\nCompensation\n"
         "202311207\nLeak from the flat above\nMaladministration\n£700\n"
         "202312884\nParking enforcement\nNo maladministration\n£0\n"),
        [("202311207", "HO", "upheld", 700.0),
         ("202312884", "HO", "not_upheld", None)], "page.txt"),
    "ho-bullets-subject-finding-orders": (
        ("Hollins Bridge Housing Association\nComplaints annual report 2023/24\n\n"
         "What the Housing Ombudsman decided\n\n"
         "- Delayed kitchen replacement: maladministration; ordered to pay £500 and confirm a start date.\n"
         "- Noise from a neighbour: no maladministration.\n"
         "- Handling of a stage 2 complaint: service failure; ordered to pay £75.\n"),
        [("Delayed kitchen replacement", "HO", "upheld", 500.0),
         ("Noise from a neighbour", "HO", "not_upheld", None),
         ("Handling of a stage 2 complaint", "HO", "upheld", 75.0)], "page.txt"),
    "ho-paragraph-first-second-third": (
        ("Aldwick Homes\n\nLearning from the Housing Ombudsman\n\n"
         "We received three determinations in 2024/25.\n\n"
         "The first concerned our response to a leaking roof. The Ombudsman found maladministration and "
         "ordered us to pay £480.\n\n"
         "The second, about a dispute over a garden fence, was found to be reasonable redress because we "
         "had already put things right.\n\n"
         "The third related to the allocation of a parking bay, where the Ombudsman found no "
         "maladministration.\n"),
        [("The Ombudsman found maladministration and", "HO", "upheld", 480.0),
         ("was found to be reasonable redress", "HO", "not_upheld", None, "reasonable redress"),
         ("found no", "HO", "not_upheld", None)], "page.txt"),
    "ho-council-committee-report-in-case-number": (
        ("Tamworthy Borough Council\nHousing Scrutiny Panel - Quarter 3 complaints report\n\n"
         "4. Housing Ombudsman\n\n"
         "4.1 In case 202315566 the Housing Ombudsman found maladministration in the council's response to "
         "reports of disrepair and ordered compensation of £540.\n"
         "4.2 In case 202316023 it found that the council had offered reasonable redress before the "
         "complaint reached it.\n"),
        [("In case 202315566", "HO", "upheld", 540.0),
         ("In case 202316023", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    "ho-self-assessment-commentary-rows": (
        ("Rowan Park Homes - Complaint Handling Code self-assessment 2025\n\n"
         "Section | Requirement | Comply | Commentary\n"
         "9.2 | Learning from complaints is shared with the governing body | Yes | Reports go to the board every quarter.\n"
         "9.6 | Orders of the Ombudsman are complied with | Yes | In 2024 the Housing Ombudsman found "
         "maladministration in one case about our complaint handling; we paid the £200 ordered within four weeks.\n"),
        [("9.6 | Orders of the Ombudsman", "HO", "upheld", 200.0)], "page.txt"),
    "ho-two-awaiting-and-one-determined": (
        ("Beechcroft Housing\nAnnual complaints report 2024/25\n\n"
         "Housing Ombudsman\n\n"
         "One complaint about repairs to a communal door was determined this year: the Ombudsman found "
         "service failure and ordered us to pay £120.\n"
         "One other complaint, about a service charge, is with the Housing Ombudsman awaiting a "
         "determination.\n"),
        [("found", "HO", "upheld", 120.0),
         ("awaiting a", "HO", "awaiting_decision", None)], "page.txt"),
    "ho-tab-table-with-mixed-elements-in-one-row": (
        ("Moorfield Homes\nHousing Ombudsman determinations 2024/25\n\n"
         "Reference\tIssue\tFindings\tCompensation\n"
         "202402671\tDamp in a bathroom; complaint handling\tMaladministration; service failure\t£650\n"
         "202403380\tWindow repairs; complaint handling\tService failure; no maladministration\t£100\n"),
        [("202402671", "HO", "upheld", 650.0),
         ("202403380", "HO", "partially_upheld", 100.0)], "page.txt"),
}

# ------------------------------------------------------------------ 3b. Housing Ombudsman, second batch
# probes written after the first fixes and before the second: rows with no header under a title line,
# case studies as "What happened / What the Ombudsman found / What we did", numbered board-report
# paragraphs, a "finding" column beside learning, "Outcome of case N:" lines, a count then its cases told
# one by one in one paragraph, an HTML table and bullets opening with a case reference
HOUSING_MORE: dict[str, Page] = {
    "ho-rows-with-no-header-under-a-title-line": (
        ("Wolds Edge Housing\nComplaints annual report 2024/25\n\n"
         "Housing Ombudsman determinations 2024/25\n"
         "Repairs - leak into kitchen ceiling | Maladministration | £400 |\n"
         "Antisocial behaviour - handling of reports | Service failure | £150 |\n"
         "Complaint handling - delay at stage 2 | No maladministration | - |\n"),
        [("leak into kitchen ceiling", "HO", "upheld", None, "maladministration"),
         ("handling of reports", "HO", "upheld", None, "service failure"),
         ("delay at stage 2", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "ho-case-studies-what-happened-found-did": (
        ("Ferrybank Homes - Annual Complaints Performance and Service Improvement Report 2024-25\n\n"
         "Case study 1\n"
         "What happened: A resident reported a blocked drain at the rear of her home several times over four months.\n"
         "What the Ombudsman found: Maladministration in our handling of the drain repair.\n"
         "What we did: We apologised, paid £350 and changed how repeat drainage jobs are flagged.\n\n"
         "Case study 2\n"
         "What happened: A leaseholder disputed the service charge for communal cleaning.\n"
         "What the Ombudsman found: No maladministration.\n"
         "What we did: We explained the charge again in writing.\n"),
        [("Maladministration in our handling of the drain", "HO", "upheld", 350.0),
         ("What the Ombudsman found: No maladministration", "HO", "not_upheld", None)], "page.txt"),
    "ho-board-report-numbered-paragraphs-by-month": (
        ("Harcourt Housing Trust\nBoard report: complaints performance, quarter 2\n\n"
         "6. Housing Ombudsman\n"
         "6.1 In August 2024 the Ombudsman issued a determination on a complaint about our response to a roof "
         "leak, finding maladministration. We were ordered to pay £600.\n"
         "6.2 In September 2024 the Ombudsman determined a complaint about a neighbour dispute and found service "
         "failure in our complaint handling; we were ordered to pay £100.\n"),
        [("6.1 In August 2024", "HO", "upheld", 600.0),
         ("6.2 In September 2024", "HO", "upheld", 100.0)], "page.txt"),
    "ho-markdown-finding-column-beside-learning": (
        ("# Ombudsman cases\n\n"
         "| Complaint | Ombudsman finding | Compensation | Learning |\n| --- | --- | --- | --- |\n"
         "| Damp in a bedroom over two winters | Severe maladministration | £1,200 | Damp and mould policy rewritten |\n"
         "| Late gas safety check | Maladministration | £250 | New reminders for annual checks |\n"
         "| Request for a parking space | No maladministration | £0 | None |\n"),
        [("Damp in a bedroom", "HO", "upheld", 1200.0),
         ("Late gas safety check", "HO", "upheld", 250.0),
         ("Request for a parking space", "HO", "not_upheld", None)], "page.md"),
    "ho-outcome-of-case-lines": (
        ("Elmhurst Council - Housing Services complaints report 2024/25\n\n"
         "Complaints determined by the Housing Ombudsman\n\n"
         "Outcome of case 1: Maladministration found - compensation of £275 ordered for delays to damp works.\n"
         "Outcome of case 2: No maladministration found in the handling of a transfer request.\n"
         "Outcome of case 3: Reasonable redress - the compensation we had offered was fair.\n"),
        [("Outcome of case 1", "HO", "upheld", 275.0),
         ("Outcome of case 2", "HO", "not_upheld", None),
         ("Outcome of case 3", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    "ho-count-then-each-case-in-one-paragraph": (
        ("Newlands Homes Annual Report\n\nOmbudsman\n\n"
         "Three complaints were escalated to the Housing Ombudsman in 2024/25. The Ombudsman found "
         "maladministration in one case about a delayed adaptation and ordered us to pay £500. In a case about a "
         "noisy neighbour it found no maladministration. The third case is still being investigated.\n"),
        [("Three complaints were escalated", "HO", "upheld", 500.0),
         ("Three complaints were escalated", "HO", "not_upheld", None),
         ("Three complaints were escalated", "HO", "awaiting_decision", None)], "page.txt"),
    "ho-html-table-reference-date-category": (
        ("<html><body><h1>Sandown Housing: Housing Ombudsman decisions</h1>\n"
         "<table><tr><th>Case reference</th><th>Date</th><th>Category</th><th>Determination</th><th>Orders</th></tr>\n"
         "<tr><td>202410067</td><td>12/06/2024</td><td>Repairs</td><td>Maladministration</td><td>Apology; £380</td></tr>\n"
         "<tr><td>202410991</td><td>30/09/2024</td><td>ASB</td><td>No maladministration</td><td>None</td></tr>\n"
         "</table></body></html>\n"),
        [("202410067", "HO", "upheld", 380.0),
         ("202410991", "HO", "not_upheld", None)], "page.html"),
    "ho-bullets-opening-with-case-reference": (
        ("Riverbend Housing Association\nComplaints performance 2023/24\n\n"
         "Housing Ombudsman\nWe received two determinations from the Housing Ombudsman.\n"
         "• Case 202309981 (repairs to a shower): the Ombudsman found maladministration and ordered £300 compensation.\n"
         "• Case 202311025 (handling of a complaint about parking): the Ombudsman found service failure and ordered £50.\n"),
        [("Case 202309981", "HO", "upheld", 300.0),
         ("Case 202311025", "HO", "upheld", 50.0)], "page.txt"),
}

# ------------------------------------------------------------------ 3c. Housing Ombudsman, third batch
# probes written after the second fixes and before the third: accordion fields ("Complaint about: /
# Ombudsman's decision:"), element findings on lines of their own, rows whose cells are each a field, a
# count told part by part, dated dash lines under a title run into one paragraph, a Code self-assessment
# sentence, a pipe table under a title line with an out-of-jurisdiction row, cases named by letter
HOUSING_THIRD: dict[str, Page] = {
    "ho-accordion-fields-complaint-about-decision": (
        ("Learning from Housing Ombudsman decisions\n\n"
         "Complaint about: Repairs to a leaking bath\nOmbudsman's decision: Maladministration\n"
         "Compensation ordered: £350\nActions we've taken: Plumbing jobs are now checked a week after completion.\n\n"
         "Complaint about: Allocation of a garage\nOmbudsman's decision: No maladministration\n"
         "Compensation ordered: None\nActions we've taken: None needed.\n"),
        [("Ombudsman's decision: Maladministration", "HO", "upheld", 350.0),
         ("Ombudsman's decision: No maladministration", "HO", "not_upheld", None)], "page.txt"),
    "ho-element-findings-on-lines-of-their-own": (
        ("Millbrook Housing Group\nHousing Ombudsman determinations\n\n"
         "Our handling of the resident's reports of damp and mould: maladministration.\n"
         "Our handling of the associated complaint: service failure.\n"
         "We were ordered to pay £725 and to inspect the property within four weeks.\n"),
        [("Our handling of the associated complaint", "HO", "upheld", 725.0)], "page.txt"),
    "ho-rows-of-labelled-cells": (
        ("Annual complaints report 2024/25 - Tideway Homes\n\nOmbudsman cases\n"
         "Case: 202401122 | Category: Repairs | Finding: Maladministration | Compensation: £300 |\n"
         "Case: 202403345 | Category: ASB | Finding: No maladministration | Compensation: £0 |\n"),
        [("Case: 202401122", "HO", "upheld", 300.0),
         ("Case: 202403345", "HO", "not_upheld", None)], "page.txt"),
    "ho-count-told-part-by-part": (
        ("Complaints escalated to the Housing Ombudsman\n"
         "During 2024/25, four complaints were escalated to the Housing Ombudsman. Two were determined during the "
         "year: one with a finding of maladministration about repairs, for which £200 was ordered, and one with a "
         "finding of no maladministration about a rent increase.\n"),
        [("During 2024/25, four complaints", "HO", "upheld", None),
         ("During 2024/25, four complaints", "HO", "not_upheld", None)], "page.txt"),
    "ho-dated-dash-lines-under-a-title": (
        ("Brookvale Homes\n\nHousing Ombudsman Determinations\n"
         "April 2024 – Repairs – Service Failure – £100\n"
         "July 2024 – Damp and mould – Maladministration – £450\n"
         "January 2025 – Complaint handling – No maladministration\n"),
        # the amount set apart last on a case's line after its finding is what the case pays (2026-12-05; it was
        # left unread, None, when this page was written)
        [("April 2024", "HO", "upheld", 100.0),
         ("July 2024", "HO", "upheld", 450.0),
         ("January 2025", "HO", "not_upheld", None)], "page.txt"),
    "ho-code-self-assessment-learning-sentence": (
        ("Ashgrove Housing\nSelf-assessment against the Complaint Handling Code 2025\n\n"
         "Section 8: Learning and improvement\n"
         "The Housing Ombudsman issued one determination about us in 2024/25, finding service failure in our "
         "handling of a repair to a communal door; we paid the £150 ordered.\n"),
        [("The Housing Ombudsman issued one determination", "HO", "upheld", 150.0)], "page.txt"),
    "ho-pipe-table-under-a-title-with-jurisdiction-row": (
        ("Complaints performance report 2023/24 - Larkspur Housing\n\nHousing Ombudsman\n"
         "Case ref | Date | Issue | Determination | Orders |\n"
         "202301456 | May 2023 | Heating | Maladministration | £500 compensation |\n"
         "202302778 | August 2023 | Repairs | Service failure | £150 compensation |\n"
         "202305509 | January 2024 | ASB | No maladministration | None |\n"
         "202306610 | March 2024 | Damp | Outside jurisdiction | None |\n"),
        [("202301456", "HO", "upheld", 500.0),
         ("202302778", "HO", "upheld", 150.0),
         ("202305509", "HO", "not_upheld", None),
         ("202306610", "HO", "out_of_jurisdiction", None)], "page.txt"),
    "ho-cases-named-by-letter-in-one-paragraph": (
        ("Housing Ombudsman\nThe Housing Ombudsman made determinations on three of our cases this year.\n"
         "Case A – the Ombudsman found maladministration in our response to a leak and ordered £400 compensation.\n"
         "Case B – the Ombudsman found service failure in our complaint handling and ordered £75.\n"
         "Case C – the Ombudsman found no maladministration.\n"),
        [("Case A", "HO", "upheld", 400.0),
         ("Case B", "HO", "upheld", 75.0),
         ("Case C", "HO", "not_upheld", None)], "page.txt"),
}

# ------------------------------------------------------------------ 4. SPSO and PSOW decision tables
SCOTLAND_WALES: dict[str, Page] = {
    "spso-pipe-rows-date-body-subject-outcome": (
        ("Scottish Public Services Ombudsman decisions about Glenvarrow Council\n"
         "Date | Body | Subject | Outcome\n"
         "12/09/2023 | Glenvarrow Council | Housing repairs | Some upheld, recommendations\n"
         "03/10/2023 | Glenvarrow Council | Council tax | Not upheld, no recommendations\n"
         "28/11/2023 | Glenvarrow Council | Social work assessment | Fully upheld, recommendations\n"),
        [("12/09/2023", "SPSO", "partially_upheld", None),
         ("03/10/2023", "SPSO", "not_upheld", None),
         ("28/11/2023", "SPSO", "upheld", None)], "page.txt"),
    "spso-outcome-page-fields-one-per-line": (
        ("SPSO decisions - Loch Arran Health Board\n\n"
         "Case ref: 202204561\nDate: 6 March 2024\nSector: Health\nSubject: Delay in diagnosis\n"
         "Outcome: Some upheld, recommendations\n\n"
         "Case ref: 202207788\nDate: 6 March 2024\nSector: Health\nSubject: Communication with relatives\n"
         "Outcome: Not upheld, no recommendations\n"),
        [("Outcome: Some upheld, recommendations", "SPSO", "partially_upheld", None),
         ("Outcome: Not upheld, no recommendations", "SPSO", "not_upheld", None)], "page.txt"),
    "psow-markdown-table-welsh-council": (
        ("## Public Services Ombudsman for Wales: complaints about Cyngor Bryn Teg, 2023/24\n\n"
         "| Date closed | Subject | Outcome |\n| --- | --- | --- |\n"
         "| 15/05/2023 | Waste collection | Upheld |\n"
         "| 04/08/2023 | Planning enforcement | Not upheld |\n"
         "| 21/12/2023 | Adult social care | Early resolution |\n"),
        [("15/05/2023", "PSOW", "upheld", None),
         ("04/08/2023", "PSOW", "not_upheld", None),
         ("21/12/2023", "PSOW", "other", None)], "page.md"),
}

# ------------------------------------------------------------------ 5. report lists and minutes
REPORTS: dict[str, Page] = {
    "report-list-title-council-finding": (
        ("Recent Ombudsman investigation reports\n\n"
         "Failure to assess a carer's needs - Ashcombe County Council - maladministration causing injustice\n"
         "Missed bin collections over a year - Furzedown District Council - maladministration causing injustice\n"
         "Objection to a street trading licence - Ebbsworth City Council - no maladministration\n"),
        [("Failure to assess a carer's needs", "LGSCO", "upheld", None),
         ("Missed bin collections over a year", "LGSCO", "upheld", None),
         ("Objection to a street trading licence", "LGSCO", "not_upheld", None)], "page.txt"),
    "minutes-one-case-each-sentence": (
        ("Corporate Governance Committee - minutes\n\n"
         "Ombudsman complaints\n\n"
         "The Monitoring Officer reported that the Local Government and Social Care Ombudsman had found "
         "fault in the council's handling of a disabled facilities grant; the council had apologised and "
         "paid £275. A second complaint, about a tree preservation order, had been closed after initial "
         "enquiries.\n"),
        [("fault in the council's handling of a disabled facilities grant", "LGSCO", "upheld", 275.0),
         ("A second complaint, about a tree preservation", "LGSCO", "closed_after_initial_enquiries", None)],
        "page.txt"),
    "report-list-numbered-with-remedy": (
        ("Ombudsman reports issued about Carnwood Borough Council, 2019\n\n"
         "1. Housing allocations (ref 18 002 311): maladministration causing injustice; the council paid £750.\n"
         "2. Home to school transport (ref 18 009 564): no maladministration.\n"
         "3. Adult care charges (ref 19 000 127): maladministration causing injustice; the council paid £1,100.\n"),
        [("Housing allocations (ref 18 002 311)", "LGSCO", "upheld", 750.0),
         ("Home to school transport (ref 18 009 564)", "LGSCO", "not_upheld", None),
         ("Adult care charges (ref 19 000 127)", "LGSCO", "upheld", 1100.0)], "page.txt"),
}

# ------------------------------------------------------------------ fourth batch, all five shapes
# probes written after the third fixes and before the fourth: HTML case headings with field paragraphs,
# bulleted fields, one cell per line with a date column, an LGSCO pipe table of descriptions, "In one case
# ... In another, ...", SPSO bullets with reference and date, PSOW case lines under a title paragraph, and
# "The first found ... The second found ..."
FOURTH: dict[str, Page] = {
    "ho-html-case-headings-with-field-paragraphs": (
        ("<html><body><h1>Kestrel Homes - Ombudsman determinations</h1>\n"
         "<h3>Case 202314420</h3><p>Finding: Severe maladministration</p><p>Orders: pay £2,400 and apologise in person</p>\n"
         "<h3>Case 202315871</h3><p>Finding: Reasonable redress</p><p>Orders: none</p>\n</body></html>\n"),
        [("Finding: Severe maladministration", "HO", "upheld", 2400.0),
         ("Finding: Reasonable redress", "HO", "not_upheld", None)], "page.html"),
    "ho-bulleted-fields": (
        ("Bramhall Housing - Complaints 2024/25\n\nHousing Ombudsman\n"
         "• Complaint: Delay fitting a stairlift\n• Determination: Maladministration\n• Orders: £600 compensation\n"
         "• Complaint: Rehousing request\n• Determination: No maladministration\n• Orders: None\n"),
        [("Determination: Maladministration", "HO", "upheld", 600.0),
         ("Determination: No maladministration", "HO", "not_upheld", None)], "page.txt"),
    "ho-one-cell-per-line-with-a-date-column": (
        ("Oakleigh Homes\nHousing Ombudsman cases 2024/25\n"
         "Case reference\nDate of determination\nFinding\nCompensation ordered\n"
         "202400315\n14/05/2024\nMaladministration\n£320\n"
         "202401877\n02/09/2024\nService failure\n£60\n"
         "202402903\n11/12/2024\nNo maladministration\n£0\n"),
        [("202400315", "HO", "upheld", 320.0),
         ("202401877", "HO", "upheld", 60.0),
         ("202402903", "HO", "not_upheld", None)], "page.txt"),
    "lgsco-pipe-table-of-descriptions": (
        ("Decisions of the Local Government and Social Care Ombudsman\n"
         "Date | Department | Description |\n"
         "21/05/2023 | Adult Social Care | The Council was at fault in the way it arranged respite care. It has "
         "agreed to apologise and pay £300. |\n"
         "03/08/2023 | Planning | The Ombudsman found no fault in how the Council decided a planning application. |\n"
         "17/11/2023 | Housing | The Council delayed a homelessness review. It has agreed to pay £150. |\n"),
        [("21/05/2023", "LGSCO", "upheld", 300.0),
         ("03/08/2023", "LGSCO", "not_upheld", None),
         ("17/11/2023", "LGSCO", "upheld", 150.0)], "page.txt"),
    "ho-in-one-case-in-another": (
        ("Annual report of the Complaints Team 2024/25 - Fenwick Council\n\nOmbudsman decisions\n"
         "In one case, the Ombudsman determined that there had been maladministration in our handling of a "
         "tenant's repair requests and ordered compensation of £480.\n"
         "In another, it concluded that our earlier offer of £100 for a late repair was reasonable redress.\n"),
        [("In one case, the Ombudsman determined", "HO", "upheld", 480.0),
         ("In another, it concluded", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    "spso-bullets-reference-date-subject-outcome": (
        ("Scottish Public Services Ombudsman decisions on Cairnmore Council 2023/24\n"
         "- 202208891, 14 June 2023, Housing: Some upheld, recommendations\n"
         "- 202209950, 2 August 2023, Education: Not upheld, no recommendations\n"
         "- 202211203, 9 January 2024, Roads and transport: Fully upheld, recommendations\n"),
        [("202208891", "SPSO", "partially_upheld", None),
         ("202209950", "SPSO", "not_upheld", None),
         ("202211203", "SPSO", "upheld", None)], "page.txt"),
    "psow-case-lines-under-a-title-paragraph": (
        ("Public Services Ombudsman for Wales cases closed 2023/24 - Cyngor Llanfair\n\n"
         "Case 202301099 - Social Services\nOutcome: Upheld\n"
         "Case 202303512 - Planning\nOutcome: Out of jurisdiction\n"
         "Case 202304478 - Waste\nOutcome: Early resolution / voluntary settlement\n"),
        [("Case 202301099", "PSOW", "upheld", None),
         ("Case 202303512", "PSOW", "out_of_jurisdiction", None),
         ("Case 202304478", "PSOW", "other", None)], "page.txt"),
    "ho-the-first-found-the-second-found": (
        ("Westmere Homes\nComplaints and service improvement report 2024/25\n\nHousing Ombudsman\n"
         "We had two determinations this year. The first found maladministration in how we dealt with a leaking "
         "roof; we were ordered to pay £550. The second found no maladministration in how we handled a neighbour "
         "dispute.\n"),
        [("We had two determinations", "HO", "upheld", 550.0),
         ("We had two determinations", "HO", "not_upheld", None)], "page.txt"),
}

# ------------------------------------------------------------------ fifth batch: whose case it is
# written before the code: a council's table of cases in the LGSCO's words under a page that names only
# the Housing Ombudsman (as where one case was referred on), and a landlord's board report telling a
# determined case and one still with the Ombudsman
FIFTH: dict[str, Page] = {
    "council-table-in-lgsco-words-naming-only-the-housing-ombudsman": (
        ("Ombudsman complaints\n\n"
         "Ref | Service | Summary | Ombudsman decision | Remedy |\n"
         "23 004 118 | Housing Options | Delay in a homelessness decision | Upheld: maladministration and injustice | Apology and £250 |\n"
         "23 007 552 | Council Tax | Recovery action | Not upheld: no maladministration | - |\n"
         "23 011 902 | Highways | Pothole claim | Closed after initial enquiries - out of jurisdiction | - |\n"
         "24 000 317 | Housing Repairs | Leak in a council flat | Referred to the Housing Ombudsman | - |\n"),
        [("23 004 118", "LGSCO", "upheld", 250.0),
         ("23 007 552", "LGSCO", "not_upheld", None),
         ("23 011 902", "LGSCO", "closed_after_initial_enquiries", None)], "page.txt"),
    "ho-board-report-one-determined-one-still-with-it": (
        ("Whitecross Homes\nComplaints report to the Board, Q3 2024/25\n\nHousing Ombudsman\n"
         "During the quarter we received one determination. The Ombudsman found maladministration in our handling "
         "of a resident's reports of a faulty boiler and ordered us to pay £400. A further case, about a disputed "
         "recharge, is still with the Ombudsman.\n"),
        [("During the quarter we received", "HO", "upheld", 400.0),
         ("During the quarter we received", "HO", "awaiting_decision", None)], "page.txt"),
}

# ------------------------------------------------------------------ counter-examples: no case at all
NOT_CASES: dict[str, tuple[str, str]] = {
    # a count with its shared finding and one sum for them all is a summary, as the minutes page of
    # tests/test_decisions_unseen.py and the visible gold read "four were investigated and fault found"
    # (first written here as two cases; changed to agree with both)
    "minutes-two-upheld-paid-in-total": (
        ("Minutes of the Audit and Standards Committee\n\n"
         "12. Local Government and Social Care Ombudsman\n\n"
         "Members were told that two complaints had been upheld with a finding of maladministration "
         "causing injustice, and the council had paid £500 in total.\n"), "page.txt"),
    "summary-count-upheld-seven": (
        ("Fenbury District Council\nAnnual complaints review 2023/24\n\n"
         "Ombudsman\n\n"
         "The Ombudsman upheld 7 complaints against the council this year (2022/23: 5), and found that the "
         "council had already put things right in 2 of them.\n"), "page.txt"),
    "landlord-aims-to-comply": (
        ("Sallowmere Homes\nOur approach to the Housing Ombudsman\n\n"
         "We aim to comply with every order made by the Housing Ombudsman within the time it sets, and we "
         "will tell residents what we have learned from any finding of maladministration.\n"), "page.txt"),
    "ombudsman-general-guidance": (
        ("About the Housing Ombudsman\n\n"
         "The Housing Ombudsman can find severe maladministration, maladministration or service failure, "
         "or decide that a landlord offered reasonable redress. It may order a landlord to apologise or to "
         "pay compensation.\n"), "page.txt"),
    "determinations-counted-by-finding-bullets": (
        ("Wrenfield Housing\nComplaints performance 2024/25\n\n"
         "Housing Ombudsman determinations this year:\n"
         "- Maladministration: 4\n- Service failure: 2\n- No maladministration: 3\n- Reasonable redress: 1\n"
         "Total compensation ordered: £3,140\n"), "page.txt"),
    "finding-counts-as-rows-with-no-header": (
        ("Greystone Homes\n\nHousing Ombudsman findings 2024/25\n"
         "Maladministration | 6 |\nService failure | 2 |\nNo maladministration | 3 |\n"), "page.txt"),
    "finding-count-table-with-a-compensation-column": (
        ("Greystone Homes\n\nHousing Ombudsman findings\n"
         "| Finding | Cases | Compensation |\n| --- | --- | --- |\n"
         "| Maladministration | 6 | £2,300 |\n| Service failure | 2 | £250 |\n"), "page.md"),
    "signposting-how-to-escalate": (
        ("Stonebridge Council - how to complain\n\n"
         "If you are still unhappy after stage 2 you may ask the Local Government and Social Care Ombudsman "
         "to investigate. The Ombudsman will decide whether there was fault causing injustice and may ask "
         "the council to apologise or pay a sum.\n"), "page.txt"),
}


@pytest.mark.parametrize("key", list(FIELDS))
def test_labelled_field_case_lists(tmp_path: Path, key: str) -> None:
    text, expected, name = FIELDS[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(NEWS))
def test_news_stories_of_single_cases(tmp_path: Path, key: str) -> None:
    text, expected, name = NEWS[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(HOUSING))
def test_housing_ombudsman_determinations(tmp_path: Path, key: str) -> None:
    text, expected, name = HOUSING[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(HOUSING_MORE))
def test_housing_ombudsman_determinations_second_batch(tmp_path: Path, key: str) -> None:
    text, expected, name = HOUSING_MORE[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(HOUSING_THIRD))
def test_housing_ombudsman_determinations_third_batch(tmp_path: Path, key: str) -> None:
    text, expected, name = HOUSING_THIRD[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(SCOTLAND_WALES))
def test_spso_and_psow_decision_tables(tmp_path: Path, key: str) -> None:
    text, expected, name = SCOTLAND_WALES[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(REPORTS))
def test_report_lists_and_minutes(tmp_path: Path, key: str) -> None:
    text, expected, name = REPORTS[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(FOURTH))
def test_fourth_batch_of_case_lists(tmp_path: Path, key: str) -> None:
    text, expected, name = FOURTH[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(FIFTH))
def test_fifth_batch_whose_case_it_is(tmp_path: Path, key: str) -> None:
    text, expected, name = FIFTH[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(NOT_CASES))
def test_counts_aims_and_guidance_tell_no_case(tmp_path: Path, key: str) -> None:
    text, name = NOT_CASES[key]
    assert decisions_in(tmp_path, text, name) == []
