"""Housing Ombudsman cases as English social landlords publish them (issue 13, third batch): pages
written for this test in words of our own, as a housing association or a council as landlord saves
a web page or an annual complaints report (Complaint Handling Code) to plain text. The
organisations are invented; no corpus document, dev-real excerpt or earlier test holds these words,
and the shapes are not those of tests/test_decisions_unseen.py or tests/test_decisions_shapes2_unseen.py.

Shapes: "Learning from Ombudsman cases" sections inside a longer report, each case a paragraph with
its reference on the line above and a "What we learned" paragraph after it; cases told in the third
person ("the landlord"); several findings per case, one per complaint element (one decision per
CASE: upheld when every element found a failing, partially upheld when some found none); "Case 1 -
Damp and mould" titles with "Finding:", "Orders:", "Compensation:" fields; case tables flattened to
one cell per line, to tabs and to pipes (Reference | Service | Finding | Orders | Compliance); bullet
lists; a case still with the Ombudsman (SPEC 3: awaiting_decision).

The Housing Ombudsman's Complaint Handling Failure Order: SPEC section 3 does not name it. It is an
order about how the landlord runs its complaints process (a stage 2 reply not sent, evidence not
given), issued before or during the Ombudsman's look at the case; it decides nothing about the
complaint itself. So it is no decision: where the same case later gets a determination, that
determination is the case's one decision.

And counters that must give no decision: counts of determinations by finding, the Ombudsman's
landlord performance figures (maladministration rate, compensation per 1,000 homes), a paragraph
explaining what the findings mean, a case the landlord decided at its own stage 2.

Each expected case is (anchor, body, outcome, payment_gbp[, finding]): the anchor is a piece of the
line the case is told on, matched like the scorer (within two lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
from decision_cases import Case, assert_cases, decisions_in


def page(text: str) -> str:
    """A page as written below: the text after the opening newline."""
    return text.removeprefix("\n")


PAGES: dict[str, tuple[str, list[Case], str]] = {
    # ------------------------------------------------------------------ sections inside a longer report
    "learning-section-in-annual-report-references-above": (page("""
Meadowgate Homes
Annual Complaints Performance and Service Improvement Report 2023/24

1. Introduction

This report sets out how we dealt with complaints from our residents between April 2023 and March 2024, as the Complaint Handling Code asks us to.

2. Complaints we received

We received 412 stage 1 complaints and 63 stage 2 complaints. We replied to 91% of stage 1 complaints within 10 working days.

3. Learning from Ombudsman cases

If a resident is still unhappy after our final response, they can ask the Ombudsman to look at their complaint. The Ombudsman decided three of our cases this year.

Case ref: 202301187
Mrs A told us that water had been coming through her kitchen ceiling from the flat above for several months. The Ombudsman found maladministration in our handling of the leak and ordered us to pay £400 and apologise.

What we learned: every leak now gets a follow-up visit within five working days of the first report.

Case ref: 202302954
Mr B asked for a parking bay to be marked near his door and waited four months for a reply. The Ombudsman found service failure in our complaint handling and ordered us to pay £100.

What we learned: stage 2 requests are now logged by the complaints team on the day they arrive.

Case ref: 202304410
A resident disputed a recharge for clearing the garden of her former home. The Ombudsman found no maladministration, as we had followed our recharge policy.

4. Next steps

We will report our progress to the Board every quarter.
"""),
        [("The Ombudsman found maladministration in our handling of the leak", "HO", "upheld", 400.0,
          "maladministration"),
         ("The Ombudsman found service failure in our complaint handling", "HO", "upheld", 100.0, "service failure"),
         ("The Ombudsman found no maladministration, as we", "HO", "not_upheld", None, "no maladministration")],
        "page.txt"),
    "council-landlord-says-only-the-ombudsman": (page("""
Brackwell Borough Council
Housing Services - annual report on complaints 2023/24

Ombudsman decisions

Two tenants took their complaints about our housing service to the Ombudsman this year.

The first tenant reported rats in the loft of her house on six occasions. The Ombudsman found severe maladministration in how we responded to her reports and ordered us to pay her £1,350.

The second tenant complained that we had not replaced a broken kitchen unit. The Ombudsman found that the £75 we had already offered was reasonable redress.

Actions taken

We have appointed a pest control officer for our estates and apologised to the tenant.
"""),
        [("The Ombudsman found severe maladministration in how we responded", "HO", "upheld", 1350.0,
          "severe maladministration"),
         ("The Ombudsman found that the £75", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    "escalated-section-told-in-third-person": (page("""
Northwold District Council - Landlord Services
Complaints performance and service improvement report, 2024/25

Cases escalated to the Housing Ombudsman

Complaint about damp and mould (202405512)
The resident reported damp in the bathroom and bedroom of her flat from October 2023. The Ombudsman determined that there was severe maladministration by the landlord in its response to the reports of damp and mould, and ordered the landlord to pay the resident £1,250 and to apologise.

Actions taken: we paid the £1,250 in full and apologised. A damp surveyor now visits within ten working days of any report.

Complaint about a fence repair (202406630)
The resident said the landlord took too long to repair a boundary fence. The Ombudsman determined that there was service failure by the landlord in respect of the repair, and ordered it to pay £90.

Actions taken: we paid the £90 and now check fence repairs are finished before closing the job.
"""),
        [("The Ombudsman determined that there was severe maladministration", "HO", "upheld", 1250.0,
          "severe maladministration"),
         ("The Ombudsman determined that there was service failure", "HO", "upheld", 90.0, "service failure")],
        "page.txt"),
    # ------------------------------------------------------------------ one case, several findings
    "one-case-several-element-findings": (page("""
