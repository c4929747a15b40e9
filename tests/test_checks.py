"""tally check: each rule finds a planted fault (rule, stated, expected, lines) in a small report,
passes the same report without the fault, and finds the real faults of the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import check, extract, load
from extractor.checks import judge_rounded
from extractor.cli import cli
from extractor.models import Check, Document, Figure

ROOT = Path(__file__).resolve().parent.parent


def checks_of(tmp_path: Path, text: str, name: str = "report.md") -> list[Check]:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    doc = load(f)
    return check(doc, extract(doc))


def only(checks: list[Check], rule: str) -> list[Check]:
    return [c for c in checks if c.rule == rule]


TABLE = """# Complaints 2023/24

## Stage 1 complaints by service

Service\tComplaints\tPercentage
Housing\t40\t40.0%
Waste\t35\t{waste_pct}
Parking\t25\t25.0%
Total\t{total}\t100%
"""


def test_table_total_planted_and_clean(tmp_path: Path) -> None:
    bad = only(checks_of(tmp_path, TABLE.format(total=101, waste_pct="35.0%")), "table_total")
    assert [(c.status, c.stated, c.expected, c.line) for c in bad] == [("fail", 101, 100, 9)]
    assert bad[0].lines == (6, 7, 8, 9)
    good = only(checks_of(tmp_path, TABLE.format(total=100, waste_pct="35.0%")), "table_total")
    assert [c.status for c in good] == ["pass"]


def test_percentage_column_rounding_and_truncation(tmp_path: Path) -> None:
    bad = only(checks_of(tmp_path, TABLE.format(total=100, waste_pct="33.0%")), "percentage")
    assert [(c.status, c.stated, c.expected, c.line) for c in bad if c.status != "pass"] == [("fail", 33, 35, 7)]
    assert judge_rounded(15.45, "15.45%", 53 / 343 * 100) == "pass"
    assert judge_rounded(15.42, "15.42%", 53 / 343 * 100) == "fail"
    assert judge_rounded(90, "90%", 26 / 29 * 100) == "pass"  # 89.66 rounds to 90
    assert judge_rounded(89, "89%", 26 / 29 * 100) == "pass"  # truncated: a rounding too
    assert judge_rounded(66.6, "66.6%", 200 / 3) == "pass"
    assert judge_rounded(88, "88%", 26 / 29 * 100) == "fail"


PROSE = """# Complaints report 2023/24

## Stage one complaints

Quarter one - During 1 April 2023 to 30 June 2023 the council received {now} stage one complaints compared to five during 1 April 2022 to {end} 2022, {change}.

Out of the {now} complaints, one was upheld, one was partially upheld and {nup} were not upheld.
"""


def prose(now: str = "three", end: str = "30 June", change: str = "a decrease of two cases", nup: str = "one") -> str:
    return PROSE.format(now=now, end=end, change=change, nup=nup)


def test_stated_change_direction(tmp_path: Path) -> None:
    good = only(checks_of(tmp_path, prose()), "stated_change")
    assert [(c.status, c.stated, c.expected) for c in good] == [("pass", -2, -2)]
    bad = only(checks_of(tmp_path, prose(change="an increase of two cases")), "stated_change")
    assert [(c.status, c.stated, c.expected, c.line) for c in bad] == [("fail", 2, -2, 5)]
    reworded = only(checks_of(tmp_path, prose(change="a rise of 2")), "stated_change")
    assert [c.status for c in reworded] == ["fail"]


def test_comparison_period(tmp_path: Path) -> None:
    assert [c.status for c in only(checks_of(tmp_path, prose()), "comparison_period")] == ["pass"]
    bad = only(checks_of(tmp_path, prose(end="30 September")), "comparison_period")
    assert [(c.status, c.line) for c in bad] == [("fail", 5)]
    assert "with 2022/23 H1" in bad[0].message and "a year earlier is 2022/23 Q1" in bad[0].message


def test_outcome_sum(tmp_path: Path) -> None:
    good = only(checks_of(tmp_path, prose()), "outcome_sum")
    assert [(c.status, c.stated, c.expected) for c in good] == [("pass", 3, 3)]
    bad = only(checks_of(tmp_path, prose(nup="two")), "outcome_sum")
    assert [(c.status, c.stated, c.expected) for c in bad] == [("fail", 3, 4)]
    assert set(bad[0].lines) == {7}


LIST = """# Recommendations

