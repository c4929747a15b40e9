"""A number that names a part of a law ("Schedule 3" of the Police Reform Act, "Regulation 13") is the
label's, not a value of its row: rows written here in words of our own (2026-12-05) before the change;
at 97e1d23 each row gave its "3" as a figure beside its count (2 false figures), after none."""

from __future__ import annotations

from pathlib import Path

from extractor import pipeline
from extractor.load import load
from extractor.models import Figure

ROWS = """Complaints data 2029/30
Cases handled outside Schedule 3                               731 (702)
Cases recorded under Schedule 3                                507 (472)
"""


def test_the_number_of_a_schedule_is_no_value(tmp_path: Path) -> None:
    f = tmp_path / "rows.txt"
    f.write_text(ROWS, encoding="utf-8")
    values = sorted(r.value for r in pipeline.extract(load(f)) if isinstance(r, Figure) and r.period == "2029/30")
    assert values == [507.0, 731.0]
