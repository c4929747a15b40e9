"""Shapes from the third batch of held-out reports (an ombudsman's annual letter, a space-aligned
table with a "% upheld" column, an NHS board's report, a web page), each tested in new words:
the ombudsman's own voice in "complaints and enquiries about your authority", other bodies'
averages set beside a report's own figures, a "%" header word, "went straight to stage 2", and a
heading line "Outcomes at Stage 2" run into its values. Each test was seen failing first.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

HEADER = "Feedback and complaints annual review 2030/31\n\n"


def keys(tmp_path: Path, text: str, header: str = HEADER) -> set[tuple]:
    f = tmp_path / "review.txt"
    f.write_text(header + text + "\n", encoding="utf-8")
    return {(r.measure, r.value, r.unit, r.stage) for r in extract(load(f)) if isinstance(r, Figure)}


def test_an_ombudsman_letter_counts_are_the_ombudsmans(tmp_path: Path) -> None:
    text = ("Dear Chief Executive,\n\nThis year we had 23 complaints and enquiries about your authority and "
            "decided 21. We completed 5 detailed investigations and upheld 4 complaints.\n")
    got = keys(tmp_path, text, header="Annual letter 2030/31\n\n")
    assert {("received", 23, "count", "ombudsman"), ("upheld", 4, "count", "ombudsman")} <= got
    assert not any(s == "stage2" for *_, s in got)


def test_other_bodies_averages_are_not_the_reports_figures(tmp_path: Path) -> None:
    got = keys(tmp_path, "We upheld 41% of complaints. The average for similar councils was 55%, and the "
                         "national average uphold rate was 60%.")
    assert ("upheld", 41, "percent", None) in got
    assert not any(v in (55, 60) for _, v, _, _ in got)


def test_a_percent_header_word_is_one_column(tmp_path: Path) -> None:
    text = ("Second stage complaints by directorate\n\n"
            "Directorate        Received   Upheld   % upheld\n"
            "Place                    40       12        30%\n"
            "People                   25        5        20%\n"
            "Resources                15        3        20%\n")
    got = keys(tmp_path, text)
    assert {("received", 40, "count", "stage2"), ("upheld", 12, "count", "stage2"),
            ("upheld", 30, "percent", "stage2")} <= got
    assert ("upheld", 40, "count", "stage2") not in got


def test_complaints_that_went_straight_to_the_second_stage(tmp_path: Path) -> None:
    assert ("received", 57, "count", "stage2") in keys(tmp_path, "Another 57 complaints went straight to stage two.")


def test_a_heading_line_naming_its_stage_run_into_its_values(tmp_path: Path) -> None:
    got = keys(tmp_path, "Results at stage two\nUpheld 9; partly upheld 14; not upheld 30.\n")
    assert {("upheld", 9, "count", "stage2"), ("not_upheld", 30, "count", "stage2")} <= got


def test_a_bracketed_count_with_its_own_period(tmp_path: Path) -> None:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + "In 2030/31 we logged 640 complaints (702 in 2029/30).\n", encoding="utf-8")
    got = {(r.measure, r.value, r.period) for r in extract(load(f)) if isinstance(r, Figure)}
    assert ("received", 702, "2029/30") in got


def test_a_list_of_counts_each_with_its_verb(tmp_path: Path) -> None:
    got = keys(tmp_path, "Second stage: 75 received, 70 closed, 52 on time.")
    assert {("received", 75, "count", "stage2"), ("closed", 70, "count", "stage2"),
            ("within_target", 52, "count", "stage2")} <= got


def test_councillor_enquiries_are_not_complaints(tmp_path: Path) -> None:
    got = keys(tmp_path, "Complaints received: 310\nMember enquiries: 977\n")
    assert ("received", 310, "count", None) in got
    assert not any(v == 977 for _, v, *_ in got)


def test_a_change_after_a_share_is_the_same_measure_then(tmp_path: Path) -> None:
    f = tmp_path / "review.txt"
    f.write_text(HEADER + "We answered 91.5% of first stage complaints on time, down from 93.4% last year.\n",
                 encoding="utf-8")
    got = {(r.measure, r.value, r.period) for r in extract(load(f)) if isinstance(r, Figure)}
    assert {("within_target", 91.5, "2030/31"), ("within_target", 93.4, "2029/30")} <= got


def test_label_lines_whose_values_carry_their_unit_are_read_one_by_one(tmp_path: Path) -> None:
    got = keys(tmp_path, "How long we took\n\nFirst stage average: 6.1 working days\nSecond stage average: 19.8 working days\n")
    assert {("average_response_days", 6.1, "working_days", "stage1"),
            ("average_response_days", 19.8, "working_days", "stage2")} <= got


def test_a_stage_another_count_went_to_is_not_the_totals(tmp_path: Path) -> None:
    got = keys(tmp_path, "We logged 140 complaints in the year, of which 19 (14%) were escalated to stage two.")
    assert ("received", 140, "count", None) in got and ("received", 19, "count", "stage2") in got


def test_final_decisions_of_an_ombudsman_are_closed_cases(tmp_path: Path) -> None:
    got = keys(tmp_path, "The Ombudsman made final decisions on 11 complaints about us, upholding 4 of them.")
    assert {("closed", 11, "count", "ombudsman"), ("upheld", 4, "count", "ombudsman")} <= got


def test_cases_still_under_investigation_are_no_measure(tmp_path: Path) -> None:
    assert keys(tmp_path, "Three complaints remain under investigation.") == set()


def test_an_item_of_a_list_of_channels_is_not_a_total(tmp_path: Path) -> None:
    """A wrapped list of counts by channel, as a PDF prints it: no item is the total of the ones after."""
    from extractor.pipeline import check

    f = tmp_path / "review.txt"
    f.write_text(HEADER + "We received 120 complaints. Of these 20 were raised in person, 40 were made by\n"
                 "telephone, 35 were lodged online, 15\nwere sent by letter and 10 by email.\n", encoding="utf-8")
    doc = load(f)
    assert not [c for c in check(doc, extract(doc)) if c.status == "fail"]
