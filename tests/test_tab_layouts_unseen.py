"""Text copied out of Word keeps its tabs: a bullet or an item number then a tab then the item's words
("·<TAB>We received ..."), and a table's header indented with spaces past the label column over rows whose
cells are tab-separated. Words of our own; see the commit message for how many passed before and after."""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def read(tmp_path: Path, text: str) -> set[tuple[str, float, str | None, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return {(f.measure, f.value, f.stage, f.period) for f in extract(load(path)) if isinstance(f, Figure)}


BULLETS = """Larchfield Town Council - complaints in 2039/40

The main points were:

\u00b7\tWe received 212 complaints in 2039/40, 31 fewer than in the year before.

\u00b7\tWe upheld 57 of the complaints we closed.

\u00b7\tThe Local Government and Social Care Ombudsman decided 3 complaints about us.
"""


def test_word_bullets_with_tabs_are_list_items(tmp_path: Path) -> None:
    got = read(tmp_path, BULLETS)
    assert {("received", 212.0, None, "2039/40"), ("upheld", 57.0, None, "2039/40"),
            ("closed", 3.0, "ombudsman", "2039/40")} <= got
    assert not {g for g in got if g[1] == 31.0}


INDICATORS = """Annual complaints performance 2039/40 - Strathmorrow Council

2 (i)\ttotal number of complaints closed at stage one

1,204

2 (ii)\ttotal number of complaints closed at stage two

96
"""


def test_numbered_indicators_with_tabs_are_labels_not_rows(tmp_path: Path) -> None:
    got = read(tmp_path, INDICATORS)
    assert {("closed", 1204.0, "stage1", "2039/40"), ("closed", 96.0, "stage2", "2039/40")} <= got
    assert not {g for g in got if g[1] == 2.0}


INDENTED_HEADER = """Pellow Vale Homes - complaints received by service, 2039/40

                 Stage 1\tStage 2
Parks\t41\t6
Libraries\t12\t1
Housing\t230\t19
"""


def test_a_header_indented_past_the_label_column_heads_the_value_columns(tmp_path: Path) -> None:
    got = read(tmp_path, INDENTED_HEADER)
    assert {("received", 41.0, "stage1", "2039/40"), ("received", 6.0, "stage2", "2039/40"),
            ("received", 230.0, "stage1", "2039/40"), ("received", 19.0, "stage2", "2039/40")} <= got
