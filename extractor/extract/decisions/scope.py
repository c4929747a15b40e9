"""Which ombudsman a case is of: the body its own words name, else its heading's, else the one
its section last named or the document talks about most (a landlord's "the Ombudsman" is the
Housing Ombudsman; a page that names none but states the Housing Ombudsman's own findings is its
page) - and whether a case sits in a part of the document about an ombudsman at all."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex as re

from extractor.extract.bodies import find_bodies, without_bodies
from extractor.extract.decisions.case_cuts import paragraph_lead
from extractor.extract.decisions.cases import OUTCOME_COLUMN, CaseText
from extractor.extract.decisions.place import lead_in
from extractor.extract.decisions.read import COUNCIL_STAGE, COUNTED_ITEM, OMBUDSMAN_FINDING
from extractor.memo import per_document
from extractor.models import Block, Document
from extractor.segment import document_service, organisation, settles

HO_LANGUAGE = re.compile(r"\b(?:landlord|resident|tenant|service\s+failure|severe\s+maladministration)\b", re.IGNORECASE)

OMBUDSMAN = re.compile(r"\bombuds(?:man|men)|\bombwdsmon", re.IGNORECASE)

HO_ONLY = re.compile(r"\bsevere\s+maladministration\b|\breasonable\s+redress\b", re.IGNORECASE)
DETERMINATION = re.compile(r"\bdeterminations?\b|\bdetermined\b", re.IGNORECASE)
MALADMINISTRATION = re.compile(r"\bmaladministration\b", re.IGNORECASE)
# the SPSO's outcome labels: "Some upheld, recommendations", "Not upheld, no recommendations"
SPSO_ONLY = re.compile(r"\b(?:some\s+|fully\s+|not\s+)?upheld,\s+(?:no\s+)?recommendations\b", re.IGNORECASE)

LGSCO_LANGUAGE = re.compile(r"\b(?:fault|injustice|council)\b", re.IGNORECASE)


# a table cell that holds only a body's short name ("HO" in an "Ombudsman" column of a table that
# lists the cases of two ombudsmen): bare "HO" names the Housing Ombudsman only in such a cell
SHORT_NAME = {"HO": "HO", "HOS": "HO", "LGSCO": "LGSCO", "LGO": "LGSCO", "PSOW": "PSOW", "SPSO": "SPSO",
              "NIPSO": "NIPSO", "PHSO": "PHSO"}


# another body a case is sent on to ("a matter for the Local Government and Social Care Ombudsman",
# "signposted to the SPSO"): not the body that decided it
SENT_ON_TO = re.compile(r"\b(?:a\s+matter\s+for|(?:signposted|redirected)\s+(?:\w+\s+){0,2}?to)\s+(?:the\s+)?"
                        r"(?:[\w'’&-]+\s+){0,6}?(?:ombudsman|LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO|HOS?)\b(?:\s*\([A-Z]+\))?",
                        re.IGNORECASE)


def cell_body(cells: tuple[str, ...]) -> str | None:
    """The one body a table row names in a cell of its own, or None."""
    named = {SHORT_NAME[c.strip()] for c in cells if c.strip() in SHORT_NAME} if len(cells) > 1 else set()
    return named.pop() if len(named) == 1 else None


def choose_body(case: CaseText, doc_body: str | None, prose: bool,
                neighbours: Counter[str] | None = None) -> str | None:
    """The body named in the case (a row's cell of its own first), else by its scope; with two in
    scope, by the bodies the other cases of its table name, else by the case's wording. `prose`:
    the document's body may stand in (the caller has settled that the case sits in an ombudsman
    part)."""
    if named := cell_body(case.cells):
        return named
    own = find_bodies(SENT_ON_TO.sub(" ", case.text))
    if len(own) == 1:
        return own[0]
    scoped: tuple[str, ...] = ()
    for heading in reversed(case.scope):  # the nearest heading naming one body decides
        scoped = find_bodies(heading)
        if len(scoped) == 1:
            return scoped[0]
        if scoped or COUNCIL_STAGE.search(heading):
            break  # (a stage of the body's own procedure nearer the case: its cases are the body's own)
    candidates = own or scoped or ([fallback_body(case.text, doc_body)] if prose and doc_body else [])
    if len(candidates) > 1:
        named = [b for b, _ in (neighbours or Counter()).most_common() if b in candidates]
        if named:
            return named[0]
        if "HO" in candidates and HO_LANGUAGE.search(case.text):
            return "HO"
        if LGSCO_LANGUAGE.search(case.text):
            return next((b for b in candidates if b != "HO"), candidates[0])
    return candidates[0] if candidates else None


# the LGSCO's own words and its case references ("23 004 118"): a case in them is not the Housing Ombudsman's
LGSCO_REFERENCE = re.compile(r"\b\d{2}\s\d{3}\s\d{3}\b")
LGSCO_WORDS = re.compile(r"\binjustice\b|\bfault\b", re.IGNORECASE)


def fallback_body(text: str, doc_body: str) -> str:
    """The body a case naming none takes from its document: the document's, except that a case told in
    the LGSCO's own words and none of a landlord's, in a council report that names the Housing
    Ombudsman most ("Upheld: maladministration and injustice", a reference "23 004 118"), is the
    LGSCO's."""
    if doc_body == "HO" and (LGSCO_REFERENCE.search(text) or LGSCO_WORDS.search(text) and not HO_LANGUAGE.search(text)
                             and not HO_ONLY.search(text)):
        return "LGSCO"  # (its reference's form alone says so, whatever words a resident's case uses)
    return doc_body


