"""More axes of the layout matrix (tests/layout_matrix.py): what a cell holds (last year's value in
brackets under a legend, a count with its share), where totals stand (a Total row, a Total column, a
year-to-date column after the quarters), how periods are written (months as columns, "2030-31",
"Apr-Jun 2030", "Quarter 1"), a header in two lines, measures as columns over areas holding shares,
empty cells, and each table again in the words of another kind of body (an NHS trust, a fire service,
a university, a housing association, a Scottish or Welsh council), all in words of our own.
Tables that count no complaints (indicators of other subjects, dates, phone numbers, money) must give
nothing. The expected figures follow docs/SPEC.md sections 2, 4 and 7 and come from the data alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from layout_matrix import (
    COUNCIL_LABELS,
    PRIOR,
    SERVICES,
    STAGES,
    TABLES,
    YEAR,
    Expected,
    Table,
    cell,
    quarters_by_measure,
    services_by_stage,
    stages_by_outcome,
    years_by_stage,
)

Labels = Sequence[tuple[str, str, str, str | None, float, float]]
LEGEND = f"Figures for {PRIOR} are shown in brackets."
# a Scottish university's measures, in the words of the model procedure
UNIVERSITY_LABELS = [
    ("Complaints closed at frontline resolution", "closed", "count", "stage1", 518, 470),
    ("Complaints closed at investigation", "closed", "count", "stage2", 64, 58),
    ("Frontline complaints upheld", "upheld", "count", "stage1", 143, 121),
    ("Average working days to close a frontline complaint", "average_response_days", "working_days", "stage1", 4.1, 4.6),
]


def brackets_prior(caption: str, labels: Labels) -> Table:
    """ "412 (388)": this year's value with last year's in brackets, as the legend says."""
    rows = [[lab, f"{cell(a, u)} ({cell(b, u)})"] for lab, _m, u, _s, a, b in labels]
    expected = [x for _l, m, u, s, a, b in labels for x in ((m, float(a), u, s, YEAR), (m, float(b), u, s, PRIOR))]
    return Table(caption, [["Measure", YEAR]], rows, expected, note=LEGEND)


def outcome_shares(caption: str, heads: Sequence[str], stages: Sequence[tuple[str, str]], glue: str) -> Table:
    """Outcome cells holding a count and its share of those received: "96 (23%)" or "96 = 23%"."""
    def both(n: int, whole: int) -> str:
        share = round(100 * n / whole)
        return f"{n} ({share}%)" if glue == "brackets" else f"{n} = {share}%"

    rows = [[lab, str(a), both(b, a), both(c, a), both(d, a)]
            for (lab, _s), (_l, _t, a, b, c, d) in zip(stages, STAGES, strict=True)]
    expected: Expected = []
    for (_lab, s), (_l, _t, a, b, c, d) in zip(stages, STAGES, strict=True):
        expected.append(("received", float(a), "count", s, YEAR))
        for measure, n in (("upheld", b), ("partially_upheld", c), ("not_upheld", d)):
            expected += [(measure, float(n), "count", s, YEAR), (measure, float(round(100 * n / a)), "percent", s, YEAR)]
    return Table(caption, [list(heads)], rows, expected)


def with_totals(caption: str, heads: Sequence[str], names: Sequence[str], stages: Sequence[str]) -> Table:
    """A Total column (both stages: no stage, SPEC 2) and a Total row under the services."""
    rows = [[name, str(a), str(b), str(a + b)] for name, (_s, a, b) in zip(names, SERVICES, strict=True)]
    one, two = sum(a for _s, a, _b in SERVICES), sum(b for _s, _a, b in SERVICES)
    rows.append(["Total", str(one), str(two), str(one + two)])
    expected = [x for _s, a, b in [*SERVICES, ("Total", one, two)]
                for x in (("received", float(a), "count", stages[0], YEAR), ("received", float(b), "count", stages[1], YEAR),
                          ("received", float(a + b), "count", None, YEAR))]
    return Table(caption, [[*heads, "Total"]], rows, expected)


QUARTER_ROWS = [("received", (101, 97, 110, 104)), ("upheld", (22, 25, 19, 30))]


def quarters_then_ytd(caption: str, labels: Sequence[str], ytd: str, stage: str | None) -> Table:
    """Quarters as columns, then the year to date (in a report of the year: the year)."""
    rows = [[lab, *map(str, qs), str(sum(qs))] for lab, (_m, qs) in zip(labels, QUARTER_ROWS, strict=True)]
    expected = [x for _m, qs in QUARTER_ROWS for x in (
        *((_m, float(q), "count", stage, f"{YEAR} Q{k}") for k, q in enumerate(qs, 1)),
        (_m, float(sum(qs)), "count", stage, YEAR))]
    return Table(caption, [["Measure", "Q1", "Q2", "Q3", "Q4", ytd]], rows, expected)


MONTHS = [("2030-10-01..2030-10-31", "Oct", "October"), ("2030-11-01..2030-11-30", "Nov", "November"),
          ("2030-12-01..2030-12-31", "Dec", "December"), ("2031-01-01..2031-01-31", "Jan", "January"),
          ("2031-02-01..2031-02-28", "Feb", "February"), ("2031-03-01..2031-03-31", "Mar", "March")]
MONTH_ROWS = [("received", (34, 31, 25, 38, 33, 33)), ("closed", (30, 33, 27, 35, 36, 31))]


def months_as_columns(caption: str, labels: Sequence[str], long: bool, stage: str | None) -> Table:
    """Months as columns, read against the report's financial year (January is the next calendar year's)."""
    heads = ["Measure", *(full if long else short for _p, short, full in MONTHS)]
    rows = [[lab, *map(str, ns)] for lab, (_m, ns) in zip(labels, MONTH_ROWS, strict=True)]
    expected = [(m, float(n), "count", stage, p) for m, ns in MONTH_ROWS for (p, _s, _f), n in zip(MONTHS, ns, strict=True)]
    return Table(caption, [heads], rows, expected)


UPHELD = [29, 22, 11, 6], [4, 2, 1, 2]


def two_line_header(caption: str, stages: Sequence[tuple[str, str]], count: tuple[str, str], names: Sequence[str]) -> Table:
    """ "Stage 1 | Stage 2" over "Received | Upheld | Received | Upheld": each stage's cell spans two columns."""
    heads = [["", stages[0][0], "", stages[1][0], ""], ["Service", count[0], "Upheld", count[0], "Upheld"]]
    rows = [[name, str(a), str(u1), str(b), str(u2)]
            for name, (_s, a, b), u1, u2 in zip(names, SERVICES, *UPHELD, strict=True)]
    expected = [x for (_s, a, b), u1, u2 in zip(SERVICES, *UPHELD, strict=True)
                for x in ((count[1], float(a), "count", stages[0][1], YEAR), ("upheld", float(u1), "count", stages[0][1], YEAR),
                          (count[1], float(b), "count", stages[1][1], YEAR), ("upheld", float(u2), "count", stages[1][1], YEAR))]
    return Table(caption, heads, rows, expected)