There are {n} recommendations arising from this report, which are that:

- the team reports quarterly
- the team samples responses
- contracts include complaint clauses
"""


def test_list_count(tmp_path: Path) -> None:
    good = only(checks_of(tmp_path, LIST.format(n="three")), "list_count")
    assert [(c.status, c.stated, c.expected) for c in good] == [("pass", 3, 3)]
    bad = only(checks_of(tmp_path, LIST.format(n="four")), "list_count")
    assert [(c.status, c.stated, c.expected, c.lines) for c in bad] == [("fail", 4, 3, (3, 5, 6, 7))]


def test_breakdown_sum(tmp_path: Path) -> None:
    text = ("# Complaints 2023/24\n\n## Stage one\n\nOut of the 15 complaints logged, 12 were submitted via email "
            "and {n} were submitted via an online form.\n")
    assert [c.status for c in only(checks_of(tmp_path, text.format(n="three")), "breakdown_sum")] == ["pass"]
    bad = only(checks_of(tmp_path, text.format(n="four")), "breakdown_sum")
    assert [(c.status, c.stated, c.expected) for c in bad] == [("fail", 15, 16)]


def test_suppressed_values_never_fail(tmp_path: Path) -> None:
    text = TABLE.format(total=100, waste_pct="35.0%").replace("Parking\t25", "Parking\t<5")
    assert not [c for c in only(checks_of(tmp_path, text), "table_total") if c.status == "fail"]


def test_planted_table_fault_in_a_pdf(tmp_path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    rows = [["Service", "Complaints"], ["Housing", "40"], ["Waste", "35"], ["Parking", "25"], ["Total", "101"]]
    path = tmp_path / "draft.pdf"
    SimpleDocTemplate(str(path)).build([
        Paragraph("Complaints 2023/24", styles["Heading1"]),
        Paragraph("Stage 1 complaints by service", styles["Heading2"]),
        Table(rows, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))])
    doc = load(path)
    found = only(check(doc, extract(doc)), "table_total")
    assert [(c.status, c.stated, c.expected, c.page) for c in found] == [("fail", 101, 100, 1)]
    assert doc.lines[found[0].line - 1] == "Total | 101"


@pytest.mark.parametrize("path,rule,line", [
    ("documents/wrexham-2023-24-complaints-compliments.txt", "table_total", 172),
    ("documents/wrexham-2023-24-complaints-compliments.txt", "table_total", 205),
    ("documents/rbkc-2019-20-annual-complaints.md", "percentage", 341),
    ("documents/rbkc-2019-20-annual-complaints.md", "list_count", 15),
    ("documents/wolverhampton-2022-23-h1-complaints.txt", "stated_change", 154),
    ("documents/wolverhampton-2022-23-h1-complaints.txt", "comparison_period", 126),
    ("excerpts/ccha-2024-25.txt", "table_total", 31),
])
def test_real_faults_of_the_corpus(path: str, rule: str, line: int) -> None:
    doc = load(ROOT / "corpus" / path)
    fails = [(c.rule, c.line) for c in check(doc, extract(doc)) if c.status == "fail"]
    assert (rule, line) in fails


def test_cli_exit_codes_and_fail_on_warn(tmp_path: Path) -> None:
    clean = tmp_path / "clean.md"
    clean.write_text(TABLE.format(total=100, waste_pct="35.0%"), encoding="utf-8")
    faulty = tmp_path / "faulty.md"
    faulty.write_text(TABLE.format(total=101, waste_pct="35.0%"), encoding="utf-8")
    warned = tmp_path / "warned.md"
    warned.write_text(TABLE.format(total=100, waste_pct="34.9%"), encoding="utf-8")  # 35 truncated? no: rounds
    runner = CliRunner()
    assert runner.invoke(cli, ["check", str(clean)]).exit_code == 0
    result = runner.invoke(cli, ["check", str(faulty)])
    assert result.exit_code == 1
    assert "FAIL line 9 table_total:" in result.output and "Total row states 101, the rows add up to 100" in result.output
    assert runner.invoke(cli, ["check", str(faulty), "--format", "jsonl"]).output.count('"status": "fail"') == 1


def test_prose_total_against_the_tables_that_itemise_it(tmp_path: Path) -> None:
    text = ("# Complaints 2023/24\n\n## Informal complaints\n\nIn total, {n} informal complaints were received.\n\n"
            "HOUSING\tNUMBER OF COMPLAINTS\nRepairs\t20\nAllocations\t5\nTotal\t25\n\n"
            "WASTE\tNUMBER OF COMPLAINTS\nCollections\t30\nStreet cleaning\t4\nTotal\t34\n")
    good = [c for c in only(checks_of(tmp_path, text.format(n=59)), "breakdown_sum") if c.line == 5]
    assert [(c.status, c.stated, c.expected) for c in good] == [("pass", 59, 59)]
    bad = [c for c in only(checks_of(tmp_path, text.format(n=60)), "breakdown_sum") if c.line == 5]
    assert [(c.status, c.stated, c.expected) for c in bad] == [("fail", 60, 59)]


DIFFERENCE = """# Stage 1 complaints