Eastbury Housing Association
Housing Ombudsman determinations 2023/24

Case 202303714 - roof repairs
The resident complained about the time we took to repair her roof and about how we dealt with her complaint. The Ombudsman made two findings: maladministration in respect of our repairs to the roof; service failure in respect of our complaint handling. We were ordered to pay £550 in total.

Case 202305082 - heating and a transfer request
The resident complained about repeated heating breakdowns and our refusal of his transfer request. The Ombudsman found maladministration in respect of the heating repairs and no maladministration in respect of the transfer request. We were ordered to pay £300.

Case 202306230 - lift and noise
The resident complained that the lift was out of service for a month and about noise from a neighbour. The Ombudsman found reasonable redress in respect of the lift and no maladministration in respect of the noise.
"""),
        [("The Ombudsman made two findings", "HO", "upheld", 550.0),
         ("The Ombudsman found maladministration in respect of the heating", "HO", "partially_upheld", 300.0),
         ("The Ombudsman found reasonable redress in respect of the lift", "HO", "not_upheld", None)], "page.txt"),
    "lettered-elements-in-one-determination": (page("""
Fernhill Homes - Learning from complaints

The Ombudsman's determination on Mr D's complaint (202307741)

The Ombudsman decided that there was:
(a) maladministration in the landlord's response to the resident's reports of damp;
(b) service failure in the landlord's complaint handling;
(c) no maladministration in the landlord's handling of his request for a transfer.
The landlord was ordered to pay Mr D £720 and to review its damp and mould policy within eight weeks.

What we learned

We have rewritten our damp and mould policy and trained our surveyors on it.
"""),
        [("(a) maladministration in the landlord", "HO", "partially_upheld", 720.0)], "page.txt"),
    # ------------------------------------------------------------------ titles with labelled fields
    "case-titles-with-finding-orders-compensation-fields": (page("""
Greystone Living
Learning from Housing Ombudsman cases 2024

Case 1 - Damp and mould
Reference: 202305521
Finding: Maladministration
Orders: Apologise and carry out a damp survey within four weeks
Compensation: £650

Case 2 - Communal lighting
Reference: 202306002
Finding: Service failure
Orders: Apologise
Compensation: £75

Case 3 - Anti-social behaviour
Reference: 202307113
Finding: No maladministration
Orders: None
Compensation: £0
"""),
        [("Finding: Maladministration", "HO", "upheld", 650.0, "maladministration"),
         ("Finding: Service failure", "HO", "upheld", 75.0, "service failure"),
         ("Finding: No maladministration", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "fields-with-determination-and-what-we-did": (page("""
Oakmere Housing - Ombudsman cases

Case 202401118: Leaking shower
Determination: Maladministration in our repairs; service failure in our complaint handling
Orders made: Pay £480; apologise
Compliance: Complied with on 12 March 2024

Case 202401640: Parking permit
Determination: Outside the Ombudsman's jurisdiction
Orders made: None
Compliance: Not applicable

Case 202402211: Garden maintenance charge
Determination: Reasonable redress
Orders made: None
Compliance: Not applicable
"""),
        [("Determination: Maladministration in our repairs", "HO", "upheld", 480.0),
         ("Determination: Outside the Ombudsman's jurisdiction", "HO", "out_of_jurisdiction", None),
         ("Determination: Reasonable redress", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    # ------------------------------------------------------------------ flattened tables
    "table-one-cell-per-line-with-compliance": (page("""
Harrowdene Housing Trust
Housing Ombudsman determinations 2023/24

Reference
Service
Finding
Orders
Compliance
202304471
Repairs
Maladministration
£350 compensation and an apology
Complied
202305189
Tenancy management
Service failure
£120 compensation
Complied
202306740
Complaint handling
No maladministration
None
Not applicable
"""),
        [("202304471", "HO", "upheld", 350.0, "maladministration"),
         ("202305189", "HO", "upheld", 120.0, "service failure"),
         ("202306740", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "table-tab-separated-with-compliance": (page("""
Ashcombe Homes - Housing Ombudsman cases determined in 2024/25

Reference\tService\tFinding\tOrders\tCompliance
202407702\tVoids and lettings\tSevere maladministration\tPay £2,000, apologise, review void standard\tComplied 30/01/2025
202408115\tEstate services\tService failure\tPay £150\tComplied 02/12/2024
202408990\tRepairs\tMaladministration (repairs); service failure (complaint handling)\tPay £600\tIn progress
202409341\tRent\tNo maladministration\tNone\tN/A
"""),
        [("202407702", "HO", "upheld", 2000.0, "severe maladministration"),
         ("202408115", "HO", "upheld", 150.0, "service failure"),
         ("202408990", "HO", "upheld", 600.0),
         ("202409341", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "table-with-pipes-in-plain-text": (page("""
Kingsmoor Housing Group
Complaints report to residents, 2024

Ombudsman determinations

Reference | Service | Finding | Orders | Compliance |
202310064 | Repairs | Maladministration | £275 and apology | Complied |
202311720 | Anti-social behaviour | No maladministration | None | N/A |
202312455 | Complaint handling | Service failure | £50 | Complied |
"""),
        [("202310064", "HO", "upheld", 275.0, "maladministration"),
         ("202311720", "HO", "not_upheld", None, "no maladministration"),
         ("202312455", "HO", "upheld", 50.0, "service failure")], "page.txt"),
    "table-landlord-cells-one-per-line-under-a-lead-sentence": (page("""
