"""A numbered caption run into the paragraph above a table, with the table's first header cell on the line
below it ("... the year before.\\nTable 2: Stage 2 complaints by department1\\nDepartment", then one cell per
line), is still the table's caption: the lone header word is no lead-in. Found in a fire and rescue service's
report cut from its PDF by a helper session that had not seen the tool (2026-12-06: the table's counts lost
the stage its caption names). The page below is in words of our own, written before the change: at a1ecc32
0 of 4 counts had the caption's stage."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Dunmore Fire and Rescue Service complaints 2031/32

3. Complaints
3.1 We received 19 Stage 2 complaints in 2031/32. A further 30 concerns were resolved on the spot.
Table 2: Stage 2 complaints by department1
Department

2031/32

2030/31

Prevention

12

9

Response

7

11

1 Departments as at 31 March 2032.
"""


def test_a_caption_above_a_header_word_names_its_stage(tmp_path: Path) -> None:
    stages = {f.value: f.stage for f in report_figures(tmp_path, PAGE) if f.measure == "received"}
    assert [stages.get(v) for v in (12.0, 9.0, 7.0, 11.0)] == ["stage2"] * 4, stages
