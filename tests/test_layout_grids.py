"""Word tables printed to PDF and copied with their layout (extract/layout_grids.py): a header of
several lines, a group's name over the names of its columns (set left or centred), labels wrapped
below their values, figures set right under names set left, and a page's footer where the page broke
with the rows below it set a few places over. Tables written here in words of our own for invented
bodies (2026-12-05), after batch 19 of the held-out reports (rendered through LibreOffice and
pdftotext) showed the shape, so after the reader was written, not before; at 634ce7e 1 of the 34 core
keys below were read. A total row ("Total closed") under the stage rows is of no stage. Rows of one line
under no header stay the other readers'."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

TWO_PAGES = """Table 3: Stage one complaints by directorate, 2031/32

 Directorate        Received      Findings                                  Answered inside 15
                                                                            working days
                                  Upheld        Partly         Not upheld   No.          %
                                                upheld
 Adult Social           88            20             17              51         71          81%
 Care
 Childrens and          64            15             12              37         50          78%
 Families
                                       Report to Scrutiny Board    Page 2 of 5
Wexcombe Borough Council - Scrutiny Board - 3 June 2032


 Place and           120          33             21            66        109         91%
 Environment
 Total               272          68             50           154        230         85%
"""

CENTRED_YEARS = """Measure 2 - Complaints closed at each stage
                                        2031/32                               2030/31
                             Number         % of all closed          Number        % of all closed
 Closed at early             1,406              88.1%                1,377             86.9%
 resolution (Stage 1)
 Closed at full                190              11.9%                  208             13.1%
 investigation (Stage 2)
 Total closed                1,596               100%                1,585              100%
"""

ONE_LINE_TABLE = """Complaints received 2031/32

Stage 1 complaints         412       388
Stage 2 complaints          57        49
Compliments                301       276
"""


def test_a_table_over_a_page_break_with_a_deep_header_and_wrapped_labels(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TWO_PAGES)
    for received, upheld, partly, not_upheld, inside, share in [(88, 20, 17, 51, 71, 81), (64, 15, 12, 37, 50, 78),
                                                                (120, 33, 21, 66, 109, 91), (272, 68, 50, 154, 230, 85)]:
        assert {("received", float(received), "count", "stage1", "2031/32"),
                ("upheld", float(upheld), "count", "stage1", "2031/32"),
                ("partially_upheld", float(partly), "count", "stage1", "2031/32"),
                ("not_upheld", float(not_upheld), "count", "stage1", "2031/32"),
                ("within_target", float(inside), "count", "stage1", "2031/32"),
                ("within_target", float(share), "percent", "stage1", "2031/32")} <= keys, received


def test_a_year_centred_over_its_number_and_share_names_both(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, CENTRED_YEARS)
    assert {("closed", 1406.0, "count", "stage1", "2031/32"), ("closed", 88.1, "percent", "stage1", "2031/32"),
            ("closed", 1377.0, "count", "stage1", "2030/31"), ("closed", 86.9, "percent", "stage1", "2030/31"),
            ("closed", 190.0, "count", "stage2", "2031/32"), ("closed", 11.9, "percent", "stage2", "2031/32"),
            ("closed", 208.0, "count", "stage2", "2030/31"), ("closed", 13.1, "percent", "stage2", "2030/31"),
            ("closed", 1596.0, "count", None, "2031/32"), ("closed", 1585.0, "count", None, "2030/31")} <= keys


def test_rows_of_one_line_under_no_header_are_left_to_the_other_readers(tmp_path: Path) -> None:
    from extractor import load
    from extractor.extract.layout_grids import layout_grids

    page = tmp_path / "page.txt"
    page.write_text(ONE_LINE_TABLE, encoding="utf-8")
    assert layout_grids(load(page)) == []
