"""Tables whose cells ran together when a PDF lost its column gaps: "ComplaintQ1Q2Q3Q4Year end"
over "Total number of complaints3752", " Stage 1Stage 2Stage 3Total" over "Corporate5915n/a175".

The header is cut at the header words of patterns/tables.toml; each row's digit tail is cut into
as many values as the header names columns, the way that fits best: gap cells ("n/a") kept in
place, a Total column the sum of the others, a Total row the sum of the rows, and the rows alike
column by column in size.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import product

import regex as re

from extractor.extract.table_labels import classify_label, split_glued_header
from extractor.load.header_spans import spread_evenly

GLUED_TAIL = re.compile(r"(?P<tail>(?:\d+(?:,\d{3})*+(?:\.\d+)?%?)+(?:(?:n/?a|N/?A|[-–])(?:\d+(?:\.\d+)?%?)*)*)\s*$")
GAP_CELL = re.compile(r"n/?a|N/?A|[-–]")  # a cell a row leaves empty, run in with its neighbours


# where a header's cells ran together and its words are none of patterns/tables.toml's header words, a cell
# opens where a word's case changes ("MeasureTarget", "YearRAG"), after a digit or a share ("Q1Q2", "%Share")
# or where a period starts after a word ("date2031/32"); a run of periods parts at each ("2031/322030/31")
CASE_CUT = re.compile(r"(?<=[a-z)%])(?=[A-Z])|(?<=\d)(?=[A-Z])|(?<=[a-z])(?=(?:19|20)\d\d)")
FY_CELL = re.compile(r"(?:19|20)\d\d/\d\d")
# the digits a header cell may hold: a period, a quarter, a stage's or an ordinal's number
HEADER_NUMBERS = re.compile(r"(?:19|20)\d\d(?:/\d\d)?|\bQ[1-4]\b|\b(?:stage|level|tier|step)\s*\d\b|\b\d(?:st|nd|rd|th)\b",
                            re.IGNORECASE)
LONGEST_HEADER_CELL = 40
# a status column's word after a row's last value ("...84.7%Amber"), and the header cell over it
STATUS_END = re.compile(r"(?<=[\d%–-])(?:red|amber|green|on target|off target|met|not met|[–-])\s*$", re.IGNORECASE)
STATUS_HEADER = re.compile(r"^(?:rag(?: status| rating)?|status|rating)$", re.IGNORECASE)
# a column of indicator codes before the labels ("Ref | Indicator"), and a code glued to its label ("HC01Stage 1")
CODE_HEADER = re.compile(r"^(?:ref(?:erence)?|code|no\.?|pi|kpi)$", re.IGNORECASE)
GLUED_CODE = re.compile(r"^[A-Z]{1,5}\s?-?\d{1,3}[a-z]?(?=[A-Z])")

STAGE_WORD_END = re.compile(r"\b(?:stage|level|tier|step)\s*$", re.IGNORECASE)
SPACED_VALUE = re.compile(r"(?:^|\s)\d[\d,.]*%?\s+$")  # the label part ends in a value set apart


def glued_rows(span: list[int], lines: Sequence[str]) -> Iterator[tuple[list[tuple[str, ...]], list[int]]]:
    """(rows, their lines) of each table whose rows read like "Total number of complaints3752" under a
    header like "ComplaintQ1Q2Q3Q4Year end"; the header is the first row."""
    if len(span) < 2:
        return  # a header and a row below it: a one-line paragraph's header would be split for nothing
    k = 0
    while k < len(span):
        header = split_glued_header(lines[span[k] - 1].strip())
        if header is None and k + 1 < len(span):
            # a header wrapped onto the next line ("...Partially upheldNot" / "upheldOngoing")
            joined = split_glued_header(f"{lines[span[k] - 1].strip()} {lines[span[k + 1] - 1].strip()}")
            if joined is not None and len(joined) > len(split_glued_header(lines[span[k + 1] - 1].strip()) or ()):
                header, k = joined, k + 1
        header = header or cased_header(lines[span[k] - 1].strip())  # words patterns/tables.toml does not know
        if header is None:
            k += 1
            continue
        raw_rows, row_lines = [], []
        k += 1
        status = bool(STATUS_HEADER.match(header[-1].strip()))
        if status:
            header = header[:-1]  # "RAG": a status, no value; its words (or its dash) leave the rows below
        coded = len(header) > 2 and bool(CODE_HEADER.match(header[0].strip()))
        if coded:
            header = header[1:]  # "Ref | Indicator": the codes leave the labels below ("HC01Stage 1 ...")
        upper: tuple[str, ...] | None = None
        if k < len(span) and (lower := _lower_header(lines[span[k] - 1].strip(), header)) is not None:
            upper, header = spread_evenly(header, len(lower)), lower  # "Service areaStage OneStage Two" over its periods
            k += 1
        while k < len(span) and (line := lines[span[k] - 1].strip()) and split_glued_header(line) is None:
            line = STATUS_END.sub("", line) if status else line
            line = GLUED_CODE.sub("", line) if coded else line
            m = GLUED_TAIL.search(line)
            if m is None or not line[: m.start()].strip() or SPACED_VALUE.search(line[: m.start()]):
                break  # "Received   412   57 9": values apart are a spaced row, not cells run together
            label, tail = line[: m.start()].strip(), m.group("tail")
            if STAGE_WORD_END.search(label) and tail[:1] in "1234" and len(tail) > 1:
                label, tail = f"{label} {tail[0]}", tail[1:]  # "Closed at stage 1541497": the stage's number is the label's
            raw_rows.append((label, tail))
            row_lines.append(span[k])
            k += 1
        rows = _split_glued_rows(raw_rows, len(header) - 1, _is_total(header[-1]))
        kept = [(r, ln) for r, ln in zip(rows, row_lines, strict=True) if len(r) > 1]
        if kept and upper is not None:
            yield [tuple(upper), tuple(header), *(r for r, _ in kept)], [row_lines[0] - 2, row_lines[0] - 1, *(ln for _, ln in kept)]
        elif kept:
            yield [tuple(header), *(r for r, _ in kept)], [row_lines[0] - 1, *(ln for _, ln in kept)]


def _lower_header(line: str, upper: Sequence[str]) -> list[str] | None:
    """The second row of a header whose upper cells span its columns ("Service area2031/322030/31..."
    under "Service areaStage OneStage Two"): as many columns as the upper's shared out evenly, each a
    period or words; its cell over the labels the upper's again, or none (then an empty one)."""
    cells = split_glued_header(line) or cased_header(line)
    if cells is None or len(upper) < 3:
        return None
    if cells[0] == upper[0] or not cells[0]:
        cells = ["", *cells[1:]]
    else:
        cells = ["", *cells]
    columns = len(cells) - 1
    if columns <= len(upper) - 1 or columns % (len(upper) - 1) or any(GLUED_TAIL.fullmatch(c) for c in cells[1:]):
        return None
    return cells


