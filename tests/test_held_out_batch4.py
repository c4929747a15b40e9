"""Shapes from the fourth batch of held-out reports (key facts printed value above label, a board
paper, an NHS table with month-range columns, indicator lines, minutes, a table split by a page
header, a one-stage adult care table), each tested in new words. Written before the code that
reads them; each was seen failing first.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

HEADER = "Feedback and complaints annual review 2030/31\n\n"


def figures(tmp_path: Path, text: str, header: str = HEADER, name: str = "review.txt") -> list[Figure]:
    f = tmp_path / name
    f.write_text(header + text + "\n", encoding="utf-8")
    return [r for r in extract(load(f)) if isinstance(r, Figure)]


def keys(tmp_path: Path, text: str, header: str = HEADER) -> set[tuple]:
    return {(r.measure, r.value, r.unit, r.stage, r.period) for r in figures(tmp_path, text, header)}


def test_month_range_columns_are_the_quarters_of_the_report_year(tmp_path: Path) -> None:
    text = ("Stage one complaints by quarter\n\n"
            "                    Apr - Jun   Jul - Sep   Oct - Dec   Jan - Mar\n"
            "Received                   12          15          11          17\n")
    got = keys(tmp_path, text)
    assert {("received", 12, "count", "stage1", "2030/31 Q1"), ("received", 15, "count", "stage1", "2030/31 Q2"),
            ("received", 11, "count", "stage1", "2030/31 Q3"), ("received", 17, "count", "stage1", "2030/31 Q4")} <= got


def test_values_printed_above_their_labels(tmp_path: Path) -> None:
    text = ("Our year in numbers\n\n"
            "512\nfirst stage complaints\n\n"
            "48\ncomplaints that moved to the second stage\n\n"
            "930\nthank-you messages and compliments\n")
    got = keys(tmp_path, text)
    assert {("received", 512, "count", "stage1", "2030/31"), ("received", 48, "count", "stage2", "2030/31"),
            ("compliments", 930, "count", None, "2030/31")} <= got
    assert not any(v == 48 and m == "compliments" for m, v, *_ in got)


def test_labels_above_their_values_still_read_that_way(tmp_path: Path) -> None:
    text = "Our year in numbers\n\nFirst stage complaints\n512\n\nSecond stage complaints\n48\n"
    got = keys(tmp_path, text)
    assert {("received", 512, "count", "stage1", "2030/31"), ("received", 48, "count", "stage2", "2030/31")} <= got


def test_a_table_continued_after_a_running_page_header(tmp_path: Path) -> None:
    text = ("Table 4: Second stage complaints by service\n"
            "Service                 2029/30   2030/31\n"
            "Highways                     12        14\n"
            "Libraries                     3         2\n"
            "\n"
            "Annual Review 2030/31                                   Page 7 of 12\n"
            "\n"
            "Service                 2029/30   2030/31\n"
            "Waste                         9        11\n"
            "Total                        24        27\n")
    got = keys(tmp_path, text)
    assert {("received", 9, "count", "stage2", "2029/30"), ("received", 11, "count", "stage2", "2030/31"),
            ("received", 27, "count", "stage2", "2030/31")} <= got
    assert not any(v in (4, 7, 12) and u == "count" and p == "2030/31" and m == "received" and s is None
                   for m, v, u, s, p in got)


def test_a_table_number_in_a_sentence_is_not_a_count(tmp_path: Path) -> None:
    got = keys(tmp_path, "Table 3 lists the second stage complaints received by each service.")
    assert not any(v == 3 for _, v, *_ in got)


def test_indicator_lines_are_items_each_with_its_own_stage(tmp_path: Path) -> None:
    text = ("Indicator 2 - complaints closed at frontline resolution: 301\n"
            "Indicator 3 - average time to close at frontline: 4.2 working days\n"
            "Indicator 4 - average time to close after investigation: 16.5 working days\n"
            "Indicator 5 - frontline outcomes: upheld 120, partially upheld 40, not upheld 141\n")
    got = keys(tmp_path, text)
    assert {("closed", 301, "count", "stage1", "2030/31"),
            ("average_response_days", 4.2, "working_days", "stage1", "2030/31"),
            ("average_response_days", 16.5, "working_days", "stage2", "2030/31"),
            ("upheld", 120, "count", "stage1", "2030/31"), ("not_upheld", 141, "count", "stage1", "2030/31")} <= got


def test_the_year_before_is_the_previous_period(tmp_path: Path) -> None:
    got = keys(tmp_path, "We received 640 stage one complaints, compared with 702 the year before.")
    assert {("received", 640, "count", "stage1", "2030/31"), ("received", 702, "count", "stage1", "2029/30")} <= got


def test_a_total_with_last_years_in_brackets_after_a_colon(tmp_path: Path) -> None:
    got = keys(tmp_path, "Complaints received in total this year: 377 (last year 402).")
    assert {("received", 377, "count", None, "2030/31"), ("received", 402, "count", None, "2029/30")} <= got


def test_a_share_answered_within_a_timescale_is_within_target(tmp_path: Path) -> None:
    got = keys(tmp_path, "This year we answered 93.1% of stage 1 complaints inside 10 working days.")
    assert ("within_target", 93.1, "percent", "stage1", "2030/31") in got
    assert not any(m == "received" for m, *_ in got)
    assert not any(m == "response_target_days" for m, *_ in got)


def test_outcomes_with_the_verb_left_out(tmp_path: Path) -> None:
    got = keys(tmp_path, "Of the 14 second stage complaints, five were upheld and nine were not.")
    assert {("upheld", 5, "count", "stage2", "2030/31"), ("not_upheld", 9, "count", "stage2", "2030/31")} <= got


def test_stage_values_after_one_label(tmp_path: Path) -> None:
    got = keys(tmp_path, "Mean working days to reply - stage one: 9.2; stage two: 18.4.")
    assert {("average_response_days", 9.2, "working_days", "stage1", "2030/31"),
            ("average_response_days", 18.4, "working_days", "stage2", "2030/31")} <= got


def test_a_target_line_is_not_a_figure(tmp_path: Path) -> None:
    got = keys(tmp_path, "Aim for next year: 95% of replies on time.")
    assert not any(v == 95 for _, v, *_ in got)


def test_investigations_opened_by_the_ombudsman_are_received_there(tmp_path: Path) -> None:
    got = keys(tmp_path, "The Ombudsman opened 6 investigations into complaints about us.")
    assert ("received", 6, "count", "ombudsman", "2030/31") in got


def test_a_policy_that_gives_days_for_a_reply_is_the_timescale(tmp_path: Path) -> None:
    got = keys(tmp_path, "Our procedure allows fifteen working days for a stage one reply.")
    assert ("response_target_days", 15, "working_days", "stage1", "2030/31") in got


def test_a_one_stage_care_procedure_without_an_informal_step_has_no_stage(tmp_path: Path) -> None:
    header = "Adult Social Care complaints annual report 2030/31\n\n"
    got = keys(tmp_path, "We received 83 complaints about adult social care this year.", header=header)
    assert ("received", 83, "count", None, "2030/31") in got


def test_a_one_stage_care_procedure_after_a_concerns_stage_is_stage_one(tmp_path: Path) -> None:
    header = "Adult Social Care complaints annual report 2030/31\n\n"
    text = ("Most issues are put right at the concerns stage. We received 83 complaints about adult social "
            "care this year.")
    got = keys(tmp_path, text, header=header)
    assert ("received", 83, "count", "stage1", "2030/31") in got


def test_the_second_share_of_a_pair_of_stages(tmp_path: Path) -> None:
    got = keys(tmp_path, "Replies were on time for 81% of stage 1 complaints and 64% of stage 2 complaints.")
    assert {("within_target", 81, "percent", "stage1", "2030/31"), ("within_target", 64, "percent", "stage2", "2030/31")} <= got


def test_rows_that_start_alike_are_still_a_table(tmp_path: Path) -> None:
    """Counter-case to the item lines above: rows of a flattened table also start with a word and a
    number ("Stage 1 ...", "Stage 2 ..."), but end with their values; they stay one table."""
    text = ("Complaints by stage\n"
            "Stage 1 complaints 402 377\n"
            "Stage 2 complaints 51 44\n")
    got = {(m, v, s) for m, v, _, s, _ in keys(tmp_path, text)}
    assert {("received", 402, "stage1"), ("received", 377, "stage1"), ("received", 51, "stage2")} <= got


def test_quarter_lines_said_in_words_are_items(tmp_path: Path) -> None:
    got = keys(tmp_path, "Quarter 1 we logged 120 complaints\nQuarter 2 we logged 98 complaints\n")
    assert {("received", 120, "count", None, "2030/31 Q1"), ("received", 98, "count", None, "2030/31 Q2")} <= got
