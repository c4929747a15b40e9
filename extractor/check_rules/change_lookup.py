"""`stated_change` whose earlier value is not in its clause: the sentence gives the size and the
newer value only, and the earlier stands elsewhere in the report:

    "Stage 2 reviews fell by 9 to 61."            (a table above gives Stage 2: 70 in 2030/31, 61 in 2031/32)
    "Housing complaints numbered 187 in 2031/32, 29 fewer than 2030/31."   (a sentence before names 2030/31)

The earlier value is looked up three ways. By the period the clause names ("than 2030/31", "on
2029/30"): the one value of the size's kind in a sentence shortly before that names the same period.
Else by the figures the reader found: the figure of the newer value (on the size's line, or the
nearest before it of a stage and service the sentence names) and the figure of the same measure,
stage, service, procedure and unit in the period just before. Else by a table of two period columns
near the sentence: the row the sentence names whose cell holds its value. A clause that states only
the earlier value ("a 8% rise on last year's 96") takes the newer the same ways; one with neither
("fell by 29 compared with last year", "This represents an increase of 9.5%", a headline's "Complaints
fall by 10%") the two values of the one thing the figures told just before (or under the headline)
count in two periods (told_pairs.py).
The report does not say the two are the change's values, so a mismatch only warns, and more than
one candidate says nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import regex as re

from extractor.check_rules.change_scopes import (
    TARGET,
    Judged,
    Size,
    Value,
    _marked,
    _other_noun,
    _segment,
    judge,
    message,
    sizes,
    values,
)
from extractor.check_rules.stated import line_sentences, pattern
from extractor.check_rules.told_pairs import STAGE_WORDS, named_stage, period_pair, told_pair
from extractor.doc_periods import document_period
from extractor.extract.periods import find_periods
from extractor.extract.table_labels import classify_label
from extractor.models import Block, Check, Document, Figure

CheckMaker = Callable[..., Check]
BACK = 3  # sentences before the change's within which the named period's value may stand
NEAR_LINES = 40  # lines before the change within which the figure of its newer value may stand
HEADLINE_BLOCKS = 3  # blocks under a headline whose figures its change may be of
HEADLINE_LINES = 8
YEAR = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\b")
Scope = tuple[str, str | None, str | None, str | None, str, str | None, str | None, str | None, str | None]


def _key(f: Figure) -> Scope:
    """What a figure counts, all but its period: two figures of one key differ only in when."""
    return (f.measure, f.stage, f.service, f.procedure, f.unit, f.area, f.dimension, f.category, f.body)


@dataclass(frozen=True)
class Figures:
    """The report's figures by line and by what they count: each stated change asks for those near
    its line or of one key, and scanning every figure for each was quadratic on a long report."""

    lines: tuple[int, ...]  # the lines that hold figures, ascending
    at_line: dict[int, list[tuple[int, Figure]]]  # each with its place in the figures
    by_key: dict[Scope, list[Figure]]


def index_figures(figures: Sequence[Figure]) -> Figures:
    """The figures indexed by line and by key, each list in the figures' order."""
    at_line: defaultdict[int, list[tuple[int, Figure]]] = defaultdict(list)
    by_key: defaultdict[Scope, list[Figure]] = defaultdict(list)
    for k, f in enumerate(figures):
        at_line[f.line].append((k, f))
        by_key[_key(f)].append(f)
    return Figures(tuple(sorted(at_line)), dict(at_line), dict(by_key))


def _on_line(ix: Figures, line: int) -> list[Figure]:
    return [f for _, f in ix.at_line.get(line, ())]


def _in_lines(ix: Figures, first: int, last: int) -> list[Figure]:
    """The figures of lines `first` to `last`, in the figures' order."""
    lo, hi = bisect_left(ix.lines, first), bisect_left(ix.lines, last + 1)
    return [f for _, f in sorted((kf for ln in ix.lines[lo:hi] for kf in ix.at_line[ln]), key=lambda kf: kf[0])]


BELOW_LINES = 30  # lines after the change within which the table of its values may stand
SUBJECT_REACH = 80  # characters before a change's size in which its subject names what changed ("complaints closed")


