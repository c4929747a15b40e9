"""A stage named in brackets after the procedure's own word for it ("frontline (stage 1) complaints",
"second-tier (level 2) cases") glosses that word: the timescale or count beside it is at that stage. A
bracket that holds counts ("(7 at stage 1 and 8 at stage 2)") is still its own numbers'. Found in a Scottish
council page written for this project by a helper session who had not seen the tool (2026-12-06); the
sentences below are in words of our own, written before the change: at 4949024 (and bb3d660) no timescale
had a stage (0/4), after, all 4. The second sentence first said "early resolution (level 1)" and "formal
(level 2)": there the procedure's words ("early resolution" is informal to this reader) still win over the
bracket, which is left as it is (an English council's early resolution is informal, a Scottish one's is
stage 1); the words were changed to ones that name no stage."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = """Brackwater Council complaints performance 2033/34

We aim to respond to frontline (stage 1) complaints within 5 working days and to investigation (stage 2) complaints within 20 working days.

Our target is to answer first-tier (level 1) cases within 10 working days and second-tier (level 2) cases within 25 working days.
"""


def test_a_stage_in_brackets_glosses_the_word_before_it(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    y = "2033/34"
    assert {("response_target_days", 5.0, "working_days", "stage1", y), ("response_target_days", 20.0, "working_days", "stage2", y),
            ("response_target_days", 10.0, "working_days", "stage1", y), ("response_target_days", 25.0, "working_days", "stage2", y)} \
        <= keys, sorted(keys, key=str)
