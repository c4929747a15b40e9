"""The block walk: which blocks are prose, and what each sentence inherits from the lines
above it (lead period, stage, last period) before its figures are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

import regex as re

from extractor import nlp
from extractor.doc_periods import EVENT_DATE
from extractor.extract.periods import Period, find_periods
from extractor.extract.prose.clauses import ASIDE, hard_breaks, line_above, paragraph_text
from extractor.extract.prose.dating import block_lead, compared_mark, named_as_compared_with, sentence_periods
from extractor.extract.prose.emit import Earlier, Received, Where
from extractor.extract.prose.follows import AREA_ITEM_LINE, opens_as_part_at_stage
from extractor.extract.prose.ombudsman import ombudsman_acts, ombudsman_voice
from extractor.extract.prose.sentences import (
    ACKNOWLEDGING,
    ANSWERING,
    MOVED_TO_STAGE,
    candidate_numbers,
    figures_of_sentence,
)
from extractor.extract.prose.stages import MENTIONS_OMBUDSMAN, block_stage, without_sources
from extractor.models import Block, Document, Figure
from extractor.segment import Context, settles

HEADING_COUNT = re.compile(r"\(\d[\d,]*\)\s*$")  # "Environment & Technical (155)": a heading with its count
# "Upheld 45 (23%)", "Stage 2 complaints: 74, down from 88": a short label line with its value, which a
# loader may take for a heading; read as prose when the label names a measure and the value is no year
LABELLED_HEADING = re.compile(r"^(?![\d(])(?=[^:]{0,80}?\b(?:complain|compliment|upheld|justified|resolved|closed|"
                              r"received|withdrawn|enquir|escalat|within|average|respon|stage))[^:]{2,80}?(?::\s*|\s+)"
                              r"(?!(?:19|20)\d\d\b)\d[\d,.]*\s*%?\s*(?:(?:complaints?|compliments?|cases)\s*)?(?:\([^()]*\))?\s*(?:,\s*(?:up|down)\s+from\b[^.]*)?"
                              r"(?:\s*within\s+\d+\s+(?:working\s+|calendar\s+)?days)?$",  # "Stage 2: 77% within 20 working days"
                              re.IGNORECASE)
TIMELINESS = ("within_target", "outside_target", "response_target_days", "average_response_days")


def prose_blocks(doc: Document) -> list[tuple[int, Block]]:
    """The blocks read as prose, with their index: paragraphs, list items and label lines taken for
    headings, less page furniture and the lines that tables, tiles and label/value pairs own."""
    from extractor.extract.cell_lines import cell_table_lines
    from extractor.extract.dashboards import dashboard_lines
    from extractor.extract.label_values import pair_lines
    from extractor.extract.table_text import table_lines

    skip = table_lines(doc) | dashboard_lines(doc) | cell_table_lines(doc) | pair_lines(doc)
    return [(i, part) for i, b in enumerate(doc.blocks)
            if (b.kind in ("paragraph", "list_item") or (b.kind == "heading" and (HEADING_COUNT.search(b.text) or LABELLED_HEADING.match(b.text))))
            and not b.furniture for part in _outside(doc, b, skip)]


def _outside(doc: Document, block: Block, skip: set[int]) -> list[Block]:
    """The block less the lines a table, tile or label/value pair owns: a title line run into a
    table below it with no blank line ("Complaints at a glance" over its rows) is read alone, and
    the table's rows are not read again as one long sentence."""
    first, last = block.line, block.end_line or block.line
    if first not in skip and not any(ln in skip for ln in range(first + 1, last + 1)):
        return [block]
    lines = [" ".join(doc.lines[ln - 1].split()) for ln in range(first, last + 1)] if last <= len(doc.lines) else []
    if " ".join(x for x in lines if x) != " ".join(block.text.split()):
        return [] if first in skip else [block]  # text the loader rewrote: keep the old all-or-nothing
    parts: list[Block] = []
    run: list[int] = []
    for ln in [*range(first, last + 1), None]:
        if ln is not None and ln not in skip and lines[ln - first]:
            run.append(ln)
            continue
        if run:
            text = " ".join(lines[k - first] for k in run)
            parts.append(replace(block, text=text, line=run[0], end_line=run[-1]))
        run = []
    return parts


