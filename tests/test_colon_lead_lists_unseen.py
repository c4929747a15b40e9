"""A list after a lead and its colon, each item a label and its count: "Complaints by group: tenants 301,
leaseholders 77, shared owners 15", "...: tenants: 301; leaseholders: 77". The lead says what every item
counts, alone when it names complaints (a sentence before it on upheld complaints does not make the items
upheld ones).

Written before the change in words of our own (no corpus document holds them); on main at 3a08b02 the three
lists read 0 of 9 items and the list after an upheld sentence 0 of 3; after, all. A lead that names no
complaints, and items that are no label and count, read nothing before and after."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figure_keys

TITLE = "Complaints annual report 2031/32\n\n"


@pytest.mark.parametrize("sentence", [
    "Complaints came from the following groups: tenants 301, leaseholders 77, shared owners 15.",
    "Complaints by group: tenants 301, leaseholders 77 and shared owners 15.",
    "Complaints by group: tenants: 301; leaseholders: 77; shared owners: 15.",
])
def test_each_item_after_the_lead_counts_what_the_lead_names(tmp_path: Path, sentence: str) -> None:
    got = figure_keys(tmp_path, TITLE + sentence + "\n")
    assert {("received", 301.0, "count", None), ("received", 77.0, "count", None), ("received", 15.0, "count", None)} <= got


def test_the_lead_not_the_sentence_before_says_what_the_items_count(tmp_path: Path) -> None:
    text = (TITLE + "We upheld 120 of the 410 complaints we answered. Complaints by service were: Waste 200, "
            "Highways 150 and Parking 60.\n")
    got = figure_keys(tmp_path, text)
    assert {("received", 200.0, "count", None), ("received", 150.0, "count", None), ("received", 60.0, "count", None)} <= got
    assert not {k for k in got if k[0] == "upheld" and k[1] in (200.0, 150.0, 60.0)}


@pytest.mark.parametrize("sentence", [
    "Opening hours: Monday 9, Tuesday 10 and Wednesday 9.",
    "Complaints training: 12 staff in May, 9 in June and 14 in July.",
])
def test_no_list_of_counts_is_read_where_there_is_none(tmp_path: Path, sentence: str) -> None:
    got = figure_keys(tmp_path, "Annual report 2031/32\n\n" + sentence + "\n")
    assert not {k for k in got if k[1] in (9.0, 10.0, 12.0, 14.0)}
