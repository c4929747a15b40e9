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
        if not elements or any(len(blocks[k].text.split()) > ELEMENT_WORDS for k in elements):
            continue
        reads = [read_outcome(blocks[k].text) for k in elements]
        if any(read is None or read[1] is None for read in reads):
            continue
        if _role(b) != "outcome" and _several_cases([blocks[k].text for k in elements], [r[1] for r in reads if r]):
            continue
        orders: list[int] = []
        after = elements[-1] + 1
        while not orders and after < len(blocks) and _role(blocks[after]) == "remedy":
            orders = _section(blocks, after)  # "Orders and recommendations", then "Orders" below it
            after += 1
        if not orders and after < len(blocks) and ((m := FIELD_LINE.match(blocks[after].text))
                                                   and field_role(m.group("label")) == "remedy" or _order(blocks[after])):
            orders = [after]  # "Orders: apology and £1,850" or "The landlord was ordered to pay ..." after the findings
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
