"""A title that names its report as the year's ("Complaints annual report 2031/32") is not narrowed to the quarter
or half a file name seems to give ("board-paper-q2-2031-32.txt": the paper of a quarter's meeting); a title with no
such word still is. Own words, written on 2026-12-07 before the change: 1 of 2 passed on 5e21e8a; 2 of 2 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys


def test_annual_title_keeps_its_year(tmp_path: Path) -> None:
    text = "Complaints annual report 2031/32\n\nWe received 400 stage 1 complaints.\n"
    assert ("received", 400.0, "count", "stage1", "2031/32") in core_keys(tmp_path, text, "board-paper-q2-2031-32.txt")


def test_plain_title_takes_the_file_s_quarter(tmp_path: Path) -> None:
    text = "Complaints report 2031/32\n\nWe received 400 stage 1 complaints.\n"
    assert ("received", 400.0, "count", "stage1", "2031/32 Q2") in core_keys(tmp_path, text, "board-paper-q2-2031-32.txt")
