"""Section context: what headings, the title and the cover hand down to the blocks below them.

Real blocks of real seed documents (and their PDF renderings), then the same meaning in other
words in small synthetic reports."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor import load
from extractor.doc_periods import file_period
from extractor.extract.table_labels import classify_label
from extractor.models import Document
from extractor.segment import Context, contexts, cover_service, organisation, settles

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "corpus" / "documents"
EXCERPTS = ROOT / "corpus" / "excerpts"
WOLVERHAMPTON_H1 = DOCS / "wolverhampton-2022-23-h1-complaints.txt"
WREXHAM = DOCS / "wrexham-2023-24-complaints-compliments.txt"


@cache
def loaded(path: Path) -> Document:
    """Each corpus document is loaded once for the module (the PDF takes a second)."""
    return load(path)


def context_of(source: Path | Document, starts: str, nth: int = 0) -> Context:
    doc = source if isinstance(source, Document) else loaded(source)
    hits = [i for i, b in enumerate(doc.blocks) if " ".join(b.text.split()).startswith(starts)]
    return contexts(doc)[hits[nth]]


def fields(ctx: Context) -> tuple[str | None, ...]:
    return ctx.period, ctx.service, ctx.stage, ctx.procedure, ctx.body


# Wolverhampton H1 2022/23: five numbered service sections; the "SECTION 2" and "4.0" lines arrive
# as paragraphs, so the path under "4.2" must not keep "3.0 Adult Services".
WOLVERHAMPTON_ROWS = [
    ("Quarter one - During 1 April 2022 to 30 June 2022 the council received 15", 0,
     ("2022/23 H1", "children", "stage1", None, None)),
    ("Quarter one - 17 informal complaints", 0, ("2022/23 H1", "children", "informal", None, None)),
    ("Quarter one – In relation to Public Health complaints", 0, ("2022/23 H1", "public_health", "stage1", None, None)),
    ("Quarter one - During 1 April 2022 to 30 June 2022 the council received seven formal", 0,
     ("2022/23 H1", "adults", "stage1", None, None)),
    ("Quarter one - 443 informal complaints", 0, ("2022/23 H1", "corporate", "informal", "corporate", None)),
    ("Quarter one - During 1 April 2022 to 30 June 2022 the council received 29 stage one corporate", 0,
     ("2022/23 H1", "corporate", "stage1", "corporate", None)),
    ("Quarter one - The average response time", 0, ("2022/23 H1", "corporate", None, "corporate", None)),
    ("Quarter one - During 1 April 2022 to 30 June 2022 the council received three stage two corporate", 0,
     ("2022/23 H1", "corporate", "stage2", "corporate", None)),
    ("Quarter one - During 1 April 2022 to 30 June 2022 the council received 28 compliments", 0,
     ("2022/23 H1", "corporate", None, None, None)),
    ("Quarter one - During 1 April 2022 to 30 June 2022 the council received three Local Government", 0,
     ("2022/23 H1", "council", "ombudsman", None, "LGSCO")),
    ("Adult Services received two complaints as follows", 0, ("2022/23 H1", "adults", "ombudsman", None, "LGSCO")),
    ("Adult Services Mental Health Team received one complaint", 0,
     ("2022/23 H1", "adults", "ombudsman", None, "LGSCO")),
    ("Finance received one complaint as follows", 0, ("2022/23 H1", "corporate", "ombudsman", None, "LGSCO")),
    ("Revenues and Benefits received one complaint in relation to tenants", 0,
     ("2022/23 H1", "corporate", "ombudsman", None, "LGSCO")),
    ("Quarter one - During 1 April 2022 to 30 June 2022 the council received three enquiries from the Housing", 0,
     ("2022/23 H1", "housing", "ombudsman", None, "HO")),
]


@pytest.mark.parametrize("starts,nth,expected", WOLVERHAMPTON_ROWS)
def test_wolverhampton_sections(starts: str, nth: int, expected: tuple[str | None, ...]) -> None:
    assert fields(context_of(WOLVERHAMPTON_H1, starts, nth)) == expected


@pytest.mark.parametrize("starts,nth,expected", WOLVERHAMPTON_ROWS)
def test_wolverhampton_pdf_sections(starts: str, nth: int, expected: tuple[str | None, ...]) -> None:
    """The PDF repeats "SECTION 1: ..." at the top of every page: a running header opens no section."""
    assert fields(context_of(ROOT / "corpus" / "pdf" / "wolverhampton-2022-23-h1-complaints.pdf", starts, nth)) == expected


def test_assessment_enquiries_are_a_kind_of_case() -> None:
    ctx = context_of(WOLVERHAMPTON_H1, "Children and Young People in Care received one case")
    assert (ctx.kind, ctx.body, ctx.service) == ("assessment", "LGSCO", "children")


def test_repaired_heading_path() -> None:
    ctx = context_of(WOLVERHAMPTON_H1, "Quarter one - During 1 April 2022 to 30 June 2022 the council received 29")
    assert [h.split()[0] for h in ctx.headings] == ["SECTION", "4.0", "4.2"]


def test_wrexham_appendices_follow_the_procedure_the_report_names() -> None:
    """ "an overview of the corporate complaints (Appendices 1a and 1b) and statutory social care
    complaints (Appendix 2)" settles the procedure of each appendix."""
    formal = context_of(WREXHAM, "Of the 155 formal complaints")
    assert (formal.area, formal.stage, formal.service, formal.procedure) == (
        "Environment & Technical", "stage1", "corporate", "corporate")
    informal = context_of(WREXHAM, "In total, 810 informal complaints")
    assert (informal.stage, informal.service, informal.procedure) == ("informal", "council", "corporate")
    adults = context_of(WREXHAM, "24 of the 34 complaints")
    assert (adults.service, adults.procedure, adults.period) == ("adults", "statutory", "2023/24")
    assert organisation(load(WREXHAM)) == "Wrexham County Borough Council"


