"""Checks over the figure records: outcomes against their total (`outcome_sum`), splits by channel,
complainant or area (`breakdown_sum`), and "N (P%)" against its whole (`percentage`).

Figures are compared only within one scope (period, service, stage, procedure, area, body); where
the whole is stated apart from the share or split, a mismatch only warns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

import regex as re

from extractor.check_rules.record import fmt as _fmt
from extractor.check_rules.record import make_check as _check
from extractor.check_rules.shares import judge_rounded
from extractor.check_rules.stages import item_number
from extractor.check_rules.stated import TIME_AFTER, pattern
from extractor.extract.numbers import count_numbers
from extractor.extract.prose.follows import ITEM_RULES, PART_RULE
from extractor.models import OUTCOME_MEASURES, Check, Document, Figure

OUTCOMES = OUTCOME_MEASURES
NO_OUTCOME = ("withdrawn", "not_investigated")
TOTALS = ("received", "closed")
RIVAL_REACH = 3  # lines (and counts) above a total where another total of its scope may be the outcomes' own
# "(withdrawn complaints are not counted in this total)", "excluding the 4 withdrawn"
LEAVES_OUT = re.compile(r"\b(?:not\s+(?:counted|included)|exclud\w*|excl\.|leaving\s+out|apart\s+from)", re.IGNORECASE)

# what opens a part told on top of a total ("A further 7 were withdrawn"): searched alone first, since
# the pattern with the part's own number in it is compiled anew for nearly every part
FURTHER = re.compile(r"\b(?:a\s+further|another|an\s+additional|additionally|in\s+addition)\W", re.IGNORECASE)


def _left_out(total: Figure, part: Figure) -> bool:
    """A part the total's sentence says it leaves out ("withdrawn complaints are not counted in this
    total"), or one told as on top of it in a later sentence ("A further 7 were withdrawn")."""
    word = part.measure.split("_")[-1]
    for m in LEAVES_OUT.finditer(total.evidence):
        if word in total.evidence[max(0, m.start() - 60):m.end() + 60].lower():
            return True
    return part.evidence != total.evidence and FURTHER.search(part.evidence) is not None and re.search(
        rf"\b(?:a\s+further|another|an\s+additional|additionally|in\s+addition)\W+(?:\w+\s+)?{re.escape(part.stated)}\b",
        part.evidence, re.IGNORECASE) is not None


# parts that count what a case holds several of, not cases
OTHER_UNITS = re.compile(r"\b(?:findings|elements|allegations|issues\s+(?:raised|found)|points\s+of\s+complaint|heads\s+of\s+complaint)\b",
                         re.IGNORECASE)


def _other_units(doc: Document, total: Figure, parts: Iterable[Figure]) -> bool:
    """Whether the text from the total to its first outcome says the outcomes count findings (or
    elements, allegations) rather than cases: a case may hold several, so no sum is owed."""
    first = min((p.line for p in parts), default=total.line)
    between = " ".join(doc.lines[max(0, total.line - 1):min(first, len(doc.lines))])
    return bool(OTHER_UNITS.search(between))


def _by_sentence(figures: Iterable[Figure]) -> defaultdict[str, list[Figure]]:
    """The figures of each sentence (evidence), in their order: looked up, not searched for each figure."""
    out: defaultdict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        out[f.evidence].append(f)
    return out


def scope(f: Figure) -> tuple:  # type: ignore[type-arg]
    """What a figure is about besides its measure: two figures compare only within one scope."""
    return (f.period, f.service, f.stage, f.procedure, f.area, f.body)


