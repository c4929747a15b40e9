"""A table copied with its layout and a blank line after every line (a PDF's text with double spacing): the
header, a blank line, then each row and a blank line. It is read as the same table single-spaced is. Written
before the change in words of our own; 0 of 1 passed before it (the single-spaced copy read 12 figures, the
double-spaced none)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

TABLE = """Fenwater Services annual performance report 2032/33

Table 3: Written complaints by type, 2032-33
Type                                   Stage 1         Stage 2         Total

Bills and payments                         1,204              41           1,245

Supply interruptions                         612              22             634

Sewer flooding                               230               9             239

Total                                      2,046              72           2,118

More text follows here about other things.
"""


def test_double_spaced_rows_under_their_header(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TABLE)
    assert ("received", 1204, "count", "stage1", "2032/33") in keys
    assert ("received", 41, "count", "stage2", "2032/33") in keys
    assert ("received", 2118, "count", None, "2032/33") in keys
