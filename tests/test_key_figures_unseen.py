"""Key-figures pages as text gives them: each value over its label ("412" / "Complaints received"), the
last label a single word ("1,203" / "compliments"); or one figure to a line, value first ("412 complaints
received" / "87% responded to on time"), each line its own statement, not one sentence whose stage
words reach every figure. Own words, probed on main at f59327f before the code: 1 of 3 passed (the
label-first counter-example)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure

EXPECTED = {("received", 412.0, None), ("within_target", 87.0, None), ("received", 41.0, "stage2"),
            ("received", 6.0, "ombudsman"), ("compliments", 1203.0, None)}
TILES = [("412", "Complaints received"), ("87%", "responded to on time"), ("41", "escalated to stage 2"),
         ("6", "complaints to the Ombudsman"), ("1,203", "compliments")]


def figures(tmp_path: Path, body: str) -> set[tuple[str, float, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(f"Complaints at a glance 2030/31\n\n{body}\n", encoding="utf-8")
    return {(f.measure, f.value, f.stage) for f in extract(load(path)) if isinstance(f, Figure)}


@pytest.mark.parametrize("body", [
    "\n\n".join(f"{v}\n{label}" for v, label in TILES),
    "\n".join(f"{v} {label}" for v, label in TILES),
])
def test_key_figures(tmp_path: Path, body: str) -> None:
    assert figures(tmp_path, body) == EXPECTED


def test_labels_over_their_values_stay_so(tmp_path: Path) -> None:
    body = "Complaints received\n\n412\n\nResponded to on time\n\n87%"
    assert figures(tmp_path, body) == {("received", 412.0, None), ("within_target", 87.0, None)}
