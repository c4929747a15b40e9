"""Two-column tables whose cells arrive one per line: a header of two cells ("Team" / "Cases"),
then each row's label on one line and its single value on the next. The measure is the value
column's header, not the row label, so the label-and-value reader cannot read them; they are a
table of one value column. Written in words of our own before the code; before: 0 of 4 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures


def _read(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.measure, f.value, f.stage, f.area, f.category) for f in report_figures(tmp_path, text)}


def test_received_by_team_one_cell_per_line(tmp_path: Path) -> None:
    text = ("Stage 1 complaints 2031/32\n\nNew complaints by team\nTeam\nComplaints received\n"
            "Parking enforcement\n17\nStreet lighting\n6\nCouncil tax recovery\n23\nCemeteries\n2\n")
    got = _read(tmp_path, text)
    for area, value in (("Parking enforcement", 17), ("Street lighting", 6), ("Council tax recovery", 23),
                        ("Cemeteries", 2)):
        assert ("received", value, "stage1", area, None) in got


def test_ombudsman_outcomes_one_cell_per_line(tmp_path: Path) -> None:
    text = ("Ombudsman annual letter 2031/32\n\nDecisions the Ombudsman made about us\nOutcome\nCases\n"
            "Closed after initial enquiries\n9\nReferred back for local resolution\n11\n"
            "Upheld\n4\nNot upheld\n3\nTotal\n27\n")
    got = {(m, v) for m, v, *_ in _read(tmp_path, text)}
    assert {("not_investigated", 9), ("upheld", 4), ("not_upheld", 3), ("closed", 27)} <= got


def test_key_facts_label_value_lines_unchanged(tmp_path: Path) -> None:
    # counter-example: labels that name their measures, under a title, stay label-and-value pairs
    text = ("Complaints at a glance 2031/32\n\nStage 1 complaints received\n340\nStage 2 complaints received\n41\n"
            "Stage 1 complaints upheld\n102\n")
    got = {(m, v, s) for m, v, s, *_ in _read(tmp_path, text)}
    assert {("received", 340, "stage1"), ("received", 41, "stage2"), ("upheld", 102, "stage1")} <= got
    assert len(got) == 3


def test_prose_between_pairs_is_no_header(tmp_path: Path) -> None:
    # counter-example: a sentence above the pairs is no header cell; nothing but the pairs is read
    text = ("Compliments 2031/32\n\nThe number of compliments we logged went up this year.\n"
            "Compliments logged\n212\nCompliments passed to staff\n180\nComments\n45\n")
    got = {(m, v) for m, v, *_ in _read(tmp_path, text)}
    assert ("compliments", 212) in got and ("received", 45) not in got
