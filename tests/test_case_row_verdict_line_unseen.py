"""A case table copied one cell per line tells each case over many lines (reference, service, what it was
about, then the finding, then the remedy): the decision stands on the line its finding starts on, where a
reader points to it, not on the reference's line ten lines above. Written before the change in words of our
own; 0 of 2 passed before it."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Decision

# each cell's lines, as the PDF wrapped them; cells apart by a blank line
CELLS = [
    ["Local Government and Social Care Ombudsman decisions 2031/32"],
    ["Reference"], ["Service"], ["Summary"], ["Decision"], ["Remedy"],
    ["31", "007", "214"], ["Highways"], ["Claim for damage to a car from a", "pothole on Mill Lane"],
    ["Upheld: fault and", "injustice"], ["Apology and £220 towards", "repair costs"],
    ["31", "011", "906"], ["Licensing"], ["Handling of a taxi driver's", "licence renewal"],
    ["Not upheld: no fault"], ["None"],
    ["31", "015", "330"], ["Parks"], ["Booking of a sports pitch", "for a youth league"],
    ["Closed after initial", "enquiries – no worthwhile", "outcome"], ["None"],
]


def _report(tmp_path: Path) -> tuple[list[str], list[Decision]]:
    text = "\n\n".join("\n".join(cell) for cell in CELLS) + "\n"
    path = tmp_path / "ombudsman-cases-2031-32.txt"
    path.write_text(text, encoding="utf-8")
    return text.split("\n"), [r for r in extract(load(path)) if isinstance(r, Decision)]


def test_each_decision_stands_on_its_finding_line(tmp_path: Path) -> None:
    lines, found = _report(tmp_path)
    at = {d.outcome: d.line for d in found}
    assert lines[at["upheld"] - 1].startswith("Upheld")
    assert lines[at["not_upheld"] - 1].startswith("Not upheld")


def test_a_wrapped_finding_stands_on_its_first_line(tmp_path: Path) -> None:
    lines, found = _report(tmp_path)
    closed = [d for d in found if d.outcome == "closed_after_initial_enquiries"]
    assert closed and lines[closed[0].line - 1].startswith("Closed after initial")