Willowbank Homes annual complaints report 2023/24

The table below lists the cases the Ombudsman determined about us this year.

Case
What the resident complained about
Ombudsman finding
Compensation ordered
202302001
Delays in repairing a leaking gutter
Service failure
£100
202303452
Our decision to refuse a mutual exchange
No maladministration
£0
202304877
Damp in a basement flat
Severe maladministration
£1,800
"""),
        [("202302001", "HO", "upheld", 100.0, "service failure"),
         ("202303452", "HO", "not_upheld", None, "no maladministration"),
         ("202304877", "HO", "upheld", 1800.0, "severe maladministration")], "page.txt"),
    # ------------------------------------------------------------------ bullet lists
    "bullet-list-of-determined-cases": (page("""
Rosebrook Housing
Cases determined by the Housing Ombudsman

- 202302210: repairs to a leaking roof. Severe maladministration. We were ordered to pay £1,100 and apologise.
- 202303318: handling of a noise complaint. Reasonable redress - we had already offered an apology before the case reached the Ombudsman.
- 202304009: the level of a rent increase. Outside the Ombudsman's jurisdiction.
- 202305577: communal cleaning. Service failure. We were ordered to pay £60.
"""),
        [("202302210", "HO", "upheld", 1100.0, "severe maladministration"),
         ("202303318", "HO", "not_upheld", None, "reasonable redress"),
         ("202304009", "HO", "out_of_jurisdiction", None),
         ("202305577", "HO", "upheld", 60.0, "service failure")], "page.txt"),
    "bullets-finding-in-a-sentence-third-person": (page("""
Learning from Ombudsman cases - Cleeve Valley Housing Association

* The Ombudsman found the landlord responsible for maladministration in its handling of a resident's reports of a faulty boiler, and ordered it to pay £425.
* The Ombudsman found that the landlord had offered reasonable redress for delays in fitting a grab rail.
* The Ombudsman found service failure in the landlord's response to a request for a replacement bin store, and ordered an apology.

What we have changed: boilers reported as faulty twice in a month are now passed to a senior surveyor.
"""),
        [("faulty boiler", "HO", "upheld", 425.0),
         ("delays in fitting a grab rail", "HO", "not_upheld", None, "reasonable redress"),
         ("replacement bin store", "HO", "upheld", None, "service failure")], "page.txt"),
    # ------------------------------------------------------------------ numbered sections, findings as nouns
    "numbered-report-paragraphs-a-finding-of": (page("""
Report to the Tenant Scrutiny Panel - Larkhill Homes
Item 6: Housing Ombudsman determinations, quarter 3

6.1 The Panel is asked to note the determinations below.
6.2 In a complaint about the time we took to fix a door entry system, the Ombudsman made a finding of service failure and ordered compensation of £150.
6.3 In a complaint about our handling of a succession request, the Ombudsman made a finding of no maladministration.
6.4 In a complaint about repeated leaks from a communal tank, the Ombudsman made a finding of severe maladministration and ordered us to pay £250 for distress and inconvenience and £100 for our complaint handling failures.
6.5 All orders have been complied with.
"""),
        [("6.2 In a complaint about the time", "HO", "upheld", 150.0, "service failure"),
         ("6.3 In a complaint about our handling", "HO", "not_upheld", None, "no maladministration"),
         ("6.4 In a complaint about repeated leaks", "HO", "upheld", 350.0, "severe maladministration")],
        "page.txt"),
    "finding-title-then-story-then-orders": (page("""
Thistledown Housing - Ombudsman cases this year

Severe maladministration - leak from a communal water tank (202305590)

Water from a communal tank leaked into a resident's flat three times over a year. We did not find the cause until the third leak.

Orders: apologise, pay £1,600 and commission a survey of all communal tanks.

No maladministration - allocation of a garage (202306604)

A resident said we should have offered him the first garage that became free on his estate. We had followed our lettings policy.
"""),
        [("Severe maladministration - leak from a communal", "HO", "upheld", 1600.0, "severe maladministration"),
         ("No maladministration - allocation of a garage", "HO", "not_upheld", None, "no maladministration")],
        "page.txt"),
    # ------------------------------------------------------------------ one page, cases and other matters
    "awaiting-decision-beside-determined-cases": (page("""
Hollowfield Homes
Our complaints in 2024/25 - the Housing Ombudsman

One complaint, about the replacement of a boiler, is still being investigated by the Housing Ombudsman, and we expect its determination in the summer.

A second complaint, about our handling of a tenancy transfer, was determined in February. The Ombudsman found service failure and ordered us to pay £200.
"""),
        [("One complaint, about the replacement of a boiler", "HO", "awaiting_decision", None),
         ("A second complaint, about our handling", "HO", "upheld", 200.0, "service failure")], "page.txt"),
    "failure-order-then-determination-of-the-same-case": (page("""
Saltmarsh Housing Association
Complaints performance report 2023/24

Housing Ombudsman

In July the Ombudsman issued a Complaint Handling Failure Order against us because we had not sent a resident our stage 2 response within the time the Code allows. We sent the response nine days later.

The resident then asked the Ombudsman to investigate her complaint about mould in her children's bedroom. In January the Ombudsman found maladministration in our response to the mould and ordered us to pay £700.
"""),
        [("In January the Ombudsman found maladministration", "HO", "upheld", 700.0, "maladministration")],
        "page.txt"),
    "determination-summary-quoted-in-third-person": (page("""