def _named_period(doc: Document, seg: str) -> tuple[str, bool] | None:
    """The one quarter, half or month a change's clause names ("in Quarter 2"), or the later of two one after
    the other ("between the third and fourth quarters"), read against the report's own year; None for a clause
    naming none, a year (a year's change is told against the year before in words the other readers know) or
    others."""
    spans = [(s, p) for s, _, p in find_periods(seg, document_period(doc)) if p.start and p.end
             and (p.end - p.start).days < SHORTER_THAN_A_YEAR]
    found = sorted({p for _, p in spans}, key=lambda p: p.start)  # type: ignore[arg-type,return-value]
    if len(found) == 2 and 0 < (found[1].start - found[0].end).days <= 1:  # type: ignore[operator]
        return found[1].label, False  # "fell by 17 between the third and fourth quarters": the later one's
    if len(found) != 1:
        return None
    at = min(s for s, p in spans if p == found[0])
    return found[0].label, COMPARED_BEFORE.search(seg[max(0, at - 30):at]) is not None  # "up 19% on quarter 2"


SHORTER_THAN_A_YEAR = 200  # days: a quarter, a half or a month
# the word that makes the period named the one compared with: "up 19% on quarter 2", "compared with Q2", "than in Q1"
COMPARED_BEFORE = re.compile(r"\b(?:on|than|against|from|since|compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+|the\s+)*$",
                             re.IGNORECASE)


def _subject_measure(s: str, size: Size) -> str | None:
    """The measure the words before a change's size name ("complaints closed rose by ..."); complaints alone are
    those received ("Stage 1 complaints rose by 14%")."""
    subject = s[max(0, size.start - SUBJECT_REACH):size.start]
    named = classify_label(subject).values.get("measure")
    return named or ("received" if COMPLAINTS_NOUN.search(subject) else None)


COMPLAINTS_NOUN = re.compile(r"\bcomplaints\b", re.IGNORECASE)


def _just_before(ix: Figures, line: int) -> list[Figure]:
    """The figures of the NEAR_LINES lines before `line`, in the figures' order."""
    return _in_lines(ix, line - NEAR_LINES, line - 1)


def _kind_values(size: Size, found: Sequence[Value]) -> list[Value]:
    """The values of the size's kind: percentages for points, plain numbers for days and counts,
    either for a per cent (of counts, or relative between two percentages)."""
    if size.kind == "points":
        return [v for v in found if v.pct]
    if size.kind in ("days", "count"):
        return [v for v in found if not v.pct]
    return list(found)


def _named_earlier(seg: str, text_before: Sequence[str], size: Size) -> float | None:
    """The value of the period the clause compares with ("29 fewer than 2030/31"), from the one
    sentence before that names that period and states one value of the size's kind."""
    m = pattern("check-earlier-period-named").search(seg)
    if m is None:
        return None
    year = re.sub(r"\s", "", m.group("y"))
    for s in reversed(text_before[-BACK:]):
        if year not in re.sub(r"\s", "", s):
            continue
        found = _kind_values(size, values(s, sizes(s)))
        return found[0].value if len(found) == 1 and not TARGET.search(s) else None
    return None


def _says_stage(sentence: str, stage: str | None) -> bool:
    """Whether a sentence names a figure's stage (or the figure has none): a figure of another line
    is the sentence's value only when the sentence speaks of its stage."""
    return stage is None or (stage in STAGE_WORDS and re.search(STAGE_WORDS[stage], sentence, re.IGNORECASE) is not None)


def _says_service(sentence: str, service: str | None) -> bool:
    """Whether a sentence names a figure's service (or the figure is the whole council's)."""
    return service in (None, "council", "corporate") or service[:5].lower() in sentence.lower()


