"""A table whose cells ran together ("SubjectUpheldUpheld in partNot upheldIn progress" over "Parking4312") is cut
at the header words of the table vocabulary, whatever synonym a report uses ("upheld in part", "in progress",
"to the Ombudsman", "Overall"); a Total row or column named "Overall" or "All types" is the sum that settles
where the digits of the other cells split.

Written in words of our own after two re-worded dev-real excerpts lost their glued tables; written after the
change and checked to fail on main at 91c4548 (the session's base), one of the two.
"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

OUTCOMES = """Complaints by subject 2031/32

SubjectUpheldUpheld in partNot upheldIn progress
Parking4312
Waste2201
All types6513
"""

STAGES = """Complaints received 2031/32

TeamStage 1Stage 2To the OmbudsmanOverall
Housing5915175
Repairs4010353
"""


def test_outcome_synonyms_cut_the_header(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, OUTCOMES)
    assert {("upheld", 4.0, "count", None, "2031/32"), ("partially_upheld", 3.0, "count", None, "2031/32"),
            ("not_upheld", 1.0, "count", None, "2031/32"), ("upheld", 6.0, "count", None, "2031/32"),
            ("partially_upheld", 5.0, "count", None, "2031/32")} <= keys


def test_an_overall_column_settles_the_split(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, STAGES)
    assert {("received", 59.0, "count", "stage1", "2031/32"), ("received", 15.0, "count", "stage2", "2031/32"),
            ("received", 1.0, "count", "ombudsman", "2031/32"), ("received", 75.0, "count", None, "2031/32"),
            ("received", 40.0, "count", "stage1", "2031/32"), ("received", 10.0, "count", "stage2", "2031/32"),
            ("received", 3.0, "count", "ombudsman", "2031/32"), ("received", 53.0, "count", None, "2031/32")} <= keys