Comparison to previous year

2023/2024\t{now}
2022/2023\t12

Difference: {diff}

In comparison to 2022/2023 {seen} has been seen in the number of stage 1 complaints received.
"""


@pytest.mark.parametrize("now,diff,seen,expected", [
    (15, "3", "an increase", [("pass", 3, 3), ("pass", 1, 3)]),
    (15, "-3", "an increase", [("fail", -3, 3), ("pass", 1, 3)]),
    (9, "-3", "an increase", [("pass", -3, -3), ("fail", 1, -3)]),
    (12, "0", "no change", [("pass", 0, 0), ("pass", 0, 0)]),
])
def test_difference_line_and_direction_seen(tmp_path: Path, now: int, diff: str, seen: str,
                                            expected: list[tuple[str, float, float]]) -> None:
    found = only(checks_of(tmp_path, DIFFERENCE.format(now=now, diff=diff, seen=seen)), "stated_change")
    assert [(c.status, c.stated, c.expected) for c in found] == expected
    assert found[0].lines == (5, 6, 8)


@pytest.mark.parametrize("sentence,status", [
    ("The upheld rate was 49% this year, up from 35% last year.", "pass"),
    ("The upheld rate was 29% this year, up from 35% last year.", "fail"),
    ("Stage two complaints fell from 40 to 35 over the year.", "pass"),
    ("Stage two complaints rose from 40 in 2022/23 to 35 in 2023/24.", "fail"),
    ("We received 29 complaints compared to 29 last year; a consistent number of complaints.", "pass"),
    ("We received 31 complaints compared with 29 last year; a consistent number of complaints.", "fail"),
    ("We received 24 complaints compared to 32 last year; a decrease of 8 complaints.", "pass"),
    ("We received 24 complaints compared to 32 last year; an increase of 8 complaints.", "fail"),
])
def test_stated_directions_in_other_words(tmp_path: Path, sentence: str, status: str) -> None:
    found = only(checks_of(tmp_path, f"# Complaints 2023/24\n\n{sentence}\n"), "stated_change")
    assert [(c.status, c.line) for c in found] == [(status, 3)]


@pytest.mark.parametrize("text,status,stated,expected", [
    ("Only 34 out of 379 (9%) complaints were escalated.", "pass", 9, 8.97),
    ("Only 34 out of 379 (8%) complaints were escalated.", "pass", 8, 8.97),  # truncated
    ("Only 34 out of 379 (7%) complaints were escalated.", "fail", 7, 8.97),
    ("Only 34 out of 379 (12%) complaints were escalated.", "fail", 12, 8.97),
    ("26 of the 29 complaints were answered in time, which is 90%.", "pass", 90, 89.66),
    ("Of the 40 stage one complaints, 25 were upheld. This equates to 63%.", "pass", 63, 62.5),
    ("Of the 40 stage one complaints, 25 were upheld. This equates to 58%.", "fail", 58, 62.5),
])
def test_ratio_and_its_stated_share(tmp_path: Path, text: str, status: str, stated: float, expected: float) -> None:
    found = only(checks_of(tmp_path, f"# Complaints 2023/24\n\n{text}\n"), "percentage")
    assert [(c.status, c.stated, c.expected, c.line) for c in found] == [(status, stated, expected, 3)]


# ------------------------------------------------------------------ issue 14/17: sums the reader may not understand

UNREAD_TABLE = """Complaints by quarter

