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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex as re

from extractor.extract.bodies import find_bodies, without_bodies
from extractor.memo import per_document
from extractor.models import Block, Decision, Document
from extractor.patterns import compile_regex, load_rules
from extractor.segment import Context, settles

OUTCOME_MARK = re.compile(r"\boutcomes?\b\s*(?:[-–:,]\s*)?(?!of\b|from\b|for\b|to\b|and\b)"
                          # a labelled verdict: "Decision: not upheld", "Determination - service failure"
                          r"|\b(?:decision|determination|findings?|result|verdict)\s*(?::|\s[-–])\s*", re.IGNORECASE)
# table columns: the one that holds the verdict, the one that names the team or service
OUTCOME_COLUMN = re.compile(r"\b(?:outcomes?|decisions?|determinations?|findings?|results?|verdicts?)\b", re.IGNORECASE)
AREA_COLUMN = re.compile(r"^\W*(?:service(?:\s+area)?|area|team|department|directorate|service\s+/\s*team)\W*$",
                         re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
MONEY = re.compile(r"£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?")
PAY_VERB = re.compile(r"\b(?:pay|paid|payment|compensat\w*|award\w*|reimburs\w*|refund\w*)\b", re.IGNORECASE)
AREA = re.compile(r"^\W*(?:Team\s+)?(?P<area>[A-Z][^;:.]{1,90}?)\s+received\s+(?:one|a|1)\s+(?:complaint|case|enquiry)",
                  re.IGNORECASE)
TEAM_CELL = re.compile(r"^\W*Team\s+(?P<area>.+?)\s*[-–]?\s*(?:Complaint|Case|Enquiry)\s+(?:in\s+relation|about|regarding)",
                       re.IGNORECASE)
SUBJECT = re.compile(r"\b(?:in\s+relation(?:\s+to)?|relating\s+to|regarding|concerning|about)\s+(?P<subject>[^;]+?)"
                     r"(?=;|\s+outcome\b|,\s+was\b|\.\s|\.?$)", re.IGNORECASE)
LOWER_START = re.compile(r"^[a-z]")
CLAUSE = re.compile(r"[.;•]\s|\s[-–]\s")
CELL_JOIN = " ; "  # between the cells of a table row read as one case text
WORDS = re.compile(r"[^\W\d_]{3,}")
# a numbered or bulleted list the loader kept as one paragraph: one case per item
BULLET = re.compile(r"(?:^|\s)(?=[•▪●◦]\s)")
NUMBERED = re.compile(r"(?:^|(?<=[.;:]\s)|\n)\(?(\d{1,2})[.)]\s+(?=[A-Z])")
HO_LANGUAGE = re.compile(r"\b(?:landlord|resident|tenant|service\s+failure|severe\s+maladministration)\b", re.IGNORECASE)
OMBUDSMAN = re.compile(r"\bombudsman|\bombwdsmon", re.IGNORECASE)
LGSCO_LANGUAGE = re.compile(r"\b(?:fault|injustice|council)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CaseText:
    """The text one case may be told in, with where it sits and what scopes it."""

    text: str
    cells: tuple[str, ...]
    line: int
    page: int | None
    scope: tuple[str, ...]  # headings above the case, outermost first, then its table header
    block: int
    outcome_at: int | None = None  # where the verdict starts in `text`, for a row with an outcome column
    area: str | None = None  # the team or service a table row names in its own column


@cache
def _rules(kind: str) -> tuple[tuple[dict[str, Any], re.Pattern[str]], ...]:
    return tuple((r, compile_regex(r["regex"])) for r in load_rules("ombudsman") if r["type"] == kind)


def case_texts(doc: Document) -> Iterator[CaseText]:
    """List items, paragraphs and table rows, a page-wrapped continuation joined to its case."""
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.furniture:
            continue
        scope = b.heading_path
        if b.kind in ("list_item", "paragraph", "heading"):
            if LOWER_START.match(b.text) and i and blocks[i - 1].kind in ("list_item", "paragraph"):
                continue  # read as the end of the case before it
            text = b.text + _continuation(blocks, i)
            items = list_items(text) if b.kind == "paragraph" else [text]
            if len(items) > 1:
                for item in items:
                    yield CaseText(item, (item,), doc.line_of(b, item), b.page, scope, i)
                continue
            for line, item in case_lines(doc, b) if text == b.text else [(b.line, text)]:
                yield CaseText(item, (item,), line, b.page, scope, i)
        elif b.kind == "table" and len(b.rows) > 1:
            header = " ".join(b.rows[0])
            for row, line in zip(b.rows[1:], b.row_lines[1:], strict=False):
                yield _row_case(b.rows[0], row, line, b.page, (*scope, header), i)


def _row_case(header: Sequence[str], row: Sequence[str], line: int, page: int | None,
              scope: tuple[str, ...], block: int) -> CaseText:
    """A table row; a header column named Outcome/Decision marks where the verdict is, so a
    cell that says only "Upheld" still reads as one."""
    text, outcome_at, area, verdict_cell = "", None, None, -1
    for k, cell in enumerate(row):
        if not cell:
            continue
        text += CELL_JOIN if text else ""
        name = header[k] if k < len(header) else ""
        if outcome_at is None and OUTCOME_COLUMN.search(name) and not OUTCOME_MARK.search(cell):
            outcome_at, verdict_cell = len(text), k
        if area is None and AREA_COLUMN.match(name):
            area = " ".join(cell.split())
        text += cell
    # a row of an outcome count table ("Maladministration | 2") tells no case: it has no words besides its verdict
    if outcome_at is not None and not any(WORDS.search(c) for k, c in enumerate(row) if k != verdict_cell):
        outcome_at = None
    return CaseText(text, tuple(row), line, page, scope, block, outcome_at, area)


def case_lines(doc: Document, b: Block) -> list[tuple[int, str]]:
    """A paragraph whose lines each state an outcome ("Case 1: ... Decision: upheld" on one line,
    the next case on the next) split into its cases; a line that carries on a case stays with it."""
    end = min(b.end_line or b.line, len(doc.lines))
    if end <= b.line or len(OUTCOME_MARK.findall(b.text)) < 2:
        return [(b.line, b.text)]
    groups: list[tuple[int, str]] = []
    for ln in range(b.line, end + 1):
        text = " ".join(doc.lines[ln - 1].split())
        starts_case = bool(text) and not LOWER_START.match(text)
        if groups and not (starts_case and OUTCOME_MARK.search(groups[-1][1])):
            groups[-1] = (groups[-1][0], f"{groups[-1][1]} {text}".strip())
        elif text:
            groups.append((ln, text))
    marked = [g for g in groups if OUTCOME_MARK.search(g[1])]
    return groups if len(marked) == len(groups) else [(b.line, b.text)]


def list_items(text: str) -> list[str]:
    """The items of a list run into one paragraph: bullets, or numbers counting up from 1."""
    starts = [m.start() for m in NUMBERED.finditer(text)]
    numbers = [int(m.group(1)) for m in NUMBERED.finditer(text)]
    if len(starts) < 2 or numbers != list(range(1, len(numbers) + 1)) or starts[0] != 0:
        starts = [m.end() for m in BULLET.finditer(text)]
        if len(starts) < 2:
            return [text]
    items = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    lead = text[:starts[0]].strip()
    return ([lead] if lead else []) + [i for i in items if i]


def _continuation(blocks: Sequence[Block], i: int) -> str:
    """A block that starts in lower case after a page or column break carries on block i."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is not None and nxt.kind == "paragraph" and LOWER_START.match(nxt.text):
        return " " + nxt.text
    return ""


def _rule_regex(rule: dict[str, Any]) -> re.Pattern[str]:
    return next(rx for r, rx in _rules(rule["type"]) if r is rule)


def first_match(kind: str, text: str) -> tuple[dict[str, Any], re.Match[str]] | None:
    for rule, rx in _rules(kind):
        if m := rx.search(text):
            return rule, m
    return None


def read_outcome(text: str) -> tuple[dict[str, Any], str | None] | None:
    """(rule, finding) of the first outcome wording in `text`."""
    hit = first_match("outcome", text)
    if hit is None:
        return None
    rule, m = hit
    # the rule's first match may be its bare verdict ("upheld"); the finding may follow it
    m = next((x for x in _rule_regex(rule).finditer(text) if any(x.groupdict().values())), m)
    if rule.get("mixed"):
        found = re.findall(r"\b(?:no\s+)?maladministration\b", text, flags=re.IGNORECASE)
        return rule, "; ".join(dict.fromkeys(f.lower() for f in found))
    groups = {k: v for k, v in m.groupdict().items() if v}
    finding = next(iter(groups.values()), None)
    return rule, " ".join(finding.lower().split()) if finding else None


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


def payment(cells: Sequence[str]) -> float | None:
    """Money a remedy pays: every ordered amount in a cell added up; the cell that pays most
    (a requirement cell and an action-taken cell state the same payment twice)."""
    best = 0.0
    for cell in cells:
        total = 0.0
        for m in MONEY.finditer(cell):
            clause = re.split(r"[;.]\s", cell[max(0, m.start() - 100):m.start()])[-1]
            if first_match("not_payment", clause) or not (PAY_VERB.search(clause) or PAY_VERB.search(
                    cell[m.end():m.end() + 25])):
                continue
            total += float(m.group(1).replace(",", ""))
        best = max(best, total)
    return best or None


def remedies(text: str) -> tuple[str, ...]:
    """Remedy kinds the outcome text orders; "other" only when it names a remedy of no listed kind."""
    ordered = " . ".join(c for c in CLAUSE.split(text) if not first_match("not_remedy", c))
    found = tuple(dict.fromkeys(r["remedy"] for r, rx in _rules("remedy") if rx.search(ordered)))
    typed = tuple(r for r in found if r != "other")
    return typed or found


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


def subject_of(text: str, outcome_at: int) -> str | None:
    """What the case was about: from "in relation to" up to its outcome (several matters listed
    with semicolons stay together), else up to the first semicolon."""
    m = SUBJECT.search(text)
    if m is None:
        return None
    end = outcome_at if m.start("subject") < outcome_at < len(text) else m.end("subject")
    subject = text[m.start("subject"):end] if end > m.start("subject") else m.group("subject")
    subject = subject.split(CELL_JOIN)[0]  # a table row's subject ends with its cell
    return " ".join(subject.split()).strip(" ;,.-–") or None


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
