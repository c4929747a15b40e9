"""Batch 10 of reports written here before the tool read them: an NHS trust's complaints section and a
Scottish council's indicator lines, in words of our own. Each test pins what a first reading got wrong."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

NHS = """4. Complaints and PALS

4.1 The Trust received 1,126 formal complaints in 2030/31, which is 3.1 complaints per 1,000 patient contacts. This compares with 1,047 in 2029/30.

4.2 PALS dealt with 6,912 concerns, of which 5,980 (86.5%) were resolved within two working days.

4.3 We responded to 74% of formal complaints within the timescale agreed with the complainant (target 85%). The average response time was 41 working days.

4.4 Of the complaints closed in year, 312 were upheld, 455 partly upheld and 281 not upheld.
"""

SCOTTISH = """Complaints performance 2030/31

Indicator 2: complaints closed at each stage
Frontline resolution: 4,102 complaints closed (91.2% of all complaints closed)
Investigation: 396 complaints closed (8.8%)
"""


def figures(tmp_path: Path, text: str) -> dict[float, tuple[str, str | None, str | None]]:
    path = tmp_path / "excerpt.txt"
    path.write_text(text, encoding="utf-8")
    return {f.value: (f.measure, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure)}


def test_a_value_a_later_sentence_compares_with_is_that_year_s_and_does_not_date_what_follows(tmp_path: Path) -> None:
    got = figures(tmp_path, NHS)
    assert got[1047.0] == ("received", "stage1", "2029/30")
    assert got[6912.0][2] == got[312.0][2] == "2030/31"


def test_an_informal_paragraph_does_not_stage_the_formal_ones_after_it(tmp_path: Path) -> None:
    got = figures(tmp_path, NHS)
    assert got[6912.0][1] == "informal"
    assert got[41.0][1] != "informal"
    assert got[312.0][1] != "informal"


def test_lines_each_opening_on_a_stage_s_label_are_that_stage_s(tmp_path: Path) -> None:
    got = figures(tmp_path, SCOTTISH)
    assert got[4102.0] == ("closed", "stage1", "2030/31")
    assert got[396.0] == ("closed", "stage2", "2030/31")
    assert got[8.8][1] == "stage2"


FIRE = """Fire and Rescue Service - Complaints and Compliments 2030/31

We received 64 complaints this year (2029/30: 71) and 388 compliments (2029/30: 352).
Complaints by outcome: upheld 19; partially upheld 11; not upheld 30; withdrawn 4.
"""

UNIVERSITY = """Student Complaints Annual Report 2030-31

Office of the Independent Adjudicator
The OIA received 11 complaints from our students. It found 2 justified, 1 partly justified and 8 not justified.
"""


def test_last_year_s_value_in_a_bracket_is_that_of_the_figure_before_it(tmp_path: Path) -> None:
    got = figures(tmp_path, FIRE)
    assert got[388.0] == ("compliments", None, "2030/31")
    assert got[352.0] == ("compliments", None, "2029/30")
    assert got[71.0] == ("received", None, "2029/30")


def test_withdrawn_in_a_list_of_outcomes_and_justified_as_upheld(tmp_path: Path) -> None:
    assert figures(tmp_path, FIRE)[4.0] == ("withdrawn", None, "2030/31")
    got = figures(tmp_path, UNIVERSITY)
    assert (got[2.0][0], got[1.0][0], got[8.0][0]) == ("upheld", "partially_upheld", "not_upheld")


LETTER = """Cyngor Sir Glanrhyd / Glanrhyd County Council
Annual letter from the Public Services Ombudsman for Wales 2030/31

Complaints received by the Ombudsman: 41
Complaints closed: 39
Of those closed:
Out of jurisdiction: 12
Premature: 15
Upheld (in whole or in part): 2
"""


def test_every_count_of_an_ombudsman_s_annual_letter_is_the_ombudsman_s(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    got = {f.value: (f.measure, f.stage, f.body) for f in extract(load(path)) if isinstance(f, Figure)}
    assert got == {41.0: ("received", "ombudsman", "PSOW"), 39.0: ("closed", "ombudsman", "PSOW"),
                   12.0: ("not_investigated", "ombudsman", "PSOW"), 15.0: ("not_investigated", "ombudsman", "PSOW"),
                   2.0: ("upheld_or_partially_upheld", "ombudsman", "PSOW")}  # "upheld (in whole or in part)": combined


def test_a_count_compared_after_a_rate_is_compared_with_the_count(tmp_path: Path) -> None:
    path = tmp_path / "excerpt.txt"
    path.write_text(NHS, encoding="utf-8")
    got = {f.value: f.unit for f in extract(load(path)) if isinstance(f, Figure)}
    assert (got[1126.0], got[3.1], got[1047.0]) == ("count", "per_1000", "count")