Pennine Edge Homes - Housing Ombudsman determination

Summary of the determination

The landlord's handling of the resident's reports of a defective window amounted to service failure. The landlord was ordered to apologise to the resident and to pay her £200 within four weeks.

Our response

We accept the Ombudsman's findings. We have paid the resident and apologised, and we have changed how we order replacement windows.
"""),
        [("amounted to service failure", "HO", "upheld", 200.0, "service failure")], "page.txt"),
    "case-paragraphs-with-reference-in-brackets-and-out-of-jurisdiction": (page("""
Coldharbour Council Homes
Housing complaints 2024/25: the Ombudsman

We received four determinations from the Ombudsman this year. Each is summarised below.

Our handling of a tenant's reports of a faulty extractor fan (Ombudsman ref 202402277): the Ombudsman found maladministration and ordered us to pay £325.

The level of a service charge (Ombudsman ref 202403160): the Ombudsman decided the complaint was outside its jurisdiction, as it is a matter for the First-tier Tribunal.

A delay in adapting a bathroom for a disabled tenant (Ombudsman ref 202403519): the Ombudsman found severe maladministration and ordered us to pay £1,900 and apologise.

Noise from a neighbouring flat (Ombudsman ref 202404002): the Ombudsman found no maladministration.
"""),
        [("faulty extractor fan", "HO", "upheld", 325.0, "maladministration"),
         ("The level of a service charge", "HO", "out_of_jurisdiction", None),
         ("A delay in adapting a bathroom", "HO", "upheld", 1900.0, "severe maladministration"),
         ("Noise from a neighbouring flat", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "we-were-found-and-the-resident-told-first": (page("""
Briarwood Housing Trust
Annual complaints report 2023/24

Section 7: Housing Ombudsman cases

A resident in one of our sheltered schemes told us the emergency alarm in her flat had not worked for three weeks. After our stage 2 response she went to the Ombudsman. We were found responsible for maladministration in our repair of the alarm and were ordered to pay her £380.

What we learned: alarm faults are now treated as emergency repairs.

Another resident complained about the way we handled his request for a new kitchen. The Ombudsman looked at our records and was satisfied that we had followed our planned works programme, so it found no maladministration.
"""),
        [("We were found responsible for maladministration", "HO", "upheld", 380.0, "maladministration"),
         ("Another resident complained about the way", "HO", "not_upheld", None, "no maladministration")],
        "page.txt"),
    "council-landlord-names-both-ombudsmen": (page("""
Ravensworth City Council
Annual complaints report 2024/25

Complaints about the council as a landlord can be taken to the Housing Ombudsman. All other complaints can be taken to the Local Government and Social Care Ombudsman.

Ombudsman cases - council housing

A tenant complained that we took eleven months to repair a collapsed drain at her home. The Ombudsman found maladministration in our handling of the repair and ordered us to pay her £560.

A leaseholder complained about the service charge for a new door entry system. The Ombudsman decided this was outside its jurisdiction.

Ombudsman cases - other services

The Local Government and Social Care Ombudsman found fault in how we handled a parking appeal, and we agreed to refund the £70 penalty.
"""),
        [("collapsed drain", "HO", "upheld", 560.0, "maladministration"),
         ("A leaseholder complained about the service charge", "HO", "out_of_jurisdiction", None),
         ("found fault in how we handled a parking appeal", "LGSCO", "upheld", 70.0)], "page.txt"),
    "scheme-paragraph-findings-under-a-case-title": (page("""
Summerlea Homes - Ombudsman determinations received in 2024

Case 202311482

In accordance with paragraph 52 of the Housing Ombudsman Scheme, there was maladministration by the landlord in respect of its handling of the resident's reports of a leak.
In accordance with paragraph 52 of the Scheme, there was service failure by the landlord in respect of its complaint handling.
The landlord was ordered to pay the resident £475 within four weeks.

Case 202312906

In accordance with paragraph 52 of the Housing Ombudsman Scheme, there was no maladministration by the landlord in respect of its response to the resident's reports of noise.
"""),
        [("there was maladministration by the landlord in respect of its handling", "HO", "upheld", 475.0),
         ("there was no maladministration by the landlord in respect of its response", "HO", "not_upheld", None,
          "no maladministration")], "page.txt"),
    "findings-field-with-one-element-per-line": (page("""
Learning from Housing Ombudsman determinations - Wyndham Vale Homes

Case 202309915
Complaint: our handling of the resident's reports of a leak, and how we dealt with her complaint.
Findings:
Maladministration - our handling of the leak
Service failure - our complaint handling
Orders: £600 compensation and an apology from a senior manager.
Learning: repairs that need a second visit are now booked before the operative leaves.

Case 202310388
Complaint: our decision not to remove a tree next to the resident's garden.
Findings:
No maladministration - our decision on the tree
Orders: none.
Learning: we now explain our tree policy in our first reply.
"""),
        [("Maladministration - our handling of the leak", "HO", "upheld", 600.0),
         ("No maladministration - our decision on the tree", "HO", "not_upheld", None, "no maladministration")],
        "page.txt"),
    "numbered-items-subject-reference-finding-orders": (page("""
Cases determined by the Ombudsman during 2023/24 (Ferrybridge Housing Association)

1. Damp and mould (202301908): Severe maladministration. Orders: £2,250 compensation and an apology from our chief executive.
2. Anti-social behaviour (202302765): No maladministration. Orders: none.
3. Repairs to a communal roof (202304410): Service failure. Orders: £180 compensation.