def cased_header(line: str) -> list[str] | None:
    """A header whose cells ran together, cut where case changes or a period starts (CASE_CUT): three
    cells or more, each short, no digit but a period's, a quarter's or a stage's; else None."""
    cells: list[str] = []
    for cell in (c.strip() for c in CASE_CUT.split(line)):
        cells += FY_CELL.findall(cell) if FY_CELL.sub("", cell) == "" and cell else [cell] if cell else []
    if len(cells) < 3 or any(len(c) > LONGEST_HEADER_CELL or re.search(r"\d", HEADER_NUMBERS.sub("", c)) for c in cells):
        return None
    return cells


def _split_glued_rows(raw: list[tuple[str, str]], ncols: int, total_last: bool = False) -> list[tuple[str, ...]]:
    """Split each digit tail into the same number of values, the way that fits the table best:
    with "n/a" gaps in place and, under a Total column, the split whose last value is the sum."""
    if not raw:
        return []
    if total_last or any(GAP_CELL.search(t) for _, t in raw):
        candidates = [_row_splits(t, ncols, total_last) for _, t in raw]
        if total_last and not all(candidates):
            return _split_glued_rows(raw, ncols)  # "Q1Q2Q3Q4Full year" over two quarters' values: no Total yet
        return [(label, *row) for (label, _), row in zip(raw, _most_alike(candidates), strict=True)]
    if all("%" in t for _, t in raw) and any(len(re.findall(r"\d+(?:\.\d+)?%", t)) < ncols for _, t in raw) \
            and (mixed := _counts_with_shares(raw, ncols)) is not None:
        return mixed
    pct = [len(re.findall(r"\d+(?:\.\d+)?%", t)) for _, t in raw if "%" in t]
    digits = [t for _, t in raw if "%" not in t and "." not in t]
    k = max(set(pct), key=pct.count) if pct else ncols
    if digits and min(len(t) for t in digits) < k:
        k = min(len(t) for t in digits)
    options = [_splits(t, k) for _, t in raw]
    chosen = _best_with_total(raw, options) or [opts[0] if opts else () for opts in options]
    return [(label, *vals) for (label, _), vals in zip(raw, chosen, strict=True)]


