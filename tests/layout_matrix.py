"""Complaint tables of one made-up council rendered in the text layouts real reports arrive in, with the
figures each must give taken from the table's own data (never from the tool's output).

A layout is a mechanism, not a phrasing: the same table must read the same whether its cells are
parted by tabs, runs of spaces, bars, single spaces, one cell per line, or a label line with its
values on the line below. Written before the changes that read them (tests/test_layout_matrix_unseen.py).
The axes beyond these six tables (brackets, shares, totals, periods, two-line headers, other bodies'
wordings, tables that count no complaints) are in tests/layout_axes.py; the renderings beyond text
(Markdown, HTML, DOCX, PDF) in tests/layout_renderings.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

YEAR, PRIOR = "2030/31", "2029/30"
Key = tuple[str, float, str, str | None, str | None]
Expected = list[Key]


@dataclass(frozen=True)
class Table:
    """A table as data: one or two header rows (an empty upper cell continues the one on its left,
    a merged cell), its rows, the figures it states, and what stands above it in a report."""

    caption: str
    heads: list[list[str]]
    rows: list[list[str]]
    expected: Expected
    note: str = ""  # a legend line above the caption ("Figures for 2029/30 in brackets.")
    section: str = "Complaints in figures"
    tags: tuple[str, ...] = field(default_factory=tuple)


# (label, measure, unit, stage, this year's value, last year's): two wordings of one set of measures
COUNCIL_LABELS = [
    ("Stage 1 complaints received", "received", "count", "stage1", 412, 388),
    ("Stage 2 complaints received", "received", "count", "stage2", 57, 61),
    ("Stage 1 complaints upheld", "upheld", "count", "stage1", 96, 104),
    ("Stage 1 responded to within 10 working days", "within_target", "percent", "stage1", 84, 79),
    ("Average days to respond at stage 1", "average_response_days", "days", "stage1", 8.6, 9.4),
    ("Compliments received", "compliments", "count", None, 640, 588),
]
LANDLORD_LABELS = [
    ("New stage one complaints logged", "received", "count", "stage1", 233, 251),
    ("Cases escalated to stage two", "received", "count", "stage2", 31, 27),
    ("Stage one cases found justified", "upheld", "count", "stage1", 70, 66),
    ("Stage one replies sent inside the 10 day target", "within_target", "percent", "stage1", 91, 88),
    ("Mean working days to reply, stage one", "average_response_days", "working_days", "stage1", 7.2, 6.9),
    ("Thank-you messages logged", "compliments", "count", None, 150, 139),
]
SERVICES = [("Housing repairs", 121, 14), ("Waste and recycling", 96, 9), ("Council tax", 58, 6), ("Planning", 33, 5)]
QUARTERS = [("Q1", 101, 22, 88), ("Q2", 97, 25, 83), ("Q3", 110, 19, 90), ("Q4", 104, 30, 86)]
STAGES = [("Stage 1", "stage1", 412, 96, 130, 186), ("Stage 2", "stage2", 57, 12, 15, 30)]
YEARS = [("2028/29", 350, 44), ("2029/30", 388, 61), ("2030/31", 412, 57)]


def cell(value: float, unit: str) -> str:
    return f"{value:g}" + ("%" if unit == "percent" else "")


def measures_by_year(caption: str, labels: Sequence[tuple[str, str, str, str | None, float, float]]) -> Table:
    rows = [[lab, cell(a, u), cell(b, u)] for lab, _m, u, _s, a, b in labels]
    expected = [x for _l, m, u, s, a, b in labels for x in ((m, float(a), u, s, YEAR), (m, float(b), u, s, PRIOR))]
    return Table(caption, [["Measure", YEAR, PRIOR]], rows, expected)


def services_by_stage(caption: str = f"Table 2: Complaints received by service, {YEAR}",
                      heads: Sequence[str] = ("Service", "Stage 1", "Stage 2"),
                      stages: Sequence[str | None] = ("stage1", "stage2"), measure: str = "received") -> Table:
    rows = [[svc, str(a), str(b)] for svc, a, b in SERVICES]
    expected = [x for _svc, a, b in SERVICES
                for x in ((measure, float(a), "count", stages[0], YEAR), (measure, float(b), "count", stages[1], YEAR))]
    return Table(caption, [list(heads)], rows, expected)


def quarters_by_measure(caption: str = f"Table 3: Stage 1 complaints by quarter, {YEAR}",
                        heads: Sequence[str] = ("Quarter", "Received", "Upheld", "% responded on time"),
                        stage: str | None = "stage1", names: Sequence[str] = ("Q1", "Q2", "Q3", "Q4")) -> Table:
    rows = [[name, str(a), str(b), f"{c}%"] for name, (_q, a, b, c) in zip(names, QUARTERS, strict=True)]
    expected = [x for k, (_q, a, b, c) in enumerate(QUARTERS, 1)
                for x in (("received", float(a), "count", stage, f"{YEAR} Q{k}"),
                          ("upheld", float(b), "count", stage, f"{YEAR} Q{k}"),
                          ("within_target", float(c), "percent", stage, f"{YEAR} Q{k}"))]
    return Table(caption, [list(heads)], rows, expected)


def stages_by_outcome(caption: str = f"Table 4: Outcomes of complaints closed in {YEAR}",
                      heads: Sequence[str] = ("Stage", "Received", "Upheld", "Partly upheld", "Not upheld"),
                      stages: Sequence[tuple[str, str]] = (("Stage 1", "stage1"), ("Stage 2", "stage2")),
                      count: str = "received") -> Table:
    rows = [[lab, str(a), str(b), str(c), str(d)] for (lab, _s), (_l, _t, a, b, c, d) in zip(stages, STAGES, strict=True)]
    expected = [x for (_lab, s), (_l, _t, a, b, c, d) in zip(stages, STAGES, strict=True)
                for x in ((count, float(a), "count", s, YEAR), ("upheld", float(b), "count", s, YEAR),
                          ("partially_upheld", float(c), "count", s, YEAR), ("not_upheld", float(d), "count", s, YEAR))]
    return Table(caption, [list(heads)], rows, expected)


def years_by_stage(caption: str = "Complaints received over three years",
                   heads: Sequence[str] = ("Year", "Stage 1", "Stage 2"),
                   stages: Sequence[str | None] = ("stage1", "stage2"), dash: bool = False) -> Table:
    rows = [[y.replace("/", "-") if dash else y, str(a), str(b)] for y, a, b in YEARS]
    expected = [x for y, a, b in YEARS
                for x in (("received", float(a), "count", stages[0], y), ("received", float(b), "count", stages[1], y))]
    return Table(caption, [list(heads)], rows, expected)


TABLES: dict[str, Callable[[], Table]] = {
    "council_measures_by_year": lambda: measures_by_year("Table 1: Complaints performance", COUNCIL_LABELS),
    "landlord_measures_by_year": lambda: measures_by_year("Key complaint measures", LANDLORD_LABELS),
    "services_by_stage": services_by_stage,
    "quarters_by_measure": quarters_by_measure,
    "stages_by_outcome": stages_by_outcome,
    "years_by_stage": years_by_stage,
}


def render(table: Table, how: str) -> str:
    """The table as text in layout `how` (a header in two lines: its upper row over the lower)."""
    heads, rows = table.heads, table.rows
    every = [*heads, *rows]
    if how == "tabs":
        return "\n".join("\t".join(r) for r in every)
    if how == "spaces":
        first = max(len(r[0]) for r in every) + 3
        width = max(len(c) for r in every for c in r[1:]) + 3
        return "\n".join((r[0].ljust(first) + "".join(c.rjust(width) for c in r[1:])).rstrip() for r in every)
    if how == "bars":
        return "\n".join(["| " + " | ".join(heads[0]) + " |", "|" + "---|" * len(heads[0])]
                         + ["| " + " | ".join(r) + " |" for r in [*heads[1:], *rows]])
    if how == "cell_per_line":
        return "\n".join(c for r in every for c in r if c)
    if how == "single_space":
        return "\n".join(" ".join(c for c in r if c) for r in every)
    if how == "label_then_values":
        return "\n".join([" ".join(c for c in h[1:] if c) for h in heads] + [x for r in rows for x in (r[0], " ".join(r[1:]))])
    raise ValueError(how)


LAYOUTS = ("tabs", "spaces", "bars", "cell_per_line", "single_space", "label_then_values")


def renders(table: Table, how: str) -> bool:
    """Whether layout `how` can hold the table: one cell per line cannot say which columns a merged
    header cell spans, so a header in two lines is not written that way."""
    return not (how == "cell_per_line" and len(table.heads) > 1)


def parts(table: Table) -> tuple[str, str, str]:
    """The report's title, the introduction's sentence and the closing section's sentence."""
    return (f"Annual complaints report {YEAR}", "This report sets out the complaints the council handled in the year.",
            "Services reviewed their procedures.")


def text_document(table: Table, how: str) -> str:
    """A short annual report holding the table in text layout `how`."""
    title, intro, outro = parts(table)
    note = table.note + "\n\n" if table.note else ""
    return (f"{title}\n\n1. Introduction\n\n{intro}\n\n2. {table.section}\n\n" + note + table.caption + "\n"
            + render(table, how) + f"\n\n3. Learning from complaints\n\n{outro}\n")


def document(name: str, how: str) -> tuple[str, Expected]:
    """A short annual report holding table `name` in layout `how`, and the figures it states."""
    table = TABLES[name]()
    return text_document(table, how), table.expected
