"""A table that runs its measures down and its periods across, with a share row under its count
("Upheld" / "Upheld %" under "Received"): the share is checked column by column. Written here in words
of our own (2026-12-05) before the change: at 2110987 the wrong 39% (151 of 412 is 36.7%) went unnoticed;
after, it fails and the right 36% passes. Where the share holds of another row above (the replies, not
the complaints received), nothing fails: which row is the whole is then in doubt."""

from __future__ import annotations

from pathlib import Path

from extractor import pipeline
from extractor.load import load
from extractor.models import Check

WRONG_SHARE = """Complaints report 2030/31
Stage 1 complaints   2029/30   2030/31
Received              388       412
Upheld                140       151
Upheld %              36%       39%
"""

OTHER_WHOLE = """Complaints report 2030/31
Stage 1 complaints              2029/30   2030/31
Complaints received               388       412
Complaints responded to           380       400
Responded to on time              300       320
Responded to on time (%)          79%       80%
"""


def _percentages(tmp_path: Path, text: str) -> list[Check]:
    f = tmp_path / "report.txt"
    f.write_text(text, encoding="utf-8")
    return [c for c in pipeline.check(load(f)) if c.rule == "percentage"]


def test_a_share_row_is_checked_in_each_column(tmp_path: Path) -> None:
    checks = _percentages(tmp_path, WRONG_SHARE)
    assert sorted((c.status, c.stated) for c in checks) == [("fail", 39.0), ("pass", 36.0)]
    assert all(c.line == 5 for c in checks)


def test_a_share_of_another_row_raises_no_alarm(tmp_path: Path) -> None:
    assert [c for c in _percentages(tmp_path, OTHER_WHOLE) if c.status == "fail"] == []