All orders were met within the deadlines the Ombudsman set.
"""),
        [("1. Damp and mould (202301908)", "HO", "upheld", 2250.0, "severe maladministration"),
         ("2. Anti-social behaviour (202302765)", "HO", "not_upheld", None, "no maladministration"),
         ("3. Repairs to a communal roof (202304410)", "HO", "upheld", 180.0, "service failure")], "page.txt"),
}

# ------------------------------------------------------------------ no case at all
COUNTERS: dict[str, tuple[str, str]] = {
    "determinations-counted-by-finding-in-prose": (page("""
Millbrook Homes
Annual Complaints Performance and Service Improvement Report 2023/24

Housing Ombudsman

In 2023/24 the Ombudsman issued six determinations about our homes: 4 maladministration and 2 no maladministration. The orders made across these cases came to £3,600, and we complied with every order on time.

Two further complaints were referred back to us by the Ombudsman as premature.
"""), "page.txt"),
    "landlord-performance-figures": (page("""
Housing Ombudsman landlord performance data 2023/24 - Foxglove Housing

Determinations: 14
Maladministration rate: 71%
Maladministration rate for landlords of our size: 73%
Compensation ordered per 10,000 homes: £4,112
Orders complied with on time: 100%

Our maladministration rate fell from 79% the year before.
"""), "page.txt"),
    "what-the-findings-mean": (page("""
Understanding the Ombudsman's findings - Redcliffe Housing

When the Ombudsman investigates a complaint about a landlord it decides whether there was maladministration. Severe maladministration is found where the failings were serious and had a significant impact on the resident. Maladministration means the landlord did something wrong that affected the resident. Service failure means there was a minor failing. No maladministration means the landlord acted fairly. Reasonable redress means the landlord had already put things right before the Ombudsman became involved. The Ombudsman can order a landlord to apologise and pay compensation.
"""), "page.txt"),
    "stage-2-case-study-handled-internally": (page("""
Bramblegate Homes
Complaints case study: stage 2

Mr C complained that his front door had not closed properly for two months after we replaced it. At stage 2 we upheld his complaint, apologised and paid him £150 for the inconvenience, and the door was refitted the following week. Mr C was satisfied and did not take his complaint to the Ombudsman.
"""), "page.txt"),
    "failure-order-alone": (page("""
Sandgate Housing
Complaint Handling Failure Orders

In March the Ombudsman issued a Complaint Handling Failure Order against us because we had not given it the evidence it asked for on a resident's complaint about damp. We sent the evidence within the 15 working days the order set, and the Ombudsman's investigation goes on.
"""), "page.txt"),
    "finding-counts-by-element-table-in-text": (page("""
Moorland Homes - Ombudsman findings by complaint element, 2024/25

Element\tMaladministration\tService failure\tNo maladministration
Repairs\t4\t2\t1
Complaint handling\t3\t1\t2
Anti-social behaviour\t0\t0\t2
"""), "page.txt"),
}


@pytest.mark.parametrize("key", list(PAGES))
def test_landlord_pages_tell_their_cases(tmp_path: Path, key: str) -> None:
    text, expected, name = PAGES[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(COUNTERS))
def test_landlord_pages_with_no_case(tmp_path: Path, key: str) -> None:
    text, name = COUNTERS[key]
    assert decisions_in(tmp_path, text, name) == []


# ------------------------------------------------------------------ second batch: web page layouts as a text layer gives them
MORE: dict[str, tuple[str, list[Case], str]] = {
    "inline-bullets-findings-and-orders-in-one-paragraph": (page("""
Report to Housing Scrutiny Committee - Ombudsman determinations (Eldon Vale Borough Council)

3.4 Determination one. The tenant complained about a leak from the flat above that took five months to trace. The Ombudsman found: • maladministration in respect of the Council's response to the reports of a leak; • service failure in respect of the Council's complaint handling. The Ombudsman ordered the Council to: • pay £500 to the tenant; • apologise in writing.

3.5 Determination two. The tenant complained about the Council's decision to refuse a mutual exchange. The Ombudsman found no maladministration.
"""),
        [("3.4 Determination one.", "HO", "upheld", 500.0),
         ("3.5 Determination two.", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "determination-numbered-titles-with-paragraphs": (page("""
Hartwell Homes
Ombudsman determinations received April to September 2024

Determination 1 - Repairs to a bathroom
The resident waited seven months for a new bath panel and floor. The Ombudsman found maladministration and ordered us to pay £450.

Determination 2 - Neighbour nuisance
The resident said we did not take her reports of noise seriously. The Ombudsman found that we had offered reasonable redress.

Determination 3 - Rent arrears
The resident disputed our arrears letters. The Ombudsman found no maladministration.
"""),
        [("The resident waited seven months", "HO", "upheld", 450.0, "maladministration"),
         ("The resident said we did not take her reports", "HO", "not_upheld", None, "reasonable redress"),
         ("The resident disputed our arrears letters", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "inline-labelled-fields-on-one-line": (page("""
Larchwood Housing - decisions the Housing Ombudsman made about us

Case ID: 202306645 Service area: Repairs Finding: Maladministration Compensation ordered: £320 Compliance: Complied
Case ID: 202307003 Service area: Lettings Finding: No maladministration Compensation ordered: £0 Compliance: N/A
Case ID: 202307788 Service area: Estate services Finding: Service failure Compensation ordered: £110 Compliance: Complied
"""),
        [("Case ID: 202306645", "HO", "upheld", 320.0, "maladministration"),
         ("Case ID: 202307003", "HO", "not_upheld", None, "no maladministration"),
         ("Case ID: 202307788", "HO", "upheld", 110.0, "service failure")], "page.txt"),
    "orders-field-with-amounts-on-lines-below": (page("""
