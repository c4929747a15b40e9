"""A table row or column "Upheld (in whole or part)" counts the complaints upheld in full or in part, as the
same words do in a sentence. Own words, written on 2026-12-07 before the change: 0 of 1 passed on c68a75e
(the row was read as upheld in full); 1 of 1 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

TEXT = """Complaints report 2030/31

Stage two outcomes

Outcome                                    Number
Upheld (in whole or part)                  17
Not upheld                                 23
"""


def test_upheld_in_whole_or_part_row(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TEXT, "outcomes.txt")
    assert ("upheld_or_partially_upheld", 17.0, "count", None, "2030/31") in {k[:3] + (None, k[4]) for k in keys}
    assert not {k for k in keys if k[0] == "upheld"}
