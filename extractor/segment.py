"""Document -> one Context per block: the period, service, stage, procedure, body, kind and
organisation that headings, the title and the cover set for everything below them.

A figure inherits the period of its sentence, else of its table column, else of its
section heading, else of the document (SPEC section 4); this module supplies the last
two. The nearest heading that settles a field wins; a heading naming two services
settles none. Vocabulary: patterns/sections.toml.

Loaders do not always see every heading: a long numbered line ("4.0 Corporate Complaints
Activity, ...") or a "SECTION 2: ..." line can arrive as a paragraph, so the loader's heading
path under it still names the previous section. `heading_paths.section_paths` repairs the
path from the numbering before any field is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

import regex as re

from extractor import identity
from extractor.doc_periods import COVER_BLOCKS, document_period, heading_period, section_leads
from extractor.extract.bodies import find_bodies, without_bodies
from extractor.extract.periods import Period
from extractor.gate import lower_for_gate
from extractor.heading_paths import section_paths
from extractor.memo import per_document
from extractor.models import Block, Document
from extractor.section_rules import any_rule, section_index, section_rules
from extractor.stage_names import in_stage_words

NAME_SEPARATORS = re.compile(r"[-_.]+")
DIGITS = re.compile(r"\d+")
APPENDIX_NUMBER = re.compile(r"^\s*appendix\s+(\d+)", re.IGNORECASE)

COVER_SERVICE = 4  # the title and first paragraphs name the service of a one-service report
NONE = "none"  # a rule value that settles a field as null ("Compliments" has no procedure)
FIELDS = ("service", "stage", "procedure", "kind")


@dataclass(frozen=True)
class Context:
    """What a block inherits from the headings above it and from the document."""

    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    service: str | None = None
    area: str | None = None
    stage: str | None = None
    procedure: str | None = None
    body: str | None = None
    kind: str | None = None
    organisation: str | None = None
    headings: tuple[str, ...] = ()  # the repaired heading path, outermost first

    def own_period(self) -> Period | None:
        """The period as the readers take it (labels, dates), or None where no period is set."""
        if self.period is None:
            return None
        return Period(self.period, date.fromisoformat(self.period_start) if self.period_start else None,
                      date.fromisoformat(self.period_end) if self.period_end else None)


@lru_cache(maxsize=16384)  # the same heading is asked about for every block under it
def _settled_weakly(kind: str, text: str) -> tuple[str | None, bool]:
    """The value of `kind` a text names (NONE included), or None when it names none or several; and
    whether only `weak` rules named it.

    A `weak` rule counts only when no other rule matches ("Ombudsman" says council unless the
    heading names a service); a `numbered` stage outranks a bare "formal" in the same heading."""
    if kind == "stage":
        text = without_stage_origins(text)
    plain = without_bodies(text) if kind == "service" else text  # "Housing Ombudsman" names no service
    index = section_index(kind)  # extractor/gate.py: a rule whose words are absent is not run
    in_text = index.mask(lower_for_gate(text))
    in_plain = in_text if plain is text else index.mask(lower_for_gate(plain))
    hits = [r for (r, rx), full in zip(section_rules(kind), index.full, strict=True)
            if ((in_text & full == full and rx.search(text)) if r.get("weak")
                else (in_plain & full == full and rx.search(plain)))]
    weak = bool(hits) and all(r.get("weak") for r in hits)
    hits = [r for r in hits if not r.get("weak")] or hits
    values = {r["value"] for r in hits}
    if len(values) > 1:
        values = {r["value"] for r in hits if r.get("numbered")}
    if kind == "stage" and values == {"informal"} and BOTH_ROUTES.search(text):
        return None, False  # "Complaints and PALS", "Concerns and complaints": the informal route and the formal one
    return (values.pop(), weak) if len(values) == 1 else (None, False)


def _settled(kind: str, text: str) -> str | None:
    """The value of `kind` a text names (NONE included), or None when it names none or several."""
    return _settled_weakly(kind, text)[0]


# an informal route and the complaints procedure named side by side, as a heading's two subjects ("Complaints and
# the Patient Advice and Liaison Service (PALS)")
BOTH_ROUTES = re.compile(r"(?:^|[\s,(])complaints\s+(?:and|&)\s+(?:the\s+)?(?:PALS|Patient\s+Advice|concerns|enquiries|feedback)\b"
                         r"|\b(?:PALS|concerns|enquiries)\s*(?:,\s*|\s+(?:and|&)\s+)(?:(?:formal|statutory)\s+)?complaints\b",
                         re.IGNORECASE)


def without_stage_origins(text: str) -> str:
    """The text less the stages that name none of its figures: the stage a complaint came from ("escalated
    from stage one"), one it never reached ("without a formal investigation"), and a framework's author."""
    return _blanked("stage_origin", without_frameworks(text))


def without_frameworks(text: str) -> str:
    """The text without an ombudsman named as the author of a framework the body reports against
    ("SPSO - Complaints Performance Indicators", "Housing Ombudsman Complaint Handling Code"): such
    a heading names neither an ombudsman stage nor a body."""
    return _blanked("ombudsman_framework", text)


def _blanked(kind: str, text: str) -> str:
    """The text with what the rules of `kind` match blanked: words that look like a field's value but
    name none (a framework's author, the stage a complaint "escalated from")."""
    found = section_index(kind).mask(lower_for_gate(text))  # a rule without its words blanks nothing
    for (_, rx), full in zip(section_rules(kind), section_index(kind).full, strict=True):
        if found & full == full:
            text = rx.sub(" ", text)
    return text


def settles(kind: str, text: str) -> str | None:
    """The one value of `kind` (service, stage, procedure, kind) a heading or clause names, or None; a
    stage in the report's own names for its stages (stage_names)."""
    value = _settled(kind, _in_report_words(kind, text))
    return None if value == NONE else value


def settles_weakly(kind: str, text: str) -> bool:
    """Whether only `weak` rules name the value of `kind` in `text` ("Detailed investigations": stage 2 in a
    council's procedure, but an ombudsman's own work in its table): the surrounding context outranks it."""
    return _settled_weakly(kind, _in_report_words(kind, text))[1]


def settles_strongly(kind: str, text: str) -> bool:
    """Whether a rule other than a `weak` one names the one value of `kind` in `text` ("Stage 2 complaints"),
    so no context outranks it."""
    value, weak = _settled_weakly(kind, _in_report_words(kind, text))
    return value is not None and not weak


def _in_report_words(kind: str, text: str) -> str:
    """The text as the report means it: a stage in the report's own names for its stages (stage_names)."""
    return in_stage_words(text) if kind == "stage" else text


def organisation(doc: Document) -> str | None:
    """The council or landlord the document names first (title, cover, first paragraphs); a
    fuller form of the same name on the cover wins ("Newshire County Council" over a headline's
    "Newshire Council")."""
    texts = ([doc.title] if doc.title else []) + [b.text for b in doc.opening(COVER_BLOCKS * 2)]
    names = [" ".join(m.group("org").split()) for text in texts for _, rx in section_rules("organisation")
             for m in rx.finditer(text)]
    if not names:
        return None
    first = names[0]
    fuller = [n for n in names if n.split()[0] == first.split()[0] and len(n) > len(first)]
    return max(fuller, key=len) if fuller else first


def document_service(doc: Document, org: str | None) -> str | None:
    """The service of a figure no heading places (SPEC 5): a landlord's figures are `housing`, a
    council's are the whole `council`'s - unless the document offers a choice of services (a
    dashboard's service selector), where an unmarked choice leaves the service open.

    A landlord is known by its name, by a text that speaks of residents, tenants or the Housing
    Ombudsman and never of a council, or by answering to the Housing Ombudsman alone: a council
    that publishes the report the Housing Ombudsman's Code asks of every social landlord counts its
    landlord service's complaints, while one that also names another ombudsman counts its own. A page's
    furniture ("Council and democracy" in a site's menu) says nothing of whose report it is."""
    texts = [b.text for b in doc.blocks if not b.furniture]
    if any_rule("service_choice", texts):
        return None
    if (own := cover_service(doc)) is not None:
        return own
    if (org and settles("landlord", org)) or (any_rule("landlord_text", texts)
                                             and not any_rule("council_text", texts)):
        return "housing"
    if {body for t in texts for body in find_bodies(t)} == {"HO"}:
        return "housing"
    return "council"


CARE_SERVICES = ("adults", "children", "public_health", "social_care")


SUBJECT_WORDS = 6


def cover_service(doc: Document) -> str | None:
    """The one care service the title, the first headings, the opening words of the first paragraph
    or the file name name ("Adult Social Care complaints annual report", "asc-complaints-2022-23.pdf"):
    a report of that service alone. None when they name none or several."""
    cover = ([doc.title] if doc.title else []) + [b.text for b in doc.opening(COVER_SERVICE) if b.kind == "heading"]
    cover.append(NAME_SEPARATORS.sub(" ", doc.name))
    # the subject of the first paragraph: "Adult Social Care and Health (ASCH) works with ..."
    first = next((b for b in doc.opening(COVER_BLOCKS) if b.kind == "paragraph" and len(b.text.split()) > 8), None)
    if first is not None:
        # its first line only: a table flattened into the first paragraph has its first row's label after
        # its caption ("Complaints by directorate" / "Adults 112"), and that names no subject of the report
        line = doc.lines[first.line - 1] if 0 < first.line <= len(doc.lines) else first.text
        cover.append(" ".join(line.split()[:SUBJECT_WORDS]))
    named = {v for t in cover if (v := settles("service", t)) in CARE_SERVICES}
    return named.pop() if len(named) == 1 else None


def single_stage_default(doc: Document, service: str | None) -> str | None:
    """stage1 where a report sets an informal route before one formal stage - a service whose
    statutory procedure has one stage, or a formal process named as such - and never speaks of a later
    stage (SPEC 2: one formal stage after an informal one is stage 1). A one-stage procedure with no
    informal step before it has no stage to name (null)."""
    texts = [b.text for b in doc.blocks]
    if not any_rule("informal_route", texts):
        return None
    one_formal = (service is not None and any(rx.search(service) for _, rx in section_rules("single_stage_service"))) \
        or any_rule("formal_process", texts)
    if not one_formal:
        return None
    return None if any_rule("later_stage", texts) else "stage1"


# ---------------------------------------------------------------- reading fields from a path

def _nearest(headings: tuple[str, ...], read: Callable[[str], Any]) -> Any:
    for h in reversed(headings):
        if (v := read(h)) is not None:
            return v
    return None


def _one_body(heading: str) -> str | None:
    bodies = find_bodies(without_frameworks(heading))
    return bodies[0] if len(bodies) == 1 else None


def appendix_procedures(doc: Document) -> dict[str, str]:
    """ "an overview of the corporate complaints (Appendices 1a and 1b) and statutory social care
    complaints (Appendix 2)": which procedure each appendix reports, as the text says."""
    found: dict[str, str] = {}
    for b in doc.blocks:
        for r, rx in section_rules("appendix_procedure"):
            for m in rx.finditer(b.text):
                for ref in DIGITS.findall(m.group("refs")):
                    found.setdefault(ref, r["value"])
    return found


def service_procedures(doc: Document) -> dict[str, str]:
    """ "Statutory complaint activity for Children's, Education, Adults and Public Health": the
    procedure the text says each service family's complaints follow. The corporate family is the
    corporate procedure's by definition (SPEC 5)."""
    found: dict[str, str] = {"corporate": "corporate"}
    for b in doc.blocks:
        for r, rx in section_rules("service_procedure"):
            for m in rx.finditer(b.text):
                for rule, srx in section_rules("service"):
                    if srx.search(m.group("services")) and not rule.get("weak"):
                        found.setdefault(rule["value"], r["value"])
    if _only_statutory(doc):
        for service in SOCIAL_CARE:
            found.setdefault(service, "statutory")
    return found


SOCIAL_CARE = ("adults", "children", "social_care")  # the services with a statutory complaints procedure


def _only_statutory(doc: Document) -> bool:
    """Whether the text speaks of the statutory procedure and never of a corporate one: a social care
    report whose complaints all follow the statutory procedure ("handled under the statutory complaints
    procedure"), not only those under the heading that says so."""
    named = {_settled("procedure", line) for line in doc.lines}
    return "statutory" in named and "corporate" not in named \
        and not any(settles("service", line) == "corporate" for line in doc.lines)


def _heading_procedure(heading: str, appendices: dict[str, str]) -> str | None:
    if (own := _settled("procedure", heading)) is not None:
        return own
    m = APPENDIX_NUMBER.match(heading)
    return appendices.get(m.group(1)) if m else None


def _settles_procedure(headings: tuple[str, ...], appendices: dict[str, str]) -> bool:
    """Whether some heading settles the procedure, if only as none ("Compliments")."""
    return any(_heading_procedure(h, appendices) is not None for h in headings)


def _fields(headings: tuple[str, ...], appendices: dict[str, str]) -> dict[str, str | None]:
    out = {kind: _nearest(headings, lambda h, k=kind: _settled(k, h)) for kind in FIELDS}
    out["procedure"] = _nearest(headings, lambda h: _heading_procedure(h, appendices))
    return {k: None if v == NONE else v for k, v in out.items()}


AREA_HEADING = re.compile(r"^(?P<area>.+?)\s*\(\d[\d,]*\)\s*$")
# "Adult Services received two complaints as follows:" - a department introducing the list below it
LEAD_IN = re.compile(r"^(?P<who>(?!the\b|we\b|our\b|this\b|there\b)[A-Z][\w'’&/,-]*(?:\s+[\w'’&/,-]+){0,7}?)\s+"
                     r"(?:has\s+|have\s+)?received\b.*?(?:as\s+follows|below)?\s*[:;]\s*$", re.IGNORECASE)


def _lead_in_service(block: Block) -> str | None:
    if block.kind != "paragraph" or "\n" in block.text.strip():
        return None
    m = LEAD_IN.match(block.text.strip())
    if m is None or not m.group("who")[0].isupper():
        return None
    return settles("service", m.group("who")) or "corporate"


@per_document
def contexts(doc: Document) -> tuple[Context, ...]:
    """One Context per block of `doc`, in block order.

    A heading that names an area with its count ("Environment & Technical (155)") is a part of
    the heading before it ("Formal Complaints by Department") even when both look alike: it
    keeps that heading's stage, service and procedure and sets the area. A department line
    that introduces a list ("Finance received one complaint as follows:") sets the service of
    itself and of the list items under it.
    """
    doc_period = document_period(doc)
    org = identity.publisher(doc)  # the document's own identity, not a body it mentions
    default_service = document_service(doc, org)
    appendices = appendix_procedures(doc)
    by_service = service_procedures(doc)
    out: list[Context] = []
    parent: Context | None = None
    lead_service: str | None = None
    narrowed = section_leads(doc, doc_period)
    of_path: dict[tuple[str, ...], Context] = {}  # the blocks of one section share what its headings say
    one_stage: dict[str | None, str | None] = {}  # single_stage_default reads every block: once per service
    above: Context | None = None  # the context of the last heading met
    for b, headings in zip(doc.blocks, section_paths(doc), strict=True):
        if (ctx := of_path.get(headings)) is None:
            period = _nearest(headings, lambda h: narrowed.get(h) or heading_period(h, doc_period)) \
                or doc_period
            f = _fields(headings, appendices)
            ctx = of_path[headings] = Context(
                period=period.label if period else None,
                period_start=period.start.isoformat() if period and period.start else None,
                period_end=period.end.isoformat() if period and period.end else None,
                service=f["service"], stage=f["stage"], procedure=f["procedure"], kind=f["kind"],
                body=_nearest(headings, _one_body), organisation=org, headings=headings)
        if b.kind == "heading" and len(headings) == 1 and ctx.stage is None and ctx.body is None \
                and above is not None and above.stage == "ombudsman" and CAPTION_OF_BREAKDOWN.search(headings[0]) \
                and not NEW_PART.match(headings[0]):
            # headings with no levels: a breakdown's caption stands under the section heading before it
            ctx = of_path[headings] = replace(ctx, stage=above.stage, body=above.body)
        area = AREA_HEADING.match(headings[-1]) if headings else None
        if area and parent is not None:
            # a department named with its count: its own service family, else the corporate procedure's
            service = ctx.service or settles("service", area.group("area")) or parent.service or "corporate"
            ctx = replace(ctx, service=service, area=area.group("area").strip(), stage=ctx.stage or parent.stage,
                          procedure=ctx.procedure or parent.procedure, body=ctx.body or parent.body)
        elif b.kind == "heading":
            parent = ctx
        if b.kind != "list_item":
            lead_service = _lead_in_service(b)
        if lead_service is not None:
            ctx = replace(ctx, service=lead_service)
        if ctx.service is None and not (b.kind == "table" and ctx.procedure == "corporate"):
            # a table under the corporate procedure is by department: its rows are `corporate` unless
            # they name a service family (tables.py reads them), not the whole council's
            ctx = replace(ctx, service=default_service)
        if ctx.procedure is None and not _settles_procedure(headings, appendices) and ctx.service in by_service:
            ctx = replace(ctx, procedure=by_service[ctx.service])
        if ctx.stage is None and ctx.kind is None and ctx.service not in one_stage:
            one_stage[ctx.service] = single_stage_default(doc, ctx.service)
        if ctx.stage is None and ctx.kind is None and (one := one_stage[ctx.service]):
            ctx = replace(ctx, stage=one)
        if b.kind == "heading":
            above = ctx
        out.append(ctx)
    return tuple(out)


# a heading that opens a part of its own ("APPENDIX 1: COMPLAINTS RECEIVED BY SERVICE", "4. Complaints by stage")
NEW_PART = re.compile(r"^\s*(?:(?:appendix|annex|schedule|part|section)\b|\d{1,2}(?:\.\d{1,2})*\.?\s)", re.IGNORECASE)
# a caption that says what a table breaks down ("Complaints received by subject", "Table 3"): no section's
# title of its own
CAPTION_OF_BREAKDOWN = re.compile(r"\b(?:by|per)\s+(?:subject|service|department|directorate|area|team|category|type|"
                                  r"outcome|stage|quarter|month|channel|sector|reason|theme|ward|division)\b|^\s*table\s*\d",
                                  re.IGNORECASE)