def _figure_of(value: float, line: int, sentence: str, figures: Figures) -> Figure | None:
    """The figure of the sentence's one value: on the change's line, else the nearest before it (a
    table row the sentence restates) of a stage and service the sentence names."""
    # a table row above that the sentence names by its label ("Highways and Transport ... fell by 45 to 286"
    # under "Highways and Transport  286 (341)"): the sentence restates the row, whatever it read of itself
    rows = [f for f in _just_before(figures, line) if f.value == value and f.period_start and not f.approximate
            and f.area and _row_named(f.area, sentence)]
    if rows and len({_key(f) for f in rows}) == 1:
        return rows[-1]
    here = [f for f in _on_line(figures, line) if f.value == value and f.period_start and not f.approximate]
    if len(here) == 1:
        return here[0]
    if here:
        return None
    near = [f for f in _just_before(figures, line) if f.value == value and f.period_start
            and not f.approximate and (f.stage is not None or f.service not in (None, "council", "corporate"))
            and _says_stage(sentence, f.stage) and _says_service(sentence, f.service)]
    return near[-1] if near and len({_key(f) for f in near}) == 1 else None


def _next_figure(f: Figure, figures: Figures, later: bool) -> float | None:
    """The value of the same thing in the period just before the figure's (or just after it, when
    `later`): one value, or None."""
    here = f.period_start or ""
    same = [g for g in figures.by_key.get(_key(f), ()) if g.period_start and not g.approximate
            and (g.period_start > here if later else g.period_start < here)]
    if not same:
        return None
    nearest = (min if later else max)(g.period_start or "" for g in same)
    found = {g.value for g in same if g.period_start == nearest}
    return found.pop() if len(found) == 1 else None


def _row_named(label: str, sentence: str) -> bool:
    """Whether a sentence names a table row by its label's first word ("Waste complaints saw ...")."""
    words = re.findall(r"[^\W\d_]{4,}", label.lower())
    return bool(words) and re.search(rf"\b{re.escape(words[0][:5])}", sentence.lower()) is not None


def _period_columns(header: Sequence[str]) -> tuple[int, int] | None:
    """(earlier, later) of the two columns of a header that name years, one apart or side by side."""
    cols = [(k, YEAR.findall(h)) for k, h in enumerate(header) if k and YEAR.search(h)]
    if len(cols) != 2 or cols[0][1] == cols[1][1]:
        return None
    (a, ya), (b, yb) = cols
    return (a, b) if ya < yb else (b, a)


def _table_other(doc: Document, value: float, is_older: bool, line: int, sentence: str) -> float | None:
    """The other period's value of the one table row near the change whose label the sentence names
    and whose cell in one period column is the sentence's value: the table the sentence restates."""
    from extractor.check_rules.table_sums import cell, sum_tables

    found = set()
    for t in sum_tables(doc):
        if not t.rows or not t.row_lines or abs(t.row_lines[0] - line) > NEAR_LINES:
            continue
        cols = _period_columns(t.rows[0])
        if cols is None:
            continue
        mine, other = cols if is_older else cols[::-1]
        for row in t.rows[1:]:
            if len(row) <= max(cols) or not _row_named(row[0], sentence):
                continue
            (km, vm), (ko, vo) = cell(row[mine]), cell(row[other])
            if km == ko == "count" and vm == value:
                found.add(vo)
    return found.pop() if len(found) == 1 else None


