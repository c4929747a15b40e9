"""Ombudsman decisions: one Decision per case a report tells (SPEC section 3).

Finding where a case is told comes first, reading it second:
- case_cuts.py: list items, paragraphs, table rows and lines that each carry an outcome mark (a PDF
  paragraph whose every line is a block is read whole), numbered lists run into their lead; cases.py
  holds the words of those shapes, the CaseText and a table row as a case;
- columns.py: case tables that lost their grid (spaced columns, one cell per line);
- determination.py: a report's "Determination" section, one finding per element, with its "Orders";
- fields.py: labelled-field groups ("Date: / Department: / Description:", or labels with no colon);
- story.py: prose - a sentence the `case` rules know, a paragraph a case marker opens ("In a
  separate case"), an ordinal pointing back at a case already told, a small count told by its parts;
- scope.py: the body - the case's own words, else its heading, else its section or the document
  (only inside an ombudsman part of it);
- here: report lists ("Cherwell DC (98/B/2633)") that take their heading's finding, remedy lists
  under "He recommended that X should:", and a news lead that sums up the case told below it.
place.py says on which line a prose case's verdict stands and what title a list stands under.
read.py turns words into outcome, finding, remedies and payment; record.py makes the Decision record. Summary counts ("the Ombudsman
upheld 7 complaints", "in all cases where") are figures, never decisions. All wording lives in
patterns/ombudsman.toml.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import regex as re

from extractor.block_lines import block_of_line
from extractor.extract.bodies import find_bodies, last_body_before
from extractor.extract.decisions.case_cuts import SEVERAL_CASES, case_texts, paragraph_lead
from extractor.extract.decisions.cases import CASE_START, OUTCOME_MARK, CaseText, counts_only
from extractor.extract.decisions.columns import column_cases
from extractor.extract.decisions.continued import (
    added_to,
    for_the_same_person,
    further_finding,
    names_the_same,
    restates_sum,
    with_finding,
)
from extractor.extract.decisions.determination import determination_cases, element_table_cases
from extractor.extract.decisions.fields import FIELD_LINE, field_cases, field_role, records_listed_with
from extractor.extract.decisions.place import block_before, lead_in, verdict_line
from extractor.extract.decisions.read import (
    CELL_JOIN,
    COUNTED_ITEM,
    MONEY,
    PARAGRAPH_MARK,
    first_match,
    labelled_verdict,
    opens_with_verdict,
    payment,
    read_outcome,
    remedies,
    subject_of,
)
from extractor.extract.decisions.record import decision_record
from extractor.extract.decisions.ref_rows import reference_rows
from extractor.extract.decisions.reports import NEAR_BLOCKS, list_verdict, report_spans, report_text
from extractor.extract.decisions.scope import (
    COUNCIL_STAGE,
    HO_LANGUAGE,
    LGSCO_WORDS,
    OMBUDSMAN,
    choose_body,
    decisions_page_title,
    document_bodies,
    dominant_body,
    in_ombudsman_part,
    landlord_case_body,
    last_named_body,
    lead_in_names_ombudsman,
    listed_finding,
    ombudsman_above,
    parent_heading,
    titled_by_ombudsman,
    unnamed_body,
)
from extractor.extract.decisions.story import (
    CASE_MARK,
    CASE_REF,
    LABELLED_ITEM,
    RESPONDENT,
    Told,
    among_told_cases,
    announces_cases,
    listed_case,
    sentences,
    told_cases,
    verdict_title,
)
from extractor.models import Decision, Document
from extractor.segment import Context

__all__ = ["extract_decisions", "first_match", "payment", "read_outcome", "remedies", "subject_of"]

COUNTED_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)
COUNT_AFTER = re.compile(r"^\W*\d+(?:\.\d+)?\s*%?\s+[a-z]", re.IGNORECASE)  # "Outcome: 67% of cases found ..."
LABEL_PUNCT = re.compile(r"[:–-]")
LABEL_REACH = 60  # how far before its verdict a label may name the ombudsman
SENTENCE_END = re.compile(r"(?<=[.!?])\s")
# money given only as a bound, as a news lead sums a case up
# a paragraph that goes on about the case just told: "The council has agreed to ...", "It has since paid ..."
CARRIES_ON = re.compile(r"^\W*(?:the\s+(?:[\w'’-]+\s+)?(?:council|landlord|association|authority|trust|board|organisation)"
                        r"|it|they)\s", re.IGNORECASE)
ROUND_MONEY = re.compile(r"\b(?:more\s+than|over|almost|nearly|around|about|some|up\s+to)\s+£\s?\d", re.IGNORECASE)


def verdict_at(doc: Document, case: CaseText) -> int | None:
    """Where a case's verdict starts: its outcome column or field, else an "Outcome:" mark (not in
    headings), else None (the case can only be told in prose)."""
    if case.outcome_at is not None:
        return case.outcome_at
    mark = OUTCOME_MARK.search(case.text) if doc.blocks[case.block].kind != "heading" else None
    if mark and (COUNTED_BEFORE.search(case.text[:mark.start()]) or COUNT_AFTER.match(case.text[mark.end():])):
        return None  # "15 findings: 2 severe maladministration, 7 ...": outcomes counted, no case's verdict
    if mark and not LABEL_PUNCT.search(mark.group(0)) and read_outcome(SENTENCE_END.split(case.text[mark.end():], 1)[0]) is None:
        return None  # "we will report the outcomes next year. ...": a word in prose, no label: its verdict is in its sentence
    return mark.start() if mark else None


def decision_of(doc: Document, case: CaseText, ctx: Context, doc_body: str | None, start: int,
                neighbours: Counter[str] | None = None) -> Decision | None:
    """The decision a case states from `start` on; a case record's description with no verdict
    word is read for a failing it describes. `doc_body`: the body a case record may fall back on."""
    outcome_text = case.text[start:]
    read = read_outcome(outcome_text)
    if read is None and case.record and (failing := first_match("failing", outcome_text)):
        read = failing[0], None
    # a case record, or a row under a heading about the ombudsman, may take the document's body; so
    # may a paragraph opening with its case number whose verdict is an ombudsman's ("Case 2: ...
    # Finding: no maladministration")
    # and so may a verdict whose own label names the ombudsman ("Ombudsman determination received: ...")
    # and so may a table row whose lead-in presents the table as an ombudsman's decisions
    in_part = case.record or any(OMBUDSMAN.search(h) for h in case.scope) or listed_finding(doc, case) or (
        read is not None and bool(CASE_START.match(case.text))
        and bool(read[1] or OMBUDSMAN.search(case.text) or ombudsman_above(doc, case.block))
    ) or bool(OMBUDSMAN.search(case.text[max(0, start - LABEL_REACH):start])) or (
        case.outcome_at is not None and not any(COUNCIL_STAGE.search(h) for h in case.scope)
        and (lead_in_names_ombudsman(doc, case.block) or titled_by_ombudsman(doc, case.block)))
    body = choose_body(case, doc_body, prose=in_part, neighbours=neighbours)
    if read is None or body is None:
        return None
    rule, finding = read
    return decision_record(doc, case, ctx, rule["outcome"], finding, body, rule["id"], outcome_text)


def extract_decisions(doc: Document, contexts: Sequence[Context]) -> list[Decision]:
    doc_body = dominant_body(doc) or unnamed_body(doc)
    if doc_body is None:
        return []
    elements, in_elements = element_table_cases(doc)
    rows, in_tables = column_cases(doc)
    rows = [r for r in rows if r.line not in in_elements]
    reports, in_sections, one_case = determination_cases(doc)
    reports = [r for r in reports if r.line not in in_elements]
    in_tables |= in_elements | in_sections
    records, in_fields = field_cases(doc, in_tables)
    referenced, in_refs = reference_rows(doc, in_tables | in_fields)
    cases = sorted([*elements, *rows, *reports, *records, *referenced,
                    *case_texts(doc, in_tables | in_fields | in_refs)], key=lambda c: c.line)
    named: dict[int, Counter[str]] = {}
    in_document: Counter[str] = Counter()
    for case in cases:
        bodies = list(dict.fromkeys(find_bodies(case.text)))  # in order: a tie of bodies breaks the same way every run
        named.setdefault(case.block, Counter()).update(bodies)
        in_document.update(bodies)
    story = Story(voice=any(first_match("voice", b.text) for b in doc.blocks))
    # a page that names no ombudsman but states the Housing Ombudsman's findings is about its cases throughout
    unnamed = not any(OMBUDSMAN.search(b.text) or find_bodies(b.text) for b in doc.blocks)
    # and so is a page titled as an ombudsman's decisions ("Ombudsman decisions 2032/33" over its cases)
    titled = bool(decisions_page_title(doc))
    in_part = {id(c): in_ombudsman_part(doc, c, last_named_body(doc, c.block), story.voice or unnamed or titled) for c in cases}
    # records one after another under one heading are one list: if one of them is in an ombudsman's part
    # (its own words name the ombudsman), so are the others
    listed = {doc.blocks[c.block].heading_path for c in records if in_part[id(c)]}
    chained = records_listed_with(records, in_part)
    for case in cases:
        ctx = contexts[case.block] if case.block < len(contexts) else Context()
        section_body = last_named_body(doc, case.block)
        # an ombudsman's report of one case ("Determination" / "Orders") is the ombudsman's part throughout
        fallback = (section_body or landlord_case_body(doc, case, doc_body)) \
            if in_part[id(case)] or (one_case and case in reports) or listed_finding(doc, case) \
            or (case.record and (doc.blocks[case.block].heading_path in listed or id(case) in chained)) else None
        start = verdict_at(doc, case)
        if start is not None:
            # a row copied cell by cell stands on the line its verdict's cell starts on
            placed = replace(case, line=verdict_line(doc, case, case.text, case.text[start:].split(CELL_JOIN)[0])) \
                if case.end_line else case
            # the case's own table first, then the cases of the whole document, break a tie of bodies
            if (d := decision_of(doc, placed, ctx, fallback, start, named[case.block] or in_document)) is not None:
                story.out.append(d)
                if case.record:
                    story.records.append((case.block, d.outcome, len(story.out) - 1))
            continue
        if not one_case:  # a report of one case: its analysis tells that case again, not others
            story.read(doc, case, ctx, fallback)
    story.add_remedy_lists(doc)
    story.add_remedy_fields(doc)
    story.add_untold_reports(doc, contexts, doc_body)
    return _without_leads(doc, sorted(story.out, key=lambda d: d.line))


def _without_leads(doc: Document, found: list[Decision]) -> list[Decision]:
    """The decisions without a news lead that tells only what a landlord or council was ordered to pay, no
    finding, right above the story of that case, which states its finding and, by the end, the same sum
    ("A HOUSING association has been ordered to pay £1,400 ..." over "The Housing Ombudsman found
    maladministration ..." and "... £1,100 for the distress and £300 for her time and trouble")."""
    out: list[Decision] = []
    for k, d in enumerate(found):
        story = found[k + 1] if k + 1 < len(found) else None
        if story is not None and d.finding is None and story.finding is not None and d.payment_gbp is not None \
                and story.payment_gbp == d.payment_gbp and d.body == story.body and d.outcome == "upheld" \
                and story.outcome in ("upheld", "partially_upheld") and first_match("case_marker", story.evidence) is None \
                and 0 < block_of_line(doc, story.line) - block_of_line(doc, d.line) <= HEADLINE_REACH:
            continue
        out.append(d)
    return out


# a story's lead counting the cases it sums up: "... finds severe maladministration twice", "... the landlord
# lost most of the cases the Ombudsman decided"
# (a finding made "twice", not a repair "reported five times" or an offer "made twice" in one case's story)
SUMS_UP_CASES = re.compile(r"\b(?:maladministration|fault|service\s+failure|injustice|against\s+(?:it|them|the\s+\w+))\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:twice|(?:three|four|five)\s+times)\b"
                           r"|\b(?:most|all|many|some|half|each)\s+of\s+"
                           r"(?:the|its|their|these)\s+(?:[\w-]+\s+)?(?:cases|decisions|determinations|complaints|investigations)\b",
                           re.IGNORECASE)
SAID_PROBE = 40  # characters of a case's sentence looked for in its paragraph
HEADLINE_WORDS = 16
HEADLINE_REACH = 4  # blocks between a headline and its story: a byline, a date, a standfirst
VERDICT_WORDS = 6  # a sentence that is a verdict alone: "Closed after initial enquiries.", "Not upheld: no fault."
GLOSSARY_LEAD = 120  # characters: a key says what it is in its opening sentence


@dataclass
class Story:
    """The decisions of one document as they are read, and the prose cases among them in the
    order told (an ordinal that points back, "In the first case", counts in this order)."""

    out: list[Decision] = field(default_factory=list)
    told: list[int] = field(default_factory=list)
    last: Told | None = None
    records: list[tuple[int, str, int]] = field(default_factory=list)  # (block, outcome, index in out) of each record
    voice: bool = False  # the document speaks as the ombudsman ("Miss C complained to us")
    last_block: int | None = None  # the block that last told or added to the last case told

    def read(self, doc: Document, case: CaseText, ctx: Context, fallback: str | None) -> None:
        """The prose cases a paragraph, list item or row tells, or what it adds to one told before."""
        block = doc.blocks[case.block]
        above = lead_in(doc, case.block)  # the one-line title or reference line just above
        if first_match("glossary_term", case.text) or any(first_match("glossary_heading", h) for h in (*case.scope[-1:], *above)) \
                or first_match("glossary_lead", block.text[:GLOSSARY_LEAD]):
            return  # a key to the outcomes defines them ('"Not upheld": the Ombudsman found no fault'), telling no case
        # a headline sums up the story below it, which tells the case again in full
        headline = block.kind == "heading" and any(b.kind == "paragraph" for b in doc.blocks[case.block + 1:case.block + 3])
        told_here = [] if headline else told_cases(case.text, len(self.told), self.last, self.voice)
        # a line just above with the case's reference or decision date ("Ref: 32 014 330 | Decision date: ...")
        # makes a verdict-first paragraph a case, not a glossary's line
        marked_above = any(CASE_MARK.search(t) for t in above)
        before = paragraph_lead(doc, case)  # the lead of a paragraph its numbered cases were cut from
        unnumbered = PARAGRAPH_MARK.sub("", case.text, count=1)  # "6.2 Ref 203112345 (repairs): ..."
        listed = not told_here and (block.kind in ("list_item", "table") or case.text != block.text
                                    or bool(CASE_START.match(unnumbered) or COUNTED_ITEM.match(case.text))
                                    or labelled_verdict(unnumbered)
                                    or verdict_title(case.text) or verdict_sentence_first(case.text)
                                    # a list's item that lost its bullet: a labelled paragraph under a lead into cases
                                    or (block.kind == "paragraph" and bool(LABELLED_ITEM.match(case.text))
                                        and announces_cases(doc, case.block, before)))
        if listed and block.kind == "table" and counts_only(case.cells):
            return  # "Maladministration | 6 | £2,300": a count of cases by finding, no case
        # the item right after an item of its list that told an ombudsman's case is one more of its cases
        after_told = block.kind == "list_item" and self.last_block == (above_at := block_before(doc, case.block)) \
            and above_at >= 0 and doc.blocks[above_at].kind == "list_item"
        if listed:
            # a list stands under its headings and, nearest, the one-line title just above it
            # (a title that is the nearest heading already counts once: the heading above it stays in reach)
            # (the lead of a numbered list joins them where it names the ombudsman: "The PHSO closed two cases:")
            named_lead = (before,) if OMBUDSMAN.search(before) else ()
            titles = tuple(t for t in above if t not in case.scope) + named_lead
            told_here = listed_case(case.text, (*case.scope, *titles)
                                    if block.kind in ("list_item", "table") or not case.scope or named_lead else case.scope,
                                    (*parent_heading(doc, case.block), *decisions_page_title(doc)), item=block.kind == "list_item",
                                    among_cases=among_told_cases(doc, case.block) or marked_above,
                                    announced=announces_cases(doc, case.block, before) or marked_above,
                                    after_case=after_told)
        if not told_here and block.kind == "paragraph":
            self.add_payment(doc, case)
        for told in told_here:
            if told.back_to is not None:
                at = self.told[told.back_to - 1]
                self.out[at] = added_to(self.out[at], told.text)
                continue
            again = next((k for b, outcome, k in self.records if 0 < case.block - b <= NEAR_BLOCKS
                          and outcome == told.outcome), None) if not listed else None
            if again is not None:  # the summary under a case record tells that case again ("... we did not uphold it")
                self.out[again] = added_to(self.out[again], told.text)
                continue
            if len(told_here) == 1 and self.carries_on(doc, case, told):
                # "The council has agreed to apologise and to pay the family £1,000."; "However, the Ombudsman
                # found no maladministration in its handling of the transfer": more of the case just told
                k = self.told[-1]
                self.out[k] = added_to(with_finding(self.out[k], told.outcome) if not told.inferred else self.out[k],
                                       told.text)
                self.last_block = case.block
                continue
            said = told.said or told.text
            if (told.inferred and SEVERAL_CASES.search(told.text)) or SUMS_UP_CASES.search(told.text):
                continue  # "told to pay compensation after two ombudsmen found against it in separate complaints",
                # "... after watchdog finds maladministration twice": a lead summing up the cases told below
            line = case.line if block.kind == "table" else verdict_line(doc, case, said, told.verdict)
            org = RESPONDENT.search(said) or RESPONDENT.search(told.text)  # the council the case names
            # a case told together with others of a count pays no sum of its own ("£500 between them")
            cells, paid = ((MONEY.sub("", told.text),), ()) if told.shared else ((told.text, *case.paid), case.paid)
            one = CaseText(told.text, cells, line, case.page, case.scope, case.block,
                           subject=told.subject, organisation=org.group(0) if org else None, paid=paid)
            # the ombudsman its own paragraph named last before it ("The Housing Ombudsman made 3 determinations
            # ... In one case the Ombudsman found ..."), before the one its section named
            at = case.text.find(said[:SAID_PROBE]) if said else -1
            # (else the body of the case the story told just before: "In a separate case, the Ombudsman ...")
            here = (last_body_before(case.text, at) if at > 0 else None) or (last_body_before(before, len(before))
                                                                              if before else None) \
                or self.story_body(doc, case, told.text)
            # the reference on the line above names the body by its form ("32 007 552": the LGSCO's)
            ref = " ".join(above) if marked_above else ""
            body = choose_body(replace(one, text=f"{ref} {one.text}") if ref else one, here or fallback,
                               prose=(here or fallback) is not None)
            if body is None:
                continue
            made = decision_record(doc, one, ctx, told.outcome, told.finding, body, told.rule, told.text)
            if self.sums_up(doc, case, made):  # the story's lead told this case in round figures
                self.out[self.told[-1]] = made
                self.last, self.last_block = told, case.block  # the story goes on from here
                continue
            self.out.append(made)
            self.told.append(len(self.out) - 1)
            self.last, self.last_block = told, case.block
            if listed and block.kind == "heading":  # a case's title states its finding: the text below tells it again
                self.records.append((case.block, told.outcome, len(self.out) - 1))

    def story_body(self, doc: Document, case: CaseText, text: str) -> str | None:
        """The body of the case told in the paragraph or two just above under the same heading: a story's
        next case that names no ombudsman is before the same one, unless its own words are one
        ombudsman's ("service failure", "found fault") or the report names two ombudsmen (its cases are
        told apart by their words: "repairs to a boiler in one of our flats" is the Housing Ombudsman's)."""
        if not self.told or self.last_block is None or not 0 < case.block - self.last_block <= 2 \
                or doc.blocks[self.last_block].heading_path != doc.blocks[case.block].heading_path:
            return None
        if HO_LANGUAGE.search(text) or LGSCO_WORDS.search(text) or len(document_bodies(doc)) > 1:
            return None
        return self.out[self.told[-1]].body

    def carries_on(self, doc: Document, case: CaseText, told: Told) -> bool:
        """Whether a paragraph right after the paragraphs that told a story's case goes on with it: one
        that only tells a remedy, of "the council" or "it", when the case has no payment yet, or one that
        says its finding is a further one ("also found", "However, ..."). Neither names a council of its
        own, a case reference, a case marker or a case's own label ("Case C - damp")."""
        if not self.told or RESPONDENT.search(told.text) or first_match("case_marker", told.text) \
                or CASE_REF.search(told.text) or CASE_START.match(told.text):
            return False
        before = self.out[self.told[-1]]
        if told.inferred:
            # a remedy of "the council" or "it", or one for the person the case was about ("The Ombudsman
            # ordered it to pay her £650"), when the case has no payment yet
            opens_on_it = (CARRIES_ON.match(told.text) or names_the_same(told.text, before.evidence)) \
                and not OMBUDSMAN.search(told.text)
            same_person = doc.blocks[case.block].kind == "paragraph" and not COUNTED_ITEM.match(told.text) \
                and for_the_same_person(told.text, before.evidence)
            if not (opens_on_it or same_person) or before.payment_gbp is not None:
                return False
        elif not further_finding(told.said or told.text):
            return False
        at = self.last_block if self.last_block is not None else block_of_line(doc, before.line)
        # a paragraph cut into its lines (unwrapped web text) tells the case on its next line, in the same block
        return (0 < case.block - at <= 2 or (case.block == at and case.line > before.line)) \
            and doc.blocks[at].heading_path == doc.blocks[case.block].heading_path

    def sums_up(self, doc: Document, case: CaseText, made: Decision) -> bool:
        """Whether the one case told so far, in the paragraph just above, is a news lead summing up
        the case this paragraph tells in full: same verdict, and the lead gave the money only as a
        bound ("ordered to pay more than £2,000 after a watchdog found ...") or, in one sentence,
        the very sum this paragraph pays ("... must pay a family £350 after an ombudsman ruling")."""
        if len(self.told) != 1 or case.text.strip() == "" or first_match("case_marker", case.text):
            return False
        lead = self.out[self.told[0]]
        lead_block = block_of_line(doc, lead.line)
        # a headline (a line with no full stop) stands over a byline and a date before the story it sums up
        headline = not lead.evidence.rstrip().endswith(".") and len(lead.evidence.split()) <= HEADLINE_WORDS
        return (lead.outcome == made.outcome and 0 < case.block - lead_block <= (HEADLINE_REACH if headline else 1)
                and doc.blocks[lead_block].kind == doc.blocks[case.block].kind == "paragraph"
                and (bool(ROUND_MONEY.search(lead.evidence)) or restates_sum(lead, made)))

    def add_payment(self, doc: Document, case: CaseText) -> None:
        """A paragraph just after a story's case that tells no case of its own but what was paid
        ("The trust must pay the tenant £2,150") pays for that case, when nothing paid for it yet."""
        if not self.told or CASE_START.match(case.text):
            return  # ("Case C - damp and mould. ... We were ordered to pay £1,800": a case of its own)
        k = self.told[-1]
        told_at = block_of_line(doc, self.out[k].line)
        if not 0 < case.block - told_at <= 2 or self.out[k].payment_gbp is not None \
                or doc.blocks[told_at].heading_path != doc.blocks[case.block].heading_path:
            return
        said = " ".join(sentences(case.text))
        if said and payment([said]) is not None:
            self.out[k] = added_to(self.out[k], said)

    def add_remedy_lists(self, doc: Document) -> None:
        """'He recommended that Maldon DC should:' and the list items below it: the remedies of the
        case told just above (of the council it names, when the paragraph told two)."""
        for i, b in enumerate(doc.blocks):
            if b.kind != "paragraph" or not first_match("remedy_lead", b.text):
                continue
            items = []
            for nxt in doc.blocks[i + 1:]:
                if nxt.kind != "list_item":
                    break
                items.append(nxt.text)
            near = doc.blocks[max(0, i - NEAR_BLOCKS)].line  # the case the list belongs to is just above
            before = [k for k, d in enumerate(self.out) if near <= d.line < b.line]
            if not items or not before:
                continue
            respondent = RESPONDENT.search(b.text)
            pick = next((k for k in reversed(before) if respondent and respondent.group(0) in self.out[k].evidence),
                        before[-1])
            self.out[pick] = added_to(self.out[pick], " . ".join(items))

    def add_remedy_fields(self, doc: Document) -> None:
        """'Orders: apologise and pay £1,200' in a block of its own (a Markdown or HTML page gives each
        labelled field a block, a bold one as a heading): the remedy of the case told just above under
        the same heading, when that case states none of its own."""
        for i, b in enumerate(doc.blocks):
            m = FIELD_LINE.match(b.text) if b.kind in ("paragraph", "list_item", "heading") else None
            if m is None or not m.group("value") or field_role(m.group("label")) != "remedy":
                continue
            above = [k for k, d in enumerate(self.out) if d.line < b.line]
            if not above:
                continue
            k = max(above, key=lambda n: self.out[n].line)
            d, at = self.out[k], block_of_line(doc, self.out[k].line)
            if 0 < i - at <= NEAR_BLOCKS and doc.blocks[at].heading_path == b.heading_path \
                    and d.payment_gbp is None and not d.remedies and m.group("value") not in d.evidence:
                value = m.group("value")
                self.out[k] = replace(d, payment_gbp=payment([value], [value]), remedies=remedies(value))

    def add_untold_reports(self, doc: Document, contexts: Sequence[Context], doc_body: str) -> None:
        """Reports in a list of investigation reports ("Cherwell DC (98/B/2633)") that no case reader
        told: the finding their own text states ("Maladministration causing injustice; the council
        paid £750"), else the finding their list heading states."""
        spans = report_spans(doc)
        if not spans:
            return
        heading = list_verdict(doc, spans[0][0])
        for first, end in spans:
            if any(first <= block_of_line(doc, d.line) < end for d in self.out):
                continue
            title = doc.blocks[first]
            own = report_text(doc, first, end)
            read = read_outcome(" ".join(sentences(own))) if own else None
            if (read or heading) is None:
                continue
            named = first_match("case_title", title.text)
            text = f"{title.text} {own}".strip() if own not in title.text else title.text
            case = CaseText(text, (text,), title.line, title.page, title.heading_path, first,
                            organisation=named[1].group("organisation") if named else None)
            rule, finding = read or heading
            ctx = contexts[first] if first < len(contexts) else Context()
            body = choose_body(case, doc_body, prose=True)
            if body is not None:
                self.out.append(decision_record(doc, case, ctx, rule["outcome"], finding, body, rule["id"], own))


def verdict_sentence_first(text: str) -> bool:
    """Whether a paragraph's first sentence is its verdict alone, and the paragraph goes on ("Closed after
    initial enquiries. The Ombudsman ..."); a label alone ("No maladministration" over its count) is none."""
    said = sentences(text)
    return len(said) > 1 and len(said[0].split()) <= VERDICT_WORDS and opens_with_verdict(said[0])
