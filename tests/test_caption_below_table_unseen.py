"""A table whose caption stands right below it ("Table 3: Complaints received at stage 2 by directorate and
month", as Word places a caption after a table) takes its lead-in from that caption when none stands above it
and no other table follows the caption. Found in a Northern Ireland health trust's quarterly report cut from
its PDF by a helper session that had not seen the tool (2026-12-06: the months' counts lost the stage their
caption names). The page below is in words of our own, written before the change: at f50792f 0 of 6 counts had
their stage."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

PAGE = """Lorne Vale Health Trust complaints, quarter 2 2031/32

Directorate        Jul    Aug    Sep
Surgery             20     18     25
Medicine            30     27     33
Table 3: Complaints received at stage 2 by directorate and month

4.1 The commonest subjects were waiting times and communication.
"""


def test_a_caption_below_its_table_names_its_stage(tmp_path: Path) -> None:
    stages = {f.value: f.stage for f in report_figures(tmp_path, PAGE) if f.measure == "received"}
    assert [stages.get(v) for v in (20.0, 18.0, 25.0, 30.0, 27.0, 33.0)] == ["stage2"] * 6, stages
