"""A legend saying what brackets hold ("last year in brackets", "(2029/30 in brackets)", "figures for
2029/30 are shown in brackets") makes every "388 (412)" below it this period's value and the earlier
period's; the legend's own period words are no period of the section. Written in our own words before
the code; on main at 44ff710, 1 of the 5 passed (the counter-example without a legend)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure

ROWS = "Stage 1 complaints 388 (412)\nStage 2 complaints 54 (61)\nCompliments 203 (188)"
BOTH_YEARS = [("received", 54.0, "stage2", "2030/31"), ("received", 61.0, "stage2", "2029/30"),
              ("compliments", 188.0, None, "2029/30"), ("compliments", 203.0, None, "2030/31"),
              ("received", 388.0, "stage1", "2030/31"), ("received", 412.0, "stage1", "2029/30")]


def figures(tmp_path: Path, body: str) -> list[tuple[str, float, str | None, str | None]]:
    return sorted(((f.measure, f.value, f.stage, f.period) for f in read_review(tmp_path, body) if isinstance(f, Figure)),
                  key=lambda t: t[1])


@pytest.mark.parametrize("body", [
    f"Complaints handled this year (last year in brackets)\n\n{ROWS}",
    f"Complaints handled in 2030/31 (2029/30 in brackets)\n\n{ROWS}",
    f"Complaints handled\n\nFigures for 2029/30 are shown in brackets.\n\n{ROWS}",
    f"Complaints handled\n\nThe bracketed numbers are those of the previous year.\n\n{ROWS}",
])
def test_a_legend_makes_brackets_the_earlier_year(tmp_path: Path, body: str) -> None:
    assert figures(tmp_path, body) == BOTH_YEARS


def test_without_a_legend_a_bracket_is_left_unread(tmp_path: Path) -> None:
    assert figures(tmp_path, f"Complaints handled\n\n{ROWS}") == [
        ("received", 54.0, "stage2", "2030/31"), ("compliments", 203.0, None, "2030/31"),
        ("received", 388.0, "stage1", "2030/31")]
