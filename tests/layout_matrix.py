"""Complaint tables of one made-up council rendered in the text layouts real reports arrive in, with the
figures each must give taken from the table's own data (never from the tool's output).

A layout is a mechanism, not a phrasing: the same table must read the same whether its cells are
parted by tabs, runs of spaces, bars, single spaces, one cell per line, or a label line with its
values on the line below. Written before the changes that read them (tests/test_layout_matrix_unseen.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

YEAR, PRIOR = "2030/31", "2029/30"
Expected = list[tuple[str, float, str, str | None, str | None]]
Table = tuple[list[str], list[list[str]], Expected]

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


def _cell(value: float, unit: str) -> str:
    return f"{value:g}" + ("%" if unit == "percent" else "")


def measures_by_year(labels: Sequence[tuple[str, str, str, str | None, float, float]]) -> Table:
    rows = [[lab, _cell(a, u), _cell(b, u)] for lab, _m, u, _s, a, b in labels]
    expected = [x for _l, m, u, s, a, b in labels for x in ((m, float(a), u, s, YEAR), (m, float(b), u, s, PRIOR))]
    return ["Measure", YEAR, PRIOR], rows, expected


def services_by_stage() -> Table:
    rows = [[svc, str(a), str(b)] for svc, a, b in SERVICES]
    expected = [x for _svc, a, b in SERVICES
                for x in (("received", float(a), "count", "stage1", YEAR), ("received", float(b), "count", "stage2", YEAR))]
    return ["Service", "Stage 1", "Stage 2"], rows, expected


def quarters_by_measure() -> Table:
    rows = [[q, str(a), str(b), f"{c}%"] for q, a, b, c in QUARTERS]
    expected = [x for k, (_q, a, b, c) in enumerate(QUARTERS, 1)
                for x in (("received", float(a), "count", "stage1", f"{YEAR} Q{k}"),
                          ("upheld", float(b), "count", "stage1", f"{YEAR} Q{k}"),
                          ("within_target", float(c), "percent", "stage1", f"{YEAR} Q{k}"))]
    return ["Quarter", "Received", "Upheld", "% responded on time"], rows, expected


def stages_by_outcome() -> Table:
    rows = [[lab, str(a), str(b), str(c), str(d)] for lab, _s, a, b, c, d in STAGES]
    expected = [x for _lab, s, a, b, c, d in STAGES
                for x in (("received", float(a), "count", s, YEAR), ("upheld", float(b), "count", s, YEAR),
                          ("partially_upheld", float(c), "count", s, YEAR), ("not_upheld", float(d), "count", s, YEAR))]
    return ["Stage", "Received", "Upheld", "Partly upheld", "Not upheld"], rows, expected


def years_by_stage() -> Table:
    rows = [[y, str(a), str(b)] for y, a, b in YEARS]
    expected = [x for y, a, b in YEARS
                for x in (("received", float(a), "count", "stage1", y), ("received", float(b), "count", "stage2", y))]
    return ["Year", "Stage 1", "Stage 2"], rows, expected


TABLES: dict[str, tuple[str, Callable[[], Table]]] = {
    "council_measures_by_year": ("Table 1: Complaints performance", lambda: measures_by_year(COUNCIL_LABELS)),
    "landlord_measures_by_year": ("Key complaint measures", lambda: measures_by_year(LANDLORD_LABELS)),
    "services_by_stage": (f"Table 2: Complaints received by service, {YEAR}", services_by_stage),
    "quarters_by_measure": (f"Table 3: Stage 1 complaints by quarter, {YEAR}", quarters_by_measure),
    "stages_by_outcome": (f"Table 4: Outcomes of complaints closed in {YEAR}", stages_by_outcome),
    "years_by_stage": ("Complaints received over three years", years_by_stage),
}


def render(header: list[str], rows: list[list[str]], how: str) -> str:
    """The table as text in layout `how`."""
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
    if how == "label_then_values":
        return "\n".join([" ".join(header[1:])] + [x for r in rows for x in (r[0], " ".join(r[1:]))])
    raise ValueError(how)


LAYOUTS = ("tabs", "spaces", "bars", "cell_per_line", "single_space", "label_then_values")


def document(table: str, how: str) -> tuple[str, Expected]:
    """A short annual report holding the table in layout `how`, and the figures it states."""
    caption, make = TABLES[table]
    header, rows, expected = make()
    text = (f"Annual complaints report {YEAR}\n\n1. Introduction\n\nThis report sets out the complaints the council "
            "handled in the year.\n\n2. Complaints in figures\n\n" + caption + "\n" + render(header, rows, how)
            + "\n\n3. Learning from complaints\n\nServices reviewed their procedures.\n")
    return text, expected
