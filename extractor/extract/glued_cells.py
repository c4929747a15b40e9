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

from extractor.extract.table_labels import split_glued_header

GLUED_TAIL = re.compile(r"(?P<tail>(?:\d+(?:,\d{3})*+(?:\.\d+)?%?)+(?:(?:n/?a|N/?A|[-–])(?:\d+(?:\.\d+)?%?)*)*)\s*$")
GAP_CELL = re.compile(r"n/?a|N/?A|[-–]")  # a cell a row leaves empty, run in with its neighbours


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
        if header is None:
            k += 1
            continue
        raw_rows, row_lines = [], []
        k += 1
        while k < len(span) and (line := lines[span[k] - 1].strip()) and split_glued_header(line) is None:
            m = GLUED_TAIL.search(line)
            if m is None or not line[: m.start()].strip() or SPACED_VALUE.search(line[: m.start()]):
                break  # "Received   412   57 9": values apart are a spaced row, not cells run together
            label, tail = line[: m.start()].strip(), m.group("tail")
            if STAGE_WORD_END.search(label) and tail[:1] in "1234" and len(tail) > 1:
                label, tail = f"{label} {tail[0]}", tail[1:]  # "Closed at stage 1541497": the stage's number is the label's
            raw_rows.append((label, tail))
            row_lines.append(span[k])
            k += 1
        rows = _split_glued_rows(raw_rows, len(header) - 1, header[-1].strip().lower() == "total")
        kept = [(r, ln) for r, ln in zip(rows, row_lines, strict=True) if len(r) > 1]
        if kept:
            yield [tuple(header), *(r for r, _ in kept)], [row_lines[0] - 1, *(ln for _, ln in kept)]


def _split_glued_rows(raw: list[tuple[str, str]], ncols: int, total_last: bool = False) -> list[tuple[str, ...]]:
    """Split each digit tail into the same number of values, the way that fits the table best:
    with "n/a" gaps in place and, under a Total column, the split whose last value is the sum."""
    if not raw:
        return []
    if total_last or any(GAP_CELL.search(t) for _, t in raw):
        candidates = [_row_splits(t, ncols, total_last) for _, t in raw]
        return [(label, *row) for (label, _), row in zip(raw, _most_alike(candidates), strict=True)]
    pct = [len(re.findall(r"\d+(?:\.\d+)?%", t)) for _, t in raw if "%" in t]
    digits = [t for _, t in raw if "%" not in t and "." not in t]
    k = max(set(pct), key=pct.count) if pct else ncols
    if digits and min(len(t) for t in digits) < k:
        k = min(len(t) for t in digits)
    options = [_splits(t, k) for _, t in raw]
    chosen = _best_with_total(raw, options) or [opts[0] if opts else () for opts in options]
    return [(label, *vals) for (label, _), vals in zip(raw, chosen, strict=True)]


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
    ti = next((i for i, (label, _) in enumerate(raw) if label.lower().startswith("total")), None)
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