SHARES = [(23, 81), (18, 92), (9, 77), (30, 85)]


def shares_by_area(caption: str, heads: Sequence[str], names: Sequence[str], stage: str | None) -> Table:
    """Measures as columns, areas as rows, every cell a percentage."""
    rows = [[name, f"{u}%", f"{w}%"] for name, (u, w) in zip(names, SHARES, strict=True)]
    expected = [x for u, w in SHARES for x in (("upheld", float(u), "percent", stage, YEAR),
                                                ("within_target", float(w), "percent", stage, YEAR))]
    return Table(caption, [list(heads)], rows, expected)


def with_gaps(caption: str, heads: Sequence[str], stages: Sequence[str]) -> Table:
    """Cells with nothing to report ("-", "n/a") give no figure; the others still do."""
    gaps = {(2, 2): "n/a", (3, 2): "-", (3, 1): "-"}
    rows = [[svc, gaps.get((i, 1), str(a)), gaps.get((i, 2), str(b))] for i, (svc, a, b) in enumerate(SERVICES)]
    expected = [(("received", float(v), "count", stages[c - 1], YEAR))
                for i, (_svc, a, b) in enumerate(SERVICES) for c, v in ((1, a), (2, b)) if (i, c) not in gaps]
    return Table(caption, [list(heads)], rows, expected)


