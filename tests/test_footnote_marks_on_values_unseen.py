"""A footnote's mark glued to a value ("Total complaints received 512*", a tile's "88†", "71%¹") is no part of the
value: the line is a row ending in its value, the value as read without its mark.

Written before the change in words of our own; on main at a9b2e6d the marked line ran into the lines around it as
one paragraph (512 read at stage 1, the stage lines lost). Tiles marked with a dagger or a superscript were read
before and after (guards), and Markdown's bold pairs ("**Total 512**") are no footnote mark.
"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

ROWS = """Lepton Homes complaints report 2032/33
Total complaints received 512*
Stage 1 465
Stage 2 47
* includes 12 complaints later withdrawn
"""

TILES = """Quarterly complaints dashboard, Quarter 1 2032/33

Stage 2 complaints

41†

Responded to on time

71%¹

† two more are awaiting a reply. ¹ target 90%.
"""


def test_a_marked_value_ends_its_row(tmp_path: Path) -> None:
    got = {(f.line, f.measure, f.value, f.stage) for f in report_figures(tmp_path, ROWS)}
    assert {(2, "received", 512.0, None), (3, "received", 465.0, "stage1"), (4, "received", 47.0, "stage2")} <= got


def test_a_marked_tile_value(tmp_path: Path) -> None:
    got = {(f.line, f.measure, f.value, f.unit) for f in report_figures(tmp_path, TILES)}
    assert {(5, "received", 41.0, "count"), (9, "within_target", 71.0, "percent")} <= got


def test_bold_pairs_are_no_marks(tmp_path: Path) -> None:
    got = {(f.measure, f.value) for f in report_figures(tmp_path, "# Complaints 2032/33\n\n**Complaints received: 512**\n",
                                                      name="report.md")}
    assert ("received", 512.0) in got