# one value at the head of a glued tail: a share ("31.5%", at most 100), a count with its thousands commas
# ("1,204") or a count of up to four digits
HEAD_VALUE = re.compile(r"\d{1,3}(?:\.\d+)?%|\d{1,3}(?:,\d{3})+|\d{1,4}")


def _mixed_splits(tail: str, k: int) -> list[tuple[str, ...]]:
    """Every way to read a tail of counts and shares run together ("14231.5%") as k values: each share
    at most 100%, no count with a leading nought."""
    if not tail:
        return [()] if k == 0 else []
    if k == 0:
        return []
    out: list[tuple[str, ...]] = []
    for n in range(1, min(len(tail), 12) + 1):
        head = tail[:n]
        if not HEAD_VALUE.fullmatch(head) or (head[0] == "0" and len(head) > 1 and head[1] != ".") \
                or (head.endswith("%") and float(head[:-1]) > 100) or (n < len(tail) and tail[n] == "%"):
            continue
        out += [(head, *rest) for rest in _mixed_splits(tail[n:], k - 1)]
        if len(out) > MAX_ROW_SPLITS:
            break
    return out


def _counts_with_shares(raw: list[tuple[str, str]], ncols: int) -> list[tuple[str, ...]] | None:
    """Rows of counts each beside its share ("Upheld14231.5%"): the reading of every row at once whose shares
    are each count's part of its column's sum, as "Number | %" columns are; None when none comes near."""
    options = [_mixed_splits(t, ncols) for _, t in raw]
    if not all(options) or math.prod(len(o) for o in options) > 20_000:
        return None
    best, best_err = None, 1.0 * len(raw)  # within a point per row, or no reading
    for combo in product(*options):
        shapes = {tuple(v.endswith("%") for v in row) for row in combo}
        if len(shapes) != 1:
            continue
        shape = shapes.pop()
        pairs = [c for c in range(1, ncols) if shape[c] and not shape[c - 1]]
        if not pairs:
            continue
        err = 0.0
        for c in pairs:
            counts = [int(r[c - 1].replace(",", "")) for r in combo]
            if sum(counts):
                err += sum(abs(100 * n / sum(counts) - float(r[c][:-1])) for n, r in zip(counts, combo, strict=True))
        if err < best_err:
            best, best_err = combo, err
    return None if best is None else [(label, *row) for (label, _), row in zip(raw, best, strict=True)]


def _row_splits(tail: str, k: int, total_last: bool) -> list[tuple[str, ...]]:
    """Every way to read one row's tail as k cells: its gap cells kept, its digit runs cut, and
    under a last Total column only the cuts whose last value is the sum of the others."""
    pieces = [p for p in re.split(f"({GAP_CELL.pattern})", tail) if p]
    runs = [p for p in pieces if not GAP_CELL.fullmatch(p)]
    gaps = len(pieces) - len(runs)
    out: list[tuple[str, ...]] = []
    for counts in _compositions(k - gaps, len(runs)):
        for combo in product(*(_splits(run, n) for run, n in zip(runs, counts, strict=True))):
            parts = iter(combo)
            row = tuple(v for p in pieces for v in (("",) if GAP_CELL.fullmatch(p) else next(parts)))
            nums = [int(v) for v in row if v.isdigit()]
            if not (total_last and len(nums) > 1 and row[-1].isdigit() and sum(nums[:-1]) != nums[-1]):
                out.append(row)
            if len(out) > MAX_ROW_SPLITS:
                return sorted(out, key=lambda r: _spread(tuple(v for v in r if v)))
    return sorted(out, key=lambda r: _spread(tuple(v for v in r if v)))


MAX_ROW_SPLITS = 200
MAX_CUTS = 20_000


