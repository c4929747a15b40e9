"""figures and text -> Check records: does the report's own arithmetic hold?

One small function per rule id (SPEC section 6; documented in docs/checks.md). Every rule
reports what holds (`pass`) as well as what does not (`fail`), and says `warn` when the
scopes compared may differ by definition or a value is off only by truncation. A stated
percentage or average is judged against the interval its own decimals allow (statcheck,
GRIM): "90%" stands for 89.5-90.5. Suppressed or approximate values never fail alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex as re

from extractor import segment, topic
from extractor.check_rules.base_rows import base_rows
from extractor.check_rules.change_lookup import looked_up_changes
from extractor.check_rules.change_sizes import change_sizes
from extractor.check_rules.changes import pct_changes_apart
from extractor.check_rules.from_to_sizes import from_to_sizes
from extractor.check_rules.indented_splits import indented_splits
from extractor.check_rules.indicators import indicator_checks
from extractor.check_rules.lead_lists import lead_lists
from extractor.check_rules.lead_tables import lead_in_tables
from extractor.check_rules.list_counts import list_counts
from extractor.check_rules.listed_splits import listed_splits
from extractor.check_rules.outcomes import breakdown_sums, escalation_rates, outcome_sums, prose_percentages, scope
from extractor.check_rules.period_parts import quarter_sums
from extractor.check_rules.prior_changes import prior_changes
from extractor.check_rules.prose_averages import prose_averages
from extractor.check_rules.prose_rates import prose_rates
from extractor.check_rules.prose_sums import prose_sums
from extractor.check_rules.record_rates import record_rates
from extractor.check_rules.relations import relation_checks
from extractor.check_rules.row_bases import column_bases, row_bases, sum_bases
from extractor.check_rules.row_shares import row_shares
from extractor.check_rules.shares import (
    judge_rounded,
    one_in_shares,
    opening_count_shares,
    ratio_percentages,
    share_of_base,
    them_shares,
)
from extractor.check_rules.shares_apart import shares_apart
from extractor.check_rules.sibling_shares import sibling_shares
from extractor.check_rules.stages import stage_sums
from extractor.check_rules.stated import (
    FULL_SENTENCE,
    SENTENCE,
    block_sentences,
    difference_lines,
    no_change,
    pattern,
    up_from_changes,
)
from extractor.check_rules.stated_bases import of_which_shares, stated_bases
from extractor.check_rules.table_rates import table_rates
from extractor.check_rules.table_sums import sum_tables, table_sums
from extractor.check_rules.table_views import prose_total_against_tables, table_checks
from extractor.check_rules.tile_checks import tile_checks
from extractor.check_rules.verb_bases import verb_base_shares
from extractor.extract.numbers import count_numbers, parse_number
from extractor.extract.periods import Period, find_periods, previous_year
from extractor.memo import per_document
from extractor.models import Block, Check, Document, Figure

__all__ = ["judge_rounded", "outcome_sums", "prose_percentages", "run_checks"]  # judge_rounded: for callers

SUMS = ("breakdown_sum", "outcome_sum", "table_total")
CHANGE = pattern("check-change-of")
PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
DOWN = {"decrease", "decreased", "reduction", "reduced", "fall", "fell", "drop", "down"}
COMPARED = pattern("check-compared")


from extractor.check_rules.record import fmt as _fmt
from extractor.check_rules.record import make_check as _check
from extractor.check_rules.restated import restated_in_tables

# ------------------------------------------------------------------ prose: changes, periods, lists

def _sentences(doc: Document, split: re.Pattern[str] = SENTENCE) -> Iterator[tuple[Block, str, int]]:
    """(block, sentence, line) of every text block, sentence lines placed within the block;
    placed once per document and splitter, for the several checks that walk them."""
    store = _placed(doc)
    if id(split) not in store:
        store[id(split)] = [(b, s, doc.line_of(b, s)) for b in doc.blocks
                            if b.kind in ("paragraph", "list_item") and not b.furniture
                            for s in block_sentences(doc, b, split)]
    yield from store[id(split)]


@per_document
def _placed(doc: Document) -> dict[int, list[tuple[Block, str, int]]]:
    return {}


def stated_changes(doc: Document) -> Iterator[Check]:
    """ "A compared to B; a decrease of N": each stated change against the last comparison before it
    in the sentence (a semicolon does not end the comparison)."""
    for b, s, line in _sentences(doc, FULL_SENTENCE):
        start = 0
        for m in CHANGE.finditer(s):
            marks = [k for k in COMPARED.finditer(s, start, m.start())]
            clause_start, start = start, m.end()
            if not marks:
                continue
            mark = marks[-1]
            if mark.group(0)[0].isupper() and mark.start() > clause_start:
                continue  # "... 412 (441) down 7% Compared to 41 ...": two lines run together, a new sentence
            word = m.group("n").strip(".,;:)")
            if "%" in word or re.match(r"\S+\s+per\s*cent", word, re.IGNORECASE) \
                    or PERCENT_AFTER.match(s, m.start("n") + len(word.split()[0])):
                continue  # a percentage change ("a rise of 25 per cent"): check_rules/relations.py checks it
            stated_n = parse_number(word.split()[0].strip(".,;:)")) or parse_number(word)
            counts = [n for n in count_numbers(s) if n.unit == "count" and clause_start <= n.start < m.start()]
            before = [n for n in counts if n.end <= mark.start()]
            after = [n for n in counts if n.start >= mark.end()]
            if stated_n is None or not before or not after:
                continue
            current, previous = before[-1], after[0]
            sign = -1 if m.group("dir").lower() in DOWN else 1
            stated, expected = sign * stated_n.value, current.value - previous.value
            status = "pass" if stated == expected else "fail"
            msg = (f"{current.stated} against {previous.stated} is {_direction(expected)} of {_fmt(abs(expected))}; "
                   f"the text says '{m.group(0)}'")
            yield _check(doc, "stated_change", status, msg, line, s, stated, expected, [line], b.page)


def _direction(diff: float) -> str:
    return "a decrease" if diff < 0 else "an increase" if diff > 0 else "no change"


def comparison_periods(doc: Document) -> Iterator[Check]:
    for b, s, line in _sentences(doc):
        mark = COMPARED.search(s)
        if not mark:
            continue
        spans = [(st, en, p) for st, en, p in find_periods(s) if p.start and "." in p.label or "Q" in p.label
                 or "H" in p.label]
        before = [p for st, en, p in spans if en <= mark.start()]
        after = [p for st, en, p in spans if st >= mark.end()]
        if not before or not after:
            continue
        current, compared = before[-1], after[0]
        expected = previous_year(current)
        if compared == current:
            continue
        ok = (compared.start, compared.end) == (expected.start, expected.end)
        if not ok and _another_like_span(current, compared):
            continue  # a previous quarter or month, or the later year first: a choice, not a slip
        msg = (f"compares {current.label} with {compared.label}; the same span a year earlier is {expected.label}"
               if not ok else f"compares {current.label} with the same span a year earlier ({compared.label})")
        yield _check(doc, "comparison_period", "pass" if ok else "fail", msg, line, s, None, None, [line], b.page)


def _another_like_span(a: Period, b: Period) -> bool:
    """Two spans of about the same length that do not overlap ("February 2025 compared with
    November 2024"): a legitimate comparison, unlike "Q1 2022/23 compared to 1 April 2021 to 30 June 2022"."""
    if None in (a.start, a.end, b.start, b.end):
        return False
    la, lb = (a.end - a.start).days + 1, (b.end - b.start).days + 1  # type: ignore[operator]
    return abs(la - lb) <= 0.1 * max(la, lb) and (b.end < a.start or a.end < b.start)  # type: ignore[operator]


# ------------------------------------------------------------------ figures: repeats

def repeated_figures(doc: Document, figures: Sequence[Figure]) -> Iterator[Check]:
    """The same measure and scope stated twice with different values (approximate ones aside)."""
    seen: dict[tuple, Figure] = {}  # type: ignore[type-arg]
    # a count its own sentence gives a share of ("184 complaints, which is 36% of everything received")
    # is a part of a whole, not the whole restated
    shared = {(f.line, f.measure) for f in figures if f.unit == "percent" and f.source == "prose" and f.value < 100}
    for f in figures:
        if f.approximate or f.period is None or f.dimension or f.category or (f.line, f.measure) in shared:
            continue
        # the same words after the number ("15 stage one complaints" / "12 stage one complaints")
        key = (f.measure, f.unit, *scope(f), _phrase_after(f))
        first = seen.setdefault(key, f)
        if first is not f and first.value != f.value and first.source == f.source == "prose" \
                and 0 < abs(first.line - f.line) <= 3 and key[-1] and _block_of(doc, first) != _block_of(doc, f):
            msg = (f"{f.measure.replace('_', ' ')} for {f.period} stated as {first.stated} (line {first.line}) "
                   f"and as {f.stated} (line {f.line})")
            yield _check(doc, "repeated_figure", "warn", msg, f.line, f.evidence, f.value, first.value,
                         [first.line, f.line], f.page)


def _block_of(doc: Document, f: Figure) -> int | None:
    """The block a figure stands in: one paragraph wrapped over PDF lines is still one statement."""
    return next((i for i, b in enumerate(doc.blocks) if b.page == f.page and b.line <= f.line <= (b.end_line or b.line)),
                None)


THREE_WORDS = re.compile(r"\s+((?:[\w'’-]+\s*){3})")


def _phrase_after(f: Figure) -> str:
    """The three words after a figure's number in its evidence: what the number counts, as said.

    Found with str.find and one compiled pattern: a pattern built per figure costs a compile each."""
    text, stated = f.evidence, f.stated
    at = text.find(stated) if stated else -1
    while at >= 0:
        end = at + len(stated)
        standalone = not _word_char(text, at - 1) and not _word_char(text, end)
        m = THREE_WORDS.match(text, end) if standalone else None
        if m:
            return " ".join(m.group(1).lower().split())
        at = text.find(stated, at + 1)
    return ""


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_.")


COUNT_OF = re.compile(r"^(\d[\d,]*(?:\.\d+)?) of ")


def _one_check_per_share(checks: list[Check], ratio_checks: list[Check]) -> list[Check]:
    """A share stated beside its own ratio ("34 out of 379 (9%)") is judged against that ratio, not
    against a total found elsewhere: one percentage check per (line, stated share)."""
    own = {(c.line, c.stated) for c in ratio_checks}
    counts = {(c.line, c.stated, _count_said(c)) for c in ratio_checks}
    # two shares of one value on a line ("98 (24%) were upheld, 71 (24%) partly upheld") are two shares:
    # a check of another count keeps its place
    kept = [c for c in checks if c.rule != "percentage" or (c.line, c.stated) not in own
            or (_count_said(c) is not None and (c.line, c.stated, _count_said(c)) not in counts
                and (c.line, c.stated, None) not in counts)]
    return kept + ratio_checks


def _count_said(c: Check) -> float | None:
    """The count a percentage check's message says the share is of ("71 of the 412 ..."), if it says."""
    m = COUNT_OF.match(c.message)
    return float(m.group(1).replace(",", "")) if m else None


def _once(checks: list[Check]) -> list[Check]:
    """One check per (rule, line, stated value): a Total or a split the figure reader understood is
    checked from its records first, and from the text or the table's own cells only when it was not.
    And one failure per wrong number: two readers that find the same stated value wrong by the same
    amount within a few lines ("from 310 to 371, an increase of 25%", read as a change by its words
    and by its shape) report it once."""
    seen: set[tuple[str, int | None, float | None]] = set()
    failed: list[Check] = []
    out = []
    for c in checks:
        k = (c.rule, c.line, c.stated)
        if c.status in ("fail", "warn") and any(
                f.rule == c.rule and f.stated == c.stated and f.expected == c.expected and f.line is not None
                and c.line is not None and abs(f.line - c.line) <= SAME_FAILURE_LINES for f in failed):
            continue
        if c.rule not in ("table_total", "breakdown_sum") or k not in seen:
            out.append(c)
            if c.status in ("fail", "warn"):
                failed.append(c)
        seen.add(k)
    return _tightest_of_each_wrong_number(out)


def _tightest_of_each_wrong_number(checks: list[Check]) -> list[Check]:
    """A total stated twice (a summary table and the outcomes table below it both give 874 where the
    outcomes add up to 884) is one wrong number: it is reported once, by the check whose parts stand
    closest to it."""
    def span(c: Check) -> int:
        return max(c.lines) - min(c.lines) if c.lines else 0

    best: dict[tuple[float | None, float | None], Check] = {}
    for c in checks:
        if c.status == "fail" and c.stated is not None and c.expected is not None:
            k = (c.stated, c.expected)
            if k not in best or span(c) < span(best[k]):
                best[k] = c
    return [c for c in checks if c.status != "fail" or c.stated is None or c.expected is None
            or best[(c.stated, c.expected)] is c]


SAME_FAILURE_LINES = 2


def run_checks(doc: Document, figures: Sequence[Figure]) -> list[Check]:
    """Every check of one document, in line order."""
    contexts = segment.contexts(doc)
    checks: list[Check] = []
    checks += table_checks(doc, contexts, _check)
    checks += stated_changes(doc)
    checks += comparison_periods(doc)
    checks += list_counts(doc)
    checks += outcome_sums(doc, figures)
    checks += breakdown_sums(doc, figures)
    checks += indented_splits(doc, _check)  # "Complaints received: 512 (470)" over "    First stage: 455 (421)" ...
    checks += prose_total_against_tables(doc, figures, contexts, _check)
    checks += prose_percentages(doc, figures)
    checks += repeated_figures(doc, figures)
    checks += restated_in_tables(doc, figures)  # a sentence's counts against the table row it restates
    checks += difference_lines(doc, _check)
    directions = list(up_from_changes(doc, _check))  # a change's direction only: a size said beside it outranks it
    checks += directions
    checks += no_change(doc, _check)
    checks = _one_check_per_share(checks, [*ratio_percentages(doc, _check), *them_shares(doc, _check), *share_of_base(doc, _check), *verb_base_shares(doc, _check),
                                            *row_shares(doc, contexts, _check)])
    said = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    wholes = frozenset(f.value for f in figures if f.measure in ("received", "closed") and f.unit == "count"
                       and f.area is None and f.dimension is None and f.category is None and not f.approximate)
    checks += [c for c in [*shares_apart(doc, _check, wholes), *escalation_rates(doc, figures)]
               if (c.line, c.stated) not in said]
    judged = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    checks += [c for c in sibling_shares(doc, _check) if (c.line, c.stated) not in judged]
    checks += stage_sums(doc, figures, _check)
    checks += relation_checks(doc, _check)
    summed = {c.line for c in checks if c.rule in SUMS}
    checks += [c for c in prose_sums(doc, _check) if c.line not in summed]
    summed = {c.line for c in checks if c.rule in SUMS}
    checks += [c for c in lead_lists(doc, _check) if c.line not in summed]
    summed = {c.line for c in checks if c.rule in SUMS}
    checks += [c for c in listed_splits(doc, figures, _check) if c.line not in summed]
    checks += indicator_checks(doc, _check)
    rated = {(c.line, c.stated) for c in checks if c.rule == "average"}
    checks += [c for c in prose_rates(doc, _check) if (c.line, c.stated) not in rated]
    rated = {(c.line, c.stated) for c in checks if c.rule == "average"}
    checks += [c for c in prose_averages(doc, _check) if (c.line, c.stated) not in rated]
    rated = {(c.line, c.stated) for c in checks if c.rule in ("average", "rate")}
    checks += [c for c in table_rates(doc, sum_tables(doc), _check) if (c.line, c.stated) not in rated]
    rated = {(c.line, c.stated) for c in checks if c.rule in ("average", "rate")}
    checks += [c for c in record_rates(doc, figures, _check) if (c.line, c.stated) not in rated]  # CH01 apart from its count
    checks += lead_in_tables(doc, _check)
    said = {(c.line, c.stated) for c in checks if c.rule == "stated_change"}
    checks += [c for c in pct_changes_apart(doc, contexts, _check) if (c.line, c.stated) not in said]
    direction_only = {id(c) for c in directions}
    changed = {c.line for c in checks if c.rule == "stated_change" and id(c) not in direction_only}
    checks += [c for c in change_sizes(doc, _check) if c.line not in changed]
    changed = {c.line for c in checks if c.rule == "stated_change" and id(c) not in direction_only}
    sized = [c for c in from_to_sizes(doc, _check) if c.line not in changed]
    # "rose from 120 to 150, an increase of 25%": the size is checked, and its direction with it
    checks = [c for c in checks if not (id(c) in direction_only and c.line in {x.line for x in sized})] + sized
    changed = {c.line for c in checks if c.rule == "stated_change" and id(c) not in direction_only}
    # a key-figure tile's note ("up 8% on last year (889)", "85% of complaints received") names all it relates
    noted = [c for c in tile_checks(doc, _check) if c.line not in changed]
    told_by_notes = {(x.rule, x.line) for x in noted}
    checks = [c for c in checks if (c.rule, c.line) not in told_by_notes] + noted
    changed |= {c.line for c in noted if c.rule == "stated_change"}
    prior = [c for c in prior_changes(doc, _check) if c.line not in changed]
    # "fell from 385 to 346, down 10%": the size is checked, and its direction with it
    checks = [c for c in checks if not (id(c) in direction_only and c.line in {x.line for x in prior})] + prior
    changed = {c.line for c in checks if c.rule == "stated_change" and id(c) not in direction_only}
    checks += [c for c in looked_up_changes(doc, figures, _check) if c.line not in changed]
    judged = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    checks = _same_relation_once(doc, _once(checks + [c for c in table_sums(doc, _check)
                                                 if c.rule != "percentage" or (c.line, c.stated) not in judged]))
    summed = {c.line for c in checks if c.rule in (*SUMS, "period_sum")}
    checks += [c for c in quarter_sums(doc, figures, _check) if c.line not in summed]  # unless a table's or bracket's own
    judged = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    checks += [c for c in row_bases(doc, sum_tables(doc), _check) if (c.line, c.stated) not in judged]
    checks += [c for c in column_bases(doc, sum_tables(doc), _check) if (c.line, c.stated) not in judged]
    judged = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    checks += [c for c in sum_bases(doc, sum_tables(doc), _check) if (c.line, c.stated) not in judged]
    judged = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    checks += [c for c in base_rows(doc, sum_tables(doc), _check) if (c.line, c.stated) not in judged]
    judged = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    checks += [c for c in of_which_shares(doc, _check) if (c.line, c.stated) not in judged]
    judged = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    checks += [c for c in opening_count_shares(doc, _check) if (c.line, c.stated) not in judged]
    checks += one_in_shares(doc, _check)
    judged = {(c.line, c.stated) for c in checks if c.rule == "percentage"}
    checks += [c for c in stated_bases(doc, _check) if (c.line, c.stated) not in judged]
    # a share found wrong both from its records and from its sentence's text (a count the list reader now
    # reads as a figure) is one wrong number: told once
    return sorted(topic.checks_on_topic(doc, _once(checks)), key=lambda c: (c.line or 0, c.rule))


# "A further 34 were withdrawn": the next sentence adds to the split its sentence gave
ADDED_TO = re.compile(r"^\W*(?:a\s+further|another|the\s+(?:remaining|other|rest)|in\s+addition|also|besides)\b", re.IGNORECASE)


def _added_to_after(doc: Document, c: Check) -> bool:
    """Whether the sentence after the split's own goes on with more of its parts."""
    for b in doc.blocks:
        if c.evidence and c.evidence in b.text:
            after = b.text[b.text.index(c.evidence) + len(c.evidence):]
            if not c.evidence.rstrip().endswith((".", "!", "?")):  # the evidence a clause: its sentence ends later
                after = after[after.find(".") + 1:] if "." in after else ""
            return bool(ADDED_TO.match(after))
    return False


def _same_relation_once(doc: Document, checks: list[Check]) -> list[Check]:
    """A split of received complaints into outcomes is both a breakdown and an outcome sum: the
    author is told once, by the outcome_sum, when both find the same numbers wrong - as surely as the
    surer of the two: "Of the 3,341 closed, 1,204 ..., 611 ... and 131 ..." is the whole split in one
    sentence, so outcomes falling short fail, where an outcome sum alone would warn that some may still
    be open. A split the next sentence goes on with ("A further 34 were withdrawn") is no whole split,
    and one whose outcomes the figure reader found adding up (with that next sentence's) fails nothing.
    An outcome sum that only warns of too few outcomes says nothing where the text's own list of them
    adds up to the same total (the figure reader missed an outcome: "54% (74) upheld")."""
    outcome = {(c.line, c.stated, c.expected) for c in checks if c.rule == "outcome_sum" and c.status != "pass"}
    outcome_held = {(c.line, c.stated) for c in checks if c.rule == "outcome_sum" and c.status == "pass"}
    added_up = {(c.line, c.stated) for c in checks if c.rule == "breakdown_sum" and c.status == "pass"}
    split_fails = {(c.line, c.stated, c.expected) for c in checks if c.rule == "breakdown_sum" and c.status == "fail"
                   and not _added_to_after(doc, c)}
    out = []
    for c in checks:
        if c.rule == "breakdown_sum" and c.status != "pass" and ((c.line, c.stated, c.expected) in outcome
                                                                  or (c.line, c.stated) in outcome_held):
            continue
        if c.rule == "outcome_sum" and c.status == "warn" and (c.line, c.stated) in added_up \
                and (c.expected or 0) < (c.stated or 0):
            continue
        if c.rule == "outcome_sum" and c.status == "warn" and (c.line, c.stated, c.expected) in split_fails:
            c = replace(c, status="fail")
        out.append(c)
    return out
