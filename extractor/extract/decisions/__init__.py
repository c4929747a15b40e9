"""Ombudsman decisions: one Decision per case a report lists (SPEC section 3).

A case is a list item, paragraph or table row that states an outcome ("...; outcome
upheld, fault and injustice") inside an ombudsman's scope (the body named in the
case, its section heading or its table header), or a sentence that tells one case
by its remedy or single outcome ("ordered the council to apologise and pay £200").
The wording lives in patterns/ombudsman.toml; this module only finds the cases and
reads them with those rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex as re

from extractor.extract.bodies import find_bodies, without_bodies
from extractor.extract.decisions.cases import OUTCOME_MARK, CaseText, case_texts
from extractor.extract.decisions.read import first_match, payment, read_outcome, remedies, subject_of
from extractor.memo import per_document
from extractor.models import Decision, Document
from extractor.segment import Context, settles

__all__ = ["extract_decisions", "first_match", "payment", "read_outcome", "remedies", "subject_of"]

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
AREA = re.compile(r"^\W*(?:Team\s+)?(?P<area>[A-Z][^;:.]{1,90}?)\s+received\s+(?:one|a|1)\s+(?:complaint|case|enquiry)",
                  re.IGNORECASE)
TEAM_CELL = re.compile(r"^\W*Team\s+(?P<area>.+?)\s*[-–]?\s*(?:Complaint|Case|Enquiry)\s+(?:in\s+relation|about|regarding)",
                       re.IGNORECASE)
HO_LANGUAGE = re.compile(r"\b(?:landlord|resident|tenant|service\s+failure|severe\s+maladministration)\b", re.IGNORECASE)
OMBUDSMAN = re.compile(r"\bombudsman|\bombwdsmon", re.IGNORECASE)
LGSCO_LANGUAGE = re.compile(r"\b(?:fault|injustice|council)\b", re.IGNORECASE)


def choose_body(case: CaseText, doc_body: str | None, prose: bool,
                neighbours: Counter[str] | None = None) -> str | None:
    """The body named in the case, else by its scope; with two in scope, by the bodies the other
    cases of its table name, else by the case's wording."""
    own = find_bodies(case.text)
    if len(own) == 1:
        return own[0]
    scoped: tuple[str, ...] = ()
    for heading in reversed(case.scope):  # the nearest heading naming one body decides
        scoped = find_bodies(heading)
        if len(scoped) == 1:
            return scoped[0]
        if scoped:
            break
    in_ombudsman_part = not case.scope or any(OMBUDSMAN.search(h) for h in case.scope)
    candidates = own or scoped or ([doc_body] if prose and doc_body and in_ombudsman_part else [])
    if len(candidates) > 1:
        named = [b for b, _ in (neighbours or Counter()).most_common() if b in candidates]
        if named:
            return named[0]
        if "HO" in candidates and HO_LANGUAGE.search(case.text):
            return "HO"
        if LGSCO_LANGUAGE.search(case.text):
            return next((b for b in candidates if b != "HO"), candidates[0])
    return candidates[0] if candidates else None



def _area(case: CaseText) -> str | None:
    if case.area:
        return case.area
    for rx in (TEAM_CELL, AREA):
        if m := rx.search(case.cells[0]):
            return " ".join(m.group("area").split()).strip(" -–")
    return None


def _decision(doc: Document, case: CaseText, ctx: Context, outcome: str, finding: str | None, body: str,
              rule: str, outcome_text: str) -> Decision:
    kind_hit = next((h for h in (first_match("kind", t) for t in reversed(case.scope)) if h), None) \
        or first_match("kind", case.text)
    area = _area(case)
    return Decision(
        doc=doc.name, body=body, outcome=outcome, line=case.line, page=case.page, rule=rule,
        evidence=" ".join(case.text.split())[:400], kind=kind_hit[0]["kind"] if kind_hit else None,
        area=area, subject=subject_of(case.text, len(case.text) - len(outcome_text)),
        finding=finding, payment_gbp=payment(case.cells), remedies=remedies(outcome_text),
        period=ctx.period, period_start=ctx.period_start, period_end=ctx.period_end,
        service=service_of(case, ctx, body, area), organisation=ctx.organisation)



def service_of(case: CaseText, ctx: Context, body: str, area: str | None) -> str | None:
    """The service family of the team named, else the Housing Ombudsman's (housing), else the
    section's - unless the section said housing only by naming the Housing Ombudsman."""
    if area and (named := settles("service", area)):
        return named
    if body == "HO":
        return "housing"
    service = ctx.service if ctx.service != "council" else None  # one case is never a whole-council total
    if service == "housing" and not any(settles("service", without_bodies(h)) == "housing" for h in case.scope):
        service = None
    return service or ("corporate" if area else None)


def decision_of(doc: Document, case: CaseText, ctx: Context, doc_body: str | None,
                neighbours: Counter[str] | None = None) -> Decision | None:
    """The decision a case text states, or None when it states none (headings: prose rules only)."""
    block = doc.blocks[case.block]
    mark = OUTCOME_MARK.search(case.text) if block.kind != "heading" else None
    start = case.outcome_at if case.outcome_at is not None else (mark.start() if mark else None)
    if start is not None:
        outcome_text = case.text[start:]
        read = read_outcome(outcome_text)
        body = choose_body(case, doc_body, prose=False, neighbours=neighbours)
        if read is None or body is None:
            return None
        rule, finding = read
        return _decision(doc, case, ctx, rule["outcome"], finding, body, rule["id"], outcome_text)
    for sentence in SENTENCE.split(case.text):
        hit = first_match("case", sentence)
        if hit is None:
            continue
        rule, _ = hit
        body = choose_body(CaseText(sentence, (sentence,), case.line, case.page, case.scope, case.block),
                           doc_body, prose=True)
        if body is None:
            return None
        read = read_outcome(sentence)
        finding = read[1] if read and read[0]["outcome"] == rule["outcome"] else None
        return _decision(doc, case, ctx, rule["outcome"], finding, body, rule["id"], case.text)
    return None


@per_document
def dominant_body(doc: Document) -> str | None:
    """The ombudsman a document talks about most, for news reports that name it once."""
    counts: Counter[str] = Counter()
    for b in doc.blocks:
        counts.update(find_bodies(b.text))
    return counts.most_common(1)[0][0] if counts else None


def extract_decisions(doc: Document, contexts: Sequence[Context]) -> list[Decision]:
    doc_body = dominant_body(doc)
    if doc_body is None:
        return []
    out = []
    cases = list(case_texts(doc))
    named: dict[int, Counter[str]] = {}
    in_document: Counter[str] = Counter()
    for case in cases:
        bodies = set(find_bodies(case.text))
        named.setdefault(case.block, Counter()).update(bodies)
        in_document.update(bodies)
    for case in cases:
        ctx = contexts[case.block] if case.block < len(contexts) else Context()
        # the case's own table first, then the cases of the whole document, break a tie of bodies
        neighbours = named[case.block] or in_document
        prose_body = last_named_body(doc, case.block) or doc_body
        if (d := decision_of(doc, case, ctx, prose_body, neighbours)) is not None:
            out.append(d)
    return out


def last_named_body(doc: Document, block: int) -> str | None:
    """The body its section last named before a block: "the Ombudsman" in a paragraph after one
    that names the Local Government Ombudsman is that ombudsman."""
    section = doc.blocks[block].heading_path
    for b in reversed(doc.blocks[:block]):
        if b.heading_path != section:
            return None
        if len(named := find_bodies(b.text)) == 1:
            return named[0]
    return None
