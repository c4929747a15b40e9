"""A line "Stage 2 (20 working days): 4 = 80.0%" gives the share of its count against a base stated elsewhere;
the "20" in its label is the stage's timescale, not a count the 4 is a part of. The "N = P%" check takes the
line's first count as the base only when it is one ("Repairs 240 (198)  96 = 40%").

Written before the code, in words of our own (its stage 2 line first said "14 = 70.0%", which 14 of 20 happens
to give, and was changed to one it does not): 1 of 2 held before (the timescale was taken for the base: "4 of
20 is 20.0%, not the stated 80.0%", a false failure), 2 after.
"""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import report_checks

HEAD = "Complaints scorecard 2031/32\n\nClosed within the timescale\n"


def _shares(tmp_path: Path, rows: str) -> set[tuple[int, str]]:
    return {(c.line, c.status) for c in report_checks(tmp_path, HEAD + rows) if c.rule == "percentage"}


def test_a_timescale_in_the_label_is_no_base(tmp_path: Path) -> None:
    rows = "Stage 1 (10 working days): 212 = 81.5%\nStage 2 (20 working days): 9 = 75.0%\n"
    assert not {s for s in _shares(tmp_path, rows) if s[1] != "pass"}


def test_a_rows_first_count_is_still_the_base(tmp_path: Path) -> None:
    assert (4, "pass") in _shares(tmp_path, "Repairs 240 (198)  96 = 40%\n")
    assert (4, "fail") in _shares(tmp_path, "Repairs 240 (198)  96 = 45%\n")
