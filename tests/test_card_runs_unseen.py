"""Cards printed label over value on a web page: two labels that end on a stage's number ("... at
Stage 1", "... at Stage 2") are no running header with a page number; a long label of the table
vocabulary is a card's label; a comparison card the vocabulary does not know ("Welsh average") keeps
its own number, and a section title after a blank line closes the run. Own words, written after batch
18's first sight; probed on main at c122e63: 0 of 1 passed, 1 of 1 after."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure

PAGE = """Penhallow Homes
Our performance 2031/32

Complaints

We aim to give a full reply within 5 working days at Stage 1 and within 20 working days at Stage 2.

Stage 1 complaints received
211
Stage 2 complaints received
26
Mean number of working days to give a full reply at Stage 1
3.9
Welsh average
5.2
Mean number of working days to give a full reply at Stage 2
17.1
Welsh average
19.4
Stage 1 complaints answered within 5 working days
92.3%
Stage 2 complaints answered within 20 working days
84.6%

Taking it further
"""


def test_card_runs(tmp_path: Path) -> None:
    path = tmp_path / "cards.txt"
    path.write_text(PAGE, encoding="utf-8")
    got = {(f.line, f.measure, f.value, f.stage) for f in extract(load(path)) if isinstance(f, Figure)}
    assert {(13, "average_response_days", 3.9, "stage1"), (17, "average_response_days", 17.1, "stage2"),
            (21, "within_target", 92.3, "stage1"), (23, "within_target", 84.6, "stage2")} <= got, sorted(got)
    assert not {g for g in got if g[2] in (5.2, 19.4)}, sorted(got)  # another body's averages
