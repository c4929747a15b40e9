"""Table labels -> SPEC fields, and the headings that scope a table.

A label (column header, row label, title cell, lead-in or heading) means what the
rules of patterns/tables.toml say it means; `classify_label` merges every matching
rule, and reads its stage words with the stage vocabulary headings and sentences share
(patterns/sections.toml). The headings above a table give it an area and a service (`section_scope`).
Shared by tables.py, table_text.py and dashboards.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

import regex as re

from extractor.block_lines import block_of_line
from extractor.gate import WordIndex, compiled_index, lower_for_gate
from extractor.load.line_shapes import NAMING_WORD, TILE_NOTE
from extractor.load.run_on import INDICATOR_ITEM
from extractor.models import Block, Document
from extractor.patterns import compile_regex, load_rules
from extractor.segment import settles, settles_weakly, without_frameworks
from extractor.stage_names import in_stage_words
from extractor.word_forms import within_for_inside

# an ombudsman named as the author of a code or framework ("within Housing Ombudsman Complaint
# Handling Code timescales") names no ombudsman: read the label without it (patterns/sections.toml)
FRAMEWORK_HINT = re.compile(r"\b(?:code|model|framework|standards?|indicators?|self[\s-]?assessment|timescales?|time[\s-]?limits?|"
                            r"time[\s-]?frames?)\b", re.IGNORECASE)  # the words of patterns/sections.toml ombudsman_framework

ESCALATED_TO = re.compile(r"\bto\s+(?:the\s+)?(stage[\s\-]*(?:\d|one|two|three)|ombudsman)\b", re.IGNORECASE)
# (?<![\s*]): never from inside a run of spaces and stars (quadratic on a run of spaces)
FOOTNOTE = re.compile(r"(?<![\s*])[\s*]*[¹²³⁴⁵⁶⁷⁸⁹⁰⁻]+(?:\s*[¹²³⁴⁵⁶⁷⁸⁹⁰⁻]+)*\s*$")
FIELDS = ("measure", "unit", "stage", "body", "procedure", "dimension", "service")


@dataclass(frozen=True)
class LabelMeaning:
    """What one label says: SPEC fields it sets, and whether it is a count, a skip or a total."""

    values: dict[str, str] = field(default_factory=dict)
    generic: bool = False
    skip: bool = False
    total: bool = False
    header_word: bool = False
    label_value: tuple[str, float, str, str] | None = None  # measure, value, unit, stated
    rule: str | None = None
    rule_of: dict[str, str] = field(default_factory=dict)  # field (or "generic") -> rule id that set it

    def get(self, name: str) -> str | None:
        return self.values.get(name)


# rule_of["stage"] of a label whose stage only a weak rule names ("Detailed investigations"): under an
# ombudsman's heading the ombudsman's stage outranks it
WEAK_STAGE = "weak"

# rules of patterns/tables.toml that are no label meaning: each is asked for by its flag (flagged_rule)
NOT_LABELS = ("header_cells", "case_row", "period_column", "lead_in", "prior_brackets", "indicator_column")


@cache
def _rules(name: str) -> tuple[tuple[dict[str, Any], Any], ...]:
    return tuple((r, compile_regex(r["regex"])) for r in load_rules(name)
                 if "regex" in r and not any(r.get(flag) for flag in NOT_LABELS))


@cache
def _index(name: str) -> WordIndex:
    """The words each label rule needs (extractor/gate.py), found for all of them in one pass over a
    label: a test per rule and word cost more than most labels' searches."""
    return compiled_index([rx for _, rx in _rules(name)])


@cache
def flagged_rule(flag: str) -> tuple[dict[str, Any], Any] | None:
    """The first rule of patterns/tables.toml carrying `flag` ("lead_in", "case_row", ...), compiled."""
    rule = next((r for r in load_rules("tables") if r.get(flag)), None)
    return (rule, compile_regex(rule["regex"])) if rule else None


@cache
def _header_cells_regex(kind: str) -> Any:
    """The regex of the first patterns/tables.toml rule with `header_cells = kind`, or None: looked up
    once, where every line asked walked the rule file."""
    rule = next((r for r in load_rules("tables") if r.get("header_cells") == kind), None)
    return compile_regex(rule["regex"]) if rule is not None else None


