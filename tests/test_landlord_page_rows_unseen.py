"""A landlord's page with no blank lines: a caption runs into an indicator's coded label ("Table 2: ..." /
"CH02 (1) Share of ...") whose value stands on the next line, and a table's sub-rows are set in under
their row in lower case ("  of which inside 15 working days   301"). Own words, written after batch
18's first sight; probed on main at c122e63: 0 of 2 passed, 2 of 2 after."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

CODED = """Brookhaven Housing  Report to Residents 2031/32                                   9
How we handled your complaints
Table 2: Complaints answered within the Complaint Handling Code timescales
CH02 (1) Share of stage one complaints answered within the Code's timescale
87.2%
CH02 (2) Share of stage two complaints answered within the Code's timescale
79.0%
TP10 Share of residents satisfied with how we handle anti-social behaviour
61.5%
"""

SUB_ROWS = """Our complaints in figures 2031/32
Stage one complaints received                              342
Stage one complaints answered                              336
  of which inside 15 working days                          301
  upheld                                                   120
  not upheld                                               216
"""


def test_coded_labels_under_a_caption(tmp_path: Path) -> None:
    got = {(f.line, f.measure, f.value, f.stage) for f in report_figures(tmp_path, CODED)}
    assert got == {(5, "within_target", 87.2, "stage1"), (7, "within_target", 79.0, "stage2")}


def test_sub_rows_set_in_under_their_row(tmp_path: Path) -> None:
    got = {(f.line, f.measure, f.value, f.stage) for f in report_figures(tmp_path, SUB_ROWS)}
    assert {(4, "within_target", 301, "stage1"), (5, "upheld", 120, "stage1"), (6, "not_upheld", 216, "stage1")} <= got, \
        sorted(got)