def stages_with_total(caption: str, heads: Sequence[str], stages: Sequence[tuple[str, str]], count: str) -> Table:
    """Stages as rows under a Total row: the Total spans the stages, so its figures have no stage (SPEC 2)."""
    made = stages_by_outcome(caption, heads, stages, count)
    sums = [sum(int(r[c]) for r in made.rows) for c in range(1, 5)]
    measures = (count, "upheld", "partially_upheld", "not_upheld")
    return Table(made.caption, made.heads, [*made.rows, ["Total", *map(str, sums)]],
                 made.expected + [(m, float(v), "count", None, YEAR) for m, v in zip(measures, sums, strict=True)])


PRIOR_SERVICES = [(110, 12), (101, 11), (49, 8), (40, 3)]


def services_with_prior(caption: str, heads: Sequence[str], stages: Sequence[str]) -> Table:
    """Two stage columns, each cell this year's count with last year's in brackets, under a legend."""
    rows = [[svc, f"{a} ({pa})", f"{b} ({pb})"] for (svc, a, b), (pa, pb) in zip(SERVICES, PRIOR_SERVICES, strict=True)]
    expected = [x for (_s, a, b), (pa, pb) in zip(SERVICES, PRIOR_SERVICES, strict=True)
                for x in (("received", float(a), "count", stages[0], YEAR), ("received", float(pa), "count", stages[0], PRIOR),
                          ("received", float(b), "count", stages[1], YEAR), ("received", float(pb), "count", stages[1], PRIOR))]
    return Table(caption, [list(heads)], rows, expected, note=LEGEND)


OUTCOMES = [("upheld", 96), ("partially_upheld", 130), ("not_upheld", 186)]


def outcomes_with_share_column(caption: str, names: Sequence[str], heads: Sequence[str], stage: str | None) -> Table:
    """Outcomes as rows, a count column and a bare '%' column beside it (the share of the count's whole)."""
    whole = sum(n for _m, n in OUTCOMES)
    rows = [[name, str(n), f"{round(100 * n / whole)}%"] for name, (_m, n) in zip(names, OUTCOMES, strict=True)]
    expected = [x for m, n in OUTCOMES for x in ((m, float(n), "count", stage, YEAR),
                                                  (m, float(round(100 * n / whole)), "percent", stage, YEAR))]
    return Table(caption, [list(heads)], rows, expected)


def counting_nothing(caption: str, heads: Sequence[str], rows: list[list[str]], section: str) -> Table:
    return Table(caption, [list(heads)], rows, [], section=section)