Brookmere Housing Association - learning from the Ombudsman

Case 202308820 - Damp and mould
Finding: Severe maladministration for our handling of the resident's reports of damp and mould; maladministration for our complaint handling.
Orders:
£1,200 for distress and inconvenience
£300 for time and trouble
an apology from the Director of Housing

Case 202309177 - Door entry system
Finding: Service failure for the time we took to repair the door entry system.
Orders:
£150 for inconvenience
"""),
        [("Finding: Severe maladministration for our handling", "HO", "upheld", 1500.0, "severe maladministration"),
         ("Finding: Service failure for the time", "HO", "upheld", 150.0, "service failure")], "page.txt"),
    "accordion-subheadings-complaint-decision-learning": (page("""
Learning from complaints - Copperfield Homes

Case study 1

The complaint
A resident told us that her heating had failed three times in one winter and that we had not replied to her stage 2 complaint.

The Ombudsman's decision
The Ombudsman found maladministration in our repairs to the heating and service failure in our complaint handling. We were ordered to pay £525.

What we have learned
We now send an engineer back within 24 hours when heating fails a second time.

Case study 2

The complaint
A resident asked us to move him to a larger home.

The Ombudsman's decision
The Ombudsman found no maladministration in how we dealt with his request.
"""),
        [("The Ombudsman found maladministration in our repairs to the heating", "HO", "upheld", 525.0),
         ("The Ombudsman found no maladministration in how we dealt", "HO", "not_upheld", None,
          "no maladministration")], "page.txt"),
    "jurisdiction-paragraph-of-the-scheme": (page("""
Ombudsman decisions - Kingfisher Estates Housing

The resident complained that we had refused to pay for damage caused by a burst pipe. The Ombudsman decided that this part of the complaint was outside its jurisdiction under paragraph 42 of the Scheme, as it was a matter for our insurer and the courts.

A second resident complained about the way we allocated a parking space. The Ombudsman found service failure and ordered us to pay £75.
"""),
        [("The resident complained that we had refused to pay", "HO", "out_of_jurisdiction", None),
         ("A second resident complained about the way", "HO", "upheld", 75.0, "service failure")], "page.txt"),
    "third-person-one-case-several-failings": (page("""
Beacon Hill Housing Trust - Annual complaints report 2024/25

Housing Ombudsman

One complaint was determined by the Ombudsman in the year. The Ombudsman found maladministration in the landlord's handling of the resident's reports of a broken lift and in its complaint handling, and service failure in its record keeping. The landlord was ordered to pay the resident £640 and to review how it records lift faults.
"""),
        [("One complaint was determined by the Ombudsman", "HO", "upheld", 640.0, "maladministration")], "page.txt"),
    "table-trailing-pipes-date-of-determination-column": (page("""
Ombudsman determinations 2024/25 - Sandmere Homes
Case | Date of determination | Service | Finding | Compensation |
202401520 | 14/05/2024 | Repairs | Maladministration found | £380 |
202402247 | 02/07/2024 | Anti-social behaviour | No maladministration found | £0 |
202403619 | 19/09/2024 | Complaint handling | Service failure found | £90 |
"""),
        [("202401520", "HO", "upheld", 380.0),
         ("202402247", "HO", "not_upheld", None),
         ("202403619", "HO", "upheld", 90.0)], "page.txt"),
}

MORE_COUNTERS: dict[str, tuple[str, str]] = {
    "determinations-by-element-in-one-sentence": (page("""
Ashgrove Homes - Housing Ombudsman

The Ombudsman made 9 determinations about us: repairs (4 maladministration, 1 service failure), damp and mould (2 severe maladministration) and anti-social behaviour (2 no maladministration).
"""), "page.txt"),
    "landlord-letter-from-the-ombudsman-counts": (page("""
Housing Ombudsman - landlord performance report 2023/24 for Tidewell Housing

We made 11 determinations about your organisation this year, with 19 findings. Our maladministration rate for you was 58%. We ordered £6,230 in compensation and made 14 orders for you to review policies.
"""), "page.txt"),
    "case-with-the-ombudsman-awaiting-is-not-a-finding-count": (page("""
Elmstead Housing

Five cases are currently with the Housing Ombudsman and we will report the outcomes next year.
"""), "page.txt"),
}


@pytest.mark.parametrize("key", list(MORE))
def test_landlord_web_pages_tell_their_cases(tmp_path: Path, key: str) -> None:
    text, expected, name = MORE[key]
    assert_cases(tmp_path, text, expected, name)


@pytest.mark.parametrize("key", list(MORE_COUNTERS))
def test_landlord_web_pages_with_no_case(tmp_path: Path, key: str) -> None:
    text, name = MORE_COUNTERS[key]
    assert decisions_in(tmp_path, text, name) == []


# ------------------------------------------------------------------ third batch: councils as landlords, the HOS by its initials
COUNCIL_LANDLORD: dict[str, tuple[str, list[Case], str]] = {
    "hos-initials-case-paragraphs-in-a-council-report": (page("""
