"""A row or sentence that names the stage a complaint came from as well as the stage it is at ("Stage two
(escalated from stage one)", "Stage 2 - escalated from Stage 1") counts at the stage it is at: the stage
after "from" is where the complaint started, not the figure's stage. Written before the change in words of
our own; 2 of 4 passed before it (the prose sentence and the direct row)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

TABLE = """Orchard Vale Homes complaints summary 2031/32

Complaints received               2031/32   2030/31
Stage one                            142       150
Stage two (escalated from stage one)  14        12
Stage two (direct)                     3         5
"""

PROSE = """Orchard Vale Homes complaints summary 2031/32

Over the year we logged 29 stage two cases that were escalated from stage one by the resident.
"""

LABELS = """Orchard Vale Homes complaints summary 2031/32

Escalations
Stage 2 – escalated from Stage 1
18
Stage 2 – referred on from a Stage 1 reply
7
"""


def test_table_row_escalated_from_stage_one_is_stage_two(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TABLE)
    assert ("received", 14, "count", "stage2", "2031/32") in keys
    assert ("received", 12, "count", "stage2", "2030/31") in keys


def test_direct_row_stays_stage_two(tmp_path: Path) -> None:
    assert ("received", 3, "count", "stage2", "2031/32") in core_keys(tmp_path, TABLE)


def test_sentence_escalated_from_stage_one_is_stage_two(tmp_path: Path) -> None:
    assert ("received", 29, "count", "stage2", "2031/32") in core_keys(tmp_path, PROSE)


def test_label_over_value_escalated_from_stage_one_is_stage_two(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, LABELS)
    assert ("received", 18, "count", "stage2", "2031/32") in keys
    assert ("received", 7, "count", "stage2", "2031/32") in keys


def test_share_escalated_from_one_stage_to_the_next_is_at_the_next(tmp_path: Path) -> None:
    """Written with the change, as a guard: "from stage one to stage two" is a move, not both stages (it
    passed before the change too, and failed in its first version, which blanked "escalated from stage one"
    and left the rest to be read as a range of stages)."""
    text = ("Orchard Vale Homes complaints summary 2031/32\n\n"
            "In the year 6.5% of complaints were escalated from stage one to stage two.\n")
    assert ("received", 6.5, "percent", "stage2", "2031/32") in core_keys(tmp_path, text)


def test_row_escalated_after_stage_one_is_stage_two(tmp_path: Path) -> None:
    """Written with the rule's "after" (a held-out report's "Stage 2 - escalated after stage 1" row showed it)."""
    text = ("Orchard Vale Homes complaints summary 2031/32\n\n"
            "Complaints closed                          2031/32\n"
            "Stage one                                    139\n"
            "Stage two - escalated after stage one         21\n")
    keys = core_keys(tmp_path, text)
    assert ("closed", 21, "count", "stage2", "2031/32") in keys
