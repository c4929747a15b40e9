"""A table copied from a PDF column by column (its row names first, then each quarter's values one to
a line) gives its figures the quarter's line as evidence, with no row name in it: that a figure counts
complaints, or concerns, must come from its row's name as read. A report that counts concerns apart
and names no later stage has its complaints at the formal stage, stage 1 (SPEC 2). Words of our own,
written before the change: before it 1 of 2 passed (the one expecting no change), after it 2 of 2."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

TABLE = """Patient feedback report 2031/32

Table 2: Feedback by quarter, 2031/32
Measure
Complaints received
PALS concerns
Compliments
Complaints answered on time
{extra}
Q1

40
210
95
31
{extra_value}
Q2

44
190
101
37
{extra_value2}"""


def stages(tmp_path: Path, text: str) -> dict[tuple[str, float], str | None]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return {(f.measure, f.value): f.stage for f in extract(load(path)) if isinstance(f, Figure)}


def test_complaints_rows_beside_a_concerns_row_are_the_formal_stage(tmp_path: Path) -> None:
    got = stages(tmp_path, TABLE.format(extra="", extra_value="", extra_value2=""))
    assert got[("received", 40.0)] == got[("within_target", 31.0)] == got[("received", 44.0)] == "stage1"
    assert got[("received", 210.0)] == "informal" and got[("compliments", 95.0)] is None


def test_a_second_stage_row_leaves_the_complaints_without_a_stage(tmp_path: Path) -> None:
    got = stages(tmp_path, TABLE.format(extra="Stage 2 reviews requested\n", extra_value="3\n", extra_value2="2\n"))
    assert got[("received", 40.0)] is None