def _nearest_names_ombudsman(headings: Sequence[str]) -> bool:
    """Whether a heading over a case names an ombudsman with no heading of the body's own procedure
    nearer the case ("4.0 Corporate complaints, LGSCO and Housing Ombudsman" over "4.5 Stage 2 corporate
    complaints": the stage's cases are the council's)."""
    for h in reversed(headings):
        if OMBUDSMAN.search(h):
            return True
        if COUNCIL_STAGE.search(h):
            return False
    return False


def in_ombudsman_part(doc: Document, case: CaseText, section_body: str | None, voice: bool = False) -> bool:
    """Whether a case with no body of its own may take the document's: its headings speak of an
    ombudsman (or there are none), its own words or its section name one, or it is laid out as a
    case record below a heading about an ombudsman (a page of "Summary of 2019/20" lists under
    "Ombudsman decisions") with no heading of the council's own procedure between, or a table row
    below a line that presents its table as an ombudsman's decisions. An ombudsman's
    own page (`voice`) is an ombudsman part throughout."""
    if voice or not case.scope or _nearest_names_ombudsman((*parent_heading(doc, case.block), *case.scope)):
        return True
    if section_body or OMBUDSMAN.search(case.text):
        return True
    lead = paragraph_lead(doc, case)  # "The PHSO closed two cases:" / "1. Surgery – ..."
    if lead and OMBUDSMAN.search(lead) and not COUNCIL_STAGE.search(lead):
        return True
    here = doc.blocks[case.block]
    if (case.outcome_at is not None or here.kind == "list_item" or COUNTED_ITEM.match(here.text)) \
            and not any(COUNCIL_STAGE.search(h) for h in case.scope) \
            and lead_in_names_ombudsman(doc, case.block, ombudsman_finding=bool(
                HO_FINDING.search(case.text) or LGSCO_ONLY.search(case.text))):
        return True  # a row of a table, or an item of a list, the text just above presents as an ombudsman's decisions
    return case.record and ombudsman_above(doc, case.block)


