"""A label's count and its share joined by an equals sign ("Stage 1 responses on time: 171 = 51%"), one
label per line: both numbers are figures, and the last such line is not taken for a heading. Written
before the change in words no corpus document holds; on main at fd9cfc6 the shares were lost and the
second line was read as a heading."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def test_count_equals_share_lines(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Complaints 2030/31\n\nStage 1 responses on time: 171 = 51%\n"
                    "Stage 2 responses on time: 30 = 64%\n", encoding="utf-8")
    got = sorted((f.measure, f.value, f.unit, f.stage) for f in extract(load(path)) if isinstance(f, Figure))
    assert got == [("within_target", 30.0, "count", "stage2"), ("within_target", 51.0, "percent", "stage1"),
                   ("within_target", 64.0, "percent", "stage2"), ("within_target", 171.0, "count", "stage1")]
