"""A report that says in a sentence of its opening what its year is ("Figures are for the academic year 1
August 2032 to 31 July 2033 unless stated otherwise", "Our reporting year runs from 1 September 2031 to 31
August 2032") means that span by every "2032-33" it writes, and the year before by the year before, even where
the sentence stands apart from the title's label. Written before the change in words of our own; 1 of 3
passed before it (the financial-year report, which must not move)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

COLLEGE = """Marlow Fen College
Student experience review 2032-33

Who we are, what we teach and how we listened this year. Figures are for the academic year 1 August 2032
to 31 July 2033 unless stated otherwise.

Complaints
Measure | 2032-33 | 2031-32
Complaints received at Stage 1 | 212 | 198
Complaints received at Stage 2 | 31 | 27
"""

SCHOOL_TRUST = """Harbour Reach Learning Trust
Complaints summary

Our reporting year runs from 1 September 2031 to 31 August 2032.

In 2031/32 we received 64 complaints, compared with 58 in 2030/31.
"""

COUNCIL = """Brinley Vale Council
Complaints review 2031/32

This report covers the year 1 April 2031 to 31 March 2032.

In 2031/32 we received 402 stage 1 complaints, compared with 377 in 2030/31.
"""


def test_academic_year_stated_in_a_sentence_apart_from_the_title(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, COLLEGE)
    assert ("received", 212, "count", "stage1", "2032-08-01..2033-07-31") in keys
    assert ("received", 198, "count", "stage1", "2031-08-01..2032-07-31") in keys


def test_reporting_year_sentence_without_a_title_label(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, SCHOOL_TRUST)
    assert ("received", 64, "count", None, "2031-09-01..2032-08-31") in keys
    assert ("received", 58, "count", None, "2030-09-01..2031-08-31") in keys


def test_financial_year_stays_as_labelled(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, COUNCIL)
    assert ("received", 402, "count", "stage1", "2031/32") in keys
    assert ("received", 377, "count", "stage1", "2030/31") in keys
