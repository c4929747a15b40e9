"""A bracket that opens on last year's label at a line's end ("... in the year (2031/32:" / "1,090).")
labels the value on the next line: the line's colon ends no sentence there, so the year dates the
bracket's value, not the figure before it. Written in words of our own (held-out batch 16c: an NHS
trust's compliments and PHSO counts, wrapped by a PDF converter); on the commit before: 0 of 2 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

TITLE = "Patient feedback annual report 2032/33\n\n"


def _read(tmp_path: Path, text: str) -> set[tuple]:
    return {(f.measure, f.value, f.stage, f.period) for f in report_figures(tmp_path, TITLE + text)}


def test_year_label_at_line_end_dates_the_next_line(tmp_path: Path) -> None:
    got = _read(tmp_path, "6.2 Our libraries logged 1,206 compliments over the twelve months (2031/32:\n"
                          "1,090), most of them cards left at the desk.\n")
    assert {("compliments", 1206, None, "2032/33"), ("compliments", 1090, None, "2031/32")} <= got


def test_last_year_label_at_line_end(tmp_path: Path) -> None:
    got = _read(tmp_path, "Requests for a stage 2 review numbered 48 in the year (last year:\n"
                          "53), with 19 of them upheld.\n")
    assert ("received", 48, "stage2", "2032/33") in got
    assert ("received", 48, "stage2", "2031/32") not in got
