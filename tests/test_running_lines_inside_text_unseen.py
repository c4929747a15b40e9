"""A page's running footer that a PDF converter left inside the text ("Ashcombe Council Complaints
Review 2032/33 5" between two rows of a table, or "Ashcombe Council" / "Complaints Review 2032/33" /
"Page 4" in the middle of a sentence) is furniture: the table's rows after it keep their header, the
sentence its subject. A label repeated with its values in two tables is no footer. Written in words of
our own before the code (held-out batch 16c: an SPSO indicators report and an NHS trust's annual
report as pdftotext leaves them; the sentence was rewritten once to one the reader reads without its
footer); on the commit before: 0 of 2 passed (the repeated label passed)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TABLE = """Ashcombe Council Complaints Review 2032/33
Our complaints in figures are set out below, stage by stage, as the model procedure asks.
Ashcombe Council Complaints Review 2032/33 4
Indicator 3: outcomes
Frontline Investigation
Number upheld 610 44
Number partially upheld 402 39
Ashcombe Council Complaints Review 2032/33 5
Number not upheld 1,105 97
Number resolved 120 9
Indicator 4: average times
Average time in working days to respond 4.2 18.1
Ashcombe Council Complaints Review 2032/33 6
"""

SENTENCE = """Ashcombe Council
Complaints Review 2032/33
1. Summary
1.1 We received 1,046 complaints at stage one in the year and 412 of them were
Ashcombe Council
Complaints Review 2032/33
Page 4
upheld in full. A further 97 complaints went on to stage two.
"""

REPEATED = """Complaints review 2032/33

Table 1: stage one
Team Complaints received
Waste collection 212
Council tax 141
Parking 97

Table 2: stage two
Team Complaints received
Waste collection 31
Council tax 14
Parking 9
"""


def test_footer_between_rows_leaves_the_table_whole(tmp_path: Path) -> None:
    got = {(f.measure, f.value, f.stage) for f in report_figures(tmp_path, TABLE)}
    assert {("not_upheld", 1105, "stage1"), ("not_upheld", 97, "stage2"), ("resolved", 120, "stage1")} <= got


def test_footer_inside_a_sentence_is_left_out(tmp_path: Path) -> None:
    got = report_figures(tmp_path, SENTENCE)
    assert {(f.measure, f.value, f.stage) for f in got} >= {("received", 1046, "stage1"), ("upheld", 412, "stage1"),
                                                             ("received", 97, "stage2")}
    assert all("Page 4" not in f.evidence for f in got)


def test_label_repeated_in_two_tables_is_no_footer(tmp_path: Path) -> None:
    got = {(f.value, f.area) for f in report_figures(tmp_path, REPEATED)}
    assert {(212, "Waste collection"), (31, "Waste collection"), (9, "Parking")} <= got


CELLS = """Complaints dashboard 2032/33
Stage 1 replies on time
12 of 14
Stage 2 replies on time
3 of 5
"""


def test_a_cell_of_n_of_m_is_no_page_number(tmp_path: Path) -> None:
    """ "12 of 14" alone on its line is a cell's value unless such lines share a total and count up."""
    from extractor.load.running_lines import running_lines

    assert running_lines(CELLS.split("\\n")) == frozenset()
    pages = ["Text one.", "1 of 3", "Text two.", "more", "more", "more", "2 of 3", "Text three."]
    assert running_lines(pages) == {1, 6}
