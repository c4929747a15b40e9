"""A table whose first column holds only codes or numbers ("A1", "2b", "3") and whose second column says
what each row measures, in however few words ("Upheld", "Not upheld", "Closed"), is labelled by the second
column: the code names the row for the reader who knows the scheme. Found in a Scottish landlord's
indicator table written for this project by a helper session that had not seen the tool (2026-12-06:
"3a | Upheld | 101 (39.1%) | 11 (31.4%)" was read as complaints received). The tables below are in words
of our own, written before the change: at 40cd23a 3 of 6 figures were read with their row's measure (the numbered rows already were: a column
of plain numbers is no label column; the coded ones were not)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

Y = "2032/33"

MARKDOWN = f"""# Glenmorrow Housing Co-operative: complaints {Y}

| Ref | Measure | Stage one | Stage two |
|-----|---------|-----------|-----------|
| A1 | Closed | 120 | 14 |
| A2 | Upheld | 40 | 5 |
| A3 | Not upheld | 70 | 8 |
"""

HTML = f"""<html><body><h1>Pellow District Council complaints {Y}</h1>
<table><tr><th>No.</th><th>Item</th><th>{Y}</th></tr>
<tr><td>1</td><td>Complaints received</td><td>340</td></tr>
<tr><td>2</td><td>Upheld</td><td>90</td></tr>
<tr><td>3</td><td>Not upheld</td><td>200</td></tr>
</table></body></html>
"""


def test_short_labels_beside_codes_name_their_rows(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, MARKDOWN, "page.md")
    assert {("closed", 120.0, "count", "stage1", Y), ("upheld", 5.0, "count", "stage2", Y),
            ("not_upheld", 70.0, "count", "stage1", Y)} <= keys, sorted(keys, key=str)


def test_short_labels_beside_numbers_name_their_rows(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, HTML, "page.html")
    assert {("received", 340.0, "count", None, Y), ("upheld", 90.0, "count", None, Y),
            ("not_upheld", 200.0, "count", None, Y)} <= keys, sorted(keys, key=str)
