"""A third round for tests/relation_matrix.py, written after round 2 passed and before the code that
reads it: the same three tables (a Total row under services by stage, a Total column beside them, a
share column splitting a Total) in each text layout real reports arrive in (tabs, runs of spaces, bars,
one cell per line, single spaces, a label line over its values, as in tests/layout_matrix.py)."""

from __future__ import annotations

import random

from relation_matrix import Maker, Voice, moved_count, moved_points, parts_of

MARK = "§"
LAYOUTS = ("tabs", "spaces", "bars", "cell_per_line", "single_space", "label_then_values")


def render(header: list[str], rows: list[list[str]], how: str) -> str:
    """The table as text in layout `how` (the layouts of tests/layout_matrix.py, kept here so a change
    of that module's tables does not move these)."""
    every = [header, *rows]
    if how == "tabs":
        return "\n".join("\t".join(r) for r in every)
    if how == "spaces":
        first = max(len(r[0]) for r in every) + 3
        width = max(len(c) for r in every for c in r[1:]) + 3
        return "\n".join(r[0].ljust(first) + "".join(c.rjust(width) for c in r[1:]) for r in every)
    if how == "bars":
        return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                         + ["| " + " | ".join(r) + " |" for r in rows])
    if how == "cell_per_line":
        return "\n".join(c for r in every for c in r)
    if how == "single_space":
        return "\n".join(" ".join(r) for r in every)
    return "\n".join([" ".join(header[1:])] + [x for r in rows for x in (r[0], " ".join(r[1:]))])


def _table(v: Voice, header: list[str], rows: list[list[str]], how: str, right: str) -> str:
    """The table in layout `how` under a caption, the cell holding `right` marked {v}."""
    text = render(header, rows, how).replace(MARK * len(right), "{v}")
    return f"{v.noun.capitalize()} in {v.year}\n\n{text}\n"


def total_row(how: str) -> Maker:
    def make(v: Voice, r: random.Random) -> tuple[str, str, str]:
        data = [(name, *parts_of(r, 2, 5, 90)) for name in v.areas[:3]]
        one, two = sum(a for _, a, _ in data), sum(b for _, _, b in data)
        rows = [[n, str(a), str(b)] for n, a, b in data] + [["Total", MARK * len(str(one)), str(two)]]
        return _table(v, ["Service", "Stage 1", "Stage 2"], rows, how, str(one)), str(one), str(moved_count(one))
    return make


def total_column(how: str) -> Maker:
    def make(v: Voice, r: random.Random) -> tuple[str, str, str]:
        data = [(name, *parts_of(r, 2, 5, 90)) for name in v.areas[:3]]
        first = data[0][1] + data[0][2]
        rows = [[n, str(a), str(b), str(a + b)] for n, a, b in data]
        rows[0][3] = MARK * len(str(first))
        return (_table(v, ["Service", "Stage 1", "Stage 2", "Total"], rows, how, str(first)), str(first),
                str(moved_count(first)))
    return make


def share_column(how: str) -> Maker:
    def make(v: Voice, r: random.Random) -> tuple[str, str, str]:
        counts = parts_of(r, 3, 10, 90)
        while any(abs(100 * n / sum(counts) - int(100 * n / sum(counts)) - 0.5) < 0.25 for n in counts):
            counts[0] += 1
        total = sum(counts)
        shares = [round(100 * n / total) for n in counts]
        names = ("Upheld", "Partly upheld", "Not upheld")
        rows = [[n, str(c), f"{s}%"] for n, c, s in zip(names, counts, shares)] + [["Total", str(total), "100%"]]
        right = f"{shares[0]}%"
        rows[0][2] = MARK * len(right)
        return (_table(v, ["Outcome", "Number", "%"], rows, how, right), right,
                f"{moved_points(shares[0]):.0f}%")
    return make


SUMS3: dict[str, Maker] = {**{f"total-row-{h}": total_row(h) for h in LAYOUTS},
                           **{f"total-column-{h}": total_column(h) for h in LAYOUTS}}
SHARES3: dict[str, Maker] = {f"share-column-{h}": share_column(h) for h in LAYOUTS}
