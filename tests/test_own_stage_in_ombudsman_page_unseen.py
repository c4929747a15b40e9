"""A council's page that repeats its ombudsman's statistics is in the ombudsman's voice: its counts are the
ombudsman's. A sentence on that page in the council's own voice that names a numbered stage of its own
procedure ("we logged 612 complaints at stage one ... and 74 were escalated to stage two") keeps those stages.
Words of our own, written before the change: before it 1 of 2 passed (the ombudsman's count)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = ("Ombudsman review 2031/32\n"
        "Satisfactory remedy provided by the council\n"
        "In 20% of upheld cases the Ombudsman found we had already put things right.\n"
        "Our own complaints this year\n"
        "In the same year we logged 530 complaints at stage one of our procedure and 61 were escalated to stage two.\n"
        "Complaints upheld\n"
        "The Ombudsman upheld 7 complaints about the council.\n")


def test_the_councils_own_stages_stay(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    assert {("received", 530.0, "count", "stage1", "2031/32"), ("received", 61.0, "count", "stage2", "2031/32")} <= keys, \
        sorted(keys, key=str)


def test_the_ombudsmans_counts_stay_its_own(tmp_path: Path) -> None:
    assert ("upheld", 7.0, "count", "ombudsman", "2031/32") in core_keys(tmp_path, PAGE)
