"""A header row whose cells span columns, written without the empty cells a span leaves (written before the code).

A web page's or Word table's upper header row ("Service | Stage One | Stage Two") spans the columns of the
row under it ("2030/31 | 2031/32 | 2030/31 | 2031/32"); copied as text, each spanning cell is written once
and the table's rows are wider than its header. The table is the one whose spans are written out (empty
cells where a span runs on), which the reader knows. Before the change (HEAD d4b30bd): 0 of 4 passed;
after it (load/header_spans.py): 4 of 4. The counter-example passed before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys

TITLE = "Complaints by area, 2030/31 and 2031/32"
WRITTEN_OUT = [
    ("Area", "Stage One", "", "Stage Two", ""),
    ("", "2030/31", "2031/32", "2030/31", "2031/32"),
    ("North", "77", "81", "6", "9"),
    ("South", "64", "59", "5", "3"),
    ("Central", "102", "97", "11", "8"),
]
INTRO = "Ashby Marsh Council counts its complaints by area.\n\n"


def text(rows: list[tuple[str, ...]], joiner: str, keep_empty: bool) -> str:
    lines = [joiner.join(c for c in r if keep_empty or c) for r in rows]
    return INTRO + TITLE + "\n\n" + "\n".join(lines) + "\n\nFigures are provisional.\n"


@pytest.mark.parametrize("joiner", [" | ", "\t"], ids=["bars", "tabs"])
@pytest.mark.parametrize("label_again", [False, True], ids=["empty corner", "label again"])
def test_spans_written_once(tmp_path: Path, joiner: str, label_again: bool) -> None:
    rows = list(WRITTEN_OUT)
    if label_again:
        rows[1] = ("Area", *rows[1][1:])
    expected = core_keys(tmp_path, text(WRITTEN_OUT, "\t", keep_empty=True), "out.txt")
    assert len(expected) == 12
    assert core_keys(tmp_path, text(rows, joiner, keep_empty=False), "once.txt") == expected


def test_a_short_row_of_values_is_no_header(tmp_path: Path) -> None:
    """A first row shorter than the rows below that holds values is a row, not a header to spread."""
    rows = [("Stage 1", "412", "398"), ("Stage 2", "38", "41"), ("Total", "450", "439")]
    written = INTRO + "Complaints received, 2030/31 and 2031/32\n\nStage | 2030/31 | 2031/32\n" + \
        "\n".join(" | ".join(r) for r in rows) + "\n"
    keys = {k[:4] for k in core_keys(tmp_path, written, "short.txt")}
    assert ("received", 412, "count", "stage1") in keys


def test_span_up_to_the_next_cell_said_again(tmp_path: Path) -> None:
    """Written with the change after it: the lower row says the upper's cells again where they span nothing
    ("Team" and "Change"), and the cell between spans the periods between ("Complaints received")."""
    out = [("Team", "Complaints received", "", "Change"), ("Team", "2030/31", "2031/32", "Change"),
           ("Lettings", "48", "52", "+4"), ("Repairs", "130", "117", "-13")]
    once = [tuple(c for c in r if c) for r in out]
    expected = core_keys(tmp_path, text(out, "\t", keep_empty=True), "out.txt")
    assert {k[:4] for k in expected} >= {("received", 48, "count", None), ("received", 117, "count", None)}
    assert core_keys(tmp_path, text(once, " | ", keep_empty=False), "once.txt") == expected
