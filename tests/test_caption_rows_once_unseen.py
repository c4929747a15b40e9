"""A caption over rows of a label and one value, with no blank line between ("Outcomes" / "Upheld   97"
/ ...), as text copied from a PDF gives them: each value is read once, on its own row's line (the
caption and rows joined into one paragraph were read a second time as a line of label-value pairs,
all on the caption's line); and a row naming an outcome under a caption naming the complaints it
is of ("Outcomes of complaints closed") is that outcome, not the caption's count. Written in words of
our own before the change."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

from extractor.models import Figure


def figures(tmp_path: Path, text: str) -> list[Figure]:
    return report_figures(tmp_path, text)


def test_rows_under_a_caption_are_read_once_each_on_its_own_line(tmp_path: Path) -> None:
    got = figures(tmp_path, "Results\nUpheld                 31\nPartly upheld          12\nNot upheld             58\n")
    assert sorted((f.line, f.measure, f.value) for f in got) == [
        (2, "upheld", 31.0), (3, "partially_upheld", 12.0), (4, "not_upheld", 58.0)]


def test_an_outcome_row_under_a_caption_naming_the_cases_closed_is_that_outcome(tmp_path: Path) -> None:
    got = figures(tmp_path, "Outcomes of complaints closed\nUpheld            9\nPartly upheld     4\nNot upheld       22\n")
    assert sorted((f.measure, f.value) for f in got) == [("not_upheld", 22.0), ("partially_upheld", 4.0), ("upheld", 9.0)]


def test_a_line_of_pairs_on_one_line_is_still_read(tmp_path: Path) -> None:
    got = figures(tmp_path, "At a glance\n\nComplaints 318   Upheld 77   Compliments 540\n")
    assert sorted((f.measure, f.value) for f in got) == [("compliments", 540.0), ("received", 318.0), ("upheld", 77.0)]