def test_wolverhampton_progress_services_follow_their_stated_procedures() -> None:
    """ "Statutory complaint activity for Children's, Education, Adults and Public Health and other
    complaints under our corporate complaints policy"."""
    path = DOCS / "wolverhampton-2023-24-h1-progress.md"
    children = context_of(path, "CYPiC Team received highest number")
    corporate = context_of(path, "Waste Management received the highest number")
    assert fields(children) == ("2023/24 H1", "children", "stage1", "statutory", None)
    assert fields(corporate) == ("2023/24 H1", "corporate", "stage1", "corporate", None)


@pytest.mark.parametrize("path,service", [
    (EXCERPTS / "ccha-2024-25.txt", "housing"),  # a landlord: residents, never a council
    (EXCERPTS / "housing21-2023-24-q4.txt", "housing"),
    (EXCERPTS / "kent-lgsco-2024-25.txt", "council"),
    (EXCERPTS / "eastlothian-2019-20-q1.txt", "council"),
    (DOCS / "wolverhampton-dashboards-2022-23.txt", None),  # "Select a service:" with no value marked
])
def test_document_service(path: Path, service: str | None) -> None:
    """The service of a block no heading places (a dashboard reader uses the first block's)."""
    assert contexts(load(path))[0].service == service


@pytest.mark.parametrize("path,org,period", [
    (WREXHAM, "Wrexham County Borough Council", "2023/24"),
    (EXCERPTS / "eastlothian-2019-20-q1.txt", "East Lothian Council", "2019/20 Q1"),
    (EXCERPTS / "camden-lgo-letter-2005-06.txt", "London Borough of Camden", "2005/06"),
    (EXCERPTS / "flintshire-2024-h1.txt", "Flintshire County Council", None),  # fuller than the headline's
    (EXCERPTS / "valeofglamorgan-complaints.txt", "Vale of Glamorgan Council", None),
    (EXCERPTS / "york-lgsco-2023-24.txt", "City of York Council", "2023/24"),
    # says only "the Council" and names no year of its own: the file name gives the period
    (EXCERPTS / "westlancs-2023-24.txt", None, "2023/24"),
])
def test_organisation_and_document_period_from_the_cover(path: Path, org: str | None, period: str | None) -> None:
    doc = load(path)
    assert organisation(doc) == org
    assert contexts(doc)[0].period == period


# ---------------------------------------------------------------- the same meaning in other words

def report(tmp_path: Path, text: str, name: str = "r.md") -> Document:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return load(f)


def test_quarter_headings_in_a_markdown_report(tmp_path: Path) -> None:
    doc = report(tmp_path, "# Complaints performance 2024/25\n\n## Quarter 2\n\n### Stage 2 complaints\n\nText.\n")
    ctx = contexts(doc)[-1]
    assert (ctx.period, ctx.period_start, ctx.period_end, ctx.stage) == ("2024/25 Q2", "2024-07-01", "2024-09-30",
                                                                           "stage2")


def test_numbered_sections_written_as_paragraphs(tmp_path: Path) -> None:
    text = ("Annual complaints report 2021/22, Newtown Borough Council\n\n"
            "2.0 Adult Social Care\n\n2.1 Stage 1 complaints\n\nThe service received 40 complaints.\n\n"
            "3.0 Corporate Complaints, Local Government Ombudsman and Housing Ombudsman referrals of the year\n\n"
            "3.1 Stage 1 complaints\n\nThe council received 80 complaints.\n")
    doc = report(tmp_path, text, "r.txt")
    adults, corporate = context_of(doc, "The service received 40"), context_of(doc, "The council received 80")
    assert (adults.service, adults.stage) == ("adults", "stage1")
    assert (corporate.service, corporate.stage, corporate.procedure) == ("corporate", "stage1", "corporate")
    assert organisation(doc) == "Newtown Borough Council" and corporate.period == "2021/22"