def _most_alike(candidates: list[list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """One split per row, each as close as can be (in orders of magnitude, column by column) to
    the other rows' choices: stage one's column holds stage one's sizes in every row."""
    chosen = [c[0] if c else () for c in candidates]

    def size(v: str) -> float:
        return math.log10(_number(v) + 1) if v else 0.0

    for _ in range(3):
        for i, options in enumerate(candidates):
            others = [r for j, r in enumerate(chosen) if j != i and r]
            if len(options) < 2 or not others:
                continue
            chosen[i] = min(options, key=lambda row, others=others: sum(  # type: ignore[misc]
                abs(size(v) - size(o[c])) for o in others for c, v in enumerate(row) if c < len(o) and v and o[c]))
    return chosen


def _compositions(n: int, parts: int) -> Iterator[tuple[int, ...]]:
    """Ways to write n as `parts` positive whole numbers, in order."""
    if parts == 1:
        if n >= 1:
            yield (n,)
        return
    for first in range(1, n - parts + 2):
        for rest in _compositions(n - first, parts - 1):
            yield (first, *rest)


def _splits(tail: str, k: int) -> list[tuple[str, ...]]:
    """Every way to cut `tail` into k values without leading zeros, most even first."""
    if "%" in tail:
        vals = tuple(re.findall(r"\d+(?:\.\d+)?%", tail))
        return [vals] if len(vals) == k else []
    if "," in tail or "." in tail:
        vals = _grouped(tail)
        return [vals] if len(vals) == k else []
    if "." in tail or len(tail) > 4 * k or k < 1 or math.comb(len(tail) - 1, k - 1) > MAX_CUTS:
        return []  # too many ways to cut: no reading rather than minutes of trying
    out = []
    for cuts in _cut_points(len(tail), k):
        parts = tuple(tail[a:b] for a, b in zip((0, *cuts), (*cuts, len(tail)), strict=True))
        if all(p and (p == "0" or not p.startswith("0")) and len(p) <= 4 for p in parts):
            out.append(parts)
    return sorted(out, key=_spread)


def _grouped(tail: str) -> tuple[str, ...]:
    """Values run together whose commas or decimals say where each ends: "4,8625,391" is 4,862 and
    5,391 (a comma takes three digits); "30.233.9" is 30.2 and 33.9 (every value as many decimals as
    the last, unless fewer before it would read too)."""
    if "." in tail:
        places = len(tail) - tail.rfind(".") - 1
        if not places:
            return ()
        if places > 1 and re.fullmatch(rf"(?:\d[\d,]*?\.\d{{{places - 1}}})+\d[\d,]*?\.\d{{{places}}}", tail):
            return ()  # "4.510.81": 4.51 | 0.81, or 4.5 | 10.81 with a trailing nought dropped - no telling
        return tuple(re.findall(rf"\d[\d,]*?\.\d{{{places}}}", tail))
    return tuple(re.findall(r"\d{1,3}(?:,\d{3})+|\d+", tail))


def _cut_points(n: int, k: int) -> Iterator[tuple[int, ...]]:
    from itertools import combinations

    yield from combinations(range(1, n), k - 1)


def _number(cell: str) -> float:
    """ "4,862", "96.4%", "17": a cell's number, for weighing splits against one another."""
    return float(cell.rstrip("%").replace(",", ""))


def _spread(parts: tuple[str, ...]) -> float:
    logs = [math.log10((_number(p) if p.rstrip("%") else 0) + 1) for p in parts]
    return max(logs) - min(logs)


def _best_with_total(raw: list[tuple[str, str]], options: list[list[tuple[str, ...]]]) -> list | None:
    """With a Total row, pick the splits whose columns add up best to it."""
    ti = next((i for i, (label, _) in enumerate(raw) if label.lower().startswith("total") or _is_total(label)), None)
    if ti is None or not all(options) or math.prod(len(o) for o in options) > 200_000:
        return None
    best, best_err = None, math.inf
    counts = [j for j, o in enumerate(options) if all(v.isdigit() for split in o for v in split)]
    if ti not in counts:
        return None
    for combo in product(*options):
        total = [int(v) for v in combo[ti]]
        # rows of shares ("92%98%") are no part of the Total: only count rows are added up
        sums = [sum(int(r[c]) for j, r in enumerate(combo) if j != ti and j in counts) for c in range(len(total))]
        err = sum(abs(a - b) for a, b in zip(sums, total, strict=True)) + 0.01 * sum(_spread(r) for r in combo)
        if err < best_err:
            best, best_err = list(combo), err
    return best


def _is_total(label: str) -> bool:
    """A Total row's or column's name in the table vocabulary ("Total", "Overall", "All types")."""
    return classify_label(label.strip()).total
