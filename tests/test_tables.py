"""Table figures: concrete rows of every table shape in the corpus, and tables that must give nothing."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.extract import glued_cells, table_text, tables
from extractor.extract.label_periods import label_period, text_period
from extractor.extract.table_text import cell_number, text_tables
from extractor.load import load
from extractor.models import Block, Document, Figure
from extractor.patterns import compile_regex, load_rules
from extractor.segment import Context, contexts

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FY24 = Context(period="2023/24", period_start="2023-04-01", period_end="2024-03-31")


@cache
def table_figures(name: str) -> tuple[Figure, ...]:
    doc = next(load(p) for d in ("documents", "excerpts") for p in (CORPUS / d).glob(f"{name}.*"))
    return tuple(tables.extract_figures(doc, contexts(doc)))


def at(name: str, line: int) -> dict[str, Figure]:
    return {f.measure + ("%" if f.unit == "percent" else "") + (f.period or ""): f
            for f in table_figures(name) if f.line == line}


def table(*rows: tuple[str, ...], line: int = 1) -> Block:
    return Block("table", "", line, rows=tuple(rows), row_lines=tuple(range(line, line + len(rows))))


# ---------------------------------------------------------------- every rule's examples


@pytest.mark.parametrize("name", ["tables", "dashboards"])
def test_rule_examples_match_and_counter_examples_do_not(name: str) -> None:
    for rule in load_rules(name):
        rx = compile_regex(rule["regex"])
        for ex in rule["examples"]:
            assert rx.search(ex), (rule["id"], ex)
        for ex in rule["counter_examples"]:
            assert not rx.search(ex), (rule["id"], ex)


# ---------------------------------------------------------------- Wrexham shapes

WREXHAM = "wrexham-2023-24-complaints-compliments"


def test_team_outcome_row_gives_four_figures() -> None:
    row = at(WREXHAM, 278)  # All Age Disability Team | 8 | 2 | 3 | 3
    got = {k[: -len("2023/24")]: (f.value, f.area, f.source) for k, f in row.items()}
    assert got == {m: (v, "All Age Disability Team", "table") for m, v in
                   (("received", 8), ("not_upheld", 2), ("partially_upheld", 3), ("upheld", 3))}
    assert row["received2023/24"].evidence == "All Age Disability Team 8 2 3 3"
    assert row["received2023/24"].stated == "8"


def test_department_table_total_row_takes_the_title_as_area() -> None:
    total = at(WREXHAM, 150)["received2023/24"]  # ECONOMY AND PLANNING | NUMBER OF COMPLAINTS ... Total 15
    assert (total.value, total.stage, total.area) == (15, "informal", "ECONOMY AND PLANNING")
    assert at(WREXHAM, 147)["received2023/24"].area == "Planning Policy"


def test_year_by_year_service_table_reads_periods_from_columns() -> None:
    row = at(WREXHAM, 263)  # Disability | 10 | 7 | 4 under SERVICE | 2023/2024 | 2022/23 | 2021/22
    assert {k: f.value for k, f in row.items()} == {
        "received2023/24": 10, "received2022/23": 7, "received2021/22": 4}
    assert at(WREXHAM, 326)["received2023/24"].area == "Care & Support"  # footnote mark dropped


def test_headerless_table_takes_its_measure_from_the_lead_in() -> None:
    assert at(WREXHAM, 228)["compliments2023/24"].value == 19  # "...compliments received ... These related to:"


def test_contents_table_gives_no_figures() -> None:
    assert not [f for f in table_figures(WREXHAM) if f.line < 30]


def test_interpret_table_exposes_header_rows_totals_and_cells() -> None:
    block = table(("HOUSING", "NUMBER OF COMPLAINTS"), ("DLO repairs", "50"), ("Voids", "3"), ("Total", "53"))
    view = tables.interpret_table(block, FY24)
    assert view is not None
    assert (view.header_rows, view.label_col, view.title) == (1, 0, "HOUSING")
    assert view.data_rows == (1, 2) and view.total_rows == (3,)
    total = next(c for c in view.cells if c.total)
    assert (total.value, total.fields["area"], total.fields["service"]) == (53, "HOUSING", "housing")


# ---------------------------------------------------------------- other reports' shapes


def test_cause_table_gives_count_and_percent_per_row() -> None:
    row = at("rbkc-2019-20-annual-complaints", 340)  # Quality of service | 95 | 27.70%
    values = sorted((f.unit, f.value, f.dimension, f.category) for f in row.values())
    assert values == [("count", 95, "cause", "quality of service"), ("percent", 27.7, "cause", "quality of service")]


def test_housing_ombudsman_outcome_volume_table() -> None:
    figs = [f for f in table_figures("rbkc-2019-20-annual-complaints") if f.line >= 422]
    assert sorted((f.line, f.measure, f.value, f.stage, f.body) for f in figs) == [
        (422, "not_upheld", 1, "ombudsman", "HO"), (423, "partially_upheld", 2, "ombudsman", "HO"),
        (424, "upheld", 1, "ombudsman", "HO")]


def test_remedy_table_without_complaint_meaning_gives_nothing() -> None:
    assert not [f for f in table_figures("rbkc-2019-20-annual-complaints") if 377 <= f.line <= 386]


def test_space_separated_table_with_a_lost_cell_aligns_by_the_totals() -> None:
    row = at("southlanarkshire-2016-19", 18)  # "Community and Enterprise" ... "209 245"
    assert {k: f.value for k, f in row.items()} == {"closed2017/18": 209, "closed2018/19": 245}
    totals = at("southlanarkshire-2016-19", 23)["closed2016/17"]
    assert (totals.value, totals.service) == (1087, "council")  # rows of several services
    assert at("southlanarkshire-2016-19", 21)["closed2016/17"].service == "housing"


def test_space_separated_stage_rows_keep_the_stage_number_in_the_label() -> None:
    row = at("folkestone-hythe-2024-25", 16)  # Stage 1 239 136
    assert {k: (f.value, f.stage) for k, f in row.items()} == {
        "received2023/24": (239, "stage1"), "received2024/25": (136, "stage1")}


def test_one_cell_per_line_table() -> None:
    row = at("westlancs-2023-24", 41)  # 92% under "% responded within timescales", Quarter 1 - 2024/25
    assert [(f.measure, f.value, f.unit, f.stage, f.period) for f in row.values()] == [
        ("within_target", 92, "percent", "stage1", "2024/25 Q1")]


def test_cells_run_together_are_split_to_fit_the_total_row() -> None:
    outcome = at("ccha-2024-25", 26)  # "Repairs & maintenance359101" -> 35 | 9 | 10 | 1 (Ongoing skipped)
    assert sorted((f.measure, f.value) for f in outcome.values()) == [
        ("not_upheld", 10), ("partially_upheld", 9), ("upheld", 35)]
    escalated = [f for f in table_figures("ccha-2024-25") if f.line == 13]  # "(S2)717" -> 7 | 17
    assert sorted((f.value, f.stage) for f in escalated) == [(7, "stage2"), (17, "stage2")]
    assert not [f for f in table_figures("ccha-2024-25") if f.line in (15, 16, 19, 20, 21, 23) or f.line > 31]
    # "...per 1000 units23.533.1": a rate per 1,000 homes (SPEC unit per_1000), cut where its decimals say;
    # "4.510.81" (line 23) is 4.51 | 0.81 or 4.5 | 10.81, so it is not read
    assert sorted((f.value, f.unit) for f in table_figures("ccha-2024-25") if f.line == 22) == [
        (23.5, "per_1000"), (33.1, "per_1000")]


# ---------------------------------------------------------------- same meanings, other words


def test_two_row_header() -> None:
    block = table(("", "Stage 1", "", "Stage 2", ""), ("Directorate", "Logged", "Upheld", "Logged", "Upheld"),
                  ("Place", "12", "5", "2", "1"))
    view = tables.interpret_table(block, FY24)
    assert view is not None and view.header_rows == 2
    got = sorted((c.fields["stage"], c.fields["measure"], c.value) for c in view.cells)
    assert got == [("stage1", "received", 12), ("stage1", "upheld", 5),
                   ("stage2", "received", 2), ("stage2", "upheld", 1)]


@pytest.mark.parametrize("rows", [
    (("Section", "Page"), ("Introduction", "5"), ("Formal complaints", "7")),
    (("Member", "Meetings attended"), ("Cllr Smith", "4"), ("Cllr Jones", "5")),
    (("Question", "% satisfied"), ("Ease of contact", "64%"), ("Outcome", "33%")),
])
def test_tables_without_complaint_meaning_give_nothing(rows: tuple[tuple[str, ...], ...]) -> None:
    assert tables.interpret_table(table(*rows), FY24) is None


def test_headerless_table_under_a_contents_heading_gives_nothing() -> None:
    block = table(("Introduction", "5"), ("Complaints received", "7"))
    assert tables.interpret_table(block, FY24, lead_in=None, heading="Contents") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("2023/2024", "2023/24"), ("2022/23", "2022/23"), ("2023-2024", "2023/24"), ("Stage 1", None),
    ("Q2", "2023/24 Q2"), ("Year end", "2023/24"), ("Total", None)])
def test_period_labels(text: str, expected: str | None) -> None:
    p = label_period(text, FY24)
    assert (p[0] if p else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Quarterly Housing Complaints - 1 April 2024 to 30 June 2024 (Quarter 1 - 2024/25):", "2024/25 Q1"),
    ("April 2024 - March 2025", "2024/25"), ("No year here", None),
    ("Appendix B – Analysis of Complaints for Q1 and Q2 2020/2021", "2020/21 H1"), ("H2 2023/24", "2023/24 H2")])
def test_text_periods(text: str, expected: str | None) -> None:
    p = text_period(text)
    assert (p[0] if p else None) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("1,234", (1234, None)), ("27.70%", (27.7, "percent")), ("0", (0, None)), ("2023/24", None), ("n/a", None)])
def test_cell_numbers(cell: str, expected: tuple[float, str | None] | None) -> None:
    got = cell_number(cell)
    assert (got[:2] if got else None) == expected


def test_space_table_in_other_words_is_found_in_a_paragraph() -> None:
    lines = ("Complaints responded to by directorate", "Directorate 2021/22 2022/23",
             "Place 40 38", "People 22 30", "Totals 62 68")
    block = Block("paragraph", " ".join(lines), 1, end_line=len(lines))
    found = list(text_tables(block, lines))
    assert len(found) == 1
    tb, title = found[0]
    assert title == "Complaints responded to by directorate"
    view = tables.interpret_table(tb, FY24, lead_in=title)
    assert view is not None
    assert sorted((c.fields["measure"], c.fields["period"], c.value) for c in view.cells if c.total) == [
        ("closed", "2021/22", 62), ("closed", "2022/23", 68)]


def test_figures_point_at_row_lines_and_pages() -> None:
    doc = Document("x.pdf", "pdf", (Block("heading", "Complaints by team", 1, page=2),
                                    Block("table", "", 3, page=2,
                                          rows=(("Team", "Received"), ("Parking", "7")), row_lines=(3, 4))))
    figs = tables.extract_figures(doc, [FY24, FY24])
    assert [(f.line, f.page, f.value, f.area, f.rule) for f in figs] == [
        (4, 2, 7, "Parking", "table-col-received")]


def test_section_total_takes_the_numbered_section_as_area() -> None:
    total = at(WREXHAM, 307)["received2023/24"]  # TOTAL OVERALL under "3. Adult Social Care Complaints"
    assert (total.value, total.area, total.service) == (34, "Adult Social Care", "adults")
    assert at(WREXHAM, 252)["received2023/24"].area is None  # "2. Overview" names no area


def test_table_views_let_checks_compare_totals_with_rows() -> None:
    doc = load(CORPUS / "documents" / f"{WREXHAM}.txt")
    view = next(v for v, _ in tables.table_views(doc, contexts(doc)) if v.block.line == 156)
    rows = sum(c.value for c in view.cells if not c.total)
    stated = [c.value for c in view.cells if c.total]
    assert (rows, stated, view.line(view.total_rows[0])) == (569, [4], 172)  # the report's own error


def test_case_rows_in_a_decision_table_are_received_figures() -> None:
    block = table(("Complaint details", "Ombudsman Outcome/Requirement"),
                  ("Highways received one complaint in relation to a pothole claim", "Outcome upheld"),
                  ("Licensing received 2 complaints about taxi licences", "Outcome not upheld"))
    view = tables.interpret_table(block, FY24, heading="LGSCO decisions")
    assert view is not None
    assert [(c.value, c.fields["area"], c.fields["stage"], c.fields["body"]) for c in view.cells] == [
        (1, "Highways", "ombudsman", "LGSCO"), (2, "Licensing", "ombudsman", "LGSCO")]


def test_percent_column_shares_the_measure_and_stage_of_its_left_neighbour() -> None:
    block = table(("Service", "Stage 2", "%"), ("Highways", "6", "40%"), ("Libraries", "9", "60%"))
    view = tables.interpret_table(block, FY24)
    assert view is not None
    assert sorted((c.fields["measure"], c.fields["stage"], c.fields["unit"], c.value) for c in view.cells) == [
        ("received", "stage2", "count", 6), ("received", "stage2", "count", 9),
        ("received", "stage2", "percent", 40), ("received", "stage2", "percent", 60)]


def test_count_with_share_and_days_cells_and_calendar_year_headers() -> None:
    block = table(("Outcome", "2022", "2023"), ("Upheld", "12 (30%)", "15 (25%)"),
                  ("Average response time", "18 working days", "16 working days"))
    view = tables.interpret_table(block, FY24)
    assert view is not None
    got = sorted((c.fields["measure"], c.fields["period"], c.fields["unit"], c.value) for c in view.cells)
    assert got == [("average_response_days", "2022", "working_days", 18),
                   ("average_response_days", "2023", "working_days", 16),
                   ("upheld", "2022", "count", 12), ("upheld", "2022", "percent", 30),
                   ("upheld", "2023", "count", 15), ("upheld", "2023", "percent", 25)]


def test_space_separated_table_with_measure_words_in_its_header() -> None:
    lines = ("Stage 1 complaints by team", "Team Numbers of Complaints Not Upheld Partially Upheld Upheld",
             "Highways Team 8 2 3 3", "Waste Services 2 1 0 1", "Total 10 3 3 4")
    block = Block("paragraph", " ".join(lines), 1, end_line=len(lines))
    [(tb, title)] = list(text_tables(block, lines))
    view = tables.interpret_table(tb, FY24, lead_in=title)
    assert view is not None and view.total_rows == (3,)
    assert sorted((c.fields["measure"], c.value) for c in view.cells if c.row == 1) == [
        ("not_upheld", 2), ("partially_upheld", 3), ("received", 8), ("upheld", 3)]
    assert {c.fields["stage"] for c in view.cells} == {"stage1"}


@pytest.mark.parametrize(("text", "expected"), [
    ("April", "2023-04-01..2023-04-30"), ("Feb", "2024-02-01..2024-02-29"), ("Jan-24", "2024-01-01..2024-01-31"),
    ("March 2023", "2023-03-01..2023-03-31"), ("Maybe", None)])
def test_month_rows(text: str, expected: str | None) -> None:
    p = label_period(text, FY24)
    assert (p[0] if p else None) == expected


def test_percent_header_without_percent_signs_in_cells() -> None:
    block = table(("Complaint Stage", "% responded within timescales"), ("Stage 1", "84"), ("Stage 2", "78"))
    view = tables.interpret_table(block, FY24)
    assert view is not None
    assert sorted((c.fields["measure"], c.fields["unit"], c.fields["stage"], c.value) for c in view.cells) == [
        ("within_target", "percent", "stage1", 84), ("within_target", "percent", "stage2", 78)]


def test_stage_columns_with_a_total_column_and_a_change_column() -> None:
    block = table(("Directorate", "Stage 1", "Stage 2", "Total", "Change"),
                  ("Resources", "20", "4", "24", "-3"), ("People", "11", "1", "12", "+2"))
    view = tables.interpret_table(block, FY24)
    assert view is not None
    assert sorted((c.fields["measure"], c.fields["stage"] or "", c.value) for c in view.cells if c.row == 1) == [
        ("received", "", 24), ("received", "stage1", 20), ("received", "stage2", 4)]


def test_a_numbering_column_before_the_labels_is_not_data() -> None:
    block = table(("No.", "Service", "Complaints received"), ("1", "Planning", "14"), ("2", "Parking", "9"))
    view = tables.interpret_table(block, FY24)
    assert view is not None and view.label_col == 1
    assert [(c.fields["area"], c.value) for c in view.cells] == [("Planning", 14), ("Parking", 9)]


def test_a_title_row_spanning_the_table_gives_its_period_and_measure() -> None:
    block = table(("Complaints closed by directorate, 2022/23",), ("Directorate", "Stage 1", "Stage 2"),
                  ("Resources", "20", "4"), ("People", "11", "1"))
    view = tables.interpret_table(block, FY24)
    assert view is not None and view.header_rows == 2 and view.title == "Directorate"
    assert {(c.fields["measure"], c.fields["period"]) for c in view.cells} == {("closed", "2022/23")}
    assert view.line(view.data_rows[0]) == 3


# ---------------------------------------------------------------- parsers, property-tested

@given(st.integers(min_value=0, max_value=10_000_000))
def test_cell_number_reads_grouped_thousands(n: int) -> None:
    got = cell_number(f"{n:,}")
    assert got is not None and got[0] == n and got[1] is None


@given(st.integers(min_value=1990, max_value=2098), st.sampled_from(["/", "-", " / "]), st.booleans())
def test_financial_year_headers(start: int, sep: str, long_end: bool) -> None:
    end = str(start + 1) if long_end else f"{(start + 1) % 100:02d}"
    p = label_period(f"{start}{sep}{end}")
    assert p == (f"{start}/{(start + 1) % 100:02d}", f"{start}-04-01", f"{start + 1}-03-31")


@given(st.lists(st.integers(min_value=0, max_value=999), min_size=1, max_size=4))
def test_glued_digits_split_back_into_as_many_values(values: list[int]) -> None:
    tail = "".join(str(v) for v in values)
    for parts in glued_cells._splits(tail, len(values)):
        assert "".join(parts) == tail and len(parts) == len(values)
        assert all(p == "0" or not p.startswith("0") for p in parts)
    assert tuple(str(v) for v in values) in glued_cells._splits(tail, len(values))


def test_every_table_figure_names_a_rule_of_the_pattern_file() -> None:
    ids = {r["id"] for r in load_rules("tables")}
    rules = {f.rule for name in (WREXHAM, "ccha-2024-25", "rbkc-2019-20-annual-complaints", "westlancs-2023-24")
             for f in table_figures(name)}
    assert rules <= ids and "table-col-period" in rules


def test_case_rows_in_the_dashboard_export_take_the_body_from_the_panel_heading() -> None:
    doc = load(CORPUS / "documents" / "wolverhampton-dashboards-2022-23.txt")
    figs = [f for f in tables.extract_figures(doc, contexts(doc)) if f.line == 281]
    assert [(f.measure, f.value, f.stated, f.stage, f.body, f.area) for f in figs] == [
        ("received", 1, "one", "ombudsman", "LGSCO", "Finance")]


def test_table_lines_tell_prose_which_paragraph_lines_are_tables() -> None:
    lines = table_text.table_lines(load(CORPUS / "excerpts" / "ccha-2024-25.txt"))
    assert set(range(11, 32)) <= lines and not lines & {3, 7, 33}


def test_a_label_value_table_without_header_counts_complaints_by_its_row_labels() -> None:
    """A Word table of "label | value" rows and no header row: its row labels say what it counts
    (written for this file; a headerless table was read only when a title or lead-in named a measure)."""
    block = table(("Complaints logged in the year", "64"), ("Stage one complaints", "58"),
                  ("Stage two complaints", "6"), ("% change on the year before", "4"))
    view = tables.interpret_table(block, FY24)
    assert view is not None
    got = {(c.value, c.fields.get("measure"), c.fields.get("stage")) for c in view.cells}
    assert {(64, "received", None), (58, "received", "stage1"), (6, "received", "stage2")} <= got, got


def test_a_contents_list_is_no_label_value_table() -> None:
    block = table(("Introduction", "3"), ("Informal complaints", "9"), ("Welsh language", "10"),
                  ("Compliments", "11"), ("Monitoring", "12"))
    assert tables.interpret_table(block, FY24) is None
