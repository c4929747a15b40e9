"""Layouts of held-out reports (tests/data/held_out_reports, written before the code that reads
them): a title line run into a space-aligned table with no blank line between, and a table pasted
as text with one cell per line and no blank lines between its cells.

The documents here are new, in words no corpus document holds; each test was seen failing on the
code before the change it covers.
"""

from __future__ import annotations

from pathlib import Path

from extractor import extract, load
from extractor.models import Figure


def figures(tmp_path: Path, text: str, name: str = "review.txt") -> list[Figure]:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return [r for r in extract(load(f)) if isinstance(r, Figure)]


def keys(figs: list[Figure]) -> set[tuple]:
    return {(f.measure, f.value, f.unit, f.stage, f.period) for f in figs}


def test_a_title_run_into_a_spaced_table_is_not_read_again_as_one_sentence(tmp_path: Path) -> None:
    text = ("Tenant complaints review 2031/32\n\n"
            "Headline numbers\n"
            "                                    2031/32     2030/31\n"
            "First stage complaints logged           212         240\n"
            "Second stage complaints logged           30          41\n"
            "Referred to the Housing Ombudsman         3           6\n")
    figs = figures(tmp_path, text)
    assert keys(figs) == {
        ("received", 212, "count", "stage1", "2031/32"), ("received", 240, "count", "stage1", "2030/31"),
        ("received", 30, "count", "stage2", "2031/32"), ("received", 41, "count", "stage2", "2030/31"),
        ("received", 3, "count", "ombudsman", "2031/32"), ("received", 6, "count", "ombudsman", "2030/31")}
    assert len(figs) == 6  # each number once, from the table


def test_a_title_line_above_the_table_is_still_read_as_prose(tmp_path: Path) -> None:
    text = ("Tenant complaints review 2031/32\n\n"
            "This year we logged 242 complaints in all.\n"
            "                                    2031/32     2030/31\n"
            "First stage complaints logged           212         240\n"
            "Second stage complaints logged           30          41\n")
    assert ("received", 242, "count", None, "2031/32") in keys(figures(tmp_path, text))


def test_cells_on_consecutive_lines_make_a_table(tmp_path: Path) -> None:
    text = ("Customer feedback report 2031/32\n\n"
            "Second stage complaints by directorate\n\n"
            "Directorate\n2030/31\n2031/32\nPlace\n14\n11\nPeople\n9\n12\nResources\n5\n3\n")
    got = keys(figures(tmp_path, text))
    assert {("received", 14, "count", "stage2", "2030/31"), ("received", 11, "count", "stage2", "2031/32"),
            ("received", 9, "count", "stage2", "2030/31"), ("received", 12, "count", "stage2", "2031/32"),
            ("received", 5, "count", "stage2", "2030/31"), ("received", 3, "count", "stage2", "2031/32")} <= got


def test_a_short_wrapped_paragraph_is_not_cut_into_cells(tmp_path: Path) -> None:
    text = ("Customer feedback report 2031/32\n\n"
            "We logged\n"
            "97 complaints\n"
            "in the year.\n")
    assert ("received", 97, "count", None, "2031/32") in keys(figures(tmp_path, text))


def test_cells_with_blank_lines_under_a_heading_keep_their_year_columns(tmp_path: Path) -> None:
    text = ("Customer feedback report 2031/32\n\n"
            "Second stage complaints by directorate\n\n"
            "Directorate\n2030/31\n2031/32\n\nPlace\n14\n11\n\nPeople\n9\n12\n\nResources\n5\n3\n")
    got = keys(figures(tmp_path, text))
    assert {("received", 14, "count", "stage2", "2030/31"), ("received", 11, "count", "stage2", "2031/32"),
            ("received", 5, "count", "stage2", "2030/31"), ("received", 3, "count", "stage2", "2031/32")} <= got


def test_a_year_to_date_column_runs_from_the_year_start_to_the_reports_quarter(tmp_path: Path) -> None:
    text = ("# Feedback monitoring, Quarter 2 2031/32\n\n"
            "| Indicator | Q1 | Q2 | Year to date |\n|---|---|---|---|\n"
            "| First stage complaints | 61 | 70 | 131 |\n| Second stage complaints | 8 | 5 | 13 |\n")
    figs = figures(tmp_path, text, "monitor.md")
    assert {(f.value, f.period) for f in figs if f.stage == "stage1"} == {
        (61, "2031/32 Q1"), (70, "2031/32 Q2"), (131, "2031/32 H1")}
    assert len(figs) == 6  # the rows are the table's, not tiles read again


def test_year_to_date_in_a_report_of_the_whole_year_is_that_year(tmp_path: Path) -> None:
    text = ("# Feedback monitoring 2031/32\n\n"
            "| Indicator | Q3 | Q4 | Year to date |\n|---|---|---|---|\n"
            "| First stage complaints | 61 | 70 | 250 |\n| Second stage complaints | 8 | 5 | 20 |\n")
    got = {(f.value, f.period) for f in figures(tmp_path, text, "monitor.md")}
    assert (250, "2031/32") in got and (20, "2031/32") in got


def test_a_spaced_table_of_one_paragraph_per_row_is_read_once(tmp_path: Path) -> None:
    """A Word file (or a PDF) gives each row its own paragraph: the rows run on from the header's
    paragraph and also form a run of one-line paragraphs; each figure is read once."""
    from docx import Document as WordDocument

    word = WordDocument()
    for line in ("Tenant complaints review 2031/32", "Headline numbers", "2031/32 2030/31",
                 "First stage complaints logged 212 240", "Second stage complaints logged 30 41",
                 "Referred to the Housing Ombudsman 3 6"):
        word.add_paragraph(line)
    path = tmp_path / "review.docx"
    word.save(str(path))
    figs = [r for r in extract(load(path)) if isinstance(r, Figure)]
    assert ("received", 212, "count", "stage1", "2031/32") in keys(figs)
    assert len(figs) == 6