def outcome_sums(doc: Document, figures: Sequence[Figure]) -> Iterator[Check]:
    """A stated total against the outcomes that follow it within the same scope and section."""
    counts = [f for f in figures if f.unit == "count" and f.dimension is None and f.category is None
              and not item_number(f)]
    said_with = _by_sentence(counts)
    for k, total in enumerate(counts):
        if total.measure not in TOTALS or total.approximate:
            continue
        parts: dict[str, Figure] = {}
        extra: list[Figure] = []  # a further count of an outcome already met, in the same sentence
        kinds: list[Figure] = []  # a further table row of an outcome already met: another kind of it, or a part
        twice = False
        for j in range(k + 1, len(counts)):  # not counts[k + 1:]: a copy of the rest per total was quadratic
            f = counts[j]
            if f.line - total.line > 25 or (f.measure in TOTALS and scope(f) == scope(total)):
                break
            if f.measure in OUTCOMES and scope(f) == scope(total) and not _left_out(total, f):
                if f.measure not in parts:
                    parts[f.measure] = f
                elif f.source == "prose" and f.evidence == parts[f.measure].evidence and f.line == parts[f.measure].line:
                    # "4 were closed after initial enquiries and 2 were referred back": two kinds of one outcome
                    # (a table row's two cells of one outcome are two columns: stages, periods)
                    extra.append(f)
                elif f.source == parts[f.measure].source == "table" and f.line != parts[f.measure].line:
                    # "Closed after initial enquiries 6" / "Referred back for local resolution 7": rows of kinds
                    kinds.append(f)
                elif f.source == parts[f.measure].source == "table":
                    # one row giving an outcome twice in the total's scope: two columns the reader could not
                    # tell apart ("Stage 2" and "Escalated", both second-stage): which the total's is, is unknown
                    twice = True
        if "upheld_or_partially_upheld" in parts and ({"upheld", "partially_upheld"} & set(parts)):
            del parts["upheld_or_partially_upheld"]  # the combined figure restates the two
        # a whole breakdown names at least two outcomes, "not upheld" among them
        if len(parts) < 2 or "not_upheld" not in parts or twice:
            continue
        expected = sum(p.value for p in parts.values()) + sum(p.value for p in extra)
        if kinds and expected + sum(p.value for p in kinds) == total.value:
            extra, expected = [*extra, *kinds], total.value  # the rows of one outcome's kinds add up with the rest
        # two totals of one scope in one sentence ("81 went to stage 2 and seven to the LGO", one of
        # them misread): the outcomes belong to the one they add up to
        rivals = [f for f in said_with[total.evidence] if f is not total and f.measure == total.measure
                  and scope(f) == scope(total)]
        # ... or two totals of one scope on the lines just above the outcomes ("Stage 2: 132" / "Escalated
        # (stage 1 to stage 2): 47"): the outcomes add up to the one they add up to
        rivals += [f for f in counts[max(0, k - RIVAL_REACH):k] if f.measure == total.measure
                   and scope(f) == scope(total) and total.line - f.line <= RIVAL_REACH]
        if expected != total.value and any(r.value == expected for r in rivals):
            total = next(r for r in rivals if r.value == expected)
        if expected != total.value and any(r.value != total.value for r in rivals):  # (the same count said again is none)
            # "Closed at stage 2 (direct) 96" / "Closed at stage 2 (after escalation) 110": rows of one stage whose
            # outcomes are given together; they add up to the outcomes, or which total they are is unsure
            if any(r.value + total.value == expected for r in rivals):
                continue
            unsure_total = True
        else:
            unsure_total = False
        if expected != total.value and _other_units(doc, total, parts.values()):
            continue  # "21 determinations ... 45 findings. These findings are broken down as follows:"
        if kinds and expected != total.value:
            # rows of one outcome that add up neither way: the message names them all (at most a warning, below)
            extra, expected = [*extra, *kinds], expected + sum(p.value for p in kinds)
        # outcomes and the complaints closed without one account for every complaint: none is open
        complete = bool(set(NO_OUTCOME) & set(parts)) and len(parts) >= 3 or _row_of_closed(total, parts.values())
        status = "pass" if expected == total.value else ("fail" if (expected > total.value or complete)
                                                          and _same_cases(total, parts.values()) else "warn")
        if status == "fail" and (_unread_counts(parts.values(), said_with) or kinds or unsure_total):
            # "36 (20%) upheld, 47 (26%) partially upheld": an outcome the reader left out; or rows of one outcome
            # that may be its kinds or its parts ("Not investigated 15" / "of which premature 7")
            status = "warn"
        names = " + ".join(f"{_fmt(p.value)} {p.measure.replace('_', ' ')}" for p in [*parts.values(), *extra])
        msg = (f"{_fmt(total.value)} {total.measure} ({total.stage or 'all stages'}) against outcomes {names} "
               f"= {_fmt(expected)}" + (_why_warn(expected, total.value) if status == "warn" else ""))
        yield _check(doc, "outcome_sum", status, msg, total.line, total.evidence, total.value, expected,
                     [total.line] + [p.line for p in parts.values()], total.page)




