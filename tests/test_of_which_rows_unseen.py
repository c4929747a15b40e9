"""A table row "of which upheld" counts part of the row above it: it takes that row's stage and
ombudsman, whether the row above names a stage in so many words ("Stage 2 reviews") or an ombudsman
("Housing Ombudsman determinations"). Written in words of our own before the code (held-out batch
16c: a council's quarterly table with "LGSCO decisions" / "of which upheld"); on the commit before:
0 of 1 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Quarterly complaints monitoring 2032/33

Measure                                Q1     Q2
Stage 2 reviews                        12      9
  of which upheld                       4      3
Housing Ombudsman determinations        5      3
  of which upheld                       2      1
"""


def test_of_which_rows_take_the_stage_and_body_above(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage, f.body) for f in report_figures(tmp_path, PAGE)}
    assert {("upheld", 4, "stage2", None), ("upheld", 2, "ombudsman", "HO"),
            ("upheld", 1, "ombudsman", "HO")} <= got
