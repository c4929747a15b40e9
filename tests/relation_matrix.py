"""A matrix of short complaint reports, each stating ONE arithmetic relation that holds (a total and its
complete breakdown, a share with its count and base, a stated change with both values, a rate with its
count and base), in the shapes and words real reports use, written here in words of our own.

Every relation knows its stated result's line and how to break it: the result moved beyond any
rounding, as `tally eval --inject` moves it (a percentage by 7 points, anything else by 10%, at least 3;
a number word to the word three above). The numbers come from each shape's own arithmetic, drawn by a
seeded generator per voice, so the intact text always holds and no value is written by hand.

Counter-cases (kind `none`) hold no checkable relation of the kind their words suggest: a share of a
different base, a breakdown the text says is partial, a change between different measures. Nothing
may fail or warn on them. Used by tests/test_relation_matrix_unseen.py and bench/relation_matrix.py.
"""

from __future__ import annotations

import random
import re
import textwrap
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


@dataclass(frozen=True)
class Voice:
    """How one kind of body words the same measures."""

    name: str
    title: str
    noun: str          # what is counted, plural
    s1: str            # the first and second stage as said in a sentence
    s2: str
    areas: tuple[str, str, str, str]
    home: str          # the base a landlord's or council's rate is per
    year: str = "2030/31"
    prior: str = "2029/30"


VOICES = (
    Voice("council", "Northmoor District Council: complaints report 2030/31", "complaints", "stage one",
          "stage two", ("Housing", "Waste and recycling", "Council tax", "Planning"), "residents"),
    Voice("landlord", "Eastbrook Homes annual complaints review 2030/31", "cases", "stage 1", "stage 2",
          ("Repairs", "Estate services", "Lettings", "Rent accounts"), "homes"),
    Voice("college", "Kingsbridge University student complaints 2030/31", "complaints", "early resolution",
          "investigation", ("Teaching", "Accommodation", "Assessment", "Student finance"), "students"),
)


@dataclass(frozen=True)
class Relation:
    """One short report: `template` holds `{v}` where the stated result stands."""

    kind: str          # sum | share | change | rate | none
    shape: str
    voice: str
    title: str
    template: str
    right: str         # the stated result as printed when the relation holds
    wrong: str         # the same moved beyond rounding ("" for a counter-case)

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.shape}-{self.voice}"

    def text(self, broken: bool = False) -> str:
        return self.template.replace("{v}", self.wrong if broken else self.right)

    def line(self) -> int:
        """The stated result's line in the file: the title and a blank line come first."""
        return 2 + next(i for i, ln in enumerate(self.template.split("\n"), 1) if "{v}" in ln)


# ------------------------------------------------------------------ how a stated result is moved

def moved_count(n: int) -> int:
    return n + max(3, round(abs(n) * 0.1))


def moved_points(p: float) -> float:
    return p + (7 if p < 90 else -7)


def pct(p: float, decimals: int = 0, sign: bool = False) -> str:
    body = f"{p:.{decimals}f}%"
    return ("+" + body if p > 0 else body) if sign else body


def word(n: int) -> str:
    return WORDS[n]


def comma(n: float, decimals: int = 0) -> str:
    return f"{n:,.{decimals}f}"


# ------------------------------------------------------------------ numbers that hold

