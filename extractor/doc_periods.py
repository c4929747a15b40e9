"""A document's own period and its sections': the title or a cover heading naming one period (a
cover setting "Quarter 3" over "2024/25" names the quarter), else the file name, else the year after
one the report compares itself with; a heading naming the year its document's quarter belongs to
does not widen it; a section whose first paragraph names a part of the heading's period covers that
part. A period named as the one compared with, or in a legend of what brackets hold, is none of these.
Split from segment.py, which sets these periods on every block's Context.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

import regex as re

from extractor.extract.periods import SAYS_THIS_YEAR, Period, find_periods, following_year
from extractor.memo import per_document
from extractor.models import Block, Document
from extractor.patterns import compile_regex, load_rules, rule_regex
from extractor.section_rules import any_rule

COVER_BLOCKS = 15
QUARTER_OR_HALF = ("Q1", "Q2", "Q3", "Q4", "H1", "H2")  # the title, cover and introduction live in the first blocks


def one_period(text: str, context: Period | None = None) -> Period | None:
    """The period a heading or cover line names, when it names exactly one."""
    return _one_of({p for _, _, p in find_periods(without_legend(text), context) if p.start is not None})


@cache
def _legend() -> re.Pattern[str]:
    rule = next(r for r in load_rules("tables") if r.get("prior_brackets"))
    return rule_regex(rule)


def without_legend(text: str) -> str:
    """The text without a legend saying what its brackets hold ("this year (last year in brackets)",
    "(2029/30 in brackets)", patterns/tables.toml table-prior-in-brackets): the legend's year is the
    bracketed values', not the heading's own; "2032/33 (2031/32)" keeps its first year)."""
    return _legend().sub(" ", text) if "bracket" in text.lower() or "(" in text else text


def _one_of(periods: set[Period]) -> Period | None:
    """The narrowest of `periods` when it lies inside all the others, else None."""
    narrowest = min(periods, key=lambda p: p.end - p.start, default=None)  # type: ignore[operator]
    # "2019-20 - Quarter 1" names the quarter of that year: the narrowest, if the rest contain it
    if narrowest is not None and all(p.start <= narrowest.start and narrowest.end <= p.end for p in periods):
        return narrowest
    return None


# a period named right after one of these is the year compared with, not the report's own
COMPARED = re.compile(r"(?:\bcompar(?:ed|es|ing)\s+(?:to|with)|\bthan(?:\s+in)?|\b(?:on|from|against|versus|vs\.?|since)"
                      r"|\bprevious(?:\s+year)?|\bprior(?:\s+year)?|\blast\s+year)\s+(?:the\s+)?(?:same\s+period\s+"
                      r"(?:in|of)\s+)?(?:the\s+)?$", re.IGNORECASE)
# a period that dates a value compared with: "down from 81% in the first quarter", "against 17.8 days in"
COMPARED_VALUE = re.compile(r"\b(?:from|compar(?:ed|es|ing)\s+(?:to|with)|against|than|versus)\s+(?:the\s+)?[\d.,]+\s*(?:%|per\s*cent)?"
                            r"[^.;,\d]{0,25}$"
                            r"|\(\s*[\d.,]+\s*(?:%|per\s*cent)?\s+in\s+$",  # "2,614 compliments (2,380 in 2023/24)"
                            re.IGNORECASE)
# a date said of an event, not of the figures: "the policy was last revised in April 2029", "since the Code
# came into force in 2024", "introduced in 2028/29"
EVENT_DATE = re.compile(r"\b(?:revised|introduced|launched|adopted|published|approved|implemented|established|updated|"
                        r"amended|came\s+into\s+(?:force|effect)|went\s+live|began|started|since|effective|until)\b"
                        r"[^.;:]{0,40}$", re.IGNORECASE)
# a period labelling a value in a bracket, "(2029/30: 455)": the year compared with
BRACKET_LABEL = re.compile(r"\s*+[:=–-]\s*+(?:[\d.,]++\s*+%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"none|nil|no\s+complaints?)\b)\s*+\)", re.IGNORECASE)  # "(2031/32: 455)", "(2031/32: six)"
# a newsletter's season before its year ("Tenant News · Spring 2033 · Issue 7"): when the issue came out
SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+$", re.IGNORECASE)
# the year in a law's or a code's name: "the ... Complaints (England) Regulations 2009", "the Children Act 1989"
LAW_NAME = re.compile(r"\b(?:Act|Regulations|Order|Rules|Measure|Directions)\s+$")
# a text cut just after a law's name opens on its year and goes on in lower case: "2009 the council aims to ..."
CUT_LAW_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s+(?:the|a|an|we|our|it|this|its|and|to|which|that|each|every|all)\s")
# a year this report sets itself next to: "an increase on", "compared with" (not "since" or "than",
# which may reach back many years)
NEXT_TO = re.compile(r"(?:\bcompar(?:ed|es|ing)\s+(?:to|with)|\b(?:increase|decrease|rise|fall|drop|reduction|up|down)\s+on)"
                     r"\s+(?:the\s+)?$", re.IGNORECASE)
# "...-2022-23.pdf", "report_2024_25_q3.docx": a financial year (and quarter or half) in the file name
# ("...-q3-2024-25.pdf": the quarter may come first)
FILE_PERIOD = re.compile(r"(?:(?<![a-z0-9])(?P<before>q[1-4]|h[12])[-_ ])?(?<!\d)(?P<a>(?:19|20)\d\d)[-_ ](?P<b>(?:19|20)?\d\d)(?!\d)"
                         r"(?:[-_ ]?(?P<after>q[1-4]|h[12]))?", re.IGNORECASE)


def _own_period(text: str) -> Period | None:
    """The one period a cover line names as its own: a period named as the year compared with
    ("an increase on 2021/22") is not the report's."""
    return _own_period_in(text, SAYS_THIS_YEAR.get())