def _unread_counts(parts: Iterable[Figure], said_with: dict[str, list[Figure]]) -> bool:
    """Whether a sentence stating the outcomes holds a count no figure was read from: the sum left out
    a part the report states, so a mismatch is no sure error."""
    for evidence in {p.evidence for p in parts if p.source == "prose"}:
        read = [f.value for f in said_with[evidence]]
        stated = [n.value for n in count_numbers(evidence) if n.unit == "count" and n.value == int(n.value)
                  and not 1900 <= n.value <= 2100 and not TIME_AFTER.match(evidence, n.end)]
        if any(stated.count(v) > read.count(v) for v in set(stated)):
            return True
    return False


def _row_of_closed(total: Figure, parts: Iterable[Figure]) -> bool:
    """A table row that splits the complaints it closed into outcome columns ("Stage 1 | 1,170 | 498 |
    211 | 455"): its columns are the whole breakdown the author chose to give, none still open."""
    return total.measure == "closed" and total.source == "table" \
        and all(p.source == "table" and p.line == total.line for p in parts)


def _why_warn(expected: float, total: float) -> str:
    if expected < total:
        return " (fewer: some may still be open)"
    return " (more: the outcomes may include complaints received before the period)"


def _same_cases(total: Figure, parts: Iterable[Figure]) -> bool:
    """Whether the outcomes surely count the total's own complaints: the total counts complaints
    closed (what outcomes are given for), or one sentence gives the total and splits it ("Of the 52
    complaints received, 10 were upheld ..."). Outcomes told apart from a count received are of the
    complaints closed in the period, some of them received the period before, so a mismatch only warns."""
    return total.measure == "closed" or any(p.evidence == total.evidence or _points_back(p, total) for p in parts) \
        or bool(DEALT_WITH.search(total.evidence))


def _points_back(part: Figure, total: Figure) -> bool:
    """Whether an outcome's sentence opens by pointing back ("Of these, 20 were upheld") at a sentence
    just before it whose one count is the total: the outcomes are of those very complaints."""
    if part.source != "prose" or total.source != "prose" or not 0 <= part.line - total.line <= 2 \
            or not pattern("check-of-these-split").search(part.evidence):
        return False
    counts = [n for n in count_numbers(total.evidence) if n.unit == "count" and n.value == int(n.value)
              and not 1900 <= n.value <= 2100 and not TIME_AFTER.match(total.evidence, n.end)]
    return len(counts) == 1 and counts[0].value == total.value


# a count of complaints finished in the period, whatever the reader calls it: "20 complaints were handled at
# stage two", "we dealt with 96", "responded to 412"
DEALT_WITH = re.compile(r"\b(?:handled|dealt\s+with|responded\s+to|determined|concluded|completed)\b", re.IGNORECASE)


def breakdown_sums(doc: Document, figures: Sequence[Figure]) -> Iterator[Check]:
    """A split stated in one sentence (channels, complainant groups, areas) against the total it
    splits: the total in the same sentence ("Out of the 15 ..., 12 ... and three ...") or just
    before it in the text."""
    prose = [f for f in figures if f.source == "prose" and f.unit == "count" and not f.approximate]
    by_sentence: dict[tuple[int, str], list[Figure]] = defaultdict(list)
    for f in prose:
        if f.dimension in ("channel", "complainant") or (f.area and f.rule == "prose-bracketed-area") \
                or (f.rule == PART_RULE and (f.dimension or f.area) and pattern("check-split-whole").search(f.evidence)):
            by_sentence[(f.line, f.evidence)].append(f)  # causes may overlap unless the sentence says they make the whole
    for (line, evidence), parts in by_sentence.items():
        dims = {p.dimension or "area" for p in parts}
        measures = {p.measure for p in parts}
        if len(parts) < 2 or len(dims) != 1 or len(measures) != 1 or pattern("check-not-whole").search(evidence):
            continue  # "the largest groups were ...": a selection, not the whole split
        measure = measures.pop()
        earlier = [f for f in prose if f.line <= line and f.measure == measure and f.dimension is None
                   and f.area is None and f.stage == parts[0].stage and f.period == parts[0].period
                   and (f.line, f.evidence) != (line, evidence) or (f.evidence == evidence and f not in parts
                   and f.measure == measure and f.dimension is None and f.area is None
                   and evidence.find(f.stated) < evidence.find(parts[0].stated))]
        if not earlier or line - earlier[-1].line > 2:
            continue
        total = earlier[-1]
        if any(p.value > total.value for p in parts):
            continue  # a part larger than the whole: the 'total' is one of the parts ("Of these 85 were ...")
        expected = sum(p.value for p in parts)
        if expected != total.value and _unread_part(evidence, parts, total if total.evidence == evidence else None):
            continue  # "33 by email, 68 by telephone and 106 through the website": a part the reader left out
        same_sentence = total.evidence == evidence
        status = "pass" if expected == total.value else ("fail" if same_sentence else "warn")
        what = dims.pop()
        msg = (f"{' + '.join(f'{_fmt(p.value)} {p.category or p.area}' for p in parts)} = {_fmt(expected)} "
               f"against the {_fmt(total.value)} they split by {what}")
        yield _check(doc, "breakdown_sum", status, msg, line, evidence, total.value, expected,
                     [total.line, line], parts[0].page)


