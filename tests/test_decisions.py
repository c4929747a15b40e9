"""Ombudsman decisions: outcomes in each ombudsman's words, bodies, remedies and payments,
from real corpus documents and from the same meaning in other words."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from extractor import load
from extractor.evaluate import align_lines
from extractor.extract.bodies import find_bodies, find_body
from extractor.extract.decisions import extract_decisions, payment, read_outcome, subject_of
from extractor.models import Decision, Document
from extractor.segment import contexts

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "corpus" / "documents"


@cache
def loaded(path: Path) -> Document:
    return load(path)


def decisions_of(path: Path) -> list[Decision]:
    doc = loaded(path)
    return extract_decisions(doc, contexts(doc))  # decisions only: the suite stays fast


def decisions_in(tmp_path: Path, text: str, name: str = "report.md") -> list[Decision]:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return decisions_of(f)


@pytest.mark.parametrize("text,outcome,finding", [
    ("outcome upheld, fault and injustice", "upheld", "fault and injustice"),
    ("Outcome – upheld, fault but no injustice", "upheld", None),
    ("the Ombudsman found fault, no injustice", "upheld", "fault, no injustice"),
    ("outcome – severe maladministration", "upheld", "severe maladministration"),
    ("outcome maladministration; remedy carried out", "upheld", "maladministration"),
    ("outcome, service failure by the landlord in its handling of repairs", "upheld", "service failure"),
    ("outcome – not upheld, no fault", "not_upheld", "no fault"),
    ("outcome not upheld, no maladministration", "not_upheld", "no maladministration"),
    ("Outcome: the landlord offered reasonable redress", "not_upheld", "reasonable redress"),
    ("outcome, closed after initial enquiries, out of jurisdiction", "closed_after_initial_enquiries",
     "out of jurisdiction"),
    ("outcome closed after preliminary enquiries - no further action", "closed_after_initial_enquiries",
     "no further action"),
    ("outcome premature complaint", "premature", None),
    ("Outcome: referred back to the council for local resolution", "premature", None),
    ("outcome: outside the Ombudsman's jurisdiction", "out_of_jurisdiction", None),
    ("outcome passed to investigation team for further consideration", "referred_for_investigation", None),
    ("Outcome: the case has been referred for a detailed investigation", "referred_for_investigation", None),
    ("outcome awaiting draft decision", "awaiting_decision", None),
    ("Outcome - we are awaiting the Ombudsman's final report", "awaiting_decision", None),
    ("outcome complaint withdrawn by the resident", "other", None),
    (("outcome maladministration in relation to the repairs; no maladministration in relation to the "
     "transfer request"), "partially_upheld", "maladministration; no maladministration"),
])
def test_outcome_wordings(text: str, outcome: str, finding: str | None) -> None:
    rule, found = read_outcome(text)
    assert rule["outcome"] == outcome
    if finding is not None:
        assert found == finding


@pytest.mark.parametrize("text,body", [
    ("the Local Government and Social Care Ombudsman (LGSCO) found", "LGSCO"),
    ("a complaint to the Local Government Ombudsman", "LGSCO"),
    ("the LGO decided", "LGSCO"),
    ("seven Housing Ombudsman (HO) enquiries", "HO"),
    ("the Public Services Ombudsman for Wales annual letter", "PSOW"),
    ("escalated to the Scottish Public Services Ombudsman", "SPSO"),
    ("the Northern Ireland Public Services Ombudsman", "NIPSO"),
    ("a complaint the Parliamentary and Health Service Ombudsman partly upheld", "PHSO"),
])
def test_bodies(text: str, body: str) -> None:
    assert find_body(text) == body


def test_two_bodies_are_not_one() -> None:
    assert find_body("HO and LGSCO Enquiries") is None
    assert find_bodies("HO and LGSCO Enquiries") == ("HO", "LGSCO")


def test_wolverhampton_h1_case_lists() -> None:
    found = decisions_of(DOCS / "wolverhampton-2022-23-h1-complaints.txt")
    by_line = {d.line: d for d in found}
    assert len(found) == 44
    licensing = by_line[206]
    assert (licensing.body, licensing.outcome, licensing.area) == ("LGSCO", "upheld", "Licensing")
    assert licensing.subject == "council's delays in dealing with private hire vehicle driver's licence"
    mixed = by_line[222]  # the case wraps onto a line after a page break
    assert (mixed.body, mixed.outcome) == ("HO", "partially_upheld")
    assert (by_line[242].kind, by_line[242].outcome) == ("assessment", "closed_after_initial_enquiries")
    assert by_line[292].outcome == "premature" and by_line[292].body == "HO"
    assert sum(d.body == "HO" for d in found) == 23


def test_progress_table_rows_with_payments() -> None:
    found = decisions_of(DOCS / "wolverhampton-2023-24-h1-progress.md")
    rows = [(d.line, d.body, d.kind, d.outcome, d.payment_gbp) for d in found]
    assert rows == [
        (142, "LGSCO", "investigation", "upheld", None),
        (143, "LGSCO", "investigation", "not_upheld", None),
        (144, "LGSCO", "investigation", "upheld", 350),
        (148, "HO", "investigation", "upheld", 700),
        (149, "HO", "investigation", "partially_upheld", 150),
    ]
    fence = found[3]
    assert fence.finding == "severe maladministration"
    assert {"payment", "apology", "training", "review"} <= set(fence.remedies)


def test_case_over_two_table_cells_in_every_format() -> None:
    for path in (DOCS / "wolverhampton-2023-24-h1-progress.md",
                 ROOT / "corpus" / "pdf" / "wolverhampton-2023-24-h1-progress.pdf",
                 ROOT / "corpus" / "docx" / "wolverhampton-2023-24-h1-progress.docx"):
        send = next(d for d in decisions_of(path) if d.payment_gbp == 350)
        assert (send.body, send.outcome, send.area) == ("LGSCO", "upheld", "Education Services, SEND Team")
        assert send.subject == "delays with EHCP plan"


def test_two_payments_are_summed_and_a_threshold_is_not_paid() -> None:
    assert payment(["Pay £500 in recognition of the lost provision and £250 for the time and trouble"]) == 750
    assert payment(["Outcome upheld; the council did not pay the £100 it first offered; pay £200 for distress"]) \
        == 200
    assert payment(["complaints about claims over £5,000 go to the insurer"]) is None
    # the requirement and the action taken state one payment twice
    assert payment(["Pay the resident £150", "Payment of £150 made to the resident"]) == 150


def test_cases_told_by_what_the_ombudsman_found(tmp_path: Path) -> None:
    text = ("The Local Government and Social Care Ombudsman found the council at fault for delays in completing "
            "an Education, Health and Care Plan. The council agreed to apologise and pay the family £750.\n\n"
            "In a second case, the Ombudsman found no fault in how the council handled a planning application.\n\n"
            "Overall the Ombudsman found fault in 7 of the 9 cases it investigated.\n")
    found = decisions_in(tmp_path, text, "news.txt")
    assert [(d.line, d.body, d.outcome, d.payment_gbp) for d in found] == [
        (1, "LGSCO", "upheld", 750), (3, "LGSCO", "not_upheld", None)]


def test_news_report_cases_in_other_words(tmp_path: Path) -> None:
    text = ("The Housing Ombudsman ordered the landlord to apologise and pay £300 to a tenant whose "
            "repairs were left for a year.\n\n"
            "It comes as the annual review showed the Ombudsman upheld four of the 12 complaints it investigated.\n\n"
            "One complaint, about a parking permit, was not upheld.\n")
    found = decisions_in(tmp_path, text, "news.txt")
    assert [(d.line, d.body, d.outcome, d.payment_gbp) for d in found] == [
        (1, "HO", "upheld", 300), (5, "HO", "not_upheld", None)]


def test_case_list_in_other_words(tmp_path: Path) -> None:
    text = ("## Scottish Public Services Ombudsman cases\n\n"
            "- Roads received one complaint regarding pothole repairs; outcome: not upheld\n"
            "- Housing Repairs received one complaint about damp; outcome: upheld, service failure\n"
            "- One complaint about council tax; outcome: premature, referred back for local resolution\n")
    found = decisions_in(tmp_path, text)
    assert [(d.body, d.outcome, d.area) for d in found] == [
        ("SPSO", "not_upheld", "Roads"), ("SPSO", "upheld", "Housing Repairs"), ("SPSO", "premature", None)]


def test_outcomes_outside_an_ombudsman_scope_are_not_decisions(tmp_path: Path) -> None:
    text = ("## Stage two complaints\n\n"
            "- Highways received one complaint about a blocked drain; outcome not upheld\n"
            "- Waste received one complaint about missed bins; outcome upheld\n")
    assert decisions_in(tmp_path, text) == []


GOLD = ROOT / "corpus" / "gold"


def gold_decisions(stem: str) -> list[dict[str, Any]]:
    rows = [json.loads(s) for s in (GOLD / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines() if s.strip()]
    return [r for r in rows if r["record"] == "decision"]


def renderings(stem: str) -> list[tuple[Path, Path]]:
    """(file, source) for the seed or excerpt, and its PDF and DOCX renderings when it lists cases
    (loading a PDF costs a second or two; the suite stays fast)."""
    source = next(p for d in ("documents", "excerpts") for p in (ROOT / "corpus" / d).glob(f"{stem}.*"))
    if not gold_decisions(stem):
        return [(source, source)]
    return [(source, source)] + [(p, source) for d in ("pdf", "docx") for p in (ROOT / "corpus" / d).glob(f"{stem}.*")]


GOLD_STEMS = sorted({p.stem for p in GOLD.glob("*.jsonl") if not p.name.endswith(".checks.jsonl")})


# gold cases no reader can reach honestly; each must still fail (strict), so a fix shows up
UNREACHED = {
    "tendring-lgsco-2021": "the second case (line 15) is cut off after 'It was further reporte': no words of its "
                           "own tell it; only the minutes' count ('two decisions ... determined were "
                           "maladministration') does, and a count is not a case",
}


@pytest.mark.parametrize("stem", [pytest.param(s, marks=pytest.mark.xfail(reason=UNREACHED[s], strict=True))
                                  if s in UNREACHED else s for s in GOLD_STEMS])
def test_decisions_match_gold_with_their_payments(stem: str) -> None:
    """Every gold decision is found (body, outcome, line +-2, as scored) with gold's payment, in
    every rendering of the document, and nothing else is emitted."""
    gold = gold_decisions(stem)
    for path, source in renderings(stem):
        doc = loaded(path)
        rows = [d.to_dict() for d in extract_decisions(doc, contexts(doc))]
        if path != source:
            rows = align_lines(rows, loaded(source).lines, len(doc.lines))
        assert len(rows) == len(gold), path.name
        free = list(rows)
        for g in gold:
            hit = next((r for r in free if (r["body"], r["outcome"]) == (g["body"], g["outcome"])
                        and abs(r["line"] - g["line"]) <= 2), None)
            assert hit is not None, (path.name, g["line"], g["body"], g["outcome"])
            free.remove(hit)
            assert hit["payment_gbp"] == g["payment_gbp"], (path.name, g["line"])


def test_outcome_column_of_a_case_table(tmp_path: Path) -> None:
    """A verdict cell that says only 'Upheld' reads as one under an Outcome/Determination header;
    a count table of outcomes ("Maladministration | 2") is no case."""
    text = ("## Cases decided by the Housing Ombudsman\n\n"
            "| Ref | Service area | Determination | Orders |\n| --- | --- | --- | --- |\n"
            "| 1 | Repairs | Severe maladministration | Apologise; pay £1,000 |\n"
            "| 2 | Anti-social behaviour | No maladministration | None |\n\n"
            "## Housing Ombudsman outcomes\n\n"
            "| Outcome | Number |\n| --- | --- |\n| Maladministration | 2 |\n| No maladministration | 1 |\n")
    found = decisions_in(tmp_path, text)
    assert [(d.line, d.body, d.outcome, d.area, d.payment_gbp, d.service) for d in found] == [
        (5, "HO", "upheld", "Repairs", 1000, "housing"), (6, "HO", "not_upheld", "Anti-social behaviour", None,
                                                          "housing")]


def test_numbered_cases_run_into_one_paragraph(tmp_path: Path) -> None:
    text = ("## Local Government Ombudsman decisions\n\n"
            "1. Adult social care - charging. Decision: Upheld - fault causing injustice. The council agreed to "
            "apologise and pay £300.\n"
            "2. Planning - enforcement. Decision: Not upheld - no fault found.\n"
            "3. Council tax - recovery. Decision: assessed and closed.\n")
    found = decisions_in(tmp_path, text)
    assert [(d.line, d.outcome, d.finding, d.payment_gbp) for d in found] == [
        (3, "upheld", "fault causing injustice", 300), (4, "not_upheld", "no fault", None),
        (5, "closed_after_initial_enquiries", None, None)]
    assert {d.body for d in found} == {"LGSCO"}


def test_service_from_the_team_not_from_the_ombudsman_name(tmp_path: Path) -> None:
    text = ("## Housing Ombudsman and Local Government Ombudsman enquiries\n\n"
            "### Local Government Ombudsman enquiries\n\n"
            "- Adult Social Care received one complaint about charges; outcome upheld, fault and injustice\n"
            "- Parking received one complaint about a fine; outcome not upheld, no fault\n\n"
            "### Housing Ombudsman enquiries\n\n"
            "- One enquiry about damp; outcome service failure, remedy carried out\n")
    found = decisions_in(tmp_path, text)
    assert [(d.body, d.area, d.service, d.remedies) for d in found] == [
        ("LGSCO", "Adult Social Care", "adults", ()), ("LGSCO", "Parking", "corporate", ()),
        ("HO", None, "housing", ("other",))]


def test_subject_of_several_matters_ends_at_the_outcome() -> None:
    text = "One enquiry in relation to the repairs; the handling of a leak; outcome awaiting final report"
    assert subject_of(text, text.index("outcome")) == "the repairs; the handling of a leak"


def test_prose_cases_take_the_ombudsman_their_section_last_named(tmp_path: Path) -> None:
    text = ("Complaints to the Ombudsman\n\n"
            "The Local Government and Social Care Ombudsman received 41 complaints about the council and upheld 7.\n\n"
            "The Ombudsman found fault with a care assessment and asked the council to apologise and pay £400.\n\n"
            "A complaint about planning enforcement was not upheld.\n\n"
            "Scottish Public Services Ombudsman\n\n"
            "Case 1: Roads - pothole claim. SPSO decision: Not upheld.\n"
            "Case 2: Housing - repairs. SPSO decision: Some upheld, recommendations made.\n")
    found = decisions_in(tmp_path, text, "news.txt")
    assert [(d.line, d.body, d.outcome, d.payment_gbp) for d in found] == [
        (5, "LGSCO", "upheld", 400), (7, "LGSCO", "not_upheld", None),
        (11, "SPSO", "not_upheld", None), (12, "SPSO", "partially_upheld", None)]


def test_single_cases_outside_an_ombudsman_part_are_not_decisions(tmp_path: Path) -> None:
    text = ("# Complaints report\n\nThe Housing Ombudsman received two complaints.\n\n## Stage two complaints\n\n"
            "A complaint about missed bins was not upheld.\n\n"
            "The council agreed to pay £50 to a resident whose bin was missed.\n")
    assert decisions_in(tmp_path, text) == []