def split_glued_header(line: str, kind: str = "glued") -> list[str] | None:
    """["Complaint", "Q1", "Q2", ...] from a header whose cells ran together (or are separated
    by single spaces, kind="spaced"), cut at the header words of patterns/tables.toml."""
    rx = _header_cells_regex(kind)
    if rx is None or not line:
        return None
    found = list(rx.finditer(line))
    glued = kind == "glued"
    # a glued header may open with its first column ("Stage 1Stage 2Total": no label-column header)
    if not found or (glued and len(found) < 2) or (found[0].start() == 0 and not glued) \
            or (found[0].start() > 0 and line[found[0].start() - 1].isspace() == glued):
        return None
    rest = line[found[0].start():].replace(" ", "").lower()
    if rest != "".join(m.group(0) for m in found).replace(" ", "").lower():
        return None
    return [line[: found[0].start()].strip()] + [m.group(0) for m in found]


def classify_label(text: str, rule_file: str = "tables") -> LabelMeaning:
    """Merge every rule matching `text`; the first rule that sets a field wins.

    A table's labels are read again by each pass over the table (a quarter of the calls are new
    texts), so the answer is kept; each caller gets its own dicts, as before."""
    # the report's own names for its stages said as stages; "inside the 1-day target" as within it
    m = _classified(in_stage_words(within_for_inside(text)), rule_file)
    return replace(m, values=dict(m.values), rule_of=dict(m.rule_of))


@lru_cache(maxsize=8192)
def _classified(text: str, rule_file: str) -> LabelMeaning:
    """classify_label, once per text; a rule whose required words are absent (extractor/gate.py)
    is not searched."""
    values: dict[str, str] = {}
    generic = skip = total = header_word = False
    label_value = None
    first = None
    rule_of: dict[str, str] = {}
    text = without_frameworks(text) if text and FRAMEWORK_HINT.search(text) else text
    # an indicator's number before its label ("1 (iii)", "5b") names the row in the scheme; it says nothing
    text = INDICATOR_ITEM.sub("", text) if text and text[:1].isdigit() else text
    found = _index(rule_file).mask(lower_for_gate(text or ""))
    for (rule, rx), full in zip(_rules(rule_file), _index(rule_file).full, strict=True):
        if found & full != full:
            continue
        m = rx.search(text or "")
        if not m:
            continue
        first = first or rule["id"]
        for f in (*FIELDS, "generic"):
            if f in rule and f not in rule_of:
                values.update({f: rule[f]} if f != "generic" else {})
                rule_of[f] = rule["id"]
        generic |= bool(rule.get("generic"))
        skip |= bool(rule.get("skip"))
        total |= bool(rule.get("total"))
        header_word |= bool(rule.get("header_word"))
        if rule.get("label_value") and label_value is None and m.groupdict().get("value"):
            unit = m.groupdict().get("unit") or "days"
            unit = {"working days": "working_days", "calendar days": "calendar_days"}.get(
                " ".join(unit.lower().split()), "days")
            label_value = (rule["label_value"], float(m.group("value")), unit, m.group("value"))
    if "stage" not in values and (stage := settles("stage", text or "")
                                  or settles("stage", " ".join(ESCALATED_TO.findall(text or "")))):
        values["stage"] = stage  # the one stage vocabulary, patterns/sections.toml; "from stage 1 to stage 2": 2
        if settles_weakly("stage", text or ""):
            rule_of["stage"] = WEAK_STAGE
    return LabelMeaning(values, generic, skip, total, header_word, label_value, first, rule_of)


def clean_label(text: str) -> str:
    """A label without footnote markers ("Care & Support ¹" -> "Care & Support") or the colon that
    set it before its value ("Frontline:")."""
    return " ".join(FOOTNOTE.sub("", text or "").split()).rstrip(" :")


def first_value(name: str, *meanings: LabelMeaning) -> str | None:
    return next((m.get(name) for m in meanings if m.get(name)), None)


# a caption or title line may be long: an indicator's own wording ("Indicator 4: the average time in
# working days for a full response to complaints at each stage")
CAPTION_WORDS = 25


def is_caption(text: str) -> bool:
    """A short line of words with no full stop just above a table ("Complaints received in 2030/31"):
    the table's title, set as a paragraph by a web page or a Word file that used no heading style."""
    t = text.strip()
    return ("\n" not in t and 0 < len(t.split()) <= CAPTION_WORDS and not t.endswith((".", "?", "!"))
            and any(ch.isalpha() for ch in t) and not _ends_with_value(t))


# "Number of compliments received32", "Complaints: 41": a label with its value, not a caption;
# a caption may end with its period ("Complaints received in 2030/31", "... Q3")
PERIOD_TOKEN = re.compile(r"^\(?(?:(?:19|20)\d\d(?:[/\-–](?:19|20)?\d\d)?|Q[1-4])\)?$", re.IGNORECASE)


def _ends_with_value(text: str) -> bool:
    words = text.split()
    # ("What residents complained about at stage 1": a stage's number names it)
    return any(map(str.isdigit, words[-1])) and not PERIOD_TOKEN.match(words[-1]) \
        and not (len(words) > 1 and NAMING_WORD.match(words[-2]))



