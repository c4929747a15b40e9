"""Relation shapes of issue 17 in words of our own (written before the code that checks them):
a row's share of its own count, an indicator's share or rate of the figures listed above it, a
ratio in words with "a rate of N per cent", a percentage change whose values follow it, and the
rounding a stated share may use. Each shape is seen wrong (fail) and right (pass)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import check, extract, load
from extractor.checks import judge_rounded
from extractor.models import Check, Document, Figure


def checks_of(tmp_path: Path, text: str, name: str = "r.txt") -> list[Check]:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    doc = load(f)
    return check(doc, extract(doc))


def problems(checks: list[Check], rule: str) -> list[tuple]:  # type: ignore[type-arg]
    return sorted((c.status, c.stated, round(c.expected or 0, 1)) for c in checks
                  if c.rule == rule and c.status != "pass")


def passes(checks: list[Check], rule: str) -> list[float | None]:
    return sorted(c.stated or 0 for c in checks if c.rule == rule and c.status == "pass")


# ------------------------------------------------------------------ a row's share of its own count

ROW_SHARES = """Response times by team, 2024/25

| Team | Cases | In time | Overdue | % in time |
| --- | --- | --- | --- | --- |
| Lettings | 8 | 6 | 2 | {lettings} |
| Repairs | 20 | 17 | 3 | 85% |
| Gardens | 3 | 3 | 0 | 100% |
"""


@pytest.mark.parametrize(("lettings", "expected"), [
    ("75%", []),
    ("82%", [("fail", 82, 75.0)]),  # 6 of 8 is 75%
])
def test_a_rows_share_of_its_own_count_column(tmp_path: Path, lettings: str, expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, ROW_SHARES.format(lettings=lettings))
    assert problems(got, "percentage") == expected
    assert 85 in passes(got, "percentage") and 100 in passes(got, "percentage")


def test_a_rate_column_without_its_own_count_is_not_judged(tmp_path: Path) -> None:
    text = ("Satisfaction by team\n\n| Team | Cases | Overdue | % satisfied |\n| --- | --- | --- | --- |\n"
            "| Lettings | 8 | 2 | 40% |\n| Repairs | 20 | 3 | 65% |\n")
    assert [c for c in checks_of(tmp_path, text) if c.rule == "percentage"] == []


# ------------------------------------------------------------------ an indicator's share or rate

INDICATORS = """Performance indicators 2024/25

Indicator A - complaints handled

A (i) total number of complaints received in the year

{received}

A (ii) population of the area (mid-year estimate)

52,400

A1 the total number of complaints received per 1,000 population

{rate}

A (iii) total number of complaints closed in the year

410

A (iv) number of complaints - closed at stage 1

330

A2 the number of complaints closed at stage 1 as % of all complaints closed

{share}
"""


@pytest.mark.parametrize(("received", "rate", "share", "expected"), [
    ("420", "8.0", "80.5%", []),          # 420 / 52,400 x 1,000 = 8.02; 330 / 410 = 80.49%
    ("420", "9.1", "80.5%", [("fail", 9.1, 8.0)]),
    ("420", "8.0", "86.5%", [("fail", 86.5, 80.5)]),
])
def test_an_indicator_against_the_figures_its_label_names(tmp_path: Path, received: str, rate: str, share: str,
                                                         expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, INDICATORS.format(received=received, rate=rate, share=share))
    found = sorted(problems(got, "percentage") + problems(got, "average"))
    assert found == expected
    if not expected:
        assert passes(got, "percentage") == [80.5] and passes(got, "average") == [8.0]


# ------------------------------------------------------------------ a ratio in words, "a rate of N per cent"

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Six complaints were upheld out of the eight we looked into, a rate of 75 per cent.", []),
    ("Six complaints were upheld out of the eight we looked into, a rate of 85 per cent.", [("fail", 85, 75.0)]),
    ("Of the twelve cases decided, three were upheld (25%).", []),
])
def test_a_ratio_in_words_and_its_rate(tmp_path: Path, sentence: str, expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, f"Ombudsman review 2024/25\n\n{sentence}\n")
    assert problems(got, "percentage") == expected
    if not expected:
        assert len(passes(got, "percentage")) == 1


# ------------------------------------------------------------------ a percentage change, values after it

@pytest.mark.parametrize(("text", "expected"), [
    (("The district logged a 20% fall in complaints to the ombudsman, with the total down to 40 from 50 "
     "the year before."), []),
    (("The district logged a 30% fall in complaints to the ombudsman, with the total down to 40 from 50 "
     "the year before."), [("fail", 30, 20.0)]),
    # a headline states the change; the sentence below gives both values
    (("District sees 25% rise in complaints\n\nThe district logged 60 complaints this year against 48 "
     "the year before."), []),
    (("District sees 35% rise in complaints\n\nThe district logged 60 complaints this year against 48 "
     "the year before."), [("warn", 35, 25.0)]),
])
def test_a_percentage_change_with_its_values_after_it(tmp_path: Path, text: str, expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, f"{text}\n")
    assert problems(got, "stated_change") == expected
    if not expected:
        assert passes(got, "stated_change")


# ------------------------------------------------------------------ rounding

@pytest.mark.parametrize(("stated", "text", "exact"), [
    (66, "66%", 200 / 3),      # floor of 66.67
    (67, "67%", 200 / 3),      # half-up
    (12, "12%", 12.5),         # half-even
    (13, "13%", 12.5),         # half-up
    (8.3, "8.3%", 100 / 12),   # floor at one decimal
])
def test_a_share_is_consistent_with_any_rounding_of_its_exact_value(stated: float, text: str, exact: float) -> None:
    assert judge_rounded(stated, text, exact) == "pass"


def test_a_share_beyond_any_rounding_fails() -> None:
    assert judge_rounded(65, "65%", 200 / 3) == "fail"
    assert judge_rounded(68, "68%", 200 / 3) == "fail"


# ------------------------------------------------------------------ a count, then the table that breaks it down

LEAD_TABLE = """Ombudsman decisions 2024/25

