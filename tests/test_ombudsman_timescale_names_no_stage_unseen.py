"""An ombudsman named as the setter of the timescale a body reports against ("responded to in full within SPSO
timescales", "within the Ombudsman's time limits") names no ombudsman stage: the stage is the one the row or
sentence numbers. Written before the change in words of our own; 0 of 2 passed before it."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

HEADER = "Loch Vennan Housing Co-operative annual return 2032/33\n\n"


def test_row_within_spso_timescales_keeps_its_stage(tmp_path: Path) -> None:
    text = HEADER + ("Indicator | 2032/33 | 2031/32\n"
                     "Percentage of first stage complaints answered within SPSO timescales | 93.5% | 91.0%\n"
                     "Percentage of second stage complaints answered within SPSO timescales | 88.0% | 84.2%\n")
    keys = core_keys(tmp_path, text)
    assert ("within_target", 93.5, "percent", "stage1", "2032/33") in keys
    assert ("within_target", 84.2, "percent", "stage2", "2031/32") in keys


def test_sentence_within_ombudsman_time_limits(tmp_path: Path) -> None:
    text = HEADER + "We answered 86% of stage two complaints within the Ombudsman's time limits.\n"
    assert ("within_target", 86, "percent", "stage2", "2032/33") in core_keys(tmp_path, text)