Housing complaints annual report 2023/2024
Section 6 - Housing Ombudsman Service
The Housing Ombudsman Service (HOS) made 3 determinations about the council in 2023/24. A summary of each is below.
Case 1: the resident complained about the council's response to her reports of damp and mould in a two-bedroom flat. The HOS found maladministration and ordered the council to pay £600 and to inspect the property within four weeks.
Case 2: the resident complained about delays in replacing his front door. The HOS found service failure in the council's handling of the repair and maladministration in its complaint handling. It ordered compensation of £350.
Case 3: the resident complained that the council had not dealt with a neighbour's dog. The HOS found no maladministration.
All of the orders were completed within the deadlines set by the HOS.
"""),
        [("Case 1: the resident complained", "HO", "upheld", 600.0, "maladministration"),
         ("Case 2: the resident complained", "HO", "upheld", 350.0),
         ("Case 3: the resident complained", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "dash-items-per-case-with-element-findings": (page("""
Learning from Ombudsman determinations (Ambleside District Council - Housing Landlord Services)
The Ombudsman's determinations this year were:
- 202309114: maladministration for the repair of a leaking roof; service failure for complaint handling; £450 ordered
- 202310562: severe maladministration for the handling of damp and mould; £2,100 ordered
- 202311089: no maladministration for the handling of anti-social behaviour reports
- 202311730: outside jurisdiction (the complaint was about a planning decision)
"""),
        [("202309114", "HO", "upheld", 450.0),
         ("202310562", "HO", "upheld", 2100.0, "severe maladministration"),
         ("202311089", "HO", "not_upheld", None, "no maladministration"),
         ("202311730", "HO", "out_of_jurisdiction", None)], "page.txt"),
    "flattened-table-trailing-pipes-council-landlord": (page("""
Determinations received from the Housing Ombudsman | 2024/25
Reference | Complaint about | Finding | Orders | Orders complied with |
202404471 | Damp and mould | Severe maladministration | Apology, £1,450, damp survey | Yes |
202405128 | Repairs - windows | Maladministration | Apology, £300 | Yes |
202405990 | Complaint handling | Reasonable redress | None | N/A |
202406342 | Estate management | No maladministration | None | N/A |
"""),
        [("202404471", "HO", "upheld", 1450.0, "severe maladministration"),
         ("202405128", "HO", "upheld", 300.0, "maladministration"),
         ("202405990", "HO", "not_upheld", None, "reasonable redress"),
         ("202406342", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "excerpt-starting-mid-sentence-then-cases": (page("""
ntinued to improve our stage 1 response times over the year.
Ombudsman cases
We received two determinations. In the first, about the time we took to repair a communal entrance door, the Ombudsman found service failure and ordered us to pay the resident £125. In the second, about how we dealt with reports of a leak into a kitchen, it found severe maladministration and ordered us to pay £1,800 and to apologise.
What we have learned from these cases
We have set up a repairs escalation team that reviews every repair that has not been finished within 28 days.
"""),
        [("We received two determinations.", "HO", "upheld", 125.0, "service failure"),
         ("We received two determinations.", "HO", "upheld", 1800.0, "severe maladministration")], "page.txt"),
    "finding-sentence-below-a-case-header-of-four-lines": (page("""
Southmoor Homes - Ombudsman determinations

Case 202402288
Issued 4 June 2024
Service area - Repairs
Complaint about a leaking bathroom ceiling that was not traced for four months
The Ombudsman found maladministration in our response to the leak and ordered us to pay £380.

Case 202403017
Issued 9 August 2024
Service area - Lettings
Complaint about the offer of a flat on the fourth floor to a resident with a bad knee
The Ombudsman found no maladministration, as we had followed our lettings policy.
"""),
        [("The Ombudsman found maladministration in our response", "HO", "upheld", 380.0, "maladministration"),
         ("The Ombudsman found no maladministration, as we", "HO", "not_upheld", None, "no maladministration")],
        "page.txt"),
    "council-names-both-in-boilerplate-cases-in-one-section": (page("""
Marchbank Borough Council - Complaints annual report 2024/25

If you are unhappy with our final response you may contact the Local Government and Social Care Ombudsman, or, for complaints about your council home, the Housing Ombudsman.

Ombudsman cases

The Ombudsman found fault in how we assessed a resident's council tax reduction and we agreed to backdate it.

The Ombudsman found maladministration in our handling of repairs to a boiler in one of our flats and ordered us to pay £250.

The Ombudsman found that we had dealt properly with a leak from a communal roof, finding no maladministration.

The Ombudsman found fault in the time we took to approve a disabled facilities grant for repairs to a privately owned bungalow.
"""),
        [("found fault in how we assessed", "LGSCO", "upheld", None),
         ("disabled facilities grant", "LGSCO", "upheld", None),
         ("repairs to a boiler", "HO", "upheld", 250.0, "maladministration"),
         ("a leak from a communal roof", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "cases-run-into-one-line-by-a-web-page": (page("""
Housing Ombudsman determinations 2024/25 (Corbridge Vale Council, landlord services)
Case 1: the resident reported a leaking bath that damaged the kitchen ceiling below. The HOS found maladministration in the council's handling of the leak and ordered it to pay £420. Case 2: the resident complained about the council's response to reports of a neighbour's loud music. The HOS found no maladministration. Case 3: the leaseholder disputed the cost of major works to the roof. The HOS found the complaint was outside its jurisdiction.
"""),
        [("Case 1: the resident reported a leaking bath", "HO", "upheld", 420.0, "maladministration"),
         ("Case 1: the resident reported a leaking bath", "HO", "not_upheld", None, "no maladministration"),
         ("Case 1: the resident reported a leaking bath", "HO", "out_of_jurisdiction", None)], "page.txt"),
    "escalated-cases-with-a-status-line": (page("""
