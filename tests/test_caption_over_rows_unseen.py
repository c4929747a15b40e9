"""A caption line over "label value (last year's)" rows with no header ("Complaints by directorate" /
"Adults 112 (98)"): the rows count complaints, the caption is no column name nor the report's
subject, and a legend in the caption or in a note right under the rows says what the brackets hold.
Own words, written before the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure

ROWS = "Complaints by team\nLettings 73 (64)\nRepairs 190 (201)\nTotal 263 (265)"


def readings(tmp_path: Path, body: str) -> set[tuple[float, str | None, str | None]]:
    return {(f.value, f.period, f.area) for f in read_review(tmp_path, body) if isinstance(f, Figure) and f.measure == "received"}


def test_rows_under_a_caption_are_read(tmp_path: Path) -> None:
    read = readings(tmp_path, ROWS)
    assert {(73.0, "2030/31", "Lettings"), (190.0, "2030/31", "Repairs"), (263.0, "2030/31", None)} <= read


@pytest.mark.parametrize("body", [
    ROWS.replace("Complaints by team", "Complaints by team (2029/30 in brackets)"),
    ROWS + "\n\nFigures in brackets are for 2029/30.",
])
def test_a_legend_before_or_after_gives_the_brackets_last_year(tmp_path: Path, body: str) -> None:
    read = readings(tmp_path, body)
    assert {(73.0, "2030/31", "Lettings"), (64.0, "2029/30", "Lettings"), (265.0, "2029/30", None)} <= read
    assert not any(p == "2028/29" for _, p, _ in read)
