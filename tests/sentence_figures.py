"""What a short report reads to, for the test files of sentences in words of our own: the report's
title line, then the text; each figure as (measure, value, unit, stage)."""

from __future__ import annotations

from pathlib import Path

from extractor import check, extract, load
from extractor.models import Check, Decision, Figure

HEADER = "Complaints annual report 2029/30\n\n"


def figures(tmp_path: Path, text: str, header: str = HEADER) -> set[tuple]:
    f = tmp_path / "report.txt"
    f.write_text(header + text + "\n", encoding="utf-8")
    return {(r.measure, r.value, r.unit, r.stage) for r in extract(load(f)) if isinstance(r, Figure)}


def received(value: float, stage: str | None = None, unit: str = "count") -> tuple:
    return ("received", value, unit, stage)


def report_figures(tmp_path: Path, text: str, name: str = "report.txt") -> list[Figure]:
    """The figure records of a report written as `text`, as it is (no title line added)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [r for r in extract(load(path)) if isinstance(r, Figure)]


def figure_keys(tmp_path: Path, text: str, name: str = "report.txt") -> set[tuple[str, float, str, str | None]]:
    """(measure, value, unit, stage) of each figure of a report written as `text`, as it is."""
    return {(f.measure, f.value, f.unit, f.stage) for f in report_figures(tmp_path, text, name)}


def line_of_placeholder(text: str, mark: str = "{size}") -> int:
    """The 1-based line of a report template on which `mark` stands (where a stated result goes)."""
    return next(i for i, ln in enumerate(text.split("\n"), 1) if mark in ln)


def report_checks(tmp_path: Path, text: str, name: str = "report.txt") -> list[Check]:
    """The checks of a report written as `text`, as it is (no title line added), on its figures."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    return check(doc, extract(doc))


def check_statuses(tmp_path: Path, text: str, rule: str) -> set[tuple[str, float | None]]:
    """(status, stated) of each check of one rule on a report written as `text`."""
    return {(c.status, c.stated) for c in report_checks(tmp_path, text) if c.rule == rule}


# a figure as the core key scores it: (measure, value, unit, stage, period)
CoreKey = tuple[str, float, str, "str | None", "str | None"]


def core_keys(tmp_path: Path, text: str, name: str = "page.txt") -> set[CoreKey]:
    """The core keys of the figures of a report written as `text`, as it is (no title line added)."""
    return {(f.measure, f.value, f.unit, f.stage, f.period) for f in report_figures(tmp_path, text, name)}


def case_outcomes(tmp_path: Path, text: str, name: str = "cases.txt") -> list[tuple[str | None, str, float | None]]:
    """(body, outcome, payment) of each decision a report written as `text` tells, in order."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(d.body, d.outcome, d.payment_gbp) for d in extract(load(path)) if isinstance(d, Decision)]


def blank_line_after_every_line(text: str) -> str:
    """The text as Word or a web page may save it: a blank line after every line, so the lines of one block
    stand one blank line apart and the blocks two."""
    return "".join(line + "\n\n" if line.strip() else "\n" for line in text.split("\n"))
