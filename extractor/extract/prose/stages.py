"""Which complaint stage a sentence or paragraph speaks of, when the number's own words name none."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex as re

from extractor.extract.numbers import Number, count_numbers
from extractor.extract.periods import Period
from extractor.extract.prose.emit import Received, Where
from extractor.extract.prose.rules import NO_STAGE
from extractor.models import Figure
from extractor.patterns import compile_regex
from extractor.segment import Context, settles


def named_stage(text: str, default: str | None) -> str | None:
    """The one stage a text names; "all stages" names none, and an ombudsman's "formal
    investigation" is not the council's stage two."""
    return _named_stage(text) or default


@lru_cache(maxsize=4096)  # a sentence's words are asked for each of its numbers, and again by its paragraph
def _named_stage(text: str) -> str | None:
    if ALL_STAGES.search(text):
        return NO_STAGE
    text = HANDLING_CODE.sub(" ", without_sources(text))  # "under the Housing Ombudsman Complaint Handling Code": the council's own
    if MENTIONS_OMBUDSMAN.search(text):
        text = FORMAL_INVESTIGATION.sub(" ", text)
    return settles("stage", text)


HANDLING_CODE = re.compile(r"\b(?:(?:Housing\s+)?Ombudsman['’]?s?\s+)?Complaint\s+Handling\s+Code\b"
                          r"|\b(?:Housing\s+)?Ombudsman['’]?s?\s+Code\b", re.IGNORECASE)
# "all stages", "both stages", "stage 1 and 2 complaints", "stages one to three": several stages named together;
# not a complaint's move ("escalated from Stage 1 to Stage 2" is at stage 2: patterns/sections.toml stage_origin)
ALL_STAGES = re.compile(r"\b(?:all|both|each|every)\s+(?:complaints?\s+)?stages\b"
                        r"|(?<!\b(?:escalat\w*|referred|progress\w*|moved|passed|came|went)\s+(?:on\s+)?from\s+)\bstages?\s*"
                        # (stages named alike, in figures or in words: "stage one and 6 went on" is a count after a stage)
                        r"(?:[1-3]\s*(?:,\s*[1-3]\s*)*(?:and|&|or|to|-|–)\s*(?:stage\s*)?[1-3]"
                        r"|(?:one|two|three)\s*(?:,\s*(?:one|two|three)\s*)*(?:and|&|or|to|-|–)\s*(?:stage\s*)?(?:one|two|three))"
                        r"\b(?!\s*(?:working\s+|calendar\s+)?days)", re.IGNORECASE)
