"""Batch 11 of reports written here before the tool read them (tests/data/held_out_reports: hillmoor,
northway, southfleet ...): the mechanisms their first reading lacked, pinned on texts in other words."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def read(tmp_path: Path, text: str) -> list[Figure]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [f for f in extract(load(path)) if isinstance(f, Figure)]


def by_value(figures: list[Figure]) -> dict[float, tuple[str, str | None, str | None]]:
    return {f.value: (f.measure, f.stage, f.period) for f in figures}


SPACED_WITH_DIFFERENCE = """Kelby Parish Services - first stage complaints by team

Team 2040/41 2041/42 Difference
Libraries 12 9 -3
Grounds maintenance 57 71 +14
Cemeteries 8 8 0
Total 77 88 +11
"""


def test_a_spaced_table_s_difference_column_neither_hides_its_rows_nor_becomes_a_figure(tmp_path: Path) -> None:
    figures = read(tmp_path, SPACED_WITH_DIFFERENCE)
    got = {(f.value, f.period) for f in figures}
    assert {(12.0, "2040/41"), (9.0, "2041/42"), (57.0, "2040/41"), (71.0, "2041/42"),
            (77.0, "2040/41"), (88.0, "2041/42")} <= got
    assert not {f for f in figures if f.value in (3.0, 14.0, 11.0)}  # the differences are the checks'
    assert {f.stage for f in figures} == {"stage1"}


CARDS = """Ashvale Homes performance summary - Quarter 1 2040/41

Formal complaints logged
96
Cases taken to the second stage
11
Complaints with a Housing Ombudsman decision
2
Compliments
30

Cumulative (April to August 2040)
Formal complaints logged
215
"""


def test_a_card_label_the_dashboard_words_miss_is_read_by_the_table_vocabulary_and_keeps_its_own_value(
        tmp_path: Path) -> None:
    got = by_value(read(tmp_path, CARDS))
    assert got[11.0] == ("received", "stage2", "2040/41 Q1")
    assert got[30.0][0] == "compliments"
    assert 2.0 not in got or got[2.0][0] != "compliments"
    assert got[215.0] == ("received", "stage1", "2040-04-01..2040-08-31")


def test_an_ombudsman_s_decisions_or_determinations_in_a_label_are_cases_it_closed() -> None:
    from extractor.extract.table_labels import classify_label

    for label in ("Complaints with a Housing Ombudsman decision", "Ombudsman determinations issued to us",
                  "LGSCO decisions received"):
        meaning = classify_label(label)
        assert (meaning.get("measure"), meaning.get("stage")) == ("closed", "ombudsman"), label


def test_a_line_naming_only_a_period_dates_the_cards_below_it() -> None:
    from extractor.extract.label_periods import period_line
    from extractor.segment import Context

    year = Context(period="2040/41", period_start="2040-04-01", period_end="2041-03-31")
    assert period_line("Cumulative (April to August 2040)", year)[0] == "2040-04-01..2040-08-31"
    assert period_line("Quarter 3 (October to December)", year)[0] == "2040/41 Q3"
    assert period_line("Formal complaints logged", year) is None
    assert period_line("Complaints received (2040/41)", year) is None


COLON_LINES = """Second stage reviews
Escalations received: 48 (2040/41: 39)
Reviewed within 25 working days: 30 = 63%
Upheld in part or in full: 12 = 25%
"""


def test_label_colon_value_lines_kept_as_one_paragraph_are_read_line_by_line_under_their_title(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.unit, f.period, f.line) for f in read(tmp_path, "Annual report 2041/42\n\n" + COLON_LINES)}
    assert {("received", 48.0, "count", "2041/42", 4), ("received", 39.0, "count", "2040/41", 4),
            ("within_target", 30.0, "count", "2041/42", 5), ("within_target", 63.0, "percent", "2041/42", 5),
            ("upheld_or_partially_upheld", 12.0, "count", "2041/42", 6)} <= got
    assert not any(m == "response_target_days" for m, *_ in got)  # "within 25 working days" only qualifies


TIMESCALES = """| | First stage | Second stage |
|---|---|---|
| Time limit (working days) | 15 | 25 |
| Mean time taken (working days) | 11.2 | 19.0 |
"""


def test_a_timescale_row_is_the_procedure_s_target_not_a_count(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("# Complaints 2041/42\n\n" + TIMESCALES, encoding="utf-8")
    got = {(f.measure, f.value, f.unit, f.stage) for f in extract(load(path)) if isinstance(f, Figure)}
    assert ("response_target_days", 15.0, "working_days", "stage1") in got
    assert ("response_target_days", 25.0, "working_days", "stage2") in got
    assert not any(m == "received" and v in (15.0, 25.0) for m, v, *_ in got)


def test_a_number_after_a_stage_named_by_its_ordinal_counts(tmp_path: Path) -> None:
    got = by_value(read(tmp_path, "Complaints review of 2041/42\n\nAt the first stage 240 complaints were logged by the service desk.\n"))
    assert got[240.0][0] == "received"


def test_a_percentage_that_restates_a_fraction_in_words_is_a_share_of_the_count_before_it(tmp_path: Path) -> None:
    text = "Complaints review of 2041/42\n\nWe upheld 58 complaints at the second stage, which was about a quarter (26%) of those escalated.\n"
    got = by_value(read(tmp_path, text))
    assert got[26.0][:2] == ("upheld", "stage2") and got[58.0][0] == "upheld"


def test_the_base_a_timeliness_verb_follows_counts_the_cases_answered(tmp_path: Path) -> None:
    got = by_value(read(tmp_path, "Complaints review of 2041/42\n\nSecond stage: 30 of 34 replied to in time (88%).\n"))
    assert got[34.0][:2] == ("closed", "stage2")
    assert got[30.0][:2] == ("within_target", "stage2")


def test_a_clause_then_in_n_percent_of_cases_counts_what_the_clause_says(tmp_path: Path) -> None:
    got = by_value(read(tmp_path, "Complaints review of 2041/42\n\nReplies went out inside the deadline in 71% of cases.\n"))
    assert got[71.0][0] == "within_target"


def test_stage_labels_with_their_values_take_the_measure_of_the_lead_in_above_them(tmp_path: Path) -> None:
    text = ("Complaints review of 2041/42\n\nIndicator 6: average time to close complaints\n"
            "Stage 1: 6.1 working days (target 5)\nStage 2: 18.4 working days (target 20)\n\n"
            "Indicator 2: complaints we closed, by stage\nStage 1 (frontline): 804\nStage 2 (investigation): 77\n")
    figures = read(tmp_path, text)
    got = {(f.measure, f.value, f.unit, f.stage) for f in figures}
    assert ("average_response_days", 6.1, "working_days", "stage1") in got
    assert ("closed", 804.0, "count", "stage1") in got and ("closed", 77.0, "count", "stage2") in got
    assert not any(f.value in (5.0, 20.0) for f in figures)  # a target aside is no value of the line
