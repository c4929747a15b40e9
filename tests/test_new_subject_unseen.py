"""A paragraph that opens on a subject of its own ("Children's Services received 87 complaints", "The
service received 58 complaints in Q1") speaks of that subject, not of the stage or the ombudsman the
paragraph above was about; a paragraph that goes on with the same subject ("Of these, 12 were upheld")
keeps it. Own words, probed on main at da1c738 before the code: 2 of 5 passed (the two counter-examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

OMBUDSMAN = "A total of 9 complaints went on to the Housing Ombudsman, who found maladministration in 3."
STAGE_2 = "The share of complaints upheld at stage 2 rose from 28% to 35%."


def stages(tmp_path: Path, first: str, second: str) -> set[tuple[float, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(f"Complaints annual review 2030/31\n\n{first}\n\n{second}\n", encoding="utf-8")
    figures = [f for f in extract(load(path)) if isinstance(f, Figure)]
    second_line = min(f.line for f in figures if f.line > 3) if any(f.line > 3 for f in figures) else 0
    return {(f.value, f.stage) for f in figures if f.line == second_line}


@pytest.mark.parametrize("first, second, expected", [
    (OMBUDSMAN, "Children's Services received 87 complaints during the year.", {(87.0, None)}),
    (STAGE_2, "Housing Repairs accounted for 41% of all complaints.", {(41.0, None)}),
    (STAGE_2, "The service received 58 complaints in Q1 and 61 in Q2.", {(58.0, None), (61.0, None)}),
    # counter-examples: the same subject goes on
    (STAGE_2, "Of the 120 complaints at that stage, 42 were upheld.", {(120.0, "stage2"), (42.0, "stage2")}),
    (OMBUDSMAN, "Three complaints were upheld out of the five investigated.", {(3.0, "ombudsman"), (5.0, "ombudsman")}),
])
def test_a_new_subject_leaves_the_stage_above(tmp_path: Path, first: str, second: str, expected: set) -> None:
    assert stages(tmp_path, first, second) == expected
