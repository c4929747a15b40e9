"""Sentences a PDF's text breaks: hard line wraps that leave a number, a bracketed value or a stage at a
line's start, and a page turn (footer, page number, the next page's header) in the middle of a sentence.
Each case is a report written in words of our own twice, once as clean paragraphs and once as a
converter lays it out; both must read the same figures (written before the code; on HEAD 668143c: 2
of 5 broken layouts read as their clean text; the sixth, a value alone, added with its change).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys

TITLE = "Complaints annual report 2031/32\n\n"

CASES = {
    # a value opens the line under a line of running text that stopped mid-sentence
    "number at line start": (
        "Of the 9 detailed investigations the Ombudsman carried out, it upheld 7. This is an uphold rate of 78%.",
        ("Of the 9 detailed investigations the Ombudsman carried out, it upheld\n"
         "7. This is an uphold rate of 78%."),
    ),
    # a bracketed count and the full stop alone on the last line
    "bracket alone": (
        "The services receiving the most stage 1 complaints were Waste (133) and Highways (98).",
        "The services receiving the most stage 1 complaints were Waste (133) and Highways\n(98).",
    ),
    # the next line opens on the stage its sentence names
    "stage at line start": (
        ("Stage 1 complaints were answered within 10 working days in 79% of cases. At Stage 2, 68% of "
         "responses were sent within 20 working days."),
        ("Stage 1 complaints were answered within 10 working days in 79% of cases. At\n"
         "Stage 2, 68% of responses were sent within 20 working days."),
    ),
    # a page turn, with its footer and the next page's header, before a lowercase word
    "page turn before a word": (
        ("Councillor Hale noted that 61 complaints had progressed to the second stage. The officer confirmed "
         "that 23 of those had been upheld or partly upheld."),
        ("Councillor Hale noted that 61 complaints had progressed to the second stage. The officer confirmed\n"
         "that 23 of those had\n\nPage 3 of 12\n\nAshvale Council - Complaints report\n\nbeen upheld or partly upheld."),
    ),
    # a page turn before a value, and a bracket closing the line before it
    "page turn before a value": (
        ("In 2031/32 we closed 2,114 complaints at the frontline stage, and 1,702 of them (80.5%) within "
         "5 working days. The average time to close a frontline complaint was 4.6 working days."),
        ("In 2031/32 we closed 2,114 complaints at the frontline stage, and 1,702 of them (80.5%)\n"
         "\nPage 7\n\nAshvale Council - Complaints report\n\n"
         "within 5 working days. The average time to close a frontline complaint was\n"
         "\nPage 8\n\nAshvale Council - Complaints report\n\n"
         "4.6 working days."),
    ),
    # the value and the full stop alone on the last line
    "value alone": (
        "The number of complaints the council received at stage one during the year was 122.",
        "The number of complaints the council received at stage one during the year was\n122.",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_broken_layout_reads_as_clean(tmp_path: Path, name: str) -> None:
    clean, broken = CASES[name]
    expected = core_keys(tmp_path, TITLE + clean + "\n", "clean.txt")
    assert expected, "the clean text reads figures"
    assert core_keys(tmp_path, TITLE + broken + "\n", "broken.txt") == expected


def test_a_header_reader_meets_the_blank_lines_of_a_page_turn(tmp_path: Path) -> None:
    """A paragraph joined over a page turn spans the turn's blank lines; a table reader looking for a header
    in its lines met an empty one and raised (IndexError) before the guard in header_tables._split_header."""
    text = ("The Head of Resident Services presented the report, which\n"
            "set out complaints, compliments and Ombudsman cases for the\n\nPage 4\n\nAudit Committee report\n\n"
            "year 1 April 2030 to 31 March 2031. The Council had logged 512\n"
            "stage one complaints, against 590 in 2029/30, and 61\n")
    assert ("received", 512, "count", "stage1", "2030/31") in core_keys(tmp_path, text, "turn.txt")