# an ombudsman named as the author of a document or guidance the body cites ("noted the Ombudsman's
# annual letter", "which includes the Public Services Ombudsman Annual Report", "follows the
# Ombudsman's guidance"): a source, not the stage of the figures beside it
OMBUDSMAN_SOURCE = re.compile(
    r"\b(?:(?:Housing|Local|Government|and|Social|Care|Public|Services?|Scottish|Northern|Ireland|Parliamentary|Health|"
    r"for|Wales)\s+){0,8}(?:Ombudsman|LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO)(?:['’]s)?\s+(?:(?:own|latest|yearly|annual|recent|"
    r"new|review|performance|casework)\s+){0,2}(?:letters?|reports?|summary|guidance|benchmark\w*|data|statistics|"
    r"principles|standards|expectations|spotlight\s+\w+)\b"
    # ... unless the ombudsman goes on to act in it ("... annual letter shows it upheld 9 of the 14 it investigated")
    r"(?![^.;]{0,80}?\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:upheld|investigated|decided|determined|found|closed|"
    r"received|looked\s+at)\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # half the texts asked about were asked before
def without_sources(text: str) -> str:
    """The text with every ombudsman-as-source mention blanked (same length, so positions hold)."""
    return OMBUDSMAN_SOURCE.sub(lambda m: " " * len(m.group(0)), text) if MENTIONS_OMBUDSMAN.search(text) else text


FORMAL_INVESTIGATION = re.compile(r"\bformal\s+investigations?\b", re.IGNORECASE)


def section_stage(w: Where) -> str | None:
    """The section's stage, unless the section is an ombudsman's and the paragraph speaks only of
    one of the council's own stages ("The response timescale for stage 1 complaints ...")."""
    if w.ctx.stage == "ombudsman" and w.block_stage not in (None, "ombudsman"):
        return None
    return w.ctx.stage


# "Out of the 15 complaints logged", "Of the nine, two were upheld": a total said again, its noun left out before a comma
RESTATED_TOTAL = re.compile(r"\b(?:out\s+of|of)\s+(?:the|these|those|all)\s+(?P<n>[^\s,]+)(?:\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:complaints?|cases?|enquiries)\b|\s*,)", re.IGNORECASE)
MENTIONS_OMBUDSMAN = re.compile(r"\bombudsman|\b(?:LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO|HOS?)\b", re.IGNORECASE)
# "Outcomes at Stage 2", "Complaints at stage one": a subject named with its stage speaks for the paragraph
# "passed to the Director", "went on to a review by the Chief Executive": an event of a count too
STAGE_EVENT = compile_regex(r"(?<!\b(?:outcomes?|results?|performance|complaints|timescales?|responses|decisions)\s+)"
                            r"\b(?:(?:at|to|into)\s+(?:a\s+|the\s+)?(?:stage\s+(?:\d|one|two|three)|(?:first|second|third|1st|2nd|3rd|next|final)\s+stage)\b(?:\s*\([^()]*\))?"  # its gloss too
                            r"|(?:to|into)\s+(?:an?\s+|the\s+)?(?:review\s+by\s+(?:an?\s+|the\s+)?)?{REVIEWING_OFFICER}\b)")


def block_stage(text: str, period: Period | None, ctx: Context, earlier: Received) -> str | None:
    """The stage a paragraph speaks of: the one stage it names ("The response timescale for stage 1
    complaints ... Out of the 29 ..."), else the stage of the total it restates ("Out of the 15
    complaints logged ..." under a "Timescales" heading restates the stage one total above it)."""
    # "7 complaints were investigated at Stage 2", "escalated to stage two": that number's stage, not the paragraph's
    text = without_sources(text)
    text = ALL_STAGES.sub(" ", text)  # "the introduction of stage 1 and 2 complaints" names no one stage
    # the last total said again ("Nine of these went on to the second stage. Of the nine, two were upheld")
    # is at its own stage, whatever else the paragraph names
    if (restated := _restated_stage(text, period, ctx, earlier)) is not None:
        return restated
    if (stage := settles("stage", STAGE_EVENT.sub(" ", HANDLING_CODE.sub(" ", text)))) is not None:
        return "ombudsman" if stage != "ombudsman" and MENTIONS_OMBUDSMAN.search(text) else stage
    return None


def _restated_stage(text: str, period: Period | None, ctx: Context, earlier: Received) -> str | None:
    """The one stage of the received count the paragraph's last "of the N" restates, or None."""
    for m in reversed(list(RESTATED_TOTAL.finditer(text))):
        numbers = count_numbers(m.group("n"))
        if not numbers:
            continue
        stages = earlier.stages(numbers[0].value, ctx.service, period)
        return stages.pop() if len(stages) == 1 and None not in stages else None
    return None


def split_by_stages(text: str, numbers: Sequence[Number], i: int) -> bool:
    """Whether the counts after number i each name a stage, two or more of them: "In total we received 500
    complaints, 420 at stage 1 and 80 at stage 2" splits the 500 across stages, whatever the section's; counts
    that only went on from it ("of these, 6 were escalated ... and 7 went to the Ombudsman") do not."""
    stages = {named_stage(text[numbers[j].end:numbers[j + 1].start if j + 1 < len(numbers) else len(text)], None)
              for j in range(i + 1, min(len(numbers), i + 5)) if numbers[j].unit == numbers[i].unit}
    stages -= {None, NO_STAGE}
    # a partition names the first stage too; "6 were escalated to ... and 7 went to the Ombudsman" is a flow
    return len(stages) >= 2 and bool(stages & {"informal", "stage1"})


LEADING_LABEL = re.compile(r"^\W*(?P<label>\p{Lu}[^:.;!?\d]{1,40}):\s")


# a sentence whose subject is a stage's complaints: "Stage 2 (review) complaints, including ... Stage 1, should be ..."
OPENING_STAGE = re.compile(r"^\W*(?P<stage>stage\s*(?:\d|one|two|three))\b(?:\s*\([^()]{1,40}\))?\s+"
                           r"(?:complaints?|cases?|reviews?|investigations?|responses?|replies)\b(?!\s+(?:and|or|to)\b)",
                           re.IGNORECASE)


def subject_stage(text: str) -> str | None:
    """The stage a sentence opens on as its subject; a stage named in a clause inside it is not its own."""
    return settles("stage", m.group("stage")) if (m := OPENING_STAGE.match(text)) else None


def label_stage(text: str) -> str | None:
    """The stage a line's own label names, as a heading would ("Investigation: 396 complaints closed")."""
    return settles("stage", m.group("label")) if (m := LEADING_LABEL.match(text)) else None


# "Of these, 38 were closed after initial consideration ...", "Out of those, 12 ...": the counts that follow
# split the count said just before
OF_THESE = re.compile(r"^\W*(?:of|out\s+of|from)\s+(?:these|those|them|which)\b", re.IGNORECASE)
TOTALS = ("received", "closed")


# "The officer confirmed that 23 of those had been upheld", "the panel upheld five of them": a part of the
# count before, said inside the sentence
PART_OF_BEFORE = compile_regex(r"(?<![\w,.])(?:\d[\d,]*|{NUMBER_WORD})\s+of\s+(?:these|those|them)\b")
# "Two were investigated, and one was upheld": a count with no noun of its own as the subject goes on with
# the sentence before's
BARE_SUBJECT = compile_regex(r"^\W*(?:\d[\d,]*|{NUMBER_WORD})\s+(?:of\s+(?:these|those|them)\s+)?"
                             r"(?:were|was|had\s+been|have\s+been)\b")


def split_total(text: str, last: Figure | None) -> Figure | None:
    """The count a sentence goes on from, whose stage and body are its own where its words name none:
    for one opening "Of these,", the paragraph's last figure if it counts complaints received or
    closed ("The Ombudsman closed 60 complaints. Of these, 38 were closed after initial
    consideration"); for one whose subject is a bare count ("Two were investigated, and one was
    upheld"), the paragraph's last count."""
    if last is None or last.unit != "count":
        return None
    if OF_THESE.match(text):
        return last if last.measure in TOTALS else None
    return last if BARE_SUBJECT.match(text) else None


def part_of_before(text: str, last: Figure | None) -> Figure | None:
    """The count a sentence says a part of later on ("... confirmed that 23 of those had been upheld"):
    the paragraph's last figure, if it counts complaints received or closed. It gives way to a stage
    the sentence names itself ("At stage one, ... we upheld 120 of them")."""
    if last is None or last.unit != "count" or last.measure not in TOTALS:
        return None
    return last if PART_OF_BEFORE.search(text) else None
