"""The five shapes real pages tell ombudsman cases in (issue 13), each pinned in words of our own
that no corpus document contains, plus summary counts that must give no decision: a decision is
one case, a count of cases is a figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import load
from extractor.extract.decisions import extract_decisions
from extractor.models import Decision
from extractor.segment import contexts


def decisions_in(tmp_path: Path, text: str, name: str = "page.txt") -> list[Decision]:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    doc = load(f)
    return extract_decisions(doc, contexts(doc))


def rows(found: list[Decision]) -> list[tuple[int, str, str, float | None]]:
    return [(d.line, d.body, d.outcome, d.payment_gbp) for d in found]


def test_labelled_field_groups_under_an_ombudsman_heading(tmp_path: Path) -> None:
    """Shape 1: Date / Service / Summary fields, one group per case; the outcome is in the
    summary's words (at fault, no fault, a failing described)."""
    text = ("Decisions of the Local Government and Social Care Ombudsman\n\n"
            "Decided in 2021/22\n\n"
            "Date: 03/02/2022\n"
            "Service: Highways & Transport\n"
            "Summary: The Council was at fault in how it dealt with a request for a dropped kerb. "
            "It has agreed to apologise and pay £150.\n\n"
            "Date: 14/03/2022\n"
            "Service: Revenues\n"
            "Summary: There was no fault in how the Council recovered council tax arrears.\n\n"
            "Date: 22/03/2022\n"
            "Service: Libraries\n"
            "Summary: The Council's reply to the complaint fell short of its own procedure, which "
            "left the man unsure where to turn.\n")
    found = decisions_in(tmp_path, text)
    assert rows(found) == [(7, "LGSCO", "upheld", 150), (11, "LGSCO", "not_upheld", None),
                           (15, "LGSCO", "upheld", None)]
    assert [d.area for d in found] == ["Highways & Transport", "Revenues", "Libraries"]


def test_labels_on_one_line_and_values_on_the_next(tmp_path: Path) -> None:
    """Shape 1, as a decisions page lays it out: each label a bullet, its value the line below."""
    text = ("Our decisions this month (Scottish Public Services Ombudsman)\n\n"
            "  • Reference:\n    202104417\n  • Authority:\n    Eastmoor Council\n"
            "  • Outcome:\n    Some upheld, recommendations\n  • Subject:\n    refuse collection\n\n"
            "We found that the council had missed the bin twice.\n")
    found = decisions_in(tmp_path, text)
    assert rows(found) == [(8, "SPSO", "partially_upheld", None)]


def test_a_news_story_of_single_cases(tmp_path: Path) -> None:
    """Shape 2: one case per paragraph of a story; "in a separate case" opens the next one; a
    later paragraph that goes back to "the first case" adds to it, not a case of its own."""
    text = ("Watchdog criticises Northvale council\n\n"
            "The Local Government and Social Care Ombudsman found Northvale Council at fault for leaving a "
            "disabled man without a working stairlift for five months.\n\n"
            "In a separate case, a mother waited a year for her son's support plan because the council "
            "lost the paperwork.\n\n"
            "In the first case, the council has agreed to pay the man £350 and to check its repair contracts.\n")
    found = decisions_in(tmp_path, text)
    assert rows(found) == [(3, "LGSCO", "upheld", 350), (5, "LGSCO", "upheld", None)]


def test_housing_ombudsman_determinations(tmp_path: Path) -> None:
    """Shape 3: severe maladministration with an order to pay; reasonable redress is not upheld."""
    text = ("Housing Ombudsman decisions about us\n\n"
            "The Housing Ombudsman found severe maladministration in our handling of a tenant's reports of a "
            "leaking roof, and ordered us to pay £1,200 compensation.\n\n"
            "In a second determination the Ombudsman found that we had offered reasonable redress for the "
            "delay in replacing a boiler.\n")
    found = decisions_in(tmp_path, text)
    assert rows(found) == [(3, "HO", "upheld", 1200), (5, "HO", "not_upheld", None)]
    assert found[1].finding == "reasonable redress"


def test_an_spso_decision_table(tmp_path: Path) -> None:
    """Shape 4: rows of body, subject, outcome; the decision date is a date, not a period."""
    text = ("## SPSO decisions on Eastmoor Council\n\n"
            "| Date | Body | Subject | Outcome |\n| --- | --- | --- | --- |\n"
            "| 12/05/2016 | Eastmoor Council | Roads and transport | Some upheld, recommendations |\n"
            "| 19/05/2016 | Eastmoor Council | Housing repairs | Not upheld, no recommendations |\n"
            "| 26/05/2016 | Eastmoor Council | Council tax | Fully upheld, recommendations |\n")
    found = decisions_in(tmp_path, text, "page.md")
    assert [(d.line, d.body, d.outcome) for d in found] == [
        (5, "SPSO", "partially_upheld"), (6, "SPSO", "not_upheld"), (7, "SPSO", "upheld")]


