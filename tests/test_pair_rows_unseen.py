"""Tiles or key facts run into one line of label/value pairs ("Compliments 212   Complaints 175   Upheld 48"):
each value is read with the label before it, not with the label after it. Written before the change in
words no corpus document holds; on main at fd9cfc6 all three lines were misread ("212 Complaints" as
212 complaints received); the counter-example passed."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract, load
from extractor.models import Figure


def figures(tmp_path: Path, line: str) -> list[tuple[str, float]]:
    path = tmp_path / "report.txt"
    path.write_text(f"Customer feedback 2030/31\n\n{line}\n", encoding="utf-8")
    return sorted((f.measure, f.value) for f in extract(load(path)) if isinstance(f, Figure))


@pytest.mark.parametrize("line, expected", [
    ("Compliments 212 Complaints 175", [("compliments", 212.0), ("received", 175.0)]),
    ("Compliments: 212  Complaints: 175  Upheld: 48", [("compliments", 212.0), ("received", 175.0), ("upheld", 48.0)]),
    ("Compliments 212    Complaints 175    Upheld 48", [("compliments", 212.0), ("received", 175.0), ("upheld", 48.0)]),
    ("Calls 3400    Emails 1200", []),  # pairs whose labels name no complaint measure
])
def test_each_value_goes_with_the_label_before_it(tmp_path: Path, line: str, expected: list) -> None:
    assert figures(tmp_path, line) == expected
