"""Layouts from the fifth batch of held-out reports (messier text: one cell per line under a
numbered heading, chart labels with their values on the line below, a two-line column header, a
printed page's hyphenated line ends and numbered paragraphs, a quarter in the file name before the
year), each tested in new words. Written after the batch was scored and before the code that reads
these shapes; each was seen failing on the code before it.
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


def keys(tmp_path: Path, text: str, header: str = HEADER, name: str = "review.txt") -> set[tuple]:
    return {(r.measure, r.value, r.unit, r.stage, r.period) for r in figures(tmp_path, text, header, name)}


def test_a_word_broken_at_a_line_end_is_whole_again(tmp_path: Path) -> None:
    got = keys(tmp_path, "Residents made 75 com-\nplaints at the first stage, and 12 were up-\nheld.")
    assert {("received", 75, "count", "stage1", "2030/31"), ("upheld", 12, "count", "stage1", "2030/31")} <= got


def test_a_hyphen_before_a_capital_or_digit_stays(tmp_path: Path) -> None:
    """Counter-case: "Covid-" / "19" and "North-" / "West" are not words broken by the line's end."""
    from extractor.load.text import join_wrapped

    assert join_wrapped(["during Covid-", "19 we received"]) == "during Covid- 19 we received"
    assert join_wrapped(["the North-", "West team"]) == "the North- West team"
    assert join_wrapped(["com-", "plaints"]) == "complaints"


def test_a_numbered_paragraph_that_wraps_is_not_a_heading(tmp_path: Path) -> None:
    text = "5.2 The council looked again at 310 second stage\nreviews during the year and upheld 41 of them.\n"
    got = keys(tmp_path, text)
    assert {("received", 310, "count", "stage2", "2030/31"), ("upheld", 41, "count", "stage2", "2030/31")} <= got


def test_one_cell_per_line_under_a_numbered_heading(tmp_path: Path) -> None:
    text = ("\n4. Second stage complaints by directorate\n\nDirectorate\n2029/30\n2030/31\n"
            "People\n14\n17\nPlace\n22\n19\nResources\n6\n8\nTotal\n42\n44\n")
    got = keys(tmp_path, text, header="Lowbridge Council\nComplaints annual review 2030/31\n")
    assert {("received", 17, "count", "stage2", "2030/31"), ("received", 44, "count", "stage2", "2030/31"),
            ("received", 14, "count", "stage2", "2029/30")} <= got


def test_one_name_over_both_period_columns_is_part_of_the_header(tmp_path: Path) -> None:
    """Counter-case: a header whose top row repeats one name over the period columns keeps its
    label column ("Reason"), so the rows are categories, not areas."""
    text = ("Reason\n\nComplaints logged\n\nComplaints logged\n\n2030/31\n\n2029/30\n\n"
            "Delay\n\n40\n\n35\n\nStaff conduct\n\n12\n\n15\n\nOther\n\n9\n\n4\n")
    found = figures(tmp_path, text)
    delay = [f for f in found if f.value == 40]
    assert delay and delay[0].area is None and delay[0].category == "delay"


def test_chart_labels_with_values_on_the_line_below(tmp_path: Path) -> None:
    text = "Complaints upheld at stage one\nQ1 Q2 Q3 Q4\n5 8 6 9\n"
    got = keys(tmp_path, text)
    assert {("upheld", 5, "count", "stage1", "2030/31 Q1"), ("upheld", 9, "count", "stage1", "2030/31 Q4")} <= got


def test_a_column_header_in_two_lines(tmp_path: Path) -> None:
    text = ("                 First stage   First stage   Second stage\n"
            "                 logged        upheld        logged\n"
            "North area            210            61             19\n"
            "South area            185            40             22\n")
    got = keys(tmp_path, text)
    assert {("received", 210, "count", "stage1", "2030/31"), ("upheld", 61, "count", "stage1", "2030/31"),
            ("received", 22, "count", "stage2", "2030/31")} <= got


def test_a_quarter_before_the_year_in_the_file_name(tmp_path: Path) -> None:
    got = keys(tmp_path, "We received 88 stage one complaints.", header="Complaints update\n\n",
               name="complaints-update-q2-2030-31.txt")
    assert ("received", 88, "count", "stage1", "2030/31 Q2") in got


def test_a_paragraph_that_names_two_stages_together_names_no_one_stage(tmp_path: Path) -> None:
    text = ("Last spring the council brought in stage 1 and 2 complaints under its new policy. "
            "Parks and open spaces received 61 complaints in the year, up from 44.")
    got = keys(tmp_path, text)
    assert ("received", 61, "count", None, "2030/31") in got


def test_a_paragraph_of_one_stage_keeps_it(tmp_path: Path) -> None:
    """Counter-case: a paragraph that speaks of one stage still gives it to its counts."""
    text = ("The second stage is an independent review. "
            "Parks and open spaces received 61 complaints at that stage in the year.")
    got = keys(tmp_path, text)
    assert ("received", 61, "count", "stage2", "2030/31") in got


def test_months_with_their_counts_in_brackets(tmp_path: Path) -> None:
    text = "Replies went out late in June (4), October (2) and February (5)."
    got = keys(tmp_path, text)
    assert {("outside_target", 4, "count", None, "2030-06-01..2030-06-30"),
            ("outside_target", 5, "count", None, "2031-02-01..2031-02-28")} <= got


def test_areas_with_their_counts_in_brackets_stay_areas(tmp_path: Path) -> None:
    """Counter-case: names that are no months keep their counts as areas' received counts."""
    found = figures(tmp_path, "Most complaints were about Parking (31), Housing (22) and Libraries (4).")
    assert {(f.measure, f.value, f.area) for f in found} >= {("received", 31, "Parking"), ("received", 4, "Libraries")}