Complaints escalated to the Housing Ombudsman in 2023/24 - Wickham Fold Homes

Ref: 202305544
Date escalated: 12 June 2023
Service: Repairs
Status: Determination received 3 February 2024 - maladministration, £350 compensation ordered

Ref: 202307761
Date escalated: 2 October 2023
Service: Antisocial behaviour
Status: With the Ombudsman - awaiting determination
"""),
        [("Status: Determination received 3 February 2024", "HO", "upheld", 350.0, "maladministration"),
         ("Status: With the Ombudsman", "HO", "awaiting_decision", None)], "page.txt"),
}


@pytest.mark.parametrize("key", list(COUNCIL_LANDLORD))
def test_council_landlord_pages_tell_their_cases(tmp_path: Path, key: str) -> None:
    text, expected, name = COUNCIL_LANDLORD[key]
    assert_cases(tmp_path, text, expected, name)


# ------------------------------------------------------------------ fourth batch: other voices and wordings of one case
VOICES: dict[str, tuple[str, list[Case], str]] = {
    "ombudsman-voice-we-found-the-landlord": (page("""
Case summaries - damp and mould

The resident told the landlord about mould in her son's bedroom in November 2022 and chased it four times. We found severe maladministration in the landlord's response to the reports and ordered it to pay the resident £1,700.

The resident asked the landlord to fit a handrail by his back door. The landlord fitted it eight weeks later and offered £100 for the delay. We found that this was reasonable redress.
"""),
        [("We found severe maladministration in the landlord", "HO", "upheld", 1700.0, "severe maladministration"),
         ("We found that this was reasonable redress", "HO", "not_upheld", None, "reasonable redress")], "page.txt"),
    "ombudsman-did-not-uphold-after-a-long-clause": (page("""
Pinewood Housing Co-operative - complaints the Ombudsman looked at

A resident said we had charged too much for a replacement fob. The Ombudsman, having looked at our published charges and the records of his account, did not uphold the complaint.
"""),
        [("having looked at our published charges", "HO", "not_upheld", None)], "page.txt"),
    "case-title-with-published-date-then-story": (page("""
Westerleigh Homes - Ombudsman reports

Case 2 - Severe maladministration finding (published 12 March 2024)
The resident's bathroom ceiling collapsed after a leak we had been told about three times. Compensation of £2,300 was ordered, along with an apology from our chief executive.

Case 3 - Maladministration finding (published 30 April 2024)
A tenant waited nine months for a new kitchen we had agreed to fit. Compensation of £700 was ordered.
"""),
        [("Case 2 - Severe maladministration finding", "HO", "upheld", 2300.0, "severe maladministration"),
         ("Case 3 - Maladministration finding", "HO", "upheld", 700.0, "maladministration")], "page.txt"),
    "question-and-answer-case": (page("""
Your questions about our Ombudsman cases - Hazelmere Housing

What did the resident complain about?
The resident complained that we did not deal with a faulty extractor fan that caused condensation.

What did the Ombudsman decide?
Service failure. We were ordered to apologise and pay £175.

What have we changed?
Extractor fans reported as faulty are now repaired within 20 working days.
"""),
        [("Service failure. We were ordered", "HO", "upheld", 175.0, "service failure")], "page.txt"),
    "finding-named-as-an-adjective": (page("""
Lowther Gate Housing - annual complaints report 2024/25

Ombudsman determinations

In September the Ombudsman sent us a service failure determination about the time we took to mend a resident's garden wall. We paid the £120 it ordered and apologised.

A finding of no maladministration was reached on a resident's complaint about the cost of her new heating system.
"""),
        [("In September the Ombudsman sent us a service failure determination", "HO", "upheld", 120.0, "service failure"),
         ("A finding of no maladministration was reached", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "compensation-with-its-parts-in-brackets": (page("""
Fallowfield Homes - Housing Ombudsman determinations 2024/25

Reference\tIssue\tFinding\tCompensation ordered
202404118\tLeak into a bedroom\tMaladministration\t£450 (including £150 for complaint handling)
202405263\tBroken fence\tService failure\t£100, of which £40 for time and trouble
202406015\tParking\tNo maladministration\tNone
"""),
        [("202404118", "HO", "upheld", 450.0, "maladministration"),
         ("202405263", "HO", "upheld", 100.0, "service failure"),
         ("202406015", "HO", "not_upheld", None, "no maladministration")], "page.txt"),
    "in-whose-favour-and-found-by-the-ombudsman": (page("""
Ombudsman outcomes - Rivermead Housing Society

A tenant said we should have paid for her carpets after a flood from the flat above. The Ombudsman found in our favour, as the carpets were hers to insure.

A leaseholder disputed his share of the cost of new windows. The Ombudsman ruled in favour of the leaseholder and ordered us to refund £340.

Our reply to a resident's stage 2 complaint about a noisy lift was found by the Ombudsman to be service failure.
"""),
        [("The Ombudsman found in our favour", "HO", "not_upheld", None),
         ("The Ombudsman ruled in favour of the leaseholder", "HO", "upheld", 340.0),
         ("was found by the Ombudsman to be service failure", "HO", "upheld", None, "service failure")], "page.txt"),
}


@pytest.mark.parametrize("key", list(VOICES))
def test_other_voices_tell_their_cases(tmp_path: Path, key: str) -> None:
    text, expected, name = VOICES[key]
    assert_cases(tmp_path, text, expected, name)