def _stage_text(para: str, sents: Sequence[nlp.Sentence], k: int) -> str:
    """The paragraph as it speaks of sentence k's stage: a stage a later sentence binds to a count of
    its own, or an ombudsman or stage it sends counts to, stays with them ("... 89 statutory complaints.
    There was also one request for a Stage 2 investigation" leaves the 89 without a stage), while one
    said of a whole subject ("The response timescale for stage 1 complaints ... is 90%", "All were
    stage one complaints") still speaks of the sentences before it."""
    # later sentences stand in order, each soon after the one before: one pass over the paragraph, a
    # short look ahead for each, and only so many of them (a wall of thousands of table lines run
    # together is no paragraph whose last line speaks of the first)
    pieces, cursor = [], 0
    for later in sents[k + 1:k + 1 + LATER_SENTENCES]:
        at = para.find(later.text, cursor, cursor + len(later.text) + LOOK_AHEAD)
        if at < 0 or not candidate_numbers(later.text):
            continue
        pieces += [para[cursor:at], _without_bound_stages(later.text)]
        cursor = at + len(later.text)
    return "".join(pieces) + para[cursor:] if pieces else para


def _so_far(para: str, sentence: str, said: str) -> str:
    """The paragraph up to and with the sentence: what it has said by then of the stage; a later
    sentence that speaks of the whole ("All of them were stage one complaints") speaks of it too."""
    at = para.find(sentence)
    if at < 0 or WHOLE_SAID.search(para, at + len(sentence)):
        return said
    return para[: at + len(sentence)]


WHOLE_SAID = re.compile(r"\b(?:all|each|every\s+one|both)\s+(?:of\s+(?:them|these|those)\s+)?(?:were|was|are|is)\b"
                        r"|\b(?:these|they|those)\s+(?:were|are)\s+all\b", re.IGNORECASE)


LATER_SENTENCES = 60
LOOK_AHEAD = 400


@lru_cache(maxsize=4096)
def _without_bound_stages(text: str) -> str:
    """A sentence less what its own counts bind: "... 140 complaints. Of these, 12 were escalated to
    the Chief Executive and 5 were taken up by the Ombudsman": where a later sentence's counts went
    stays with them; "Stage two accounted for 318 of them": a sentence that takes a part of the whole
    speaks of the part."""
    if PART_OF_WHOLE.search(text):
        return " "
    return MENTIONS_OMBUDSMAN.sub(" ", MOVED_TO_STAGE.sub(" ", BOUND_STAGE.sub(" ", text)))


PART_OF_WHOLE = re.compile(r"\d[\d,]*\s+of\s+(?:them|these|those)\b", re.IGNORECASE)  # not "every one of them"
# a count and the stage of its own noun phrase: "one request for a corporate Stage 2 investigation"
BOUND_STAGE = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?!(?:was|were|is|are|had|"
                         r"have)\b)[\w'’-]+\s+){0,5}?stage[\s-]*(?:\d|one|two|three)\b", re.IGNORECASE)


THAT_BACK = re.compile(r"^\W*(?:that|this|it)\s+(?:is|was|represents|represented)\s+(?:(?:up|down)\s+(?:from|on)|"
                       r"(?:an?\s+)?(?:increase|decrease|rise|fall|drop|reduction)\s+(?:from|on)|(?:higher|lower|more|"
                       r"fewer)\s+than)\b", re.IGNORECASE)


def stage_said(block: Block) -> str | None:
    """The stage a block names, for the line right below it; an ombudsman only where it acts."""
    said = settles("stage", text := without_sources(block.text))
    if said == "ombudsman" and not ombudsman_acts(text):
        said = None  # "The data was collected by the Ombudsman": the figures below stay the council's
    return said


def _bare_period(block: Block) -> bool:
    """Whether a block holds a period and nothing else: a table's header cell copied on a line of its own
    ("2029/30" over "276"), or a title's last line wrapped onto its own ("... 1 April 2031 - 31 March" /
    "2032"). Neither opens a period for the paragraphs below it."""
    spans = find_periods(block.text)
    return len(spans) == 1 and not BARE_REST.sub("", block.text[:spans[0][0]] + block.text[spans[0][1]:])


BARE_REST = re.compile(r"[\s\W]+")