def _sentence_checks(doc: Document, b: Block, s: str, before: Sequence[tuple[str, Block]], figures: Figures,
                     make: CheckMaker) -> Iterator[Check]:
    refers_back = pattern("check-change-refers-back").match(s) is not None
    for size in sizes(s):
        off, seg = _segment(s, size)
        if pattern("check-change-other-span").search(seg) or TARGET.search(seg) or _other_noun(seg, size, off):
            continue
        found = _kind_values(size, values(seg, sizes(seg)))
        line = doc.line_of(b, s[size.start:])
        on_last_year = pattern("check-on-last-year").search(seg) is not None
        if not found and size.kind in ("count", "pct") and (refers_back or on_last_year):
            # "This represents an increase of 9.5%": the values of the two sentences before; "Stage 1
            # complaints fell by 29 on last year": a table of periods above
            stage = named_stage(s, size.start)
            since = doc.line_of(before[-2][1], before[-2][0]) if len(before) > 1 else line
            pair = told_pair(_in_lines(figures, since, line), s, stage, True) if refers_back else None
            if pair is None and on_last_year:
                pair = told_pair(_just_before(figures, line), s, stage, refers_back, _subject_measure(s, size))
            if pair is None:
                continue
            older, newer, pct = *pair, False
        elif not found and size.kind in ("count", "pct") and (named := _named_period(doc, seg)) is not None:
            # "Stage 1 complaints closed rose by 34 in Quarter 2": that quarter's value and the one before's, in a
            # table of periods just above or below ("up 19% on quarter 2": that quarter's and the one after's)
            label, compared = named
            pair = period_pair(_in_lines(figures, line - NEAR_LINES, line + BELOW_LINES), s, named_stage(s, size.start), label,
                               _subject_measure(s, size), earlier=compared)
            if pair is None:
                continue
            older, newer, pct = *pair, False
        elif len(found) != 1:
            continue  # two values are the clause's own
        elif _marked(seg, found[0]):  # "a 8% rise on last year's 96": the newer from the figures
            older, pct = found[0].value, found[0].pct
            f = _figure_of(older, line, s, figures)
            newer = _next_figure(f, figures, later=True) if f is not None else None
            newer = _table_other(doc, older, True, line, s) if newer is None else newer
            if newer is None:
                continue
        else:
            newer, pct = found[0].value, found[0].pct
            older = _named_earlier(seg, [t for t, _ in before], size)
            if older is None and (f := _figure_of(newer, line, s, figures)) is not None:
                older = _next_figure(f, figures, later=False)
            older = _table_other(doc, newer, False, line, s) if older is None else older
        if older is None or older == newer:
            continue
        if (j := judge(size, older, newer, pct)) is not None:
            yield _told_apart(doc, b, line, s, size, j, "one of the two values is the report's figure for the other "
                              "period, stated elsewhere, not in this sentence", make)


def _headline_checks(doc: Document, k: int, figures: Figures, make: CheckMaker) -> Iterator[Check]:
    """A headline's change with no values ("Complaints fall by 10% at Eastholm") against the one
    thing the paragraphs under it count in two periods, before the next heading."""
    b = doc.blocks[k]
    s = " ".join(doc.lines[b.line - 1].split())
    for size in sizes(s):
        _, seg = _segment(s, size)
        if size.kind not in ("count", "pct") or values(seg, sizes(seg)) or TARGET.search(seg):
            continue
        below = [c for c in doc.blocks[k + 1:k + 1 + HEADLINE_BLOCKS] if not c.furniture]
        last = next((c.line - 1 for c in below if c.kind == "heading"), (below[-1].end_line or below[-1].line) if below else b.line)
        pair = told_pair(_in_lines(figures, b.line + 1, min(last, b.line + HEADLINE_LINES)), s, named_stage(s, size.start), False)
        if pair is not None and (j := judge(size, *pair, False)) is not None:
            yield _told_apart(doc, b, b.line, s, size, j, "the values are the figures of the text under this heading", make)


def _told_apart(doc: Document, b: Block, line: int, s: str, size: Size, j: Judged, why: str, make: CheckMaker) -> Check:
    """A change judged against values the report gives apart from it: the report does not say they are
    its values, so a mismatch warns, saying `why` those were taken."""
    status = "warn" if j.status == "fail" else "pass"
    msg = message(j, size, s[size.start:size.end]) + ("" if status == "pass" else f" ({why})")
    return make(doc, "stated_change", status, msg, line, s, float(size.text.replace(",", "")), round(j.got, 2),
                [line], b.page)


def looked_up_changes(doc: Document, figures: Sequence[Figure], make: CheckMaker) -> Iterator[Check]:
    """Every stated change whose clause holds its newer value only, or neither, against the values
    the report gives elsewhere."""
    before: list[tuple[str, Block]] = []  # the sentences before, each with its block
    indexed = index_figures(figures)
    for k, b in enumerate(doc.blocks):
        if b.furniture or b.kind not in ("paragraph", "list_item", "heading"):
            continue
        if b.kind == "heading" and (b.end_line or b.line) == b.line:
            yield from _headline_checks(doc, k, indexed, make)
        for s in line_sentences(doc, b):
            if b.kind != "heading":
                yield from _sentence_checks(doc, b, s, before, indexed, make)
            before = [*before[-BACK:], (s, b)]
