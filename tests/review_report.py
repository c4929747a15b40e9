"""A short report in words of our own, read as a user's file would be: the helper the "unseen" tests
share (they differ only in the paragraphs under the title and in the fields they compare)."""

from __future__ import annotations

from pathlib import Path

from extractor import check, extract, load
from extractor.models import Check, Decision, Figure

TITLE = "Complaints annual review 2030/31"


def read_review(tmp_path: Path, body: str, title: str = TITLE) -> list[Figure | Decision]:
    """The records of a text report: `title`, a blank line, then `body`."""
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return extract(load(path))


def figure_keys(tmp_path: Path, body: str, fields: tuple[str, ...] = ("measure", "value", "unit", "stage"),
                title: str = TITLE) -> set[tuple[object, ...]]:
    """The `fields` of every figure read from the report: what a test compares."""
    return {tuple(getattr(f, k) for k in fields) for f in read_review(tmp_path, body, title) if isinstance(f, Figure)}


def check_review(tmp_path: Path, body: str, title: str = TITLE, name: str = "report.txt") -> list[Check]:
    """The checks of a report: `title`, a blank line, then `body` as written, in a file called `name`."""
    path = tmp_path / name
    path.write_text(f"{title}\n\n{body}", encoding="utf-8")
    doc = load(path)
    return check(doc, extract(doc))


def stated_line(passage: str) -> int:
    """The line of a passage's stated result, marked {v}: the title and a blank line come first."""
    return 2 + next(i for i, ln in enumerate(passage.splitlines(), 1) if "{v}" in ln)


def points_at(c: Check, line: int) -> bool:
    """Whether a check points within two lines of `line`, by its own line or the lines it names."""
    return any(abs(n - line) <= 2 for n in (c.line, *(c.lines or ())) if n is not None)
