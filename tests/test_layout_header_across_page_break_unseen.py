"""A table copied with its layout whose header the page broke: its group names ("Outcome   Stage 1   Stage 2")
at the foot of one page, the page's footer and the next page's running header, then the columns' names ("No.
%   No.   %") and the rows. The footer and running header are set aside and the header is read whole, so
each column keeps its stage. Words of our own, written before the change: before it 0 of 1 passed (no
stage), after it 1 of 1."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

PAGE = ("Complaints report 2031/32\n\n3. Outcomes\nTable 2: Outcome of complaints closed, 2031/32\n\n"
        "Outcome                                       Stage 1                        Stage 2\n"
        "Newtown Housing is a registered provider (L1234)\n"
        "                                                            Page 4\n"
        "\fNewtown Housing - Complaints Report 2031/32\n\n"
        "                                   No.            %               No.            %\n"
        "Upheld                                     120           30%                14             28%\n"
        "Not upheld                                 280           70%                36             72%\n"
        "Total closed                               400          100%                50            100%\n\n"
        "Most complaints were about repairs.\n")


def test_the_group_names_before_the_break_name_the_columns(tmp_path: Path) -> None:
    keys = {(m, v, u, s) for m, v, u, s, _p in core_keys(tmp_path, PAGE)}
    assert {("upheld", 120.0, "count", "stage1"), ("upheld", 14.0, "count", "stage2"),
            ("not_upheld", 70.0, "percent", "stage1")} <= keys, sorted(keys, key=str)