DANGLING_ITEM = re.compile(r"^\W*\s+and\s+[A-Za-z][\w ,'-]{0,40}$")  # "(52) and Council tax" ending the text


def _unread_part(evidence: str, parts: Sequence[Figure], total: Figure | None = None) -> bool:
    """Whether the sentence states a count after its first part (after the total, when the sentence holds it)
    that is none of the parts read, or closes its list on an item with no count ("... and Council tax", its
    "(65)" on the next line)."""
    start = evidence.find(parts[0].stated)
    if total is not None and (at := evidence.find(total.stated)) >= 0:
        start = at + len(total.stated)  # "The 46 ... were made up of 20 about damp, 15 ...": the 20 was not read
    said = sorted(p.value for p in parts)
    after = sorted(n.value for n in count_numbers(evidence[max(0, start):]) if n.unit == "count")
    last = max(evidence.rfind(p.stated) + len(p.stated) for p in parts)
    dangling = DANGLING_ITEM.search(evidence[last:]) is not None
    return start >= 0 and (dangling or any(after.count(v) > said.count(v) for v in set(after)))


def prose_percentages(doc: Document, figures: Sequence[Figure]) -> Iterator[Check]:
    """"N (P%)": P against N over the stated total of the same stage and period. A total stated apart
    is only the likeliest base (a mismatch warns), unless at least two other shares of the same stage
    and period agree with it: then it is the base the report's shares are of, and a mismatch fails."""
    judged = list(_prose_percentages(doc, figures))
    agreeing: defaultdict[int, int] = defaultdict(int)
    for c, base_line, _apart in judged:
        agreeing[base_line] += c.status == "pass"
    for c, base_line, apart in judged:
        if apart and agreeing[base_line] >= 2:
            c = replace(c, status="fail", message=c.message.replace(
                " (if that total is its base)", f" ({agreeing[base_line]} other shares are of that total)"))
        yield c