def share_of(rng: random.Random, lo: int, hi: int, decimals: int = 0) -> tuple[int, int, float]:
    """A count, its base and the share, the exact share well inside its printed rounding (never
    within a quarter unit of a rounding edge, so no rounding convention can read it otherwise)."""
    while True:
        b = rng.randint(lo, hi)
        a = rng.randint(max(1, b // 8), b * 7 // 8)
        exact = 100 * a / b * 10**decimals
        if abs(exact - int(exact) - 0.5) > 0.25 and 3 < 100 * a / b < 90:
            return a, b, round(100 * a / b, decimals)


def change_pair(rng: random.Random, lo: int, hi: int, up: bool) -> tuple[int, int, int]:
    """Last year's value, this year's, and the percentage change between them, well inside its rounding."""
    while True:
        old = rng.randint(lo, hi)
        new = old + (1 if up else -1) * rng.randint(max(3, old // 10), old * 2 // 5)
        exact = 100 * abs(new - old) / old
        if abs(exact - int(exact) - 0.5) > 0.25:
            return old, new, round(exact)


def rate_of(rng: random.Random, per: int) -> tuple[int, int, float]:
    """A count, a base of thousands and the rate per `per`, to one decimal, well inside its rounding."""
    while True:
        base = rng.randint(40, 180) * 100 + rng.randint(0, 99)
        count = rng.randint(base // 400, base // 40)
        exact = per * count / base * 10
        if abs(exact - int(exact) - 0.5) > 0.25:
            return count, base, round(per * count / base, 1)


def parts_of(rng: random.Random, k: int, lo: int = 4, hi: int = 120) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(k)]


# ------------------------------------------------------------------ sums: a total and its complete breakdown

Maker = Callable[[Voice, random.Random], tuple[str, str, str]]


def _sum(template: str, total: int) -> tuple[str, str, str]:
    return template, str(total), str(moved_count(total))


def sum_of_which(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b = parts_of(r, 2)
    return _sum(f"In {v.year} we received {{v}} {v.noun}, of which {a} were dealt with at {v.s1} and {b} at {v.s2}.\n",
                a + b)


def sum_of_the_outcomes(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, c = parts_of(r, 3)
    return _sum(f"Of the {{v}} {v.noun} we closed at {v.s1}, {a} were upheld, {b} were partly upheld and {c} "
                "were not upheld.\n", a + b + c)


def sum_total_last(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, c = parts_of(r, 3)
    return _sum(f"At {v.s1} we upheld {a} {v.noun}, partly upheld {b} and did not uphold {c}, {{v}} in all.\n",
                a + b + c)


def sum_quarters_sentence(v: Voice, r: random.Random) -> tuple[str, str, str]:
    q = parts_of(r, 4, 10, 60)
    return _sum(f"We logged {q[0]} {v.noun} in Q1, {q[1]} in Q2, {q[2]} in Q3 and {q[3]} in Q4, {{v}} for the "
                "year as a whole.\n", sum(q))


def sum_areas_brackets(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, c = parts_of(r, 3)
    x, y, z, _ = v.areas
    return _sum(f"The {{v}} {v.noun} received at {v.s1} were about {x} ({a}), {y} ({b}) and {z} ({c}).\n",
                a + b + c)


def sum_comprising(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, c = parts_of(r, 3)
    return _sum(f"A total of {{v}} {v.noun} reached us, comprising {a} by email, {b} by telephone and {c} "
                "through the website.\n", a + b + c)


def sum_stage_brackets(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b = parts_of(r, 2)
    return _sum(f"{v.noun.capitalize()} received in {v.year}: {{v}} ({a} at {v.s1}, {b} at {v.s2}).\n", a + b)


def sum_remaining(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b = parts_of(r, 2)
    return _sum(f"We received {{v}} {v.noun} this year. {a} were settled at {v.s1} and the remaining {b} went "
                f"on to {v.s2}.\n", a + b)


def sum_bullets_total(v: Voice, r: random.Random) -> tuple[str, str, str]:
    p = parts_of(r, 4)
    rows = "".join(f"- {name}: {n}\n" for name, n in zip(v.areas, p))
    return _sum(f"{v.noun.capitalize()} by service in {v.year}:\n\n{rows}- Total: {{v}}\n", sum(p))


def sum_lead_as_follows(v: Voice, r: random.Random) -> tuple[str, str, str]:
    p = parts_of(r, 3)
    rows = "".join(f"- {name}: {n}\n" for name, n in zip(("Email", "Telephone", "In writing"), p))
    return _sum(f"We received {{v}} {v.noun} in {v.year}, made up as follows:\n\n{rows}", sum(p))


def sum_table_total_row(v: Voice, r: random.Random) -> tuple[str, str, str]:
    p = parts_of(r, 4)
    rows = "".join(f"{name:<22}{n:>8}\n" for name, n in zip(v.areas, p))
    return _sum(f"{v.noun.capitalize()} by service\n\n{'Service':<22}{'Number':>8}\n{rows}{'Total':<22}     {{v}}\n",
                sum(p))


def sum_table_total_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    rows = [(name, *parts_of(r, 2)) for name in v.areas[:3]]
    first = rows[0]
    lines = [f"{'Service':<22}{'Stage 1':>9}{'Stage 2':>9}{'Total':>8}"]
    lines.append(f"{first[0]:<22}{first[1]:>9}{first[2]:>9}     {{v}}")
    lines += [f"{n:<22}{a:>9}{b:>9}{a + b:>8}" for n, a, b in rows[1:]]
    return _sum(f"{v.noun.capitalize()} by service and stage\n\n" + "\n".join(lines) + "\n", first[1] + first[2])


def sum_pipe_table(v: Voice, r: random.Random) -> tuple[str, str, str]:
    p = parts_of(r, 3)
    rows = "".join(f"| {name} | {n} |\n" for name, n in zip(("Upheld", "Partly upheld", "Not upheld"), p))
    return _sum(f"{v.s1.capitalize()} outcomes\n\n| Outcome | Number |\n| --- | --- |\n{rows}| Total | {{v}} |\n", sum(p))


def sum_tab_table(v: Voice, r: random.Random) -> tuple[str, str, str]:
    p = parts_of(r, 3)
    rows = "".join(f"{name}\t{n}\n" for name, n in zip(v.areas, p))
    return _sum(f"{v.noun.capitalize()} by area\n\nArea\tReceived\n{rows}Total\t{{v}}\n", sum(p))


def sum_year_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    q1, q2 = parts_of(r, 4, 5, 40), parts_of(r, 4, 1, 12)
    head = f"{'Stage':<10}{'Q1':>5}{'Q2':>5}{'Q3':>5}{'Q4':>5}{'Year':>7}"
    one = f"{'Stage 1':<10}" + "".join(f"{n:>5}" for n in q1) + "     {v}"
    two = f"{'Stage 2':<10}" + "".join(f"{n:>5}" for n in q2) + f"{sum(q2):>7}"
    return _sum(f"{v.noun.capitalize()} received by quarter\n\n{head}\n{one}\n{two}\n", sum(q1))


def sum_of_these_next_sentence(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, c = parts_of(r, 3)
    return _sum(f"We closed {{v}} {v.noun} in {v.year}. Of these, {a} were upheld, {b} were partly upheld and {c} "
                "were not upheld.\n", a + b + c)


def sum_semicolon_line(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b = parts_of(r, 2)
    return _sum(f"{v.s1.capitalize()}: {a}; {v.s2}: {b}; total: {{v}}.\n", a + b)


def sum_split_between(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b = parts_of(r, 2)
    return _sum(f"The year's {{v}} {v.noun} were split between {a} at {v.s1} and {b} at {v.s2}.\n", a + b)


def sum_together_came_to(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b = parts_of(r, 2)
    return _sum(f"{v.s1.capitalize()} ({a}) and {v.s2} ({b}) {v.noun} together came to {{v}}.\n", a + b)


def sum_quarter_rows(v: Voice, r: random.Random) -> tuple[str, str, str]:
    q = parts_of(r, 4, 10, 80)
    rows = "".join(f"{'Q' + str(i):<12}{n:>10}\n" for i, n in enumerate(q, 1))
    return _sum(f"{v.noun.capitalize()} received each quarter\n\n{'Quarter':<12}{'Received':>10}\n{rows}"
                f"{'Year':<12}       {{v}}\n", sum(q))


def sum_outcome_list_lead(v: Voice, r: random.Random) -> tuple[str, str, str]:
    p = parts_of(r, 3)
    names = ("upheld", "partly upheld", "not upheld")
    rows = "".join(f"- {n} {name}\n" for name, n in zip(names, p))
    return _sum(f"Outcomes of the {{v}} {v.noun} closed at {v.s1}:\n\n{rows}", sum(p))


def sum_pipe_total_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    rows = [(name, *parts_of(r, 2)) for name in v.areas[:3]]
    n0, a0, b0 = rows[0]
    lines = ["| Service | Stage 1 | Stage 2 | Total |", "| --- | --- | --- | --- |", f"| {n0} | {a0} | {b0} | {{v}} |"]
    lines += [f"| {n} | {a} | {b} | {a + b} |" for n, a, b in rows[1:]]
    return _sum(f"{v.noun.capitalize()} by service\n\n" + "\n".join(lines) + "\n", a0 + b0)


SUMS: dict[str, Maker] = {
    "of-these-next-sentence": sum_of_these_next_sentence, "semicolon-line": sum_semicolon_line,
    "split-between": sum_split_between, "together-came-to": sum_together_came_to, "quarter-rows": sum_quarter_rows,
    "outcome-list-lead": sum_outcome_list_lead, "pipe-total-column": sum_pipe_total_column,
    "of-which": sum_of_which, "of-the-outcomes": sum_of_the_outcomes, "total-last": sum_total_last,
    "quarters-sentence": sum_quarters_sentence, "areas-brackets": sum_areas_brackets, "comprising": sum_comprising,
    "stage-brackets": sum_stage_brackets, "remaining": sum_remaining, "bullets-total": sum_bullets_total,
    "lead-as-follows": sum_lead_as_follows, "table-total-row": sum_table_total_row,
    "table-total-column": sum_table_total_column, "pipe-table": sum_pipe_table, "tab-table": sum_tab_table,
    "year-column": sum_year_column,
}


# ------------------------------------------------------------------ shares: count, base and stated %

def _share(template: str, p: float, decimals: int = 0, unit: str = "%") -> tuple[str, str, str]:
    fmt = (lambda x: f"{x:.{decimals}f}{unit}")
    return template, fmt(p), fmt(moved_points(p))


def share_x_of_y_p(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"{a} of the {b} {v.noun} we closed at {v.s1} ({{v}}) were upheld.\n", p)


def share_p_n_of_b(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"We upheld {{v}} ({a}) of the {b} {v.noun} we closed at {v.s1}.\n", p)


def share_out_of_which_is(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"We answered {a} out of {b} {v.noun} within the target time, which is {{v}}.\n", p)


def share_of_these_n_p(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"We closed {b} {v.noun} at {v.s1} in {v.year}. Of these, {a} ({{v}}) were upheld.\n", p)


def share_p_then_ratio(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"{{v}} of {v.s1} {v.noun} were upheld ({a} out of {b}).\n", p)


def share_per_cent_words(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"Of the {b} {v.noun} closed, {a} were answered on time, or {{v}}.\n", p, unit=" per cent")


def share_decimal(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 120, 900, 1)
    return _share(f"{a} of {b} {v.noun} were answered within ten working days ({{v}}).\n", p, 1)


def share_equates(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"Of the {b} {v.noun} we investigated, {a} were upheld in full. This equates to {{v}}.\n", p)


def share_table_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    counts = parts_of(r, 3, 10, 90)
    total = sum(counts)
    shares = [round(100 * n / total) for n in counts]
    while any(abs(100 * n / total - int(100 * n / total) - 0.5) < 0.25 for n in counts):
        counts[0] += 1
        total = sum(counts)
        shares = [round(100 * n / total) for n in counts]
    names = ("Upheld", "Partly upheld", "Not upheld")
    lines = [f"{'Outcome':<16}{'Number':>8}{'%':>8}"]
    lines.append(f"{names[0]:<16}{counts[0]:>8}     {{v}}")
    lines += [f"{n:<16}{c:>8}{str(s) + '%':>8}" for n, c, s in zip(names[1:], counts[1:], shares[1:])]
    lines.append(f"{'Total':<16}{total:>8}{'100%':>8}")
    return _share(f"{v.s1.capitalize()} outcomes\n\n" + "\n".join(lines) + "\n", shares[0])


def share_row_rate(v: Voice, r: random.Random) -> tuple[str, str, str]:
    rows = [share_of(r, 40, 300) for _ in range(3)]
    lines = [f"{'Quarter':<10}{'Closed':>8}{'On time':>9}{'% on time':>11}"]
    a, b, p = rows[0]
    lines.append(f"{'Q1':<10}{b:>8}{a:>9}       {{v}}")
    lines += [f"{q:<10}{bb:>8}{aa:>9}{str(int(pp)) + '%':>11}" for q, (aa, bb, pp) in zip(("Q2", "Q3"), rows[1:])]
    return _share(f"{v.noun.capitalize()} answered on time\n\n" + "\n".join(lines) + "\n", p)


def share_cell_n_p(v: Voice, r: random.Random) -> tuple[str, str, str]:
    counts = parts_of(r, 3, 10, 90)
    total = sum(counts)
    while any(abs(100 * n / total - int(100 * n / total) - 0.5) < 0.25 for n in counts):
        counts[0] += 1
        total = sum(counts)
    shares = [round(100 * n / total) for n in counts]
    names = ("Upheld", "Partly upheld", "Not upheld")
    lines = [f"{names[0]:<16}{counts[0]} ({{v}})"]
    lines += [f"{n:<16}{c} ({s}%)" for n, c, s in zip(names[1:], counts[1:], shares[1:])]
    lines.append(f"{'Total':<16}{total}")
    return _share(f"Outcomes of {v.s1} {v.noun}\n\n" + "\n".join(lines) + "\n", shares[0])


def share_one_in(v: Voice, r: random.Random) -> tuple[str, str, str]:
    k = r.randint(3, 6)
    b = k * r.randint(8, 30)
    return (f"One in {{v}} {v.noun} closed at {v.s1} was upheld ({b // k} of {b}).\n", word(k), word(k + 3))


def share_slash_ratio(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"{v.s1.capitalize()} {v.noun} answered on time: {a}/{b} ({{v}}).\n", p)


def share_label_of(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"Upheld at {v.s2}: {a} of {b} ({{v}})\n", p)


def share_proportion_was(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"The proportion of {v.noun} upheld at {v.s1} was {{v}} ({a} of {b}).\n", p)


def share_base_sentence_before(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"We closed {b} {v.noun} at {v.s1} this year. {a} were upheld, which is {{v}}.\n", p)


def share_p_of_the_b_n(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"{{v}} of the {b} {v.noun} we closed ({a}) were answered within 20 working days.\n", p)


def share_pipe_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    rows = [share_of(r, 40, 300) for _ in range(3)]
    lines = ["| Stage | Closed | Upheld | % upheld |", "| --- | --- | --- | --- |"]
    a, b, p = rows[0]
    lines.append(f"| {v.s1.capitalize()} | {b} | {a} | {{v}} |")
    lines += [f"| {st} | {bb} | {aa} | {int(pp)}% |" for st, (aa, bb, pp) in zip((v.s2.capitalize(), "Ombudsman"), rows[1:])]
    return _share("Outcomes by stage\n\n" + "\n".join(lines) + "\n", p)


SHARES: dict[str, Maker] = {
    "slash-ratio": share_slash_ratio, "label-of": share_label_of, "proportion-was": share_proportion_was,
    "base-sentence-before": share_base_sentence_before, "p-of-the-b-n": share_p_of_the_b_n,
    "pipe-column": share_pipe_column,
    "x-of-y-p": share_x_of_y_p, "p-n-of-b": share_p_n_of_b, "out-of-which-is": share_out_of_which_is,
    "of-these-n-p": share_of_these_n_p, "p-then-ratio": share_p_then_ratio, "per-cent-words": share_per_cent_words,
    "decimal": share_decimal, "equates": share_equates, "table-column": share_table_column,
    "row-rate": share_row_rate, "cell-n-p": share_cell_n_p, "one-in": share_one_in,
}


# ------------------------------------------------------------------ changes: a stated rise or fall

def _count_change(template: str, d: int) -> tuple[str, str, str]:
    return template, str(d), str(moved_count(d))


def change_up_pct_on_last_years(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, True)
    return _share(f"We received {new} {v.noun} in {v.year}, up {{v}} on last year's {old}.\n", p)


def change_from_to_fewer_words(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(20, 60)
    d = r.randint(2, 9)
    return (f"{v.noun.capitalize()} at {v.s2} went from {old} to {old - d}, {{v}} fewer than the year before.\n",
            word(d), word(d + 3))


def change_rose_increase_of(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(40, 400)
    d = r.randint(8, old // 3)
    return _count_change(f"{v.noun.capitalize()} rose from {old} to {old + d}, an increase of {{v}}.\n", d)


def change_fell_by_pct_from_to(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, False)
    return _share(f"{v.s2.capitalize()} {v.noun} fell by {{v}} from {old} to {new}.\n", p)


def change_compared_decrease(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(60, 400)
    d = r.randint(8, old // 3)
    return _count_change(f"We received {old - d} {v.noun} this year compared with {old} last year, a decrease "
                         "of {v}.\n", d)


def change_bracket_prior(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(60, 400)
    d = r.randint(8, old // 3)
    return _count_change(f"{v.noun.capitalize()} received: {old + d} ({v.prior}: {old}), up {{v}}.\n", d)


def change_n_more_than(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(60, 400)
    d = r.randint(8, old // 3)
    return _count_change(f"We received {old + d} {v.noun}, {{v}} more than last year ({old}).\n", d)


def change_down_pct(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, False)
    return _share(f"{v.noun.capitalize()} about {v.areas[0].lower()} fell from {old} to {new}, down {{v}}.\n", p)


def change_pct_reduction_on(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, False)
    return _share(f"We logged {new} {v.noun} in {v.year}, a {{v}} reduction on the {old} logged in {v.prior}.\n", p)


def change_pct_higher_than(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, True)
    return _share(f"The {new} {v.noun} received this year were {{v}} higher than the {old} received last year.\n", p)


def change_table_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    (o1, n1, _), (o2, n2, _) = change_pair(r, 60, 400, True), change_pair(r, 60, 400, False)
    head = f"{'Measure':<24}{v.prior:>9}{v.year:>9}{'Change':>8}"
    one = f"{'Received':<24}{o1:>9}{n1:>9}     {{v}}"
    two = f"{'Upheld':<24}{o2:>9}{n2:>9}{n2 - o2:>8}"
    return f"Year on year\n\n{head}\n{one}\n{two}\n", f"+{n1 - o1}", f"+{moved_count(n1 - o1)}"


def change_table_pct_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    (o1, n1, p1), (o2, n2, p2) = change_pair(r, 60, 400, False), change_pair(r, 60, 400, True)
    head = f"{'Measure':<24}{v.prior:>9}{v.year:>9}{'% change':>10}"
    one = f"{'Received':<24}{o1:>9}{n1:>9}       {{v}}"
    two = f"{'Upheld':<24}{o2:>9}{n2:>9}{'+' + str(p2) + '%':>10}"
    return f"Year on year\n\n{head}\n{one}\n{two}\n", f"-{p1}%", f"-{p1 + 7}%"


def change_increase_pct_previous(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, True)
    return _share(f"We received {new} {v.noun}, an increase of {{v}} on the previous year ({old}).\n", p)


def change_against_rise_of(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, True)
    return _share(f"{v.noun.capitalize()} this year stood at {new} against {old} last year, a rise of {{v}}.\n", p)


def change_bracket_prior_pct(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, False)
    return _share(f"{v.s1.capitalize()} {v.noun}: {new} ({v.prior}: {old}), a {{v}} decrease.\n", p)


def change_years_then_increase(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(40, 400)
    d = r.randint(8, old // 3)
    return _count_change(f"We received {old} {v.noun} in {v.prior} and {old + d} in {v.year}: an increase of {{v}}.\n", d)


def change_fewer_than_bracket(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(40, 400)
    d = r.randint(8, old // 3)
    return _count_change(f"There were {{v}} fewer {v.noun} than last year ({old - d} compared with {old}).\n", d)


def change_difference_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    o1, o2 = r.randint(60, 300), r.randint(20, 80)
    d1, d2 = r.randint(5, 40), r.randint(3, 15)
    head = f"{'Stage':<12}{v.prior:>9}{v.year:>9}{'Difference':>12}"
    one = f"{'Stage 1':<12}{o1:>9}{o1 - d1:>9}         {{v}}"
    two = f"{'Stage 2':<12}{o2:>9}{o2 + d2:>9}{'+' + str(d2):>12}"
    return f"Complaints received\n\n{head}\n{one}\n{two}\n", f"-{d1}", f"-{moved_count(d1)}"


CHANGES: dict[str, Maker] = {
    "increase-pct-previous": change_increase_pct_previous, "against-rise-of": change_against_rise_of,
    "bracket-prior-pct": change_bracket_prior_pct, "years-then-increase": change_years_then_increase,
    "fewer-than-bracket": change_fewer_than_bracket, "difference-column": change_difference_column,
    "up-pct-on-last-years": change_up_pct_on_last_years, "from-to-fewer-words": change_from_to_fewer_words,
    "rose-increase-of": change_rose_increase_of, "fell-by-pct-from-to": change_fell_by_pct_from_to,
    "compared-decrease": change_compared_decrease, "bracket-prior": change_bracket_prior,
    "n-more-than": change_n_more_than, "down-pct": change_down_pct, "pct-reduction-on": change_pct_reduction_on,
    "pct-higher-than": change_pct_higher_than, "table-column": change_table_column,
    "table-pct-column": change_table_pct_column,
}


# ------------------------------------------------------------------ rates per 1,000 with their base

def _rate(template: str, rate: float) -> tuple[str, str, str]:
    return template, f"{rate:.1f}", f"{moved_count(round(rate)) + rate - round(rate):.1f}"


def rate_which_is(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 1000)
    return _rate(f"We serve {comma(base)} {v.home}. We received {c} {v.noun} in the year, which is {{v}} {v.noun} "
                 f"per 1,000 {v.home}.\n", rt)


def rate_a_rate_of(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 1000)
    return _rate(f"With {c} {v.noun} and {comma(base)} {v.home}, the year's rate was {{v}} per 1,000 {v.home}.\n", rt)


def rate_per_10000(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 10000)
    return _rate(f"The {c} {v.noun} we received from our {comma(base)} {v.home} are {{v}} per 10,000 {v.home}.\n", rt)


def rate_base_sentence_before(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 1000)
    return _rate(f"At 31 March we had {comma(base)} {v.home}.\n\nWe received {c} {v.noun} at {v.s1}, a rate of {{v}} "
                 f"per 1,000 {v.home}.\n", rt)


def rate_label_table(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 1000)
    rows = [f"{v.s1.capitalize() + ' ' + v.noun + ' received':<44}{c:>10}",
            f"{v.home.capitalize() + ' at 31 March':<44}{comma(base):>10}",
            f"{v.s1.capitalize() + ' ' + v.noun + ' per 1,000 ' + v.home:<44}      {{v}}"]
    return _rate("Key figures\n\n" + "\n".join(rows) + "\n", rt)


def rate_for_every(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 1000)
    return _rate(f"The {c} {v.noun} we received equal {{v}} for every 1,000 {v.home} ({comma(base)} in all).\n", rt)


def rate_average_paid(v: Voice, r: random.Random) -> tuple[str, str, str]:
    n = r.randint(12, 60)
    avg = r.randint(80, 600)
    total = n * avg + r.randint(0, n // 3)
    return (f"We paid £{comma(total)} in compensation in {n} cases, an average of £{{v}} per case.\n",
            str(round(total / n)), str(moved_count(round(total / n))))


def rate_average_days(v: Voice, r: random.Random) -> tuple[str, str, str]:
    n = r.randint(40, 200)
    avg = r.randint(60, 250) / 10
    days = round(n * avg)
    return _rate(f"The {n} {v.noun} closed at {v.s1} took {comma(days)} working days to answer in all, an average of "
                 "{v} days each.\n", days / n)


RATES: dict[str, Maker] = {
    "for-every": rate_for_every, "average-paid": rate_average_paid, "average-days": rate_average_days,
    "which-is": rate_which_is, "a-rate-of": rate_a_rate_of, "per-10000": rate_per_10000,
    "base-sentence-before": rate_base_sentence_before, "label-table": rate_label_table,
}


# ------------------------------------------------------------------ counter-cases: nothing to raise

def none_share_other_base(v: Voice, r: random.Random) -> str:
    a, b, p = share_of(r, 30, 120)
    return (f"We received {b * 3 + 7} {v.noun} in {v.year}. Of the {b} we closed at {v.s2}, {a} ({p:.0f}%) were "
            "upheld.\n")


def none_share_of_closed(v: Voice, r: random.Random) -> str:
    a, b, p = share_of(r, 30, 120)
    return (f"We received {b + 40} {v.noun} and closed {b}. We upheld {a} of them ({p:.0f}% of those closed).\n")


def none_including(v: Voice, r: random.Random) -> str:
    a, b = parts_of(r, 2, 5, 40)
    return f"We received {a + b + 31} {v.noun}, including {a} about {v.areas[0].lower()} and {b} about noise.\n"


def none_among_them(v: Voice, r: random.Random) -> str:
    a, b = parts_of(r, 2, 5, 40)
    return (f"{a + b + 18} {v.noun} concerned {v.areas[0].lower()}. Among them, {a} were about damp and {b} about "
            "delays to repairs.\n")


def none_largest(v: Voice, r: random.Random) -> str:
    a, b = parts_of(r, 2, 20, 40)
    return (f"Of the {a + b + 57} {v.noun} received, the largest groups were about {v.areas[0]} ({a}) and "
            f"{v.areas[1]} ({b}).\n")


def none_change_other_measure(v: Voice, r: random.Random) -> str:
    old, new, p = change_pair(r, 100, 300, True)
    return (f"We received {new + 50} {v.noun} and {new} compliments in {v.year}; compliments were up {p}% on "
            f"last year's {old}.\n")


def none_change_other_measure_words(v: Voice, r: random.Random) -> str:
    c = r.randint(150, 400)
    return (f"We received {c} {v.noun}, compared with {c - 31} the year before. The average time to respond fell "
            "by 4 days, an improvement of 25%.\n")


def none_benchmark_rate(v: Voice, r: random.Random) -> str:
    c, base, _ = rate_of(r, 1000)
    return (f"We serve {comma(base)} {v.home} and received {c} {v.noun}. The sector median is 38.5 {v.noun} per "
            f"1,000 {v.home}.\n")


COUNTERS: dict[str, Callable[[Voice, random.Random], str]] = {
    "share-other-base": none_share_other_base, "share-of-closed": none_share_of_closed,
    "including": none_including, "among-them": none_among_them, "largest": none_largest,
    "change-other-measure": none_change_other_measure, "change-other-measure-words": none_change_other_measure_words,
    "benchmark-rate": none_benchmark_rate,
}


def _rng(voice: Voice, kind: str, shape: str) -> random.Random:
    return random.Random(zlib.crc32(f"{voice.name}/{kind}/{shape}".encode()))


TABLE_LIKE = re.compile(r"\S {2,}\S|\t|\|")


def wrap_prose(template: str, width: int = 56) -> str:
    """Each one-line paragraph of prose (not a list item, a table row or a short line) wrapped at `width`."""
    out = []
    body = template.rstrip("\n")
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if len(lines) == 1 and len(para) > width and not para.startswith("- ") and not TABLE_LIKE.search(para):
            para = textwrap.fill(para, width, break_long_words=False, break_on_hyphens=False)
        out.append(para)
    return "\n\n".join(out) + template[len(body):]


def relations(rounds: tuple[int, ...] = (1, 2, 3, 4)) -> Iterator[Relation]:
    """Every shape of every kind in every voice, then the counter-cases; rounds 2 and 3 are
    relation_matrix2.py and relation_matrix3.py; round 4 wraps the prose of rounds 1 and 2 (one voice)."""
    kinds: list[tuple[str, dict[str, Maker]]] = []
    counters: list[dict[str, Callable[[Voice, random.Random], str]]] = []
    if 1 in rounds:
        kinds += [("sum", SUMS), ("share", SHARES), ("change", CHANGES), ("rate", RATES)]
        counters.append(COUNTERS)
    if 2 in rounds:
        import relation_matrix2 as r2

        kinds += [("sum", r2.SUMS2), ("share", r2.SHARES2), ("change", r2.CHANGES2), ("rate", r2.RATES2)]
        counters.append(r2.COUNTERS2)
    if 3 in rounds:
        import relation_matrix3 as r3

        kinds += [("sum", r3.SUMS3), ("share", r3.SHARES3)]
    for kind, makers in kinds:
        for shape, make in makers.items():
            for v in VOICES:
                template, right, wrong = make(v, _rng(v, kind, shape))
                yield Relation(kind, shape, v.name, v.title, template, right, wrong)
    if 4 in rounds:  # round 4: the prose of rounds 1 and 2 wrapped as a PDF's text layer wraps it
        for rel in list(relations((1, 2))):
            if rel.voice == VOICES[0].name and (wrapped := wrap_prose(rel.template)) != rel.template:
                yield Relation(rel.kind, rel.shape + "-wrapped", rel.voice, rel.title, wrapped, rel.right, rel.wrong)
    for found in counters:
        for shape, counter in found.items():
            for v in VOICES:
                yield Relation("none", shape, v.name, v.title, counter(v, _rng(v, "none", shape)), "", "")
