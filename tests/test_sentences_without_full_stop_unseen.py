"""A line that states a figure in a whole clause but has lost its full stop (a web page's key fact, a
caption, a list whose bullets were not copied) is a sentence, not a title: before, the loader made it a
heading and nobody read its figures. Titles with numbers in them stay titles and give nothing.

Written before the code, in words of our own: 2 of 8 statements read before (1 of 8 lines a paragraph),
8 of 8 after; the 6 titles gave no figure before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import load
from tests.sentence_figures import report_figures

STATEMENTS = [
    ("We logged 412 complaints over the twelve months", ("received", 412.0, "count", None)),
    ("The Ombudsman upheld 3 complaints about the council", ("upheld", 3.0, "count", "ombudsman")),
    ("In all, 27 complaints went on to the second stage", ("received", 27.0, "count", "stage2")),
    ("88% of first stage replies were sent on time", ("within_target", 88.0, "percent", "stage1")),
    ("Residents paid us 164 compliments", ("compliments", 164.0, "count", None)),
    ("We took 11 working days on average to reply", ("average_response_days", 11.0, "working_days", None)),
    ("Of the 95 stage two complaints, 31 were upheld", ("upheld", 31.0, "count", "stage2")),
    ("Nineteen complaints were withdrawn before a reply", ("withdrawn", 19.0, "count", None)),
]

TITLES = [
    "Complaints received in 2029/30",
    "Stage 2 complaints",
    "Top 5 reasons people complained",
    "Section 4: decisions of the Ombudsman",
    "Complaints answered within 10 working days",
    "Quarter 3 at a glance",
]


def _figures(tmp_path: Path, line: str) -> list[tuple]:
    text = ("Complaints and compliments 2029/30\n\nHow we did\n\n" + line + "\n\n"
            "Contact us if you would like this page in another format.\n")
    return [(r.measure, r.value, r.unit, r.stage) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("line,expected", STATEMENTS)
def test_a_figure_stated_without_a_full_stop_is_read(tmp_path: Path, line: str, expected: tuple) -> None:
    assert expected in _figures(tmp_path, line)


@pytest.mark.parametrize("line", TITLES)
def test_a_title_with_a_number_gives_no_figure(tmp_path: Path, line: str) -> None:
    assert _figures(tmp_path, line) == []


@pytest.mark.parametrize("line,_", STATEMENTS)
def test_the_line_is_a_paragraph(tmp_path: Path, line: str, _: tuple) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Complaints and compliments 2029/30\n\n" + line + "\n\nMore words follow here.\n", encoding="utf-8")
    kinds = {b.text: b.kind for b in load(path).blocks}
    assert kinds[line] == "paragraph"
