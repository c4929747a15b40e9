"""Stages named as tiers, steps, levels, Roman numerals or by the procedure's own words, and a base said
with its own stage: sentences written for this file (no corpus document holds them) in the wording of
councils, a housing association, a university and Scottish and Welsh model procedures.

SPEC 2: the first stage of a procedure (whatever it is called: stage 1, step 1, tier 1, level one,
local or frontline resolution) is `stage1`; the review after it `stage2`; an informal route before a
formal first stage is `informal`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figures, received

S1, S2 = "stage1", "stage2"


CASES = [
    ("We received 212 Step 1 complaints.", {received(212, S1)}),
    ("We received 212 level one complaints.", {received(212, S1)}),
    ("We received 212 tier 1 complaints and 30 tier 2 complaints.", {received(212, S1), received(30, S2)}),
    ("We received 212 first-tier complaints.", {received(212, S1)}),
    ("We received 212 local resolution complaints.", {received(212, S1)}),
    ("212 complaints were handled at the local resolution stage.", {received(212, S1)}),
    ("212 complaints were dealt with at frontline resolution.", {received(212, S1)}),
    ("30 complaints went on to a stage 2 review.", {received(30, S2)}),
    ("30 complaints were escalated to an independent review.", {received(30, S2)}),
    ("30 complaints were escalated to the second tier.", {received(30, S2)}),
    ("We received 212 informal complaints (early resolution).", {received(212, "informal")}),
    ("We received 212 early resolution complaints.", {received(212, "informal")}),
    ("We resolved 212 complaints at the first point of contact.", {("closed", 212, "count", S1)}),
    ("There were 30 Stage Two complaints.", {received(30, S2)}),
    ("There were 30 complaints at Stage II.", {received(30, S2)}),
    # an NHS trust's two routes counted side by side: each count at its own route's stage
    ("The Trust received 1,044 formal complaints and 3,980 PALS contacts.",
     {received(1044, S1), received(3980, "informal")}),
    # a base said with its own stage
    ("Two of the five stage 2 complaints were upheld.", {("upheld", 2, "count", S2), received(5, S2)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_stage_by_any_name(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    assert figures(tmp_path, text) == expected