def test_ombudsman_section_with_department_lead_ins(tmp_path: Path) -> None:
    text = ("# Complaints report 2023/24\n\n## Ombudsman referrals\n\n"
            "In 2023/24 the council received four enquiries from the Local Government Ombudsman.\n\n"
            "Children's Services received two enquiries as follows:\n\n- one about school transport\n"
            "- one about a care plan\n\nPlanning received one enquiry:\n\n- one about an extension\n")
    doc = report(tmp_path, text)
    assert context_of(doc, "In 2023/24 the council").service == "council"
    assert context_of(doc, "one about a care plan").service == "children"
    assert context_of(doc, "one about an extension").service == "corporate"
    assert context_of(doc, "one about an extension").procedure is None  # past the council's procedures


def test_a_landlord_report_is_housing(tmp_path: Path) -> None:
    text = ("# Complaints 2024/25\n\nOur tenants made 120 complaints. We follow the Housing Ombudsman "
            "Complaint Handling Code.\n")
    assert {c.service for c in contexts(report(tmp_path, text))} == {"housing"}


def test_appendix_cross_reference_in_other_words(tmp_path: Path) -> None:
    text = ("# Complaints annual report 2022/23\n\nComplaints under the statutory procedure (see Appendix 3) "
            "are reported apart from the corporate procedure complaints (Appendix 1).\n\n"
            "# Appendix 1 - Departments\n\nThe council received 200 formal complaints.\n\n"
            "# Appendix 3 - Social work\n\nThe service received 30 complaints.\n")
    doc = report(tmp_path, text)
    assert context_of(doc, "The council received 200").procedure == "corporate"
    assert context_of(doc, "The service received 30").procedure == "statutory"


@pytest.mark.parametrize("kind,text,value", [
    ("service", "Adult Social Care complaints", "adults"),
    ("service", "Children's, Education, Adults, Public Health Services", None),  # names several
    ("service", "CORPORATE PARENTING", None),
    ("service", "Housing Ombudsman (HO) enquiries", "housing"),
    ("service", "LGSCO decisions", "council"),  # weak: the whole council...
    ("service", "Adult social care cases decided by the LGSCO", "adults"),  # ...unless a service is named
    ("service", "Stockport Homes received one enquiry", "housing"),
    ("stage", "Complaints escalated to Stage 2", "stage2"),
    ("stage", "Stage two formal complaints", "stage2"),
    ("stage", "Informal complaints (frontline resolution)", "informal"),
    ("stage", "Local resolution", "stage1"),
    ("procedure", "Complaints under the Children Act 1989 statutory procedure", "statutory"),
    ("procedure", "Stage 2 corporate complaints", "corporate"),
    ("procedure", "Corporate Compliments", None),
    ("kind", "Detailed investigations", "investigation"),
    ("kind", "Initial enquiries", "assessment"),
])
def test_headings_in_other_words(kind: str, text: str, value: str | None) -> None:
    assert settles(kind, text) == value


def test_a_section_opened_by_a_narrower_period_covers_it(tmp_path: Path) -> None:
    """RBKC: "5. Complaints 20/21" opened by "... during the first two quarters of 2020/21"."""
    rbkc = context_of(DOCS / "rbkc-2019-20-annual-complaints.md", "5.4. It is also noteworthy")
    assert (rbkc.period, rbkc.period_start, rbkc.period_end) == ("2020/21 H1", "2020-04-01", "2020-09-30")
    doc = report(tmp_path, "# Complaints 2023/24\n\n## Stage 2 in 2023/24\n\nThis section covers the third "
                           "quarter of 2023/24 only.\n\nWe received 12 complaints.\n\n## Learning\n\n"
                           "Published in July 2023.\n\nText.\n")
    assert context_of(doc, "We received 12").period == "2023/24 Q3"
    assert context_of(doc, "Text.").period == "2023/24"  # a month in an opening line is an event's date


@pytest.mark.parametrize(("name", "label"), [
    ("feedback-report-2031-32.txt", "2031/32"),
    ("Customer_Complaints_2030_31_Q2.docx", "2030/31 Q2"),
    ("annual review 2029-30 h1.pdf", "2029/30 H1"),
    ("minutes-2031-03-04.txt", None),  # a date is no period
    ("plan-2030-2035.pdf", None),  # five years are no financial year
])
def test_period_of_a_file_name(name: str, label: str | None) -> None:
    p = file_period(name)
    assert (p.label if p else None) == label


