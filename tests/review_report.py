"""A short report in words of our own, read as a user's file would be: the helper the "unseen" tests
share (they differ only in the paragraphs under the title and in the fields they compare)."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision, Figure

TITLE = "Complaints annual review 2030/31"


def read_review(tmp_path: Path, body: str, title: str = TITLE) -> list[Figure | Decision]:
    """The records of a text report: `title`, a blank line, then `body`."""
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return extract(load(path))
