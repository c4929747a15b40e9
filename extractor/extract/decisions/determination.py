"""An ombudsman's report of one case, laid out in sections: under a "Determination" heading (or a
case's own title, "Case 202212345", with one list item per element) one
paragraph per element of the complaint ("there was maladministration by the landlord in respect
of its repairs", "there was service failure in respect of its complaint handling"), under an
"Orders" heading what the landlord must pay and do. The elements together are one case (a failing
on some and none on others is a partial finding); the orders give its payment and remedies."""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from extractor.extract.decisions.cases import CASE_START, CaseText
from extractor.extract.decisions.continued import SOMEONE_NEW
from extractor.extract.decisions.fields import FIELD_LINE, field_role
from extractor.extract.decisions.read import CELL_JOIN, MONEY, first_match, read_outcome
from extractor.models import Block, Document

SECTION_WORDS = 12  # a section heading is a label, not a sentence
ELEMENT_WORDS = 90  # one element's finding is a sentence or two, not the analysis
MANY = re.compile(r"\b(?:outcomes|decisions|determinations|findings|results|verdicts)\b", re.IGNORECASE)


def _role(b: Block) -> str | None:
    """The role of a section heading; "Ombudsman determinations" heads a list of cases, not the
    verdict of one."""
    text = re.sub(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?|\W+$", "", b.text)
    role = field_role(text) if b.kind == "heading" and len(text.split()) <= SECTION_WORDS else None
    return None if role == "outcome" and MANY.search(text) else role


def _section(blocks: Sequence[Block], i: int) -> list[int]:
    """The paragraphs and list items under heading i, up to the next heading."""
    out = []
    for k in range(i + 1, len(blocks)):
        if blocks[k].kind == "heading":
            break
        if blocks[k].kind in ("paragraph", "list_item") and not blocks[k].furniture:
            out.append(k)
    return out


def _case_title(b: Block) -> bool:
    """A one-line title that names a case by its number or reference ("Case 202212345")."""
    return b.kind in ("heading", "paragraph") and (b.end_line or b.line) == b.line \
        and len(b.text.split()) <= SECTION_WORDS and bool(CASE_START.match(b.text) or first_match("case_title", b.text))


# "The Ombudsman decided that there was:", "The Ombudsman's findings were as follows:" above one list item per element
ELEMENT_LEAD = re.compile(r"\b(?:ombuds(?:man|men)|determination|determined|decided|found|findings?)\b[^:]*:\s*$", re.IGNORECASE)
# ... not "We received three determinations from the Ombudsman:", a lead into several cases
SEVERAL_CASES = re.compile(r"\b(?:determinations|decisions|cases|complaints|investigations|reports)\b", re.IGNORECASE)


def _element_lead(b: Block) -> bool:
    """A one-line paragraph that leads into the findings listed below it, one item per element."""
    return b.kind == "paragraph" and (b.end_line or b.line) == b.line and len(b.text.split()) <= SECTION_WORDS \
        and bool(ELEMENT_LEAD.search(b.text)) and not SEVERAL_CASES.search(b.text)


def _order(b: Block) -> bool:
    """A paragraph that states what the landlord was ordered to do and no finding of its own."""
    hit = first_match("case", b.text) if b.kind == "paragraph" else None
    return hit is not None and bool(hit[0].get("inferred")) and read_outcome(b.text) is None


def _led_items(blocks: Sequence[Block], section: list[int]) -> list[int]:
    """A section's elements without the sentence that leads into them ("38. In accordance with paragraph
    52 of the Scheme, there was:" over one list item per element): the lead states no finding itself."""
    if len(section) > 1 and blocks[section[0]].kind == "paragraph" and blocks[section[0]].text.rstrip().endswith(":") \
            and all(blocks[k].kind == "list_item" for k in section[1:]) and read_outcome(blocks[section[0]].text) is None:
        return section[1:]
    return section


def _items(blocks: Sequence[Block], i: int) -> list[int]:
    """The list items right below block i: one element of the case each."""
    out = []
    for k in range(i + 1, len(blocks)):
        if blocks[k].kind != "list_item":
            break
        out.append(k)
    return out


def _several_cases(items: list[str], findings: list[str | None]) -> bool:
    """Items that each pay a sum of their own, or that find fault (the LGSCO finds once per complaint), are
    cases of their own, not one case's elements (the Housing Ombudsman's: maladministration on one, service
    failure on another)."""
    return sum(1 for t in items if MONEY.search(t)) >= 2 or any("fault" in (f or "") for f in findings)


OPENING = 40  # characters: where a paragraph that tells a case of its own names who brought it


def _opens_another_case(text: str) -> bool:
    """Whether a paragraph under a findings heading tells a case of its own rather than one more element of
    the case above it: it opens on another case ("In a separate case", "The second complaint") or brings
    in another complainant ("A second tenant complained ...", "Mr B said ..."); a determination's elements
    speak only of the landlord's handling of the one resident's complaint."""
    return first_match("case_marker", text) is not None or SOMEONE_NEW.search(text[:OPENING]) is not None


# the header over one case's findings set out element by element ("Element      Finding", "Issue | Determination")
ELEMENT_HEADER = re.compile(r"^\W*(?:complaint\s+)?(?:elements?|aspects?|issues?|points?)(?:\s+of\s+(?:the\s+)?complaint)?"
                            r"(?:\s{2,}|\t|\s*\|\s*|\s+)(?:ombudsman['’]s\s+)?(?:findings?|determinations?|decisions?|outcomes?)\W*$",
                            re.IGNORECASE)


def _element_rows(doc: Document, b: Block) -> list[str]:
    """The rows under an element header that opens block b, each an element of one case and its finding
    ("Handling of the leak      Severe maladministration"); [] when b opens with no such header or a row
    states no finding."""
    if b.kind == "table" and b.rows:
        header, rows = " | ".join(b.rows[0]), [" – ".join(c for c in r if c.strip()) for r in b.rows[1:]]
    elif b.kind == "paragraph":
        lines = [" ".join(ln.split()) for ln in doc.lines[b.line - 1:(b.end_line or b.line)] if ln.strip()]
        header, rows = doc.lines[b.line - 1].strip(), lines[1:]
    else:
        return []
    if not ELEMENT_HEADER.match(header) or len(rows) < 2:
        return []
    reads = [read_outcome(r) for r in rows]
    return rows if all(r is not None and r[1] is not None for r in reads) else []


def _orders_after(blocks: Sequence[Block], after: int) -> list[int]:
    """The orders of a case whose findings end before block `after`: an "Orders" section, or one
    paragraph that states them ("Orders: apology and £1,850", "The landlord was ordered to pay ...")."""
    orders: list[int] = []
    while not orders and after < len(blocks) and _role(blocks[after]) == "remedy":
        orders = _section(blocks, after)  # "Orders and recommendations", then "Orders" below it
        after += 1
    if not orders and after < len(blocks) and ((m := FIELD_LINE.match(blocks[after].text))
                                               and field_role(m.group("label")) == "remedy" or _order(blocks[after])):
        orders = [after]
    return orders


def element_table_cases(doc: Document) -> tuple[list[CaseText], frozenset[int]]:
    """One case per table of one case's elements ("Element | Finding" over a row per element): its rows'
    findings together are its verdict (a failing on some and none on others is a partial finding), the
    orders below it its remedy; and the lines these take."""
    cases: list[CaseText] = []
    taken: set[int] = set()
    for i, b in enumerate(doc.blocks):
        rows = _element_rows(doc, b)
        if not rows or _several_cases(rows, []):
            continue
        orders = _orders_after(doc.blocks, i + 1)
        found = "; ".join(rows)
        ordered = " ".join(doc.blocks[k].text for k in orders)
        text = found + (CELL_JOIN + ordered if ordered else "")
        cases.append(CaseText(text, (found, ordered) if ordered else (found,), b.line + 1, b.page, b.heading_path, i,
                              outcome_at=0, record=True))
        for k in (i, *orders):
            taken.update(range(doc.blocks[k].line, (doc.blocks[k].end_line or doc.blocks[k].line) + 1))
    return cases, frozenset(taken)


def determination_cases(doc: Document) -> tuple[list[CaseText], frozenset[int], bool]:
    """One CaseText per "Determination" section (or case title with its element items) whose every
    paragraph states a finding, with the orders of the section after it; the lines both sections
    take; and whether a Determination section makes the document the report of one case."""
    cases: list[CaseText] = []
    taken: set[int] = set()
    report = False
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if _role(b) == "outcome":
            elements = _led_items(blocks, _section(blocks, i))
        elif _case_title(b) or _element_lead(b):
            elements = _items(blocks, i)
            if len(elements) < 2:
                continue  # one finding under a title is the title's own case, read as a list item
        else:
            continue
        if not elements or any(len(blocks[k].text.split()) > ELEMENT_WORDS for k in elements) \
                or any(_opens_another_case(blocks[k].text) for k in elements[1:]):
            continue
        reads = [read_outcome(blocks[k].text) for k in elements]
        if any(read is None or read[1] is None for read in reads):
            continue
        if _role(b) != "outcome" and _several_cases([blocks[k].text for k in elements], [r[1] for r in reads if r]):
            continue
        orders = _orders_after(blocks, elements[-1] + 1)
        found = " ".join(blocks[k].text for k in elements)
        ordered = " ".join(blocks[k].text for k in orders)
        text = found + (CELL_JOIN + ordered if ordered else "")
        report = report or _role(b) == "outcome"
        first = blocks[elements[0]]
        cases.append(CaseText(text, (found, ordered) if ordered else (found,), first.line, first.page,
                              first.heading_path, elements[0], outcome_at=0, record=True))
        for k in (*elements, *orders):
            taken.update(range(blocks[k].line, (blocks[k].end_line or blocks[k].line) + 1))
    return cases, frozenset(taken), report
