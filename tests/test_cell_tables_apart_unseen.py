"""Two tables pasted one cell per line, each with its cells on consecutive lines and a blank line
between the tables: the blank line ends the first table, so each is read with its own width and
header, and a stage of the first is not the second's. Own words, written before the code."""

from __future__ import annotations

from pathlib import Path

from review_report import figure_keys, read_review

from extractor.models import Figure

YEARS = "Complaints received\n2028/29\n2029/30\n2030/31\nStage 1\n301\n344\n389\nStage 2\n22\n30\n41"
OUTCOMES = "Outcome\nNumber\nPercentage\nUpheld\n57\n31%\nPartly upheld\n40\n22%\nNot upheld\n86\n47%"



def test_each_table_keeps_its_own_columns(tmp_path: Path) -> None:
    read = figure_keys(tmp_path, f"{YEARS}\n\n{OUTCOMES}", ("measure", "value", "unit", "stage", "period"))
    assert {("received", 301.0, "count", "stage1", "2028/29"), ("received", 41.0, "count", "stage2", "2030/31"),
            ("upheld", 57.0, "count", None, "2030/31"), ("not_upheld", 47.0, "percent", None, "2030/31")} <= read


def test_a_value_is_read_once(tmp_path: Path) -> None:
    read = [f for f in read_review(tmp_path, f"{YEARS}\n\n{OUTCOMES}") if isinstance(f, Figure) and f.value == 57.0]
    assert len(read) == 1
