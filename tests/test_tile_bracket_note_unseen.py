"""A dashboard copied from a web page prints each tile as its value, its label and, on a line of its own,
last year's value in brackets ("2,410" / "Stage 1 complaints received" / "(2,205)"), the page saying once
that brackets hold last year's figures. The bracket line is the tile's note: not part of its label, not a
value of its own, but the tile's figure a year before.

Probe written in words of our own before the code (2026-12-08), made a test after it: before, 2 of the 8
figures were read and both wrong (each label took the bracketed value as this year's, the tile's own value
was lost); after, 8 of 8. Added after the code, checked against the code before it: a tile whose value and
last year's share its line ("264 (231)" over its label; 0 of 2 before, 2 after), and a count with its share
in brackets ("1,377 (85%)"), which is no prior (read before and after). Without the note on brackets, the
bracketed line is not read as last year's.
"""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

TILES = """Complaints dashboard 2031/32

{legend}

2,410
Stage 1 complaints received
(2,205)

88%
Stage 1 complaints answered on time
(81%)

12.9
Average working days to answer at stage 2
(15.1)

1,377
Compliments
(1,290)

264 (231)
Complaints escalated to stage 2
"""


def test_each_tile_with_last_years_value(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TILES.format(legend="Figures in brackets are for 2030/31."))
    assert {("received", 2410.0, "count", "stage1", "2031/32"), ("received", 2205.0, "count", "stage1", "2030/31"),
            ("within_target", 88.0, "percent", "stage1", "2031/32"), ("within_target", 81.0, "percent", "stage1", "2030/31"),
            ("average_response_days", 12.9, "working_days", "stage2", "2031/32"),
            ("average_response_days", 15.1, "working_days", "stage2", "2030/31"),
            ("compliments", 1377.0, "count", None, "2031/32"), ("compliments", 1290.0, "count", None, "2030/31"),
            ("received", 264.0, "count", "stage2", "2031/32"), ("received", 231.0, "count", "stage2", "2030/31")} <= keys


def test_a_count_with_its_share_in_brackets_is_no_prior(tmp_path: Path) -> None:
    text = ("Complaints dashboard 2031/32\n\nFigures in brackets are for 2030/31.\n\nStage 1 complaints closed\n1,620\n"
            "Stage 1 complaints closed within 10 working days\n1,377 (85%)\n")
    assert ("within_target", 1377.0, "count", "stage1", "2031/32") in core_keys(tmp_path, text)


def test_without_the_note_on_brackets_the_bracket_is_no_prior(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TILES.format(legend="Key figures for the year."))
    assert ("received", 2410.0, "count", "stage1", "2031/32") in keys
    assert not {k for k in keys if k[1] in (2205.0, 81.0, 15.1, 1290.0)}
