"""A news story of an ombudsman's annual review, one sentence a paragraph: a paragraph that points back
("That is up from nine the year before.") goes on from the figure above it, and how far the council
carried out the ombudsman's recommendations is no complaint figure. Written before the change in words
no corpus document holds; on main at fd9cfc6 the nine was missed and the 100% read as received."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

STORY = """Watchdog upholds more complaints against Eastmoor council

The Local Government and Social Care Ombudsman upheld 14 complaints about Eastmoor Borough Council in the year to March 2031, according to its annual review.

That is up from nine the year before.

In 100% of cases the ombudsman was satisfied the council had carried out its recommendations.
"""


def test_a_story_told_a_sentence_a_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    got = sorted((f.measure, f.value, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure))
    assert got == [("upheld", 9.0, "ombudsman", "2029/30"), ("upheld", 14.0, "ombudsman", "2030/31")]