# a sentence that presents what follows as an ombudsman's decisions ("The Housing Ombudsman sent us
# four determinations", "The SPSO published three decisions about the Board")
DECISION_NOUN = re.compile(r"\b(?:decisions?|determinations?|findings?|rulings?|cases?|investigations?|reports?)\b",
                           re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def lead_in_names_ombudsman(doc: Document, block: int, ombudsman_finding: bool = False) -> bool:
    """Whether the text just above a table or list (the nearest block that is none of its rows or
    items, under the same headings) presents it as an ombudsman's decisions: one of its sentences
    names an ombudsman and its decisions, and no stage of the body's own procedure. An item whose finding
    only an ombudsman makes (`ombudsman_finding`: "maladministration") needs no decision named: a short line
    naming the ombudsman will do ("Complaints that went to the Ombudsman")."""
    here = doc.blocks[block]
    # (items of a list numbered as paragraphs of their own stand under the paragraph above item 1)
    numbered = here.kind == "paragraph" and COUNTED_ITEM.match(here.text) is not None
    above = next((b for b in reversed(doc.blocks[:block]) if b.kind != "table" and not b.furniture
                  and not (b.kind == here.kind and (not numbered or COUNTED_ITEM.match(b.text)))), None)
    if above is None or (above.heading_path != here.heading_path and above.kind != "heading"):
        return False
    titled = ombudsman_finding and len(above.text.split()) <= TITLE_WORDS
    return any((OMBUDSMAN.search(s) or find_bodies(s)) and (DECISION_NOUN.search(s) or titled)
               and not COUNCIL_STAGE.search(s) for s in SENTENCE.split(above.text))


PAGE_TOP = 4  # the blocks a page's title stands among: a site's name, its breadcrumb, the title
TITLE_WORDS = 12


@per_document
def decisions_page_title(doc: Document) -> tuple[str, ...]:
    """The title of a page about an ombudsman's decisions ("Ombudsman decisions 2032/33", "Housing Ombudsman
    determinations"), among its first lines, when the loader took it for no heading: the whole page is
    an ombudsman's part. () when the page opens otherwise, or with a stage of the body's own procedure."""
    top = [b for b in doc.blocks if not b.furniture][:PAGE_TOP]
    return next(((b.text,) for b in top if len(b.text.split()) <= TITLE_WORDS and (OMBUDSMAN.search(b.text) or find_bodies(b.text))
                 and DECISION_NOUN.search(b.text) and not COUNCIL_STAGE.search(b.text)), ())


def ombudsman_above(doc: Document, block: int) -> bool:
    """Whether the nearest heading above a block that speaks of an ombudsman or of a stage of the
    council's own procedure speaks of an ombudsman."""
    for b in reversed(doc.blocks[:block]):
        if b.kind != "heading" and not is_title(doc, b):
            continue
        if OMBUDSMAN.search(b.text):
            return True
        if COUNCIL_STAGE.search(b.text):
            return False
    return False


def parent_heading(doc: Document, block: int) -> tuple[str, ...]:
    """The heading a block's nearest heading may stand under when the layout gave headings no levels
    (plain text: every heading path is one heading long): the heading just before it in the document
    ("Ombudsman" above "Determinations received"). A heading of the council's own procedure stands
    on its own."""
    parents = _parent_headings(doc)
    return parents[block] if 0 <= block < len(parents) else ()


@per_document
def _parent_headings(doc: Document) -> tuple[tuple[str, ...], ...]:
    """parent_heading of every block, in one walk (every case of a document asks)."""
    if any(b.heading_path for b in doc.blocks if b.kind == "heading"):
        return ((),) * len(doc.blocks)  # the layout gave levels: a heading's parent is in its path
    out: list[tuple[str, ...]] = []
    near: str | None = None  # the nearest heading before the block
    above: str | None = None  # the heading before that one
    for b in doc.blocks:
        if b.kind == "heading":  # a heading itself (a short case line the loader took for one) stands under the one before
            out.append((near,) if near is not None and not COUNCIL_STAGE.search(near) else ())
            above, near = near, b.text
            continue
        out.append((above,) if near is not None and above is not None and not COUNCIL_STAGE.search(near) else ())
    return tuple(out)


def is_title(doc: Document, b: Block) -> bool:
    """The document's first line, read as a paragraph when it runs long ("Complaints decided by
    the Local Government and Social Care Ombudsman, April to September 2024"), is its title."""
    first = next((x for x in doc.blocks if not x.furniture), None)
    return b is first and (b.end_line or b.line) == b.line


@per_document
def dominant_body(doc: Document) -> str | None:
    """The ombudsman a document talks about most, for news reports that name it once; a landlord's
    report that says only "the Ombudsman" means the Housing Ombudsman."""
    counts: Counter[str] = Counter()
    for b in doc.blocks:
        counts.update(find_bodies(b.text))
    if counts:
        return counts.most_common(1)[0][0]
    # a landlord's report that says only "the Ombudsman" means the Housing Ombudsman: a landlord
    # by its text, or by the name on its first line ("Greenacre Housing Association")
    if any(OMBUDSMAN.search(b.text) for b in doc.blocks) and (
            document_service(doc, organisation(doc)) == "housing" or _landlord_cover(doc)):
        return "HO"
    # findings only the Housing Ombudsman makes, on a page that names no ombudsman ("Findings:
    # severe maladministration ...", "Outcome: reasonable redress")
    if any(HO_ONLY.search(b.text) for b in doc.blocks):
        return "HO"
    # "the Ombudsman issued determinations ... found maladministration": the Housing Ombudsman's word for its
    # decisions, with its finding (the LGSCO makes decisions and finds fault)
    if any(DETERMINATION.search(b.text) for b in doc.blocks) and any(MALADMINISTRATION.search(b.text) for b in doc.blocks) \
            and not any(LGSCO_ONLY.search(b.text) for b in doc.blocks):
        return "HO"
    if any(SPSO_ONLY.search(b.text) for b in doc.blocks):
        return "SPSO"
    return None


# where a public body stands, said on its cover: the ombudsman of that country takes its complaints
NATION_BODY = (("PSOW", re.compile(r"\b(?:Wales|Welsh|Cymru|Cyngor)\b")),
               ("SPSO", re.compile(r"\b(?:Scotland|Scottish)\b")),
               ("NIPSO", re.compile(r"\bNorthern\s+Ireland\b")))
NHS_BODY = re.compile(r"\b(?:NHS|Foundation\s+Trust|Hospitals?|Health\s+Board)\b")
COUNCIL_BODY = re.compile(r"\b(?:Council|Borough|County|District|Authority)\b")
COVER_BLOCKS = 8
LGSCO_ONLY = re.compile(r"\bfault\s+(?:causing|and|with|but\s+no)\s+injustice\b|\bfound\s+(?:no\s+)?fault\b|\bno\s+fault\b",
                        re.IGNORECASE)
HO_FINDING = re.compile(r"\b(?:maladministration|reasonable\s+redress|service\s+failure)\b", re.IGNORECASE)
HOMES = re.compile(r"\b(?:tenants?|tenancy|residents?|leaseholders?|landlord|housing|homes?|damp|mould|repairs?|rent)\b",
                   re.IGNORECASE)
HO_CODE_REPORT = re.compile(r"\bcomplaints?\s+performance\s+and\s+service\s+improvement\s+report\b", re.IGNORECASE)


def unnamed_body(doc: Document) -> str | None:
    """The ombudsman a report means when it says only "the Ombudsman": the one its body's country and
    sector have, as its cover says (a council in Wales: PSOW; in Scotland: SPSO; in Northern Ireland:
    NIPSO; an NHS body in England: PHSO; an English council: LGSCO; a landlord's "Complaints Performance
    and Service Improvement Report": HO). A decision must name its body;
    figures keep none where the report names none (SPEC 2), so only decisions ask this."""
    if not any(OMBUDSMAN.search(b.text) for b in doc.blocks):
        return None
    cover = " ".join([doc.title or "", *(b.text for b in doc.opening(COVER_BLOCKS) if not b.furniture)])
    for body, said in NATION_BODY:
        if said.search(cover):
            return body
    if NHS_BODY.search(cover):
        return "PHSO"
    if COUNCIL_BODY.search(cover):
        return "LGSCO"
    # the report the Housing Ombudsman's Complaint Handling Code asks every landlord to publish
    if HO_CODE_REPORT.search(cover):
        return "HO"
    # an excerpt below its cover: findings only the Local Government and Social Care Ombudsman makes
    # ("found fault causing injustice", "no fault"), in a text that places its body in no other nation
    text = [b.text for b in doc.blocks]
    if any(LGSCO_ONLY.search(t) for t in text) and not any(said.search(t) for t in text for _, said in NATION_BODY):
        return "LGSCO"
    # ... and the Housing Ombudsman's findings about tenants' homes in a text that names no council, no NHS body
    # and no other nation: a landlord's report ("Damp and mould | Maladministration | Apology, £350")
    if any(HO_FINDING.search(t) for t in text) and any(HOMES.search(t) for t in text) \
            and not any(COUNCIL_BODY.search(t) or NHS_BODY.search(t) or LGSCO_ONLY.search(t) for t in text) \
            and not any(said.search(t) for t in text for _, said in NATION_BODY):
        return "HO"
    return None


def _landlord_cover(doc: Document) -> bool:
    first = next((b for b in doc.blocks if not b.furniture), None)
    covers = [t for t in (doc.title, first.text if first is not None else None) if t]
    return any(settles("landlord", c) == "housing" and not LGSCO_LANGUAGE.search(c) for c in covers)


def last_named_body(doc: Document, block: int) -> str | None:
    """The body its section last named before a block: "the Ombudsman" in a paragraph after one
    that names the Local Government Ombudsman is that ombudsman.

    Answers are kept per document: a block's answer is the block before's own single body, else
    that block's answer, so a long section is walked once, not once per case in it."""
    memo = _last_bodies(doc)
    if block in memo:
        return memo[block]
    section = doc.blocks[block].heading_path
    same: list[int] = []  # blocks whose answer is this one's
    answer = None
    i = block
    while True:
        same.append(i)
        if i == 0 or doc.blocks[i - 1].heading_path != section:
            break
        if len(named := find_bodies(doc.blocks[i - 1].text)) == 1:
            answer = named[0]
            break
        i -= 1
        if i in memo:
            answer = memo[i]
            break
    for k in same:
        memo[k] = answer
    return answer


@per_document
def _last_bodies(doc: Document) -> dict[int, str | None]:
    return {}


# what a landlord's case speaks of: its tenants and leaseholders, the repairs to its homes, and the Housing
# Ombudsman's own findings (the LGSCO finds fault)
LANDLORD_CASE = re.compile(r"\b(?:tenants?|tenancy|leaseholders?|landlord|repairs?|damp|mould|leak(?:s|ing)?"
                           r"|severe\s+maladministration|service\s+failure|reasonable\s+redress)\b", re.IGNORECASE)


# a council's own tenants (a private tenant's complaint about the council goes to the LGSCO) and the Housing
# Ombudsman's findings (the LGSCO finds fault)
COUNCIL_TENANT = re.compile(r"(?<!\bprivate\s)(?<!\bprivately\s)\b(?:tenants?|tenancy|leaseholders?)\b(?!\s+of\s+a\s+private)",
                            re.IGNORECASE)
HO_FINDING = re.compile(r"\b(?:maladministration|service\s+failure|reasonable\s+redress)\b", re.IGNORECASE)


def landlord_case_body(doc: Document, case: CaseText, body: str | None) -> str | None:
    """The body a case that names none falls back on in a council's report: the Housing Ombudsman,
    where the council is also a landlord, for a case (a) in a report that names the Housing Ombudsman
    beside another (its landlord complaints go to one, the rest to the other) whose heading is about
    housing or whose words are a landlord's ("A tenant complained ..."), or (b) in a report that names
    no ombudsman at all (its cover made it the LGSCO's) whose words are about the council's tenants
    and state the Housing Ombudsman's findings ("The tenant complained ... The Ombudsman found no
    maladministration"). Else `body`."""
    if body is None or body == "HO":
        return body
    named = document_bodies(doc)
    if "HO" in named:
        housing = any(settles("service", without_bodies(h)) == "housing" for h in case.scope)
        # the LGSCO's own wording ("found fault") keeps a case about repairs the LGSCO's
        return "HO" if housing or LANDLORD_CASE.search(case.text) and not LGSCO_ONLY.search(case.text) else body
    if not named and body == "LGSCO" and COUNCIL_TENANT.search(case.text) and HO_FINDING.search(case.text):
        return "HO"
    return body


@per_document
def document_bodies(doc: Document) -> frozenset[str]:
    """The ombudsmen a document names anywhere."""
    return frozenset(body for b in doc.blocks for body in find_bodies(b.text))


def listed_finding(doc: Document, case: CaseText) -> bool:
    """A list item that states a finding only an ombudsman makes ("Fault causing injustice; we paid
    £300"), or a row of a table one of whose rows states one: an ombudsman's case under a heading that
    does not name it (rows of one table share their role: "Not upheld: no fault" beside "Upheld: fault
    causing injustice" in its Decision column)."""
    block = doc.blocks[case.block]
    if block.kind == "table" and block.rows:
        verdict = next((k for k, name in enumerate(block.rows[0]) if OUTCOME_COLUMN.search(name)), None)
        return verdict is not None and any(verdict < len(row) and OMBUDSMAN_FINDING.search(row[verdict])
                                           for row in block.rows[1:])
    return block.kind == "list_item" and bool(OMBUDSMAN_FINDING.search(case.text))


def titled_by_ombudsman(doc: Document, block: int) -> bool:
    """Whether a table stands under a one-line title (a paragraph the loader did not take for a
    heading) that names an ombudsman and no stage of the body's own procedure ("Housing Ombudsman"
    just above a table of cases)."""
    if doc.blocks[block].kind != "table":
        return False
    titles = lead_in(doc, block)
    return any(OMBUDSMAN.search(t) for t in titles) and not any(COUNCIL_STAGE.search(t) for t in titles)