def test_a_list_of_investigation_reports(tmp_path: Path) -> None:
    """Shape 5: title with the case reference, subject, finding; a report whose own text is cut off
    takes the finding its list heading gives; the ombudsman's recommendations pay."""
    text = ("LOCAL GOVERNMENT OMBUDSMEN REPORTS\n\n"
            "Findings of maladministration and injustice\n\n"
            "Northvale BC (01/C/12345)\n\n"
            "Council tax recovery\n\n"
            "The bailiffs were sent in although the woman had paid.\n\n"
            "The ombudsman found maladministration causing injustice.\n\n"
            "He recommended that the council should:\n\n"
            "- pay her £250\n\n"
            "Eastshire CC (01/C/34567)\n\n"
            "School admissions\n\n"
            "The council refused a place at the\n")
    found = decisions_in(tmp_path, text)
    assert rows(found) == [(11, "LGSCO", "upheld", 250), (17, "LGSCO", "upheld", None)]


def test_committee_minutes_telling_one_case(tmp_path: Path) -> None:
    """Shape 5: minutes that tell one case in passing, between counts that stay figures."""
    text = ("Annual review letter of the Local Government Ombudsman\n\n"
            "Members heard that 6 complaints had gone to the Ombudsman; the Council had been found at fault "
            "in relation to a blue badge application case and £300 had been paid to the complainant.\n")
    found = decisions_in(tmp_path, text)
    assert rows(found) == [(3, "LGSCO", "upheld", 300)]


@pytest.mark.parametrize("sentence", [
    "The Ombudsman upheld 7 complaints against the council in 2022/23.",
    "Of the 12 complaints the Housing Ombudsman determined, it found maladministration in 5 of them.",
    ("In all cases where maladministration was found, the Housing Ombudsman ordered the landlord to pay "
     "compensation to the resident."),
    "Across the three cases the Ombudsman ordered the council to pay a combined £2,400.",
    "The Ombudsman found severe maladministration in four cases against the landlord this year.",
])
def test_summary_counts_give_no_decision(tmp_path: Path, sentence: str) -> None:
    text = f"Complaints to the Ombudsman\n\n{sentence}\n"
    assert decisions_in(tmp_path, text) == []


def test_a_small_count_told_case_by_case(tmp_path: Path) -> None:
    """Two cases with the Ombudsman whose subjects name each one are two decisions; when the parts
    do not account for every case the count stays a count."""
    told = ("Cases with the Housing Ombudsman\n\n"
            "Two complaints are with the Housing Ombudsman awaiting a determination. One of these relates to "
            "a boiler replacement and the other relates to a communal door.\n")
    found = decisions_in(tmp_path, told)
    assert [(d.line, d.body, d.outcome, d.subject) for d in found] == [
        (3, "HO", "awaiting_decision", "a boiler replacement"), (3, "HO", "awaiting_decision", "a communal door")]
    untold = told.replace("Two complaints", "Five complaints")
    assert decisions_in(tmp_path, untold) == []


def test_list_items_under_an_ombudsman_heading_state_their_finding(tmp_path: Path) -> None:
    """Shape 3 as a landlord lists it: one bullet per determination, the finding in its words; a
    bullet that counts findings is a figure."""
    text = ("# Our year\n\n## Housing Ombudsman determinations\n\n"
            "- Repairs to a shower: severe maladministration, £900 compensation ordered\n"
            "- Noise from a neighbour: reasonable redress\n"
            "- Service failure: 2\n")
    found = decisions_in(tmp_path, text, "page.md")
    assert [(d.line, d.body, d.outcome, d.finding, d.payment_gbp) for d in found] == [
        (5, "HO", "upheld", "severe maladministration", 900), (6, "HO", "not_upheld", "reasonable redress", None)]


def test_a_landlord_saying_only_the_ombudsman(tmp_path: Path) -> None:
    """A housing association's report that names no ombudsman but speaks of tenants means the
    Housing Ombudsman; the ombudsman upholding one complaint is one case."""
    text = ("Complaints report for our tenants\n\n"
            "Complaints to the Ombudsman\n\n"
            "The Ombudsman upheld the tenant's complaint about a delayed kitchen repair and ordered us to pay "
            "£175.\n\n"
            "The Ombudsman upheld 3 complaints in the year.\n")
    assert rows(decisions_in(tmp_path, text)) == [(5, "HO", "upheld", 175)]


