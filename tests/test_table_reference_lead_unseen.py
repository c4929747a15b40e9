"""A paragraph that points at a numbered table ("Table 3 shows stage 1 complaints by the service area
responsible.") is that table's lead-in, as "the table below" is: the stage it names holds for every column
the table's own headers leave without one. Found in a housing association's report written for this
project by a helper session that had not seen the tool (2026-12-06: the outcome and timeliness columns beside
"Stage 1 received" lost the stage). The page below is in words of our own, written before the change: at
dae4bae 0 of 4 figures had their stage."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

Y = "2031/32"
PAGE = f"""Fenwick Reach Housing complaints report {Y}

3. Where complaints came from
3.1 Repairs again led the way. Table 4 gives second stage complaints by the team that handled them.

Team                 Received      Upheld
Repairs                    48          20
Neighbourhoods             17           6
"""


def test_a_numbered_tables_lead_gives_its_stage(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, PAGE)
    assert {("received", 48.0, "count", "stage2", Y), ("upheld", 20.0, "count", "stage2", Y),
            ("received", 17.0, "count", "stage2", Y), ("upheld", 6.0, "count", "stage2", Y)} <= keys, sorted(keys, key=str)
