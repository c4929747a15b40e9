"""The terminal report of `tally check` reads like a reviewer's note: problems in full under their
section with stated against expected and the lines involved, passes counted on one line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from extractor import check, extract, load
from extractor.report import terminal

REPORT = """# Complaints 2023/24

## Stage 1 complaints by service

Service\tComplaints
Housing\t40
Waste\t35
Parking\t25
Total\t{total}

## Stage 2 complaints

We received 3 stage two complaints compared to 5 last year; an increase of two cases.
"""


def report_text(tmp_path: Path, total: int, only_problems: bool = False,
                monkeypatch: pytest.MonkeyPatch | None = None) -> str:
    path = tmp_path / "report.md"
    path.write_text(REPORT.format(total=total), encoding="utf-8")
    doc = load(path)
    out = io.StringIO()
    assert monkeypatch is not None
    monkeypatch.setattr(terminal, "console", Console(file=out, width=200, color_system=None))
    terminal.print_checks([(doc, check(doc, extract(doc)))], only_problems=only_problems)
    return out.getvalue()


def test_problems_in_full_under_their_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = report_text(tmp_path, 101, monkeypatch=monkeypatch).splitlines()
    assert lines[0] == "report.md: 2 failed, 0 warnings, 0 passed"
    assert lines[1].strip() == "Stage 1 complaints by service"
    assert lines[2].strip().startswith("FAIL line 9 table_total: ")
    assert "(stated 101, expected 100)" in lines[2] and "see also lines 6, 7, 8" in lines[2]
    assert lines[3].strip() == "Stage 2 complaints"
    assert "FAIL line 13 stated_change" in lines[4] and "(stated 2, expected -2)" in lines[4]


def test_passes_counted_on_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = report_text(tmp_path, 100, monkeypatch=monkeypatch)
    assert "verified: 1 table_total" in text
    assert "FAIL" in text  # the stated change is still wrong
    assert "table_total:" not in text  # a passing check is counted, not listed


def test_only_problems_drops_the_count_of_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = report_text(tmp_path, 100, only_problems=True, monkeypatch=monkeypatch)
    assert "verified" not in text