The ombudsman decided 30 cases about us this year. These decisions were:

| Decision | Cases |
| --- | --- |
| Fault found | 12 |
| No fault | {no_fault} |
| Closed early | 7 |
"""


@pytest.mark.parametrize(("no_fault", "expected"), [("11", []), ("14", [("fail", 30, 33.0)])])
def test_a_count_against_the_table_its_lead_in_breaks_down(tmp_path: Path, no_fault: str, expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, LEAD_TABLE.format(no_fault=no_fault))
    assert problems(got, "breakdown_sum") == expected
    if not expected:
        assert 30 in passes(got, "breakdown_sum")


def test_a_lead_in_naming_a_selection_is_no_breakdown(tmp_path: Path) -> None:
    text = LEAD_TABLE.format(no_fault="14").replace("These decisions were:", "The three most common decisions were:")
    assert problems(checks_of(tmp_path, text), "breakdown_sum") == []


# ------------------------------------------------------------------ a Total row named with its year, in text

@pytest.mark.parametrize(("total", "expected"), [("41", []), ("44", [("fail", 44, 41.0)])])
def test_a_total_row_named_with_its_year_in_a_table_written_as_text(tmp_path: Path, total: str, expected: list) -> None:  # type: ignore[type-arg]
    text = ("Enquiries by quarter\n\nRequests Appeals\nQ1 9 2\nQ2 11 3\nQ3 8 1\nQ4 13 4\n"
            f"Total 2024/25 {total} 10\n")
    got = checks_of(tmp_path, text)
    assert problems(got, "table_total") == expected
    assert 10 in passes(got, "table_total")


# ------------------------------------------------------------------ a share whose base the sentence before gives

@pytest.mark.parametrize(("text", "expected"), [
    # "N (P%)" after a sentence giving the whole
    (("The triage desk settled 190 requests out of a total of 200. Only 10 (5%) requests went on to a "
     "formal complaint."), []),
    (("The triage desk settled 190 requests out of a total of 200. Only 10 (12%) requests went on to a "
     "formal complaint."), [("warn", 12, 5.0)]),
    # "..., which accounted for P% of all <noun>" after a sentence giving the <noun>
    (("Some 250 enquiries reached the team in the year. Of those, 50 enquiries were settled by phone, "
     "which accounted for 20% of all enquiries."), []),
    (("Some 250 enquiries reached the team in the year. Of those, 50 enquiries were settled by phone, "
     "which accounted for 30% of all enquiries."), [("warn", 30, 20.0)]),
    # "P% of <things> we <did> were <done>" after "We <did> M <things> and <done> N"
    ("We reviewed 40 appeals and allowed 10.\n\n25% of appeals we reviewed were allowed.", []),
    ("We reviewed 40 appeals and allowed 10.\n\n35% of appeals we reviewed were allowed.", [("warn", 35, 25.0)]),
])
def test_a_share_of_the_whole_the_sentence_before_gives(tmp_path: Path, text: str, expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, f"Complaints 2024/25\n\n{text}\n")
    assert problems(got, "percentage") == expected
    if not expected:
        assert len(passes(got, "percentage")) == 1


# ------------------------------------------------------------------ splits told clause by clause

@pytest.mark.parametrize(("text", "expected"), [
    # "N <things> ..., a of these ..., b ...; and c ..."
    (("Only 12 appeals were allowed in full, five of these were about late replies from the team, four "
     "were due to rude staff on the phone; and three were about lost paperwork."), []),
    (("Only 14 appeals were allowed in full, five of these were about late replies from the team, four "
     "were due to rude staff on the phone; and three were about lost paperwork."), [("fail", 14, 12.0)]),
    # a split whose second part opens the next sentence in the same words
    (("Out of the 20 requests logged in the quarter, six requests were handled under the care rules with "
     "a target of 10 working days; the mean was 12 days. 14 requests were handled under the general "
     "policy with a target of 20 days."), []),
    (("Out of the 23 requests logged in the quarter, six requests were handled under the care rules with "
     "a target of 10 working days; the mean was 12 days. 14 requests were handled under the general "
     "policy with a target of 20 days."), [("warn", 23, 20.0)]),
])
def test_splits_told_clause_by_clause(tmp_path: Path, text: str, expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, f"Appeals 2024/25\n\n{text}\n")
    assert problems(got, "breakdown_sum") == expected
    if not expected:
        assert passes(got, "breakdown_sum")


# ------------------------------------------------------------------ "M <things>, N of which", a share before it

@pytest.mark.parametrize(("share", "expected"), [("75%", []), ("85%", [("warn", 85, 75.0)])])
def test_a_share_then_the_ratio_of_that_time(tmp_path: Path, share: str, expected: list) -> None:  # type: ignore[type-arg]
    text = (f"Timeliness this quarter was 80%, compared to {share} for the same quarter last year. At that "
            "time, the service logged 200 requests, 150 of which were answered in time.")
    got = checks_of(tmp_path, f"Requests 2024/25\n\n{text}\n")
    assert problems(got, "percentage") == expected
    if not expected:
        assert passes(got, "percentage") == [75]


# ------------------------------------------------------------------ more splits in words

@pytest.mark.parametrize(("text", "expected"), [
    # no comma after the total
    ("Out of the 30 requests logged 18 arrived by email and 12 came through the website.", []),
    ("Out of the 33 requests logged 18 arrived by email and 12 came through the website.", [("warn", 33, 30.0)]),
    # the total in brackets, the last part after "whilst"
    (("For lettings, of those requests closed in the spring (40), 31 were from tenants, whilst nine were "
     "from agents."), []),
    (("For lettings, of those requests closed in the spring (44), 31 were from tenants, whilst nine were "
     "from agents."), [("warn", 44, 40.0)]),
    # a part out of a total, and the rest in the next sentence
    ("The desk settled 180 queries out of a total of 200. Only 20 queries could not be settled there.", []),
    ("The desk settled 180 queries out of a total of 230. Only 20 queries could not be settled there.",
     [("warn", 230, 200.0)]),
])
def test_more_splits_in_words(tmp_path: Path, text: str, expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, f"Requests 2024/25\n\n{text}\n")
    assert problems(got, "breakdown_sum") == expected
    if not expected:
        assert passes(got, "breakdown_sum")


# ------------------------------------------------------------------ outcomes: two totals of one scope, a share of the split

def _figure(measure: str, value: float, evidence: str, stated: str, unit: str = "count") -> Figure:
    return Figure(doc="r.txt", measure=measure, value=value, unit=unit, line=3, evidence=evidence, stated=stated,
                  source="prose", rule="t", stage="stage2", period="2024/25", service="council")


TWO_TOTALS = ("Of the 300 requests, 50 went on to stage 2 and six went to the ombudsman; at stage 2, 20 were "
              "not upheld, 26 were upheld and four were withdrawn (8%).")


def test_outcomes_adding_up_to_one_of_two_totals_of_one_scope_do_not_fail_against_the_other() -> None:
    from extractor.checks import outcome_sums

    figures = [_figure("closed", 50, TWO_TOTALS, "50"), _figure("closed", 6, TWO_TOTALS, "six"),
               _figure("not_upheld", 20, TWO_TOTALS, "20"), _figure("upheld", 26, TWO_TOTALS, "26"),
               _figure("withdrawn", 4, TWO_TOTALS, "four")]
    doc = Document(path="r.txt", format="text", blocks=())
    got = [(c.status, c.stated, c.expected) for c in outcome_sums(doc, figures)]
    assert got == [("pass", 50, 50)]


@pytest.mark.parametrize(("share", "expected"), [("8%", [("pass", 8, 8.0)]), ("12%", [("fail", 12, 8.0)])])
def test_a_share_of_one_outcome_against_the_outcomes_its_sentence_lists(share: str, expected: list) -> None:  # type: ignore[type-arg]
    from extractor.checks import prose_percentages

    text = TWO_TOTALS.replace("(8%)", f"({share})")
    figures = [_figure("closed", 50, text, "50"), _figure("closed", 6, text, "six"),
               _figure("not_upheld", 20, text, "20"), _figure("upheld", 26, text, "26"),
               _figure("withdrawn", 4, text, "four"), _figure("withdrawn", float(share[:-1]), text, share, "percent")]
    doc = Document(path="r.txt", format="text", blocks=())
    got = [(c.status, c.stated, round(c.expected or 0, 1)) for c in prose_percentages(doc, figures)]
    assert got == expected


# ------------------------------------------------------------------ a list of counts is a breakdown, not a count of items

@pytest.mark.parametrize(("total", "expected"), [("40", []), ("45", [("fail", 45, 40.0)])])
def test_a_list_of_counts_after_a_count_is_its_breakdown(tmp_path: Path, total: str, expected: list) -> None:  # type: ignore[type-arg]
    text = (f"Requests\n\nIn 2024/25, {total} first-stage requests were logged, split as follows:\n\n"
            "- Spring - 12\n- Summer - 9\n- Autumn - 11\n- Winter - 8\n")
    got = checks_of(tmp_path, text, "r.md")
    assert problems(got, "breakdown_sum") == expected
    assert [c for c in got if c.rule == "list_count"] == []  # four items, but no one counted items


# ------------------------------------------------------------------ an escalation rate

@pytest.mark.parametrize(("rate", "expected"), [("16%", []), ("24%", [("warn", 24, 16.0)])])
def test_an_escalation_rate_against_the_stage_counts_before_it(tmp_path: Path, rate: str, expected: list) -> None:  # type: ignore[type-arg]
    text = ("Requests 2024/25\n\nIn 2024/25 the team logged 250 stage 1 complaints.\n\n"
            "In 2024/25 we also logged 40 stage 2 complaints.\n\n"
            f"The share of complaints escalating to stage two stays low at {rate}.\n")
    got = checks_of(tmp_path, text)
    assert problems(got, "percentage") == expected
    if not expected:
        assert passes(got, "percentage") == [16]


# ------------------------------------------------------------------ a named place's share of a table of places

PLACES = """Complaints 2024/25