@lru_cache(maxsize=4096)  # a heading or cover line is asked about for the document, a section and its title
def _own_period_in(text: str, says_this_year: bool) -> Period | None:
    """_own_period, once per text and the one document state find_periods reads (periods.reading's
    SAYS_THIS_YEAR, part of the key); a Period is frozen, so the answer is shared safely."""
    text = without_legend(text)
    named = [(s, p) for s, e, p in find_periods(text) if p.start is not None and not COMPARED.search(text[max(0, s - 40):s])
             and not LAW_NAME.search(text[max(0, s - 20):s]) and not SEASON.search(text[max(0, s - 12):s])
             and not BRACKET_LABEL.match(text, e) and not (s == len(text) - len(text.lstrip()) and CUT_LAW_YEAR.match(text))]
    own = _one_of({p for _, p in named})
    # a period named only as a compared value's ("compared with 388 in 2029/30") or an event's ("revised in
    # April 2029") is not the report's own
    if own is not None and all(COMPARED_VALUE.search(text, max(0, s - 60), s) or EVENT_DATE.search(text, max(0, s - 60), s)
                               for s, p in named if p == own):
        return None
    return own


def file_period(path: str) -> Period | None:
    """The financial year, quarter or half a file name gives ("complaints-2022-23.txt"); a date in
    a name ("2018-09-17") is no period."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    for m in FILE_PERIOD.finditer(name):
        a, b = int(m["a"]), int(m["b"])
        if b % 100 != (a + 1) % 100:
            continue
        return one_period(f"{a}/{(a + 1) % 100:02d} {(m['after'] or m['before'] or '').upper()}".strip())
    return None


@per_document  # asked by the sections' contexts, the table sums and the change look-up of one document
def document_period(doc: Document) -> Period | None:
    """The report's own period: the title or a cover heading naming one period, else the first
    cover paragraph naming one as its own (not as the year compared with), else the file name."""
    cover = [b for b in doc.blocks if doc.title and b.text == doc.title] + list(doc.opening(COVER_BLOCKS))
    cover = [b for b in cover if b.kind != "table" and not b.furniture]
    cover = _wrapped_dates_joined([*_run_in_title(doc, cover), *cover])
    for wanted in ("heading", None):
        for b in cover:
            if (wanted is None or b.kind == wanted) and (p := _own_period(b.text)) is not None \
                    and not _dates_the_paper(b.text, p):
                # a meeting's or a page's month on the cover is when it went out
                if wanted is None and _month_or_less(p) and (named := file_period(doc.path)) is not None \
                        and not (named.start <= p.start and p.end <= named.end):  # type: ignore[operator]
                    return named  # "two advisers had been recruited in July 2031" in minutes named for 2030/31: an event
                return _narrowed(_covered(p, cover) if wanted == "heading" else p, cover, doc.path)
    # a year selector (dashboard export) leaves the period open, whatever the file is called
    if any_rule("period_choice", [b.text for b in doc.blocks]):
        return None
    return file_period(doc.path) or _year_after_compared(doc)


# a cover line cut inside its dates ("... ANNUAL REPORT: 1 APRIL 2031 – 31 MARCH" / "2032"): a month or a range's
# dash or "to" at its end
CUT_DATE_END = compile_regex(r"(?i)(?:\b{MONTH}|[–-]|\bto)\s*$")


def _wrapped_dates_joined(cover: list[Block]) -> list[Block]:
    """The cover with a line cut inside its dates joined to the line that ends them, so the title names the
    range it means and not the year left on the next line."""
    out: list[Block] = []
    for b in cover:
        if out and CUT_DATE_END.search(out[-1].text) and b.line == (out[-1].end_line or out[-1].line) + 1:
            out[-1] = replace(out[-1], text=f"{out[-1].text} {b.text}", end_line=b.end_line or b.line)
            continue
        out.append(b)
    return out


def _run_in_title(doc: Document, cover: list[Block]) -> list[Block]:
    """The first line of the document's first paragraph, as a heading, when it reads as a title that
    names one period ("Complaints monitoring report 2031/32" over a table caption and rows with no blank
    line between): text cut from a page or a PDF with no blank lines runs the title into what follows,
    and the paragraph as a whole names every period of its table or sentences."""
    first = next(iter(cover), None)
    if first is None or first.kind != "paragraph" or (first.end_line or first.line) == first.line \
            or not 0 < first.line <= len(doc.lines):
        return []
    line = doc.lines[first.line - 1].strip()
    if len(line.split()) > TITLE_WORDS or line.endswith((".", ":", ";", ",")) or _own_period(line) is None:
        return []
    spans = [(s, e) for s, e, _ in find_periods(line)]
    if any(ch.isdigit() for k, ch in enumerate(line) if not any(s <= k < e for s, e in spans)):
        return []  # "Council sees 22% drop in complaints for 2023-24": a headline stating a figure, not a title
    return [Block("heading", line, first.line, page=first.page)]


TITLE_WORDS = 12


def _narrowed(year: Period, cover: list[Block], path: str) -> Period:
    """A cover's year narrowed to the quarter or half a cover heading of its own names ("Quarter 3" on
    the line above "2024/25") or, failing that, the file name ("...-2024-25-q3.pdf")."""
    if year.start is None or year.end is None or not 360 <= (year.end - year.start).days <= 370:
        return year
    parts = {p for b in cover if b.kind == "heading" and (p := one_period(b.text, year)) is not None and p != year
             and p.label.endswith(QUARTER_OR_HALF) and year.start <= p.start and p.end <= year.end}  # type: ignore[operator]
    if len(parts) == 1:  # "Q1" / "Q2" / "Q3" / "Q4" as headings are a table's header cells, no cover's quarter
        return parts.pop()
    named = file_period(path)
    if named is not None and named != year and named.label.startswith(year.label) \
            and not any(b.kind == "heading" and WHOLE_YEAR_REPORT.search(b.text) for b in cover):
        return named  # (not under "Complaints annual report 2031/32": the year's report, whatever the file)
    return year


# a title naming its report as the whole year's: "Annual complaints report", "Year-end review", "full year"
WHOLE_YEAR_REPORT = compile_regex(r"(?i)\b(?:annual|year[\s-]end|end[\s-]of[\s-]year|full[\s-]year)\b")


def _covered(year: Period, cover: list[Block]) -> Period:
    """A title's calendar year ("Annual review letter 2025") is often when the report came out; a cover
    paragraph naming twelve months of its own that end in that year ("the year ending 31 March 2025",
    "April 2024 to March 2025") is what its figures cover."""
    for b in cover:
        if b.kind == "paragraph" and (p := _own_period(b.text)) is not None and _twelve_months_ending_in(p, year):
            return p
    return year


def _twelve_months_ending_in(p: Period, year: Period) -> bool:
    """`p` is twelve months that started before calendar year `year` and end inside it (2024/25 in 2025)."""
    if None in (p.start, p.end, year.start, year.end) \
            or (year.start.month, year.start.day, year.end.month, year.end.day) != (1, 1, 12, 31):  # type: ignore[union-attr]
        return False
    return 360 <= (p.end - p.start).days <= 370 and p.start < year.start <= p.end <= year.end  # type: ignore[operator]


def heading_within(heading: Period | None, doc_period: Period | None) -> Period | None:
    """A heading's period, but the document's own where the heading names the year the document's
    quarter belongs to (a cover's "2024/25" under "Quarter 3"): a heading does not widen it."""
    if heading is None or doc_period is None or heading == doc_period or None in (
            heading.start, heading.end, doc_period.start, doc_period.end):
        return heading
    if heading.start <= doc_period.start and doc_period.end <= heading.end:  # type: ignore[operator]
        return doc_period
    if _twelve_months_ending_in(doc_period, heading):
        return doc_period  # the title's "2025" of a report the cover says covers 2024/25
    return heading


def heading_period(heading: str, doc_period: Period | None) -> Period | None:
    """The period a heading gives its section; a line that dates the paper ("Published July 2031", "Scrutiny
    Panel - 12 May 2031"), even repeated as a running header over a later page, gives none."""
    p = one_period(heading, doc_period)
    return None if p is not None and _dates_the_paper(heading, p) else heading_within(p, doc_period)


def _dates_the_paper(text: str, p: Period) -> bool:
    """`text` names a month or a day as when the paper went to a meeting or out to readers."""
    return _month_or_less(p) and (any_rule("meeting_line", [text]) or any_rule("issued_line", [text]))


def _month_or_less(p: Period) -> bool:
    return p.start is not None and p.end is not None and (p.end - p.start).days <= 31


def _year_after_compared(doc: Document) -> Period | None:
    """A report that names no year of its own but one year it is compared with ("a significant
    increase on 2021/2022", "compared with 2029"): its own year is the one after."""
    compared = {p for b in doc.blocks if not b.furniture for s, _, p in find_periods(b.text)
                if p.start is not None and p.end is not None and NEXT_TO.search(b.text[max(0, s - 40):s])}
    if len(compared) != 1:
        return None
    return following_year(compared.pop())


def section_leads(doc: Document, doc_period: Period | None) -> dict[str, Period]:
    """ "5. Complaints 20/21" opened by "analysis of complaints received during the first two
    quarters of 2020/21": a section whose first paragraph names a narrower part of the heading's
    own period covers that part."""
    out: dict[str, Period] = {}
    for b, after in zip(doc.blocks, doc.blocks[1:], strict=False):
        if b.kind != "heading" or after.kind in ("heading", "table") or (own := one_period(b.text, doc_period)) is None:
            continue
        lead = _one_of({p for s, _, p in find_periods(after.text, own) if p.start is not None
                        and not COMPARED_VALUE.search(after.text, max(0, s - 60), s)})
        # only a quarter or half: a month or date in the first paragraph is usually an event's
        if lead is not None and lead.label.endswith(QUARTER_OR_HALF) and lead != own \
                and own.start <= lead.start and lead.end <= own.end:  # type: ignore[operator]
            out[b.text] = lead
    return out