def _prose_percentages(doc: Document, figures: Sequence[Figure]) -> Iterator[tuple[Check, int, bool]]:
    """(check, the line of the base it used, whether that base stands apart and the share does not fit it)."""
    by_line: dict[tuple[int, str], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.source == "prose":
            by_line[(f.line, f.measure)].append(f)
    totals: defaultdict[tuple[str | None, ...], list[Figure]] = defaultdict(list)  # by stage, period and service
    for f in figures:
        if f.measure in TOTALS and f.unit == "count" and f.dimension is None and f.rule != PART_RULE and f.rule not in ITEM_RULES:
            totals[_base_scope(f)].append(f)  # a part by subject is no total ("Of these, 40 related to Housing"), nor a list's item
    said_with = _by_sentence(figures)
    for (line, _measure), group in by_line.items():
        for pct in (f for f in group if f.unit == "percent"):  # each share of the line ("120 (50%) ... and 180 (75%)")
            # the count the share is said of, not the first of its line ("Of the 300 received, 120 (40%) ...")
            count = next((f for f in group if f.unit == "count" and _share_of(f, pct)), None)
            if count is not None and not count.approximate \
                    and (judged := _judge_share(doc, line, pct, count, said_with, totals)) is not None:
                yield judged


def _judge_share(doc: Document, line: int, pct: Figure, count: Figure, said_with: dict[str, list[Figure]],
                 totals: dict[tuple[str | None, ...], list[Figure]]) -> tuple[Check, int, bool] | None:
    """A share against the whole of its count: the outcomes its sentence splits, else the total of
    its scope; None where there is no whole to judge it by."""
    split = _outcome_split(count, said_with[count.evidence])
    wholes = _wholes(count, said_with[count.evidence], totals)
    base = next((t for t in reversed(wholes) if t.line <= line and t.stage == count.stage
                 and t.period == count.period and t.service == count.service and t is not count
                 and _may_be_base(count, t)), None)
    if split is None and (base is None or not base.value or base.approximate or count.value > base.value):
        return None  # no base, or one smaller than the count: whatever the share is of, not of that
    whole = split if split is not None else base.value  # type: ignore[union-attr]
    expected = 100 * count.value / whole
    status = judge_rounded(pct.value, pct.stated, expected)
    if status == "fail" and split is None and _fits_another(pct, count, whole):
        return None  # "Of the 237 received, 79 were escalated; 26 of those (33%)": of the 79, not the 237
    # a total stated elsewhere is the likeliest base, not one the sentence names ("14 (67%) closed in
    # time" may be of the 20 handled or of the 21 with an outcome): a mismatch only warns
    apart = status == "fail" and split is None and base.evidence != count.evidence  # type: ignore[union-attr]
    status = "warn" if apart else status
    where = (f"the {_fmt(whole)} its sentence splits into outcomes" if split is not None else
             f"the {_fmt(whole)} {base.stage + ' ' if base.stage else ''}complaints (line {base.line})")  # type: ignore[union-attr]
    msg = (f"{count.stated} of {where} is {expected:.1f}%" + ("" if status == "pass" else f", not {pct.stated}")
           + (" (if that total is its base)" if apart else ""))
    base_line = line if split is not None else base.line  # type: ignore[union-attr]
    # a share of the whole its sentence names ("Of the 661 closed, 139 (21%) ...") agrees with that whole
    named = next((f.line for f in said_with[count.evidence] if split is not None and f.measure in TOTALS
                  and f.unit == "count" and f.value == split and scope(f) == scope(count)), None)
    agrees_with = base.line if split is None else (named if named is not None else -line)  # type: ignore[union-attr]
    return (_check(doc, "percentage", status, msg, line, pct.evidence, pct.value, round(expected, 2),
                   [line, base_line], pct.page), agrees_with, apart)


def _may_be_base(count: Figure, total: Figure) -> bool:
    """A count received is no base of a share whose sentence says it is of the complaints answered
    ("Of the stage-one complaints responded to, 61% (561) ..."): some received are still open. A count
    said with a share of its own is no base either: it is a peer of the count, a part of another whole."""
    from extractor.check_rules.stated import pattern

    if _has_own_share(total):
        return False  # "118 stage two complaints (64%) and 19 escalated complaints (38%)": a peer, not the whole
    return total.measure != "received" or pattern("check-of-the-answered").search(count.evidence) is None


# a count's own share right after it and its noun: "118 stage two complaints (64%)"
OWN_SHARE_AFTER = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,4}\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)")


def _has_own_share(f: Figure) -> bool:
    """Whether a count is said with a share of its own in brackets: a part of another whole."""
    text = f.evidence or ""
    at = text.find(f.stated) if f.stated else -1
    return at >= 0 and OWN_SHARE_AFTER.match(text, at + len(f.stated)) is not None


def _base_scope(f: Figure) -> tuple[str | None, ...]:
    """What a share's base must share with its count: a base is looked up by it, not searched for."""
    return (f.stage, f.period, f.service)


def _wholes(count: Figure, same_sentence: Sequence[Figure],
            totals: dict[tuple[str | None, ...], list[Figure]]) -> list[Figure]:
    """The counts a share's count may be a share of. A part by subject ("Of the 300 complaints received,
    120 (40%) related to repairs") is a share of the whole its own sentence splits, a count of its own
    measure; after "Of these," the whole said before may be a part of a larger one, so no base is sure.
    `same_sentence`: the figures of the count's sentence, `totals` the totals by _base_scope, in order."""
    if count.rule != PART_RULE:
        return totals.get(_base_scope(count), [])
    return [f for f in same_sentence if f.measure == count.measure and f.unit == "count" and f.dimension is None
            and f.area is None and f.rule != PART_RULE]


def _fits_another(pct: Figure, count: Figure, whole: float) -> bool:
    """Whether another count of the share's sentence, before its count, is a base the share fits: then
    the base is not certain, and the share is left to the checks that read its words."""
    text = pct.evidence
    at = text.find(count.stated)
    others = [n.value for n in count_numbers(text[:max(0, at)]) if n.unit == "count" and n.value >= count.value
              and n.value not in (whole, count.value)]
    return any(judge_rounded(pct.value, pct.stated, 100 * count.value / o) == "pass" for o in others)