def extract_figures(doc: Document, contexts: Sequence[Context]) -> list[Figure]:
    """Every figure the document's prose states; `contexts` holds one segment.Context per block."""
    picked = prose_blocks(doc)
    voice = ombudsman_voice(doc)
    out: list[Figure] = []
    lead: Period | None = None
    heading_path: tuple[str, ...] = ()
    previous: Block | None = None
    previous_kind: str | None = None
    carried: str | None = None
    last_figure: Figure | None = None  # the last figure read, for a paragraph that points back at it
    last_period: Period | None = None
    last_compared: Period | None = None
    received = Received()  # the received counts in `out`, for paragraphs that restate a total
    for (i, block), sents in zip(picked, nlp.sentences(hard_breaks(doc, b) for _, b in picked), strict=True):
        ctx = contexts[i]
        if block.kind == "heading" and i and not HEADING_COUNT.search(block.text):
            ctx = contexts[i - 1]  # a label line the loader took for a heading: its period is not its own section's
        if block.heading_path != heading_path:  # a new section ends the lead's reach
            lead, heading_path, carried = None, block.heading_path, None
        lead = block_lead(block, ctx, lead, bare_period=_bare_period(block))
        # a stage said in one line carries to the line right below it that says none
        # ("Response to stage one complaints within 10 working days" / "We achieved 100 percent")
        adjacent = previous is not None and doc.lines_apart(previous.end_line or previous.line, block.line) <= 2
        carried = carried if adjacent else None
        last_period = last_period if adjacent else None
        # "Acknowledgement of stage one complaints within five working days" / "We achieved 100 percent"
        acknowledging = bool(ACKNOWLEDGING.search(line_above(doc, block))) and not ANSWERING.search(block.text)
        stages: dict[tuple[str, int], str | None] = {}  # by text and by the received counts known then
        earlier = Earlier()  # the figures since the paragraph began
        seen_paras: set[str] = set()
        for k, sent in enumerate(sents):
            line = doc.line_of(block, sent.text)
            para = paragraph_text(doc, block, line)
            if para not in seen_paras:
                seen_paras.add(para)
                # "... upheld 14 complaints." / "That is up from nine the year before.": a paragraph that
                # opens by pointing back at the one above goes on from its last figure
                # and so does the next item of a list ("• Waste and recycling for 233" after "• Housing repairs
                # accounted for 402 complaints")
                carry = adjacent and not seen_paras - {para} and last_figure is not None and bool(
                    THAT_BACK.match(para) or opens_as_part_at_stage(para) or (block.kind == previous_kind == "list_item" and AREA_ITEM_LINE.match(para)))
                earlier = Earlier([last_figure] if carry else [])
            if candidate_numbers(sent.text):  # a sentence without a number states no figure
                said = _stage_text(para, sents, k)
                so_far = _so_far(para, sent.text, said)
                for text in (said, so_far):
                    if (text, received.size) not in stages:
                        stages[text, received.size] = block_stage(text, lead or ctx.own_period(), ctx, received)
                where = Where(doc, block, sent, line, ctx, lead, carried, last_period, stages[said, received.size], voice,
                              earlier, last_compared, stages[so_far, received.size])
                found = [f for f in figures_of_sentence(where) if not (acknowledging and f.measure in TIMELINESS)]
                out += found
                earlier.extend(found)
                last_figure = found[-1] if found else last_figure
                received.extend(found)
            said = sentence_periods(sent.text, lead or ctx.own_period())
            mark = compared_mark(sent.text) if said else None  # a costly pattern: only where a period is said
            # "(2022/23: 17)": a period in a bracket is the aside's, not what the next sentence speaks of
            asides = [(m.start(), m.end()) for m in ASIDE.finditer(sent.text)] if said else []
            # "The policy was last revised in April 2029": an event's date is no period the next sentence speaks of
            own = [p for st, _, p in said if (mark is None or st < mark.start()) and not named_as_compared_with(sent.text, st)
                   and not any(a <= st < b for a, b in asides) and not EVENT_DATE.search(sent.text, max(0, st - 60), st)]
            last_period = own[0] if own else last_period
            # "... compared to 78% for the same period in the previous year. At that time, ..."
            last_compared = next((p for st, _, p in said if mark is not None and st > mark.start()), None)
        carried = stage_said(block) or (carried if adjacent else None)
        previous, previous_kind = block, block.kind
    return out
