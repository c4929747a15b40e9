"""A report that names its own stages ("Stage 1 – Quick Resolution", "Stage Two: Senior Review",
"Frontline Response (Stage 1)") uses those names for the stages throughout: "640 Quick Resolution cases" are
stage 1 there, whatever such words mean in another body's procedure ("early resolution" is informal to one
council, stage 1 to a university; "formal" is stage 1 beside an informal stage, stage 2 where stage 1 is
called something else). Found in a university's complaints page written for this project by a helper
session that had not seen the tool (2026-12-06: "1,146 Early Resolution complaints logged (Stage 1)" was
read as informal and "173 Formal Complaints received (Stage 2)" as stage 1). The pages below are in words of
our own, written before the change: at 478dd49 1 of 7 figures had their stage (the landlord's escalation); after, 5 of 7. The other two are read as
no figure at all ("held 9 Panel Reviews", "17 asked for an Independent Look"): a reading is missing there, not
a stage; they are kept as strict xfails."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import core_keys

Y = "2031/32"

INSTITUTE = f"""Brindle Institute student complaints {Y}

How complaints are handled

Stage 1 – Quick Resolution. Tell the department concerned.
Stage 2 – Formal Investigation. Write to the Casework Team.
Stage 3 – Panel Review. Ask for a review of the investigation.

In {Y} we logged 640 Quick Resolution cases and 88 Formal Investigations, and held 9 Panel Reviews.
"""

LANDLORD = f"""Oakhollow Homes complaints report {Y}

Our policy has two stages. Stage One: Service Response. Stage Two: Senior Review.

During {Y}, 512 complaints received a Service Response and 61 were escalated to Senior Review. We aim to give a
Senior Review within 20 working days.
"""

TRUST = f"""Pellinor Community Trust complaints {Y}

Complaints start with a Local Response (Stage 1); if still unhappy, people can ask for an Independent Look (Stage 2).

We received 230 complaints, all of which had a Local Response; 17 asked for an Independent Look.
"""


def test_an_institutes_stage_names(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, INSTITUTE)
    assert {("received", 640.0, "count", "stage1", Y), ("received", 88.0, "count", "stage2", Y)} <= keys, sorted(keys, key=str)


@pytest.mark.xfail(strict=True, reason="'held 9 Panel Reviews' is read as no figure at all: a reading, not a stage, is missing")
def test_an_institutes_third_stage_is_read(tmp_path: Path) -> None:
    assert ("received", 9.0, "count", "stage3", Y) in core_keys(tmp_path, INSTITUTE)


def test_a_landlords_stage_names(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, LANDLORD)
    assert {("received", 61.0, "count", "stage2", Y), ("response_target_days", 20.0, "working_days", "stage2", Y)} <= keys, \
        sorted(keys, key=str)


def test_a_trusts_stage_names_in_brackets(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, TRUST)
    assert ("received", 230.0, "count", "stage1", Y) in keys, sorted(keys, key=str)


@pytest.mark.xfail(strict=True, reason="'17 asked for an Independent Look' is read as no figure at all: a reading is missing")
def test_a_trusts_second_stage_is_read(tmp_path: Path) -> None:
    assert ("received", 17.0, "count", "stage2", Y) in core_keys(tmp_path, TRUST)
