"""A table whose rows are findings only an ombudsman makes ("Severe maladministration | 1 | 0", "Service
failure | 2") counts the ombudsman's cases, under a caption that names no ombudsman ("Determinations by most
serious finding"): its figures are at the ombudsman stage. A council's own outcome table keeps its stage.
Found in a landlord's appendix written for this project by a helper session who had not seen the tool
(2026-12-06); the pages below are in words of our own, written before the change: at de9cf02 none of the
5 expected figures had the ombudsman stage (the counter-example held)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

LANDLORD = """Brackwater Homes complaints report 2031/32

Findings in the cases determined this year
Finding | 2031/32
Severe maladministration | 1
Maladministration | 4
Reasonable redress | 2
"""

WELSH = """Cyngor Gwynlais complaints report 2031/32

Investigations concluded, by finding
Maladministration or service failure found | 3
No maladministration found | 5
"""


def test_rows_of_ombudsman_findings_are_at_the_ombudsman_stage(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, LANDLORD)
    assert {("upheld", 1.0, "count", "ombudsman", "2031/32"), ("upheld", 4.0, "count", "ombudsman", "2031/32"),
            ("not_upheld", 2.0, "count", "ombudsman", "2031/32")} <= keys, sorted(keys, key=str)
    keys = core_keys(tmp_path, WELSH, "welsh.txt")
    assert {("upheld", 3.0, "count", "ombudsman", "2031/32"), ("not_upheld", 5.0, "count", "ombudsman", "2031/32")} \
        <= keys, sorted(keys, key=str)


OWN = """Brackwater Council complaints report 2031/32

Stage 2 outcomes
Outcome | 2031/32
Upheld | 4
Not upheld | 6
"""


def test_a_councils_own_outcome_table_keeps_its_stage(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, OWN)
    assert {("upheld", 4.0, "count", "stage2", "2031/32"), ("not_upheld", 6.0, "count", "stage2", "2031/32")} <= keys, \
        sorted(keys, key=str)
