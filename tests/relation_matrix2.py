"""A second round of shapes for tests/relation_matrix.py, in words of our own, written after the first
round passed and before the code that reads them: thousands with commas, bold Markdown totals, dash
lists with shares, a size in both counts and per cent, changes told in the sentence after, percentage
points and days, labelled rates, and counter-cases with a target or a change with no values."""

from __future__ import annotations

import random

from relation_matrix import (
    Maker,
    Voice,
    _count_change,
    _rate,
    _share,
    _sum,
    change_pair,
    comma,
    moved_count,
    parts_of,
    rate_of,
    share_of,
)


def sum_thousands(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b = r.randint(900, 4000), r.randint(100, 600)
    return (f"Of the {{v}} {v.noun} received, {comma(a)} were answered at {v.s1} and {comma(b)} at {v.s2}.\n",
            comma(a + b), comma(moved_count(a + b)))


def sum_bold_total(v: Voice, r: random.Random) -> tuple[str, str, str]:
    p = parts_of(r, 3)
    rows = "".join(f"| {name} | {n} |\n" for name, n in zip(v.areas, p))
    return _sum(f"{v.noun.capitalize()} by service\n\n| Service | {v.noun.capitalize()} |\n| --- | --- |\n{rows}"
                "| **Total** | **{v}** |\n", sum(p))


def sum_dash_list_shares(v: Voice, r: random.Random) -> tuple[str, str, str]:
    p = parts_of(r, 3, 20, 90)
    total = sum(p)
    names = ("Upheld", "Partly upheld", "Not upheld")
    rows = "".join(f"- {name} – {n} ({round(100 * n / total)}%)\n" for name, n in zip(names, p))
    return _sum(f"Outcomes at {v.s1}\n\n{rows}- Total – {{v}}\n", total)


def sum_two_year_rows(v: Voice, r: random.Random) -> tuple[str, str, str]:
    rows = [(name, *parts_of(r, 2)) for name in v.areas[:3]]
    head = f"{'Service':<24}{v.prior:>9}{v.year:>9}"
    body = "\n".join(f"{n:<24}{a:>9}{b:>9}" for n, a, b in rows)
    t_old, t_new = sum(x[1] for x in rows), sum(x[2] for x in rows)
    return _sum(f"{v.noun.capitalize()} by service, two years\n\n{head}\n{body}\n"
                f"{'Total ' + v.noun + ' received':<24}{t_old:>9}      {{v}}\n", t_new)


def sum_quarters_bracket_colons(v: Voice, r: random.Random) -> tuple[str, str, str]:
    q = parts_of(r, 4, 10, 60)
    return _sum(f"A total of {{v}} {v.noun} were received across the year (Q1: {q[0]}, Q2: {q[1]}, Q3: {q[2]}, "
                f"Q4: {q[3]}).\n", sum(q))


def sum_comma_plain(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b = parts_of(r, 2)
    return _sum(f"{v.s1.capitalize()} {a}, {v.s2} {b}, total {{v}}.\n", a + b)


def share_thousands_decimal(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 1000, 5000, 1)
    return _share(f"Of the {comma(b)} {v.noun} received, {comma(a)} ({{v}}) were answered within the timescale.\n",
                  p, 1)


def share_bullets_p_n(v: Voice, r: random.Random) -> tuple[str, str, str]:
    counts = parts_of(r, 3, 15, 90)
    total = sum(counts)
    while any(abs(100 * n / total - int(100 * n / total) - 0.5) < 0.25 for n in counts):
        counts[0] += 1
        total = sum(counts)
    shares = [round(100 * n / total) for n in counts]
    rows = [f"- {{v}} ({counts[0]}) upheld"]
    rows += [f"- {s}% ({n}) {w}" for s, n, w in zip(shares[1:], counts[1:], ("partly upheld", "not upheld"))]
    return _share(f"Of the {total} {v.noun} closed at {v.s1}:\n\n" + "\n".join(rows) + "\n", shares[0])


def share_rate_was_upheld_of(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"The upheld rate at {v.s2} was {{v}} ({a} upheld of {b} decided).\n", p)


def share_p_of_total_of(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"{v.areas[0]} accounted for {a} {v.noun}, {{v}} of the total of {b}.\n", p)


def share_per_cent_decimal_words(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 120, 900, 1)
    return _share(f"We responded to {a} of the {b} {v.noun} on time, which is {{v}}.\n", p, 1, " per cent")


def share_slash_after(v: Voice, r: random.Random) -> tuple[str, str, str]:
    a, b, p = share_of(r, 30, 300)
    return _share(f"{{v}} of {v.noun} were answered within ten working days ({a}/{b}).\n", p)


def change_count_and_pct(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, False)
    return _share(f"{v.noun.capitalize()} fell by {old - new} ({{v}}) from {old} to {new}.\n", p)


def change_next_sentence(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(60, 400)
    d = r.randint(8, old // 3)
    return _count_change(f"We received {old + d} {v.noun} in {v.year}. This is an increase of {{v}} compared with "
                         f"the previous year ({old}).\n", d)


def change_pct_compared_to_in(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, False)
    return _share(f"We logged {new} {v.noun}, a decrease of {{v}} compared to {old} in {v.prior}.\n", p)


def change_up_from_to_sign(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old, new, p = change_pair(r, 120, 600, True)
    return (f"{v.noun.capitalize()} went up from {old} in {v.prior} to {new} in {v.year} ({{v}}).\n", f"+{p}%", f"+{p + 7}%")


def change_points(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(55, 80)
    d = r.randint(3, 12)
    return ((f"{v.noun.capitalize()} answered on time rose from {old}% to {old + d}%, an increase of {{v}} percentage "
            "points.\n"), str(d), str(moved_count(d)))


def change_days(v: Voice, r: random.Random) -> tuple[str, str, str]:
    old = r.randint(120, 250) / 10
    d = r.randint(15, 60) / 10
    return ((f"The average time to respond at {v.s1} fell from {old:.1f} to {old - d:.1f} working days, a reduction "
            "of {v} days.\n"), f"{d:.1f}", f"{d + 3:.1f}")


def change_variance_column(v: Voice, r: random.Random) -> tuple[str, str, str]:
    o1, o2 = r.randint(60, 300), r.randint(20, 80)
    d1, d2 = r.randint(5, 40), r.randint(3, 15)
    head = f"{'Stage':<12}{v.prior:>9}{v.year:>9}{'Variance':>10}"
    one = f"{'Stage 1':<12}{o1:>9}{o1 + d1:>9}       {{v}}"
    two = f"{'Stage 2':<12}{o2:>9}{o2 - d2:>9}{'-' + str(d2):>10}"
    return f"{v.noun.capitalize()} received\n\n{head}\n{one}\n{two}\n", f"+{d1}", f"+{moved_count(d1)}"


def rate_properties(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 1000)
    return _rate(f"We own and manage {comma(base)} properties. Last year we received {c} {v.noun}: {{v}} for every "
                 "1,000 properties.\n", rt)


def rate_population_label_lines(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 10000)
    return _rate(f"Population: {comma(base)}\n{v.noun.capitalize()} received: {c}\n"
                 f"{v.noun.capitalize()} received per 10,000 population: {{v}}\n", rt)


def rate_bracket_count_population(v: Voice, r: random.Random) -> tuple[str, str, str]:
    c, base, rt = rate_of(r, 1000)
    return _rate(f"There were {{v}} {v.noun} per 1,000 population ({c} {v.noun}; population {comma(base)}).\n", rt)


SUMS2: dict[str, Maker] = {
    "thousands": sum_thousands, "bold-total": sum_bold_total, "dash-list-shares": sum_dash_list_shares,
    "two-year-rows": sum_two_year_rows, "quarters-bracket-colons": sum_quarters_bracket_colons,
    "comma-plain": sum_comma_plain,
}
SHARES2: dict[str, Maker] = {
    "thousands-decimal": share_thousands_decimal, "bullets-p-n": share_bullets_p_n,
    "rate-was-upheld-of": share_rate_was_upheld_of, "p-of-total-of": share_p_of_total_of,
    "per-cent-decimal-words": share_per_cent_decimal_words, "slash-after": share_slash_after,
}
CHANGES2: dict[str, Maker] = {
    "count-and-pct": change_count_and_pct, "next-sentence": change_next_sentence,
    "pct-compared-to-in": change_pct_compared_to_in, "up-from-to-sign": change_up_from_to_sign,
    "points": change_points, "days": change_days, "variance-column": change_variance_column,
}
RATES2: dict[str, Maker] = {
    "properties": rate_properties, "population-label-lines": rate_population_label_lines,
    "bracket-count-population": rate_bracket_count_population,
}


def none_target(v: Voice, r: random.Random) -> str:
    a, b, p = share_of(r, 100, 300)
    return f"Target: 95%. Achieved: {p:.0f}% ({a} of {b} {v.noun} answered on time).\n"


def none_change_without_values(v: Voice, r: random.Random) -> str:
    return f"{v.s2.capitalize()} {v.noun} were 40% lower than in {v.prior}, and {v.s1} {v.noun} rose slightly.\n"


def none_share_of_escalated(v: Voice, r: random.Random) -> str:
    a, b, p = share_of(r, 30, 120)
    return (f"Of the {b * 3} {v.noun} received, {b} were escalated to {v.s2}; {a} of those ({p:.0f}%) were "
            "upheld.\n")


def none_top_services(v: Voice, r: random.Random) -> str:
    a, b, c = parts_of(r, 3, 20, 40)
    return (f"We received {a + b + c + 64} {v.noun}. The three services with the most were {v.areas[0]} ({a}), "
            f"{v.areas[1]} ({b}) and {v.areas[2]} ({c}).\n")


COUNTERS2 = {"target": none_target, "change-without-values": none_change_without_values,
             "share-of-escalated": none_share_of_escalated, "top-services": none_top_services}