HA_AREAS = ["Responsive repairs", "Neighbour disputes", "Rent and charges", "Grounds maintenance"]
SCHOOLS = ["School of Law", "School of Engineering", "School of Nursing", "Business School"]
AXES: dict[str, Callable[[], Table]] = {
    # the six tables again, in the words of another kind of body
    "scottish_services_by_stage": lambda: services_by_stage(
        f"Complaints closed by service area, {YEAR}", ("Service area", "Frontline", "Investigation"),
        measure="closed"),
    "fire_quarters_by_measure": lambda: quarters_by_measure(
        f"Complaints about the fire and rescue service by quarter, {YEAR}",
        ("Quarter", "Complaints recorded", "Found justified", "% answered within 20 working days"), None),
    "nhs_stages_by_outcome": lambda: stages_by_outcome(
        f"Outcome of complaints closed, {YEAR}", ("Stage", "Complaints", "Upheld in full", "Upheld in part", "Not upheld"),
        (("Local resolution", "stage1"), ("Health Service Ombudsman", "ombudsman")), "closed"),
    "welsh_years_by_stage": lambda: years_by_stage("Concerns and complaints over three years", ("Year", "Informal", "Formal"),
                                                   ("informal", "stage1")),
    # last year's value in brackets, under a legend
    "brackets_council": lambda: brackets_prior("Table 5: Complaints performance", COUNCIL_LABELS),
    "brackets_university": lambda: brackets_prior("Complaints handling indicators", UNIVERSITY_LABELS),
    # a count and its share in one cell
    "shares_in_brackets": lambda: outcome_shares(
        f"Table 6: Outcomes of complaints, {YEAR}", ("Stage", "Received", "Upheld", "Partly upheld", "Not upheld"),
        (("Stage 1", "stage1"), ("Stage 2", "stage2")), "brackets"),
    "shares_after_equals": lambda: outcome_shares(
        f"How complaints were decided, {YEAR}", ("Stage", "Complaints", "Justified", "Partly justified", "Not justified"),
        (("Stage one", "stage1"), ("Stage two", "stage2")), "equals"),
    # a Total row and a Total column
    "totals_council": lambda: with_totals(f"Table 7: Complaints received by service, {YEAR}", ("Service", "Stage 1", "Stage 2"),
                                          [s for s, _a, _b in SERVICES], ("stage1", "stage2")),
    "totals_housing_association": lambda: with_totals(
        f"Complaints by area of service, {YEAR}", ("Area", "Stage one", "Stage two"), HA_AREAS, ("stage1", "stage2")),
    # a year-to-date column after the quarters
    "ytd_council": lambda: quarters_then_ytd(f"Table 8: Stage 1 complaints by quarter, {YEAR}",
                                             ["Complaints received", "Complaints upheld"], "Year to date", "stage1"),
    "ytd_fire": lambda: quarters_then_ytd(f"Complaints about the fire and rescue service, {YEAR}",
                                          ["Complaints recorded", "Found justified"], "YTD", None),
    # months as columns
    "months_council": lambda: months_as_columns("Table 9: Stage 1 complaints by month",
                                                ["Complaints received", "Complaints closed"], False, "stage1"),
    "months_nhs": lambda: months_as_columns("Complaints to the trust by month", ["New complaints", "Complaints closed"],
                                            True, None),
    # periods written other ways
    "quarters_as_months": lambda: quarters_by_measure(
        names=("Apr-Jun 2030", "Jul-Sep 2030", "Oct-Dec 2030", "Jan-Mar 2031")),
    "quarters_in_words": lambda: quarters_by_measure(names=("Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4")),
    "years_with_dashes": lambda: years_by_stage(dash=True),
    # a header in two lines
    "two_line_council": lambda: two_line_header(f"Table 10: Complaints by service and stage, {YEAR}",
                                                (("Stage 1", "stage1"), ("Stage 2", "stage2")), ("Received", "received"),
                                                [s for s, _a, _b in SERVICES]),
    "two_line_scottish": lambda: two_line_header(f"Complaints closed by service, {YEAR}",
                                                 (("Frontline", "stage1"), ("Investigation", "stage2")), ("Closed", "closed"),
                                                 [s for s, _a, _b in SERVICES]),
    # measures as columns, areas as rows holding percentages
    "shares_by_service": lambda: shares_by_area(f"Table 11: Stage 1 complaints by service, {YEAR}",
                                                ("Service", "% upheld", "% responded within 10 working days"),
                                                [s for s, _a, _b in SERVICES], "stage1"),
    "shares_by_school": lambda: shares_by_area(f"Frontline complaints by school, {YEAR}",
                                               ("School", "Upheld (%)", "Closed on time (%)"), SCHOOLS, "stage1"),
    # empty cells
    "gaps_council": lambda: with_gaps(f"Table 12: Complaints received by service, {YEAR}", ("Service", "Stage 1", "Stage 2"),
                                      ("stage1", "stage2")),
    "gaps_welsh": lambda: with_gaps(f"Concerns and complaints by service, {YEAR}", ("Service", "Informal", "Formal"),
                                    ("informal", "stage1")),
    # a Total row over the stages; last year's in brackets in every column; a share column beside a count
    "totals_over_stages": lambda: stages_with_total(
        f"Table 14: Outcomes of complaints closed in {YEAR}", ("Stage", "Received", "Upheld", "Partly upheld", "Not upheld"),
        (("Stage 1", "stage1"), ("Stage 2", "stage2")), "received"),
    "totals_over_stages_nhs": lambda: stages_with_total(
        f"Outcome of complaints closed, {YEAR}", ("Stage", "Complaints", "Upheld in full", "Upheld in part", "Not upheld"),
        (("Local resolution", "stage1"), ("Health Service Ombudsman", "ombudsman")), "closed"),
    "brackets_by_service": lambda: services_with_prior(f"Table 15: Complaints received by service, {YEAR}",
                                                       ("Service", "Stage 1", "Stage 2"), ("stage1", "stage2")),
    "brackets_by_area_scottish": lambda: services_with_prior(f"Complaints received by service area, {YEAR}",
                                                             ("Service area", "Frontline", "Investigation"), ("stage1", "stage2")),
    "shares_beside_counts": lambda: outcomes_with_share_column(
        f"Table 16: Outcomes at stage 1, {YEAR}", ("Upheld", "Partly upheld", "Not upheld"), ("Outcome", "Number", "%"), "stage1"),
    "shares_beside_counts_housing": lambda: outcomes_with_share_column(
        f"Stage one decisions, {YEAR}", ("Justified", "Partly justified", "Not justified"), ("Decision", "Cases", "% of cases"),
        "stage1"),
    # tables that count no complaints: nothing to read
    "not_complaints_indicators": lambda: counting_nothing(
        "Table 13: Housing management indicators", ("Indicator", YEAR, PRIOR),
        [["Rent collected", "98.2%", "97.9%"], ["Homes with a valid gas safety certificate", "99.6%", "99.8%"],
         ["Empty homes let again", "212", "236"], ["Average days to let an empty home", "31", "34"]],
        "Other performance indicators"),
    "not_complaints_dates": lambda: counting_nothing(
        "Dates of complaints panel meetings", ("Meeting", "Date"),
        [["Spring panel", "12 May 2030"], ["Autumn panel", "8 September 2030"], ["Annual review", "19 January 2031"]],
        "How complaints are reviewed"),
    "not_complaints_phones": lambda: counting_nothing(
        "How to contact us", ("Team", "Telephone"),
        [["Complaints team", "01632 960123"], ["Housing complaints", "01632 960456"], ["Social care complaints", "0808 157 0192"]],
        "How to complain"),
    "not_complaints_money": lambda: counting_nothing(
        f"Compensation paid by service, {YEAR}", ("Service", "Amount paid"),
        [["Housing repairs", "£1,250"], ["Council tax", "£300"], ["Planning", "£75"]], "Remedies"),
}


def all_tables() -> dict[str, Callable[[], Table]]:
    """The six tables of tests/layout_matrix.py and every table of the axes above."""
    return TABLES | AXES


def axis(name: str) -> str:
    """The axis a table belongs to, for counting passes by axis."""
    if name in TABLES:
        return "base"
    for prefix in ("scottish_", "fire_", "nhs_stages", "welsh_years"):
        if name.startswith(prefix):
            return "other_body_wording"
    return name.split("_")[0] if not name.startswith("not_") else "not_complaints"
