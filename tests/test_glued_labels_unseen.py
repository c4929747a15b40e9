"""A web page's table copied as text with nothing between its cells runs each label into its value
("Complaints received at stage one412", "Upheld14 (22%)18 (25%)", "6.8working days", "87%95%Amber"). Where a
page does this on several lines, the loader parts a word from the number glued to it, and two values glued
together where one ends in a bracket or a per cent sign, so the rows read as any label and its values. A page
that does it once ("covid19"), and codes in capitals ("HC04", "CH01"), are left as they are. Words of our own,
written before the change: before it 1 of 3 passed (the counter-example), after it 3 of 3."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

TILES = ("Complaints at a glance 2031/32\nComplaints received at stage one412\nComplaints escalated to stage two57\n"
         "Stage one replies sent on time88%\nCompliments received203\nAverage time to reply at stage one6.8 working days\n")


def test_glued_labels_and_values_are_read(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TILES)
    y = "2031/32"
    assert {("received", 412.0, "count", "stage1", y), ("received", 57.0, "count", "stage2", y),
            ("within_target", 88.0, "percent", "stage1", y), ("compliments", 203.0, "count", None, y)} <= keys, sorted(keys, key=str)


def test_glued_rows_of_a_table_are_read(tmp_path: Path) -> None:
    text = ("Stage two complaints closed, 2031/32\nOutcome2031/32\nUpheld14 (22%)\nPartly upheld18 (28%)\n"
            "Not upheld32 (50%)\nTotal64 (100%)\nWe publish these figures each year.\n")
    keys = core_keys(tmp_path, text)
    assert {("upheld", 14.0, "count", "stage2", "2031/32"), ("not_upheld", 32.0, "count", "stage2", "2031/32")} <= keys, \
        sorted(keys, key=str)


def test_one_glued_word_and_codes_are_left(tmp_path: Path) -> None:
    text = ("Complaints report 2031/32\nDuring the covid19 recovery the council received 212 complaints (CH01).\n"
            "The HC04 measure is reported by the regulator.\n")
    keys = core_keys(tmp_path, text)
    assert {k[1] for k in keys} == {212.0}, sorted(keys, key=str)


def test_values_run_into_the_labels_after_them(tmp_path: Path) -> None:
    """Key figures set value first ("640stage one complaints", "7.1working days to respond"), on lines of
    their own (written with the change: before it the text did not count as run together)."""
    text = ("Our complaints in 2031/32\n640stage one complaints received\n92escalated to stage two\n"
            "7.1working days on average to respond at stage one\n255compliments\n")
    keys = core_keys(tmp_path, text)
    assert {("received", 640.0, "count", "stage1", "2031/32"), ("compliments", 255.0, "count", None, "2031/32")} <= keys, \
        sorted(keys, key=str)