LEAD_IN_WORDS = 40
SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def introducing_sentence(text: str) -> str:
    """What introduces the rows below a text that ends with a colon: its last sentence ("... within 20 at
    stage two. Stage two complaints by department:"), as the sentences before it speak of other things; but
    an ombudsman they name as the one whose cases they are, when the last names no stage of its own ("The
    Housing Ombudsman decided 12 of our cases. The outcomes were:")."""
    t = text.strip()
    if not t.endswith(":") or (last := SENTENCES.split(t)[-1]) == t:
        return t
    said = OMBUDSMAN_NAMED.findall(t[: len(t) - len(last)])
    if said and not OMBUDSMAN_NAMED.search(last) and settles("stage", last) is None:
        return f"{said[-1]}: {last}"
    return last


# an ombudsman named in a lead-in paragraph ("The Housing Ombudsman decided ...", "the LGSCO")
OMBUDSMAN_NAMED = re.compile(r"(?:\b(?:Housing|Local\s+Government(?:\s+and\s+Social\s+Care)?|(?:Scottish\s+)?Public\s+Services|"
                             r"Parliamentary\s+and\s+Health\s+Service)\s+)?\bOmbudsman\b|\b(?:LGSCO|LGO|PSOW|SPSO|NIPSO|PHSO|HOS)\b")


# "Table 3: Complaints received at stage 2 by directorate and month": a numbered caption
CAPTION_BELOW = re.compile(r"^\s*(?:table|figure|chart)\s+[A-Z]?\d{1,2}(?:\.\d{1,2})?\s*[:.–-]\s*\S", re.IGNORECASE)
SPACED_CELLS = re.compile(r"\S\s{2,}\S")


def caption_below(lines: Sequence[str], end_line: int | None) -> str | None:
    """The numbered caption on the line right below a table's last line (Word sets a caption after its
    table), unless a table follows it (then it is that table's caption above it)."""
    if end_line is None or end_line >= len(lines) or not CAPTION_BELOW.match(lines[end_line]):
        return None
    after = next((ln for ln in lines[end_line + 1:end_line + 3] if ln.strip()), "")
    return None if SPACED_CELLS.search(after.strip()) or "|" in after else lines[end_line].strip()


def _lead_in_sentence(text: str) -> str | None:
    """The paragraph's last sentence when it points at the table below it ("... split by service
    area below."): it says what the table counts (patterns/tables.toml, table-lead-in-sentence)."""
    last = SENTENCES.split(text.strip())[-1]
    points = flagged_rule("lead_in")[1]  # type: ignore[index]
    return last if len(last.split()) <= LEAD_IN_WORDS and points.search(last) else None


BRACKET_NOTE_BLOCKS = 6
OPENING_BLOCKS = 12  # a report's title and "About this report": conventions stated there hold throughout


def prior_in_brackets(blocks: Sequence[Block], index: int) -> bool:
    """The table at `index` (or a table written in that paragraph) follows a note that its
    brackets hold last year's values (patterns/tables.toml, table-prior-in-brackets), near it or in
    the report's opening ("Figures for 2022/23 are shown in brackets", for every list and table after)."""
    # the note may stand under the table as its footnote ("Figures in brackets are for 2029/30.")
    near = blocks[max(0, index - BRACKET_NOTE_BLOCKS):index + 2]
    opening = blocks[:min(index, OPENING_BLOCKS)]
    return any(_notes_prior(b.text) for b in (*opening, *near) if not b.furniture and b.kind != "table")


def heads_indicators(header: str | None) -> bool:
    """Whether a label column's header says its rows are indicators ("Indicator", "Measure", "KPI":
    patterns/tables.toml table-indicator-column), each naming what it counts."""
    return bool(header) and flagged_rule("indicator_column")[1].search(header) is not None  # type: ignore[index]


@lru_cache(maxsize=1024)  # the windows of neighbouring tables and prose blocks overlap: a block is asked again
def _notes_prior(text: str) -> bool:
    """Whether a text says brackets hold last year's values."""
    return flagged_rule("prior_brackets")[1].search(text) is not None  # type: ignore[index]


def brackets_hold_last_year(doc: Document, block: Block) -> bool:
    """A note in the block or in the few blocks above it says brackets hold last year's values:
    the prose of that block reads "73 (81)" as this year and last (same note as for tables)."""
    return prior_in_brackets(doc.blocks, block_of_line(doc, block.line))


def _last_line(b: Block, lines: Sequence[str]) -> str:
    """The last source line of a paragraph: a caption a plain-text page set right under its prose."""
    end = b.end_line or b.line
    return lines[end - 1] if end > b.line and 0 < end <= len(lines) else ""