def _cover(tmp_path: Path, name: str, text: str) -> str | None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return contexts(load(path))[0].period


def test_a_year_compared_with_is_not_the_documents_period(tmp_path: Path) -> None:
    text = ("Complaints at a glance\n\n- We logged 41 complaints, an increase on 2028/29 when 30 were logged.\n"
            "- Most were about bin collections.\n")
    assert _cover(tmp_path, "glance-2029-30.txt", text) == "2029/30"
    # with no name to go by, the year after the one compared with, never the compared year itself
    assert _cover(tmp_path, "glance.txt", text) == "2029/30"
    since = "Complaints at a glance\n\n- The fewest complaints since 2024/25.\n"
    assert _cover(tmp_path, "glance.txt", since) is None  # "since" may reach back many years
    own = "Complaints at a glance\n\nIn 2029/30 we logged 41 complaints.\n"
    assert _cover(tmp_path, "glance-2031-32.txt", own) == "2029/30"  # the text's own year beats the name


def test_a_year_selector_leaves_the_period_open(tmp_path: Path) -> None:
    text = "Choose the financial year\n\n2029/30 2030/31\n\nComplaints received\n\n41\n"
    assert _cover(tmp_path, "dashboard-2030-31.txt", text) is None


def _figures(tmp_path: Path, name: str, text: str) -> list:
    from extractor import extract
    from extractor.models import Figure

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [r for r in extract(load(path)) if isinstance(r, Figure)]


def test_one_formal_stage_of_adult_social_care_after_an_informal_step_is_stage_one(tmp_path: Path) -> None:
    """Adult social care complaints in England have one formal stage: after an informal step the
    report names, SPEC 2 makes it stage 1."""
    text = ("Adult Social Care complaints report 2030 to 31\n\n"
            "Many issues were resolved informally first. We received 212 complaints this year and upheld 61 of them.\n")
    got = {(f.measure, f.value, f.stage, f.period) for f in _figures(tmp_path, "report.txt", text)}
    assert ("received", 212, "stage1", "2030/31") in got and ("upheld", 61, "stage1", "2030/31") in got


def test_one_formal_stage_alone_has_no_stage(tmp_path: Path) -> None:
    """Without an informal step before it, the one stage of a one-stage procedure is not named
    (the dev-real annotators' convention, gold/NOTES-2026-12.md: 'one-stage ASC procedures')."""
    text = ("Adult Social Care complaints report 2030 to 31\n\n"
            "We received 212 complaints this year and upheld 61 of them.\n")
    got = {(f.measure, f.value, f.stage) for f in _figures(tmp_path, "report.txt", text)}
    assert ("received", 212, None) in got and ("upheld", 61, None) in got


def test_a_procedure_with_a_second_stage_keeps_its_stages_open(tmp_path: Path) -> None:
    """Counter-case: where the text speaks of a second stage, an unstaged figure stays unstaged."""
    text = ("Adult Social Care complaints report 2030 to 31\n\n"
            "We received 212 complaints this year.\n\nStage two\n\nNine went on to a formal investigation.\n")
    got = {(f.measure, f.value, f.stage) for f in _figures(tmp_path, "report.txt", text)}
    assert ("received", 212, None) in got


def test_a_council_wide_report_is_not_one_service(tmp_path: Path) -> None:
    text = "Complaints report 2030 to 31\n\nWe received 212 complaints this year and upheld 61 of them.\n"
    got = {(f.measure, f.value, f.stage) for f in _figures(tmp_path, "report.txt", text)}
    assert ("received", 212, None) in got


@pytest.mark.parametrize(("text", "stage"), [
    ("Settled at the first point of contact", "stage1"),
    ("Referred on for a full investigation", "stage2"),
    ("The Ombudsman carried out a full investigation", "ombudsman"),  # the weak rule yields to the ombudsman
    ("Frontline services accounted for most complaints", None),
    ("S2", "stage2"),
])
def test_one_stage_vocabulary_for_headings_sentences_and_table_labels(text: str, stage: str | None) -> None:
    """Headings (settles) and table labels (classify_label) read stage words with one vocabulary."""
    assert settles("stage", text) == stage
    assert classify_label(text).get("stage") == stage


def test_the_first_paragraph_can_name_the_one_service_of_a_report(tmp_path: Path) -> None:
    f = tmp_path / "annual.txt"
    f.write_text("Annual report on complaints\n\n1. Context\n\nChildren's Social Care supports many families "
                 "across the county every year.\n", encoding="utf-8")
    assert cover_service(load(f)) == "children"