We received 50 complaints in 2024/25.

| Estate | Complaints |
| --- | --- |
| Northfield | 5 |
| Riverside | 15 |
| Hilltop | 30 |

Most issues came from one estate: the Hilltop estate alone accounted for {share} of all complaints.
"""


@pytest.mark.parametrize(("share", "expected"), [("60%", []), ("70%", [("fail", 70, 60.0)])])
def test_a_named_places_share_against_the_table_of_places(tmp_path: Path, share: str, expected: list) -> None:  # type: ignore[type-arg]
    got = checks_of(tmp_path, PLACES.format(share=share), "r.md")
    assert problems(got, "percentage") == expected
    if not expected:
        assert 60 in passes(got, "percentage")
    # a table whose sum is no whole the report states is only the likeliest base: warn
    unsure = checks_of(tmp_path, PLACES.format(share=share).replace("We received 50", "We received 51"), "u.md")
    assert problems(unsure, "percentage") == [("warn", *e[1:]) for e in expected]


def test_a_table_nested_in_a_word_table_cell_is_read_as_its_own_table(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    outer = word.add_table(rows=2, cols=1)
    outer.cell(0, 0).text = "Complaints by estate"
    inner = outer.cell(1, 0).add_table(rows=2, cols=2)
    for r, (label, n) in enumerate((("Northfield", "5"), ("Hilltop", "30"))):
        inner.cell(r, 0).text, inner.cell(r, 1).text = label, n
    word.save(tmp_path / "n.docx")
    tables = [b.rows for b in load(tmp_path / "n.docx").blocks if b.kind == "table"]
    assert (("Northfield", "5"), ("Hilltop", "30")) in tables


# ------------------------------------------------------------------ a total without one of its parts

@pytest.mark.parametrize(("rest", "expected"), [("40", []), ("45", [("fail", 70, 75.0)])])
def test_a_total_without_a_part_stated_in_the_next_sentence(tmp_path: Path, rest: str, expected: list) -> None:  # type: ignore[type-arg]
    text = (f"Of the 70 requests about bins, 30 came during the strike. Excluding these, the number would "
            f"fall to {rest}, close to an ordinary year.")
    got = checks_of(tmp_path, f"Requests 2024/25\n\n{text}\n")
    assert problems(got, "breakdown_sum") == expected
    if not expected:
        assert 70 in passes(got, "breakdown_sum")
