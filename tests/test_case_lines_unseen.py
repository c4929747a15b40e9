"""Ombudsman cases one to a line, each line its subject, what it was about and the finding closing it
("Planning: handling of a neighbour objection - no maladministration"), under a heading naming the
ombudsman: as bullets, as paragraphs of their own (a plain-text loader takes such short lines for
headings), or as the lines of one paragraph. Own words, probed on main at bf1e0a7 before the code:
2 of 4 passed (the bullets, and the counter-example under the council's own stage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Decision

HEADING = "Local Government and Social Care Ombudsman investigation reports"
LINES = ["Adult care: failure to carry out a needs assessment - maladministration causing injustice",
         "Planning: handling of a neighbour objection - no maladministration",
         "School transport: delay in deciding an appeal - fault causing injustice"]
THREE = [("LGSCO", "upheld"), ("LGSCO", "not_upheld"), ("LGSCO", "upheld")]


def decisions(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(f"Harbourside District Council complaints review 2030/31\n\n{body}\n", encoding="utf-8")
    return [(d.body, d.outcome) for d in extract(load(path)) if isinstance(d, Decision)]


@pytest.mark.parametrize("layout", ["bullets", "paragraphs", "lines"])
def test_one_case_a_line(tmp_path: Path, layout: str) -> None:
    body = {"bullets": "\n".join(f"- {x}" for x in LINES), "paragraphs": "\n\n".join(LINES),
            "lines": "\n".join(LINES)}[layout]
    assert decisions(tmp_path, f"{HEADING}\n\n{body}") == THREE


def test_lines_under_the_councils_own_stage_are_no_ombudsman_cases(tmp_path: Path) -> None:
    assert decisions(tmp_path, "Stage 2 reviews\n\n" + "\n".join(LINES)) == []
