"""Complaints broken down by subject or by who made them, in the shapes reports write them. Written
before the change in words of our own (no corpus document holds them); on main at af42118:

- a sentence that names its list's subjects but not complaints ("The most frequent topics were billing
  errors (66), ..."), in a complaints report or under a complaints heading: 0 of 3 lists read -> 3 of 3;
- lines of a category list whose counts carry their shares ("Waiting lists - 55 (31%)"): 0 of 9 -> 9 of 9;
- the next items of a list tied to their labels by the first item's word ("88 were made by tenants, 41 by
  leaseholders and 31 by ..."): 0 of 2 -> 2 of 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figure_keys

TITLE = "Complaints annual report 2031/32\n\n"


def _counts(*values: float, unit: str = "count") -> set:
    return {("received", float(v), unit, None) for v in values}


@pytest.mark.parametrize("sentence", [
    "The most frequent topics were billing errors (66), meter readings (31), leaks (19) and water pressure (12).",
    "The most common subjects were billing errors (66), meter readings (31), leaks (19) and water pressure (12).",
    "2.1 The most frequent topics were billing errors (66), meter readings (31), leaks (19) and\nwater pressure (12).",
])
def test_a_list_of_subjects_in_a_complaints_report_counts_complaints(tmp_path: Path, sentence: str) -> None:
    assert _counts(66, 31, 19, 12) <= figure_keys(tmp_path, TITLE + sentence + "\n")


def test_a_list_of_subjects_under_a_complaints_heading_of_a_general_report(tmp_path: Path) -> None:
    text = ("Annual review 2031/32\n\nOur year in numbers\n\nWe planted 4,000 trees (2030/31: 3,100).\n\n"
            "Feedback and complaints\n\nThe main themes were delays in repairs (44), staff attitude (21) and noise (9).\n")
    assert _counts(44, 21, 9) <= figure_keys(tmp_path, text)


def test_a_list_of_subjects_outside_complaints_is_no_complaint_figure(tmp_path: Path) -> None:
    text = ("Annual review 2031/32\n\nOur year in numbers\n\nCommunity grants\n\n"
            "The main themes of the grants were youth clubs (44), sports (21) and the arts (9).\n")
    assert not _counts(44, 21, 9) & figure_keys(tmp_path, text)


@pytest.mark.parametrize("lines", [
    "Complaints by category:\nWaiting lists – 55 (31%)\nStaff conduct – 40 (23%)\nBilling – 21 (12%)\n",
    "Complaints by category:\n\nWaiting lists – 55 (31%)\n\nStaff conduct – 40 (23%)\n\nBilling – 21 (12%)\n",
    "The main reasons people complained this year were:\nWaiting lists: 55 (31%)\nStaff conduct: 40 (23%)\nBilling: 21 (12%)\n",
])
def test_category_lines_read_with_their_shares(tmp_path: Path, lines: str) -> None:
    got = figure_keys(tmp_path, TITLE + lines)
    assert _counts(55, 40, 21) | _counts(31, 23, 12, unit="percent") <= got


@pytest.mark.parametrize("sentence, items", [
    ("Of the 160 complaints, 88 were made by tenants, 41 by leaseholders and 31 by elected members on residents' behalf.",
     (88, 41, 31)),
    ("Of the 96 complaints, 50 were raised by parents, 30 by young people and 16 by advocates.", (50, 30, 16)),
])
def test_items_linked_by_the_first_item_s_word(tmp_path: Path, sentence: str, items: tuple) -> None:
    assert _counts(*items) <= figure_keys(tmp_path, TITLE + sentence + "\n")


def test_an_item_with_another_link_is_not_the_list_s(tmp_path: Path) -> None:
    got = figure_keys(tmp_path, TITLE + "Of the 160 complaints, 88 were made by tenants, 12 of them in writing.\n")
    assert ("received", 12.0, "count", None) not in got