| Service | Q1 | Q2 | Total |
| --- | --- | --- | --- |
| Housing | 40 | 35 | {housing} |
| Waste | 30 | 21 | 51 |
| Total | {q1} | 56 | 126 |

Gender

| Group | Q1 | Q2 |
| --- | --- | --- |
| Adults | 12 | 10 |
| Children | 7 | 9 |
| Total | 19 | 19 |
| Of which | | |
| Under 5 | 3 | 2 |
"""


@pytest.mark.parametrize(("q1", "housing", "expected"), [
    (70, 75, set()),
    (77, 75, {("fail", 77, 70, 7)}),  # the Q1 column total against its rows
    # a row's Total column against its quarters, and so the grand total against the Total column
    (70, 79, {("fail", 79, 75, 5), ("fail", 126, 130, 7)}),
])
def test_table_totals_from_the_tables_own_cells(tmp_path: Path, q1: int, housing: int, expected: set) -> None:
    checks = only(checks_of(tmp_path, UNREAD_TABLE.format(q1=q1, housing=housing), "t.txt"), "table_total")
    assert {(c.status, c.stated, c.expected, c.line) for c in checks if c.status != "pass"} == expected
    # the second table's Total adds its own rows only, not the rows of the first table or those below it
    assert ("pass", 19, 19) in {(c.status, c.stated, c.expected) for c in checks}


def test_a_total_column_beside_unlike_columns_only_warns(tmp_path: Path) -> None:
    text = "Outcomes\n\n| Service | Upheld | Not upheld | Withdrawn | Total |\n| --- | --- | --- | --- | --- |\n" \
           "| Housing | 4 | 10 | 1 | 16 |\n| Waste | 2 | 5 | 0 | 7 |\n"
    checks = only(checks_of(tmp_path, text, "t.txt"), "table_total")
    assert [(c.status, c.stated, c.expected) for c in checks if c.status != "pass"] == [("warn", 16, 15)]


def figure(measure: str, value: float, line: int, stage: str | None, evidence: str, stated: str | None = None,
           **kw: object) -> Figure:
    fields: dict = {"period": "2023/24", "service": "council"} | kw
    return Figure(doc="r.txt", measure=measure, value=value, unit="count", line=line, evidence=evidence,
                  stated=stated or f"{value:g}", source="prose", rule="t", stage=stage, **fields)


SENTENCE_19 = "We received 19 complaints in 2023/24: 15 at stage 1 and 3 at stage 2."


@pytest.mark.parametrize(("figures", "expected"), [
    # one sentence says the stages make the total: 15 + 3 is not 19
    ([figure("received", 19, 3, None, SENTENCE_19), figure("received", 15, 3, "stage1", SENTENCE_19),
      figure("received", 3, 3, "stage2", SENTENCE_19)], [("fail", 19, 18)]),
    ([figure("received", 18, 3, None, SENTENCE_19, "19"), figure("received", 15, 3, "stage1", SENTENCE_19),
      figure("received", 3, 3, "stage2", SENTENCE_19)], [("pass", 18, 18)]),
    # stages stated apart from the total may count another split: warn, saying why
    ([figure("received", 19, 3, None, "We received 19 complaints."),
      figure("received", 15, 4, "stage1", "15 were at stage 1."), figure("received", 3, 5, "stage2", "3 at stage 2.")],
     [("warn", 19, 18)]),
    # an ombudsman's count is not one of the organisation's stages; another period is another scope
    ([figure("received", 19, 3, None, SENTENCE_19), figure("received", 15, 3, "stage1", SENTENCE_19),
      figure("received", 3, 3, "ombudsman", SENTENCE_19)], []),
    ([figure("received", 19, 3, None, SENTENCE_19), figure("received", 15, 3, "stage1", SENTENCE_19),
      figure("received", 3, 3, "stage2", SENTENCE_19, period="2022/23")], []),
    # a stage given twice with different values is no breakdown
    ([figure("received", 19, 3, None, SENTENCE_19), figure("received", 15, 3, "stage1", SENTENCE_19),
      figure("received", 3, 3, "stage1", SENTENCE_19)], []),
])
def test_a_total_received_against_its_stages(figures: list[Figure], expected: list[tuple]) -> None:
    from extractor.check_rules.stages import stage_sums
    from extractor.checks import _check

    doc = Document(path="r.txt", format="text", blocks=())
    got = [(c.status, c.stated, c.expected) for c in stage_sums(doc, figures, _check)]
    assert got == expected


def test_an_indicator_number_is_never_a_count_in_a_sum() -> None:
    from extractor.check_rules.stages import item_number

    assert item_number(figure("received", 3, 1, "stage1", "3a the number of complaints upheld at stage 1", "3"))
    assert item_number(figure("received", 3, 1, "stage1", "3 (ii) number of complaints - not upheld", "3"))
    assert not item_number(figure("received", 3, 1, "stage1", "3 complaints were received at stage 1", "3"))


@pytest.mark.parametrize(("text", "statuses"), [
    # the count is in the sentence before the lead-in: the decisions were never announced as six
    ("We worked with the Ombudsman on 94 complaints. Their decisions were:\n\n- Upheld: 12\n- Not upheld: 30\n", []),
    ("The Ombudsman made 3 decisions, as follows:\n\n- Upheld: 12\n- Not upheld: 30\n", ["fail"]),
])
def test_list_count_counts_only_lists_announced_in_their_own_sentence(tmp_path: Path, text: str,
                                                                     statuses: list[str]) -> None:
    assert [c.status for c in only(checks_of(tmp_path, text, "l.txt"), "list_count")] == statuses


@pytest.mark.parametrize(("sentence", "statuses"), [
    ("There were 12 risks in February 2025, compared with 14 in November 2024.", []),
    ("349 complaints were received in the first quarter of 2019/20 compared to 135 in the first quarter of 2020/21.",
     []),
    (("443 enquiries were logged during 1 April 2022 to 30 June 2022, compared to 249 received during "
     "1 April 2021 to 30 June 2022."), ["fail"]),
    (("443 enquiries were logged during 1 April 2022 to 30 June 2022, compared to 249 received during "
     "1 April 2021 to 30 June 2021."), ["pass"]),
])
def test_comparison_period_fails_only_on_an_unlike_or_overlapping_span(tmp_path: Path, sentence: str,
                                                                      statuses: list[str]) -> None:
    got = only(checks_of(tmp_path, f"Report\n\n{sentence}\n", "c.txt"), "comparison_period")
    assert [c.status for c in got] == statuses


# ------------------------------------------------------------------ relations stated with all their numbers

@pytest.mark.parametrize(("sentence", "rule", "expected"), [
    # a percentage change with both values (Newtown's words, not a corpus report's)
    ("Complaints about parking fell by 20%, going from 50 in 2022/23 to 40.", "stated_change", ("pass", 20, 20)),
    ("Complaints about parking fell by 30%, going from 50 in 2022/23 to 40.", "stated_change", ("fail", 30, 20)),
    ("Waste complaints went down from 8 to 6, 33%, the smallest fall.", "stated_change", ("fail", 33, 25)),
    ("Waste complaints went down from 8 to 6, 25%, the smallest fall.", "stated_change", ("pass", 25, 25)),
    ("The service received 12 complaints, which was a 40% decrease compared to the 20 received last year.",
     "stated_change", ("pass", 40, 40)),
    ("We logged 30 complaints in the spring compared to 20 complaints in the summer (50% decrease).",
     "stated_change", ("fail", 50, 33.33)),
    # an average with its total and count
    ("Redress paid came to £5,000, an average of £250 per case across the 20 cases.", "average", ("pass", 250, 250)),
    ("Redress paid came to £5,000, an average of £270 per case across the 20 cases.", "average", ("fail", 270, 250)),
    # a split closed by 'and', in one sentence
    (("Of the 40 complaints closed in 2023/24, 10 were upheld, 20 not upheld, 4 withdrawn and six were "
     "not investigated."), "breakdown_sum", ("pass", 40, 40)),
    # a wrong split into outcomes is told once, as the outcome_sum (not again as a breakdown_sum)
    (("Of the 42 complaints closed in 2023/24, 10 were upheld, 20 not upheld, 4 withdrawn and six were "
     "not investigated."), "outcome_sum", ("fail", 42, 40)),
])
def test_relations_a_sentence_states_with_all_its_numbers(tmp_path: Path, sentence: str, rule: str,
                                                          expected: tuple) -> None:
    got = only(checks_of(tmp_path, f"Complaints report 2023/24\n\n{sentence}\n", "r.txt"), rule)
    # the one check of this relation (a direction check of the same words may pass beside it)
    assert [(c.status, c.stated, c.expected) for c in got if c.stated == expected[1]] == [expected]


def test_a_rows_share_written_as_equals_is_checked_against_the_rows_first_count(tmp_path: Path) -> None:
    text = "Complaints by service\n\nService Number Upheld\nHousing Repairs 40 (35) 10 = 25% (20%)\n" \
           "Waste Services 20 (18) 9 = 50% (61%)\n"
    got = only(checks_of(tmp_path, text, "r.txt"), "percentage")
    assert sorted((c.status, c.stated, c.expected) for c in got) == [("fail", 50, 45), ("pass", 25, 25)]


@pytest.mark.parametrize("sentence", [
    "Complaints fell by 5% from 1 April to 30 June.",  # dates, not values
    "Of these 85 were made in person, 231 by telephone and 81 by email.",  # 85 is a part, not the total
    "The report was received on 31 March 2023, a 50% share of all reports compared to the 20 councils.",
])
def test_relation_phrasings_that_state_no_relation(tmp_path: Path, sentence: str) -> None:
    got = checks_of(tmp_path, f"Complaints report 2023/24\n\n{sentence}\n", "r.txt")
    assert [c for c in got if c.rule in ("stated_change", "breakdown_sum", "average") and c.status != "pass"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The council received 120 requests, 75% (90) of them answered in time.", [("pass", 75, 75)]),
    ("The council received 120 requests, 80% (90) of them answered in time.", [("fail", 80, 75)]),
    # the base ends the sentence before: the likeliest base, so a mismatch only warns
    ("The council received 120 complaints in the quarter. 80% of them (90) were answered in time.",
     [("warn", 80, 75)]),
    ("Stage 1 complaints (200) rose, and of these, 10% (20) were escalated.", [("pass", 10, 10)]),
    # a share standing before its ratio, in its sentence or ending the sentence before
    ("The standard was met in 60% of escalated complaints, with 3 out of 5 answered in time.", [("pass", 60, 60)]),
    ("The standard was met in 70% of escalated complaints, with 3 out of 5 answered in time.", [("fail", 70, 60)]),
    ("The timescale was met for 90%. Out of the 20 cases logged, 18 cases were answered in time.",
     [("pass", 90, 90)]),
    # a change is no share of the ratio after it
    ("Complaints had fallen by 31% from 86 to 59. Of the 59 complaints, 6 were upheld.", []),
])
def test_shares_tied_to_their_count(tmp_path: Path, text: str, expected: list[tuple]) -> None:
    got = only(checks_of(tmp_path, f"Complaints report 2023/24\n\n{text}\n", "s.txt"), "percentage")
    assert [(c.status, c.stated, round(c.expected or 0, 2)) for c in got] == expected


def test_a_year_is_never_the_value_a_percentage_change_starts_from(tmp_path: Path) -> None:
    text = "Complaints report\n\nIn 2020 we received 30 complaints compared to 40 in 2019 (25% decrease).\n"
    got = only(checks_of(tmp_path, text, "y.txt"), "stated_change")
    assert [(c.status, c.stated, c.expected) for c in got if c.stated == 25] == [("pass", 25, 25)]


def test_a_share_of_a_total_stated_elsewhere_only_warns(tmp_path: Path) -> None:
    text = ("Stage two complaints 2023/24\n\n- 20 complaints were handled at stage two.\n\nTimescales\n\n"
            "- We closed 14 (67%) stage two complaints within 20 working days.\n")
    got = [(c.status, c.stated) for c in only(checks_of(tmp_path, text, "w.txt"), "percentage")]
    assert got == [("warn", 67)]  # 14 of the 20 handled is 70%; of the 21 with an outcome it would be 67%


@pytest.mark.parametrize(("text", "expected"), [
    # two parts may leave a group out: a mismatch only warns
    ("Of the 30 complaints closed, 12 were about repairs and 15 were about rents.", [("warn", 30, 27)]),
    ("Of the 30 complaints closed, 12 were about repairs and 18 were about rents.", [("pass", 30, 30)]),
    # the total of the sentence before
    ("We received 400 complaints in the year. Of these 100 came by phone, 200 by email and 90 by post.",
     [("warn", 400, 390)]),
    # the parts go on in the next sentence (its explanation in brackets aside)
    (("Of the 50 cases decided (two of them from last year), four needed action. Another 20 were closed early, "
     "16 were premature (the complaints process was not finished), and eight were out of remit."),
     [("warn", 50, 48)]),
])
def test_splits_that_may_leave_a_group_out_only_warn(tmp_path: Path, text: str, expected: list[tuple]) -> None:
    got = only(checks_of(tmp_path, f"Complaints report\n\n{text}\n", "b.txt"), "breakdown_sum")
    assert [(c.status, c.stated, c.expected) for c in got] == expected


def test_a_total_row_of_a_table_without_a_header_adds_every_row_above_it(tmp_path: Path) -> None:
    text = "Complaints received\n\nResolved at first contact | 186 |\nPassed for investigation | 416 |\nTotal | 612 |\n"
    got = only(checks_of(tmp_path, text, "h.txt"), "table_total")
    assert [(c.status, c.stated, c.expected) for c in got] == [("fail", 612, 602)]


def test_a_number_glued_to_letters_announces_no_list(tmp_path: Path) -> None:
    """ "the 3Cs update and advised that:" announces no list of three items."""
    f = tmp_path / "minutes.txt"
    f.write_text("Minutes 2030/31\n\nThe member presented the 3Cs update and advised that:\n\n"
                 "- complaints fell\n- compliments rose\n- replies were quicker\n- fewer went to the Ombudsman\n",
                 encoding="utf-8")
    assert not [c for c in check(load(f)) if c.rule == "list_count" and c.status != "pass"]