def test_a_psow_outcome_table(tmp_path: Path) -> None:
    """Shape 4 in Wales: the Public Services Ombudsman's own outcome words."""
    text = ("## Public Services Ombudsman for Wales: cases about the council\n\n"
            "| Case | Subject | Outcome |\n| --- | --- | --- |\n"
            "| 202201234 | Planning | Early resolution - apology given |\n"
            "| 202204567 | Housing | Closed after initial consideration |\n"
            "| 202209876 | Social services | Upheld in part |\n"
            "| 202201111 | Waste | Not within the Ombudsman's jurisdiction |\n")
    found = decisions_in(tmp_path, text, "page.md")
    assert [(d.line, d.body, d.outcome) for d in found] == [
        (5, "PSOW", "other"), (6, "PSOW", "closed_after_initial_enquiries"), (7, "PSOW", "partially_upheld"),
        (8, "PSOW", "out_of_jurisdiction")]


def test_a_field_group_with_labels_of_its_own_and_a_decision_date(tmp_path: Path) -> None:
    """An unknown label inside a run stays in the case; a Remedy field pays; the decision date is
    not the reporting period, while the heading's year is."""
    text = ("Ombudsman decisions 2021/22 (Local Government and Social Care Ombudsman)\n\n"
            "Decision date: 04/11/2021\n"
            "Reference number: 21 004 567\n"
            "Finding: Fault causing injustice\n"
            "Remedy: apologise and pay £200; revise its charging policy\n")
    found = decisions_in(tmp_path, text)
    assert [(d.line, d.body, d.outcome, d.payment_gbp, d.period) for d in found] == [
        (5, "LGSCO", "upheld", 200, "2021/22")]
    assert {"apology", "payment", "service_improvement"} <= set(found[0].remedies)
    undated = ("Decisions of the Scottish Public Services Ombudsman\n\n"
               "Date: March 2016\nOutcome: Not upheld, no recommendations\nSubject: road repairs\n")
    assert [(d.body, d.outcome, d.period) for d in decisions_in(tmp_path, undated)] == [
        ("SPSO", "not_upheld", None)]


def test_one_case_with_the_ombudsman_is_a_case(tmp_path: Path) -> None:
    text = ("Housing Ombudsman\n\n"
            "One complaint was referred to the Housing Ombudsman in March and is awaiting a decision.\n\n"
            "Four complaints were referred to the Housing Ombudsman and are awaiting decisions.\n")
    assert [(d.line, d.body, d.outcome) for d in decisions_in(tmp_path, text)] == [(3, "HO", "awaiting_decision")]


def test_an_ombudsmans_own_case_summaries(tmp_path: Path) -> None:
    """An ombudsman's page speaks as "we"; its summary under a case record tells that case again,
    while a summary on its own is a case of its own. In a council's report "we upheld" is the
    council's own stage decision, never the ombudsman's."""
    text = ("Decisions: Eastmoor Council\n\n"
            "Case ref: 201900123\nOutcome: Some upheld, recommendations\nSubject: school transport\n\n"
            "Summary\n\n"
            "Mrs K complained to us that the council refused transport for her son. We found the policy "
            "had been applied wrongly, and we partly upheld Mrs K's complaint.\n\n"
            "Other decisions\n\n"
            "Mr L complained to us about a planning decision. We were satisfied the council had followed its "
            "procedure and, therefore, we did not uphold Mr L's complaint.\n")
    found = decisions_in(tmp_path, text.replace("Decisions:", "Scottish Public Services Ombudsman decisions:"))
    assert [(d.line, d.body, d.outcome) for d in found] == [(4, "SPSO", "partially_upheld"), (13, "SPSO", "not_upheld")]
    council = ("Stage two complaints reviewed by the Local Government Ombudsman section\n\n"
               "A resident said the bins were missed. We upheld the complaint and apologised.\n")
    assert decisions_in(tmp_path, council) == []


def test_a_councils_own_case_records_are_not_decisions(tmp_path: Path) -> None:
    """Labelled-field records of the council's own complaints, in a report that mentions an
    ombudsman elsewhere, are not ombudsman decisions."""
    text = ("Annual complaints report\n\n"
            "We received 4 complaints that went on to the Local Government Ombudsman.\n\n"
            "Complaints about Highways\n\n"
            "Date: 03/02/2022\nService: Highways\nDescription: The Council was at fault in repairing a "
            "pothole late.\nOutcome: Upheld\n")
    assert decisions_in(tmp_path, text) == []


def test_decisions_do_not_depend_on_the_hash_seed() -> None:
    """Two runs with different string hashing give the same decisions (a tie of two bodies named in
    one case once broke by set order)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    path = root / "corpus" / "gold" / "excerpts.NOTES-2026-12.md"  # names several ombudsmen case by case
    code = ("import sys; from extractor import load, extract; from extractor.models import Decision; "
            "print([(d.line, d.body, d.outcome) for d in extract(load(sys.argv[1])) if isinstance(d, Decision)])")
    outs = {subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                           env=os.environ | {"PYTHONHASHSEED": seed}).stdout for seed in ("0", "2")}
    assert len(outs) == 1
