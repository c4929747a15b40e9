"""Tabs that make no table: a minute's number and its title set apart by a tab ("CAB/31/207<TAB>
COMPLAINTS ANNUAL REPORT"), which heads what follows, and a tab left inside a sentence of running
text, which stays a sentence. Written in words of our own with the code (the layout bench's tab
copies lost both); on the commit before: 0 of 2 passed."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import report_figures

from extractor import load


def test_minute_number_and_title(tmp_path: Path) -> None:
    text = ("Minutes of the Audit Committee, 9 June 2032\n\nAUD/32/014\tCOMPLAINTS ANNUAL REPORT 2031/32\n\n"
            "The committee noted that 515 complaints had been received in the year.\n")
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    kinds = [(b.kind, b.line) for b in load(path).blocks]
    assert ("heading", 3) in kinds and ("table", 3) not in kinds


def test_tab_inside_a_sentence(tmp_path: Path) -> None:
    text = ("Complaints annual report 2031/32\n\nThe council received 515 complaints in the year, most of them about\t"
            "waste collections, compared with 470 in 2030/31.\n")
    got = {(f.measure, f.value) for f in report_figures(tmp_path, text)}
    assert ("received", 515) in got and ("received", 470) in got