def _numbered_caption(b: Block, lines: Sequence[str]) -> str | None:
    """A numbered caption ("Table 2: ...") on one of a paragraph's last two lines: a plain-text page runs the
    caption, and the table's first header cell below it, into the prose above the table."""
    end = b.end_line or b.line
    if b.kind != "paragraph" or end <= b.line or end > len(lines):
        return None
    return next((lines[ln - 1].strip() for ln in (end, end - 1) if ln > b.line - 1 and CAPTION_BELOW.match(lines[ln - 1])), None)


def lead_in_and_heading(blocks: Sequence[Block], index: int,
                        lines: Sequence[str] = ()) -> tuple[str | None, str | None]:
    """The sentence introducing a table ("These related to:") or its caption (the paragraph's last
    line when a plain-text page runs prose and caption together), and the heading just above it."""
    lead = heading = None
    for j in range(index - 1, max(-1, index - 4), -1):
        b = blocks[j]
        if b.furniture:
            continue
        if b.kind == "heading":
            heading = b.text
            break
        if b.kind == "table":
            break
        own = b.text.strip().strip("|").strip()  # "Stage 1 complaints |": a one-cell row of a pipe table is its caption
        if TILE_NOTE.match(own):
            break  # "down 4 on Q2": the note of the tile above, no caption of this one
        if lead is None and j == index - 1 and (caption := _numbered_caption(b, lines)):
            lead = caption  # "... the year before. / Table 2: Stage 2 complaints by department1 / Department"
        elif lead is None and j == index - 1 and own.endswith(":"):
            lead = introducing_sentence(own)
        elif lead is None and j == index - 1 and is_caption(own):
            lead = own
        elif lead is None and j == index - 1 and is_caption(last := _last_line(b, lines)):
            lead = last.strip()
        elif lead is None and j == index - 1 and b.kind == "paragraph" and (sentence := _lead_in_sentence(b.text)):
            lead = sentence
        elif (lead is None and j == index - 1 and b.kind == "paragraph" and blocks[index].kind == "list_item"
              and (valued := VALUED_LABEL.match(own))):
            lead = valued.group("label")  # "Number of stage 1 complaints - 250" over bullets: the whole they split
    if heading is None and blocks[index].heading_path:
        heading = blocks[index].heading_path[-1]
    return lead, heading


# a label and its count on a line of its own ("Total complaints received: 312", "Stage 1 complaints - 250")
VALUED_LABEL = re.compile(r"^(?P<label>[^\W\d][^:|\t]{2,80}?)\s*(?::|\s[-–—])\s*\d[\d,]*\s*$")
SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
SECTION_TAIL = re.compile(r"\s+complaints?(?:\s+(?:overview|summary|report))?\s*$", re.IGNORECASE)
# "Complaints performance", "Informal complaints": headings about complaints, not a team.
NOT_AN_AREA = re.compile(r"\bcomplain|\bcompliment|\bperformance\b|\breport\b|\bcontents\b|\bfeedback\b|\bsummary\b|(?<!\d)(?:19|20)\d\d(?!\d)",
                         re.IGNORECASE)
DIVISION = re.compile(r"^\s*(?:appendix|section|part)\b", re.IGNORECASE)


def _headings_before(blocks: Sequence[Block], index: int) -> list[str]:
    """Headings that scope a table, nearest first: the one just above it, its heading path,
    and the nearest numbered section heading within the same report division."""
    out = list(reversed(blocks[index].heading_path))
    for b in reversed(blocks[:index]):
        if b.kind != "heading" or b.furniture:
            continue
        if DIVISION.match(b.text):
            break
        if not out or b.text == out[0] or SECTION_NUMBER.match(b.text):
            out.insert(0, b.text) if not out else out.append(b.text)
        if SECTION_NUMBER.match(b.text):
            break
    return out


def section_scope(blocks: Sequence[Block], index: int, heading: str | None) -> tuple[str | None, str | None]:
    """(area heading, service) a table inherits from the headings above it.

    A heading that names a total ("TOTAL OVERALL") hands over to the numbered section it
    closes ("3. Adult Social Care Complaints" -> "Adult Social Care"); an overview
    heading names no area.
    """
    above = _headings_before(blocks, index)
    service = next((sv for h in above if (sv := classify_label(h).get("service"))), None)
    area = heading
    if heading and classify_label(heading).total:
        area = next((h for h in above if SECTION_NUMBER.match(h)), None)
    if area:
        area = SECTION_TAIL.sub("", SECTION_NUMBER.sub("", area)).strip() or None
    if area and (classify_label(area).header_word or NOT_AN_AREA.search(area)):
        area = None
    return area, service
