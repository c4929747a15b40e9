"""Tables whose cells a crawler ran together, in words of our own (written before the code).

A crawler that joins a table's cell texts with nothing between them writes "MeasureTargetQ1Q2" over
"Stage one complaints opened–61587066255–". The cells are still there: the header's cells part where a
word's case changes or a period starts, the values where a share's "%" or a dash ends one, and a Total
column or row says how a run of digits splits. Each table must read as it does with tabs between cells.
Before the change (HEAD ca83e56): 1 of 3 passed (the team table, whose header words patterns/tables.toml
knows); after it (glued_cells.cased_header, a status column, counts beside their shares): 3 of 3. The
counter-example passed before and after. A fifth table with two header rows, written with a later change
(a lower header row of periods under spanning cells), failed before it (f8cc26e) and passes after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys

SCORECARD = ("Complaints scorecard 2030/31", [
    ("Measure", "Target", "Q1", "Q2", "Q3", "Q4", "Year", "RAG"),
    ("Stage one answered within 10 working days", "90%", "84.0%", "88.3%", "91.2%", "87.9%", "87.8%", "Amber"),
    ("Stage two answered within 20 working days", "90%", "77.8%", "85.7%", "75.0%", "87.5%", "80.6%", "Red"),
])

BY_TEAM = ("Complaints received in 2031/32, by team", [
    ("Team", "Stage 1", "Stage 2", "Total"),
    ("Highways and Transport", "212", "31", "243"),
    ("Libraries and Culture", "48", "6", "54"),
    ("Registration Services", "19", "2", "21"),
])

OUTCOMES = ("Outcomes of stage one complaints, 2029/30", [
    ("Outcome", "Number", "Share"),
    ("Upheld", "142", "31.5%"),
    ("Partly upheld", "97", "21.5%"),
    ("Not upheld", "212", "47.0%"),
])

# written with the change: codes glued to their labels under a "Ref" column, and a status column's dash
CODED = ("Quarterly indicators", [
    ("Ref", "Measure", "Q3 2031/32", "Target", "Status"),
    ("CX01", "Stage 1 complaints received", "188", "–", "–"),
    ("CX02", "Stage 2 complaints received", "24", "–", "–"),
    ("CX03", "Stage 1 replies within 10 working days (%)", "91%", "95%", "Amber"),
])

# written with the change after it: two header rows, the upper's cells spanning the periods under them
TWO_HEADER_ROWS = ("Complaints by area, 2030/31 and 2031/32", [
    ("Area", "Stage One", "Stage Two"),
    ("Area", "2030/31", "2031/32", "2030/31", "2031/32"),
    ("North", "77", "81", "6", "9"),
    ("South", "64", "59", "5", "3"),
    ("Total", "141", "140", "11", "12"),
])

TABLES = {"scorecard": SCORECARD, "by team": BY_TEAM, "outcomes": OUTCOMES, "coded": CODED,
          "two header rows": TWO_HEADER_ROWS}
INTRO = "Fernhollow District Council reports on complaints each year.\n\n"


def rendered(title: str, rows: list[tuple[str, ...]], joiner: str) -> str:
    return INTRO + title + "\n\n" + "\n".join(joiner.join(r) for r in rows) + "\n\nFigures are provisional.\n"


@pytest.mark.parametrize("table", TABLES)
def test_glued_cells_read_as_the_table(tmp_path: Path, table: str) -> None:
    title, rows = TABLES[table]
    expected = core_keys(tmp_path, rendered(title, rows, "\t"), "tabs.txt")
    assert len(expected) >= 3  # the yardstick: the tab-separated table is read
    assert core_keys(tmp_path, rendered(title, rows, ""), "glued.txt") == expected


def test_words_run_together_are_no_table(tmp_path: Path) -> None:
    """A line of words whose case changes ("Contact UsAccessibilityCookies", a page's footer links) over a
    sentence is no header: the sentence reads alone."""
    text = "Contact UsAccessibilityCookiesPrivacy\nThe council received 88 complaints in 2029/30.\n"
    assert core_keys(tmp_path, text) == core_keys(tmp_path, "The council received 88 complaints in 2029/30.\n")