# a word between a count and its bracketed share: a word, or the number of a time limit ("within 10 working days")
SHARE_WORD = r"(?:\s+(?:[a-z][\w'-]*|\d{1,2}(?=\s+(?:working\s+|calendar\s+)?(?:days|weeks)\b)))"


def _share_of(count: Figure, pct: Figure) -> bool:
    """ "14 (67%)", "one was withdrawn (2%)", "330 within 10 working days (82%)": the share in brackets
    right after its count's words; or "83% (85) of ...": the count in brackets right after its share."""
    text = " ".join(pct.evidence.replace("( ", "(").split())
    if "(" not in text or not (_may_hold(text, count.stated) and _may_hold(text, pct.stated)):
        return False  # both patterns need a bracket and both numbers: skip compiling them
    c, p = re.escape(count.stated), re.escape(pct.stated)
    return (re.search(rf"(?<![\w.,]){c}{SHARE_WORD}{{0,5}}\s*\(\s*{p}", text, re.IGNORECASE) is not None
            or re.search(rf"(?<![\w.,]){p}\s*\(\s*{c}\s*\)", text) is not None)


def _may_hold(text: str, stated: str) -> bool:
    """False only when `text` cannot hold `stated`, in any case: a number written without letters
    ("14", "67%") must stand in it as written; one with letters is given the benefit of the doubt."""
    return not (stated.isascii() and not any(ch.isalpha() for ch in stated)) or stated in text


def _outcome_split(count: Figure, same_sentence: Sequence[Figure]) -> float | None:
    """The whole a sentence splits into outcomes ("20 were not upheld, 26 upheld and four withdrawn"),
    when `count` is one of at least three outcomes it lists for one scope; else None. `same_sentence`:
    the figures of the count's sentence, in order."""
    if count.measure not in OUTCOMES:
        return None
    parts = {f.measure: f.value for f in same_sentence if f.unit == "count"
             and f.measure in OUTCOMES and scope(f) == scope(count) and not f.approximate}
    if {"upheld", "partially_upheld"} & set(parts):
        parts.pop("upheld_or_partially_upheld", None)  # the combined figure restates the two
    if len(parts) < 3 or "not_upheld" not in parts:
        return None
    # "Of the 1,219 complaints we responded to, 398 (32.7%) were upheld, ...": the whole the sentence names
    # is the shares' base, whatever it leaves out of the list ("A further 34 were withdrawn")
    named = next((f.value for f in same_sentence if f.unit == "count" and f.measure in TOTALS
                  and scope(f) == scope(count) and not f.approximate), None)
    if named is not None and named < sum(parts.values()):
        return None  # the outcomes add up to more than the whole named: which is wrong is the sum's to say
    return named if named is not None else sum(parts.values())


def escalation_rates(doc: Document, figures: Sequence[Figure]) -> Iterator[Check]:
    """ "an escalation rate of 17%": the last stage 2 count over the last stage 1 count before it, of
    one period. The base may be the complaints received or those closed: a mismatch only warns."""
    from extractor.check_rules.stated import block_sentences, pattern

    counts = [f for f in figures if f.measure == "received" and f.unit == "count" and not f.approximate
              and f.dimension is None and f.category is None and f.area is None]
    for b in doc.blocks:
        if b.kind not in ("paragraph", "list_item") or b.furniture:
            continue
        for s in block_sentences(doc, b):
            m = pattern("check-escalation-share").search(s)
            if m is None:
                continue
            line = doc.line_of(b, s)
            second = next((f for f in reversed(counts) if f.line <= line and f.stage == "stage2"), None)
            first = next((f for f in reversed(counts) if second is not None and f.line <= line and f.stage == "stage1"
                          and f.period == second.period), None)
            if first is None or second is None or not first.value or second.value > first.value:
                continue
            expected = 100 * second.value / first.value
            status = judge_rounded(float(m.group("p")), f"{m.group('p')}%", expected)
            status = "warn" if status == "fail" else status
            msg = (f"{second.stated} at stage 2 (line {second.line}) of {first.stated} at stage 1 (line {first.line}) "
                   f"is {expected:.1f}%" + (", as stated" if status == "pass" else f", not the stated {m.group('p')}%"
                                            " (if those are the counts the rate is of)"))
            yield _check(doc, "percentage", status, msg, line, s, float(m.group("p")), round(expected, 2),
                         [line, first.line, second.line], b.page)
