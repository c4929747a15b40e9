"""Two ways of saying a share of complaints, in sentences written here in words of our own (2026-12-05)
before the change: a count of a base the body calls its own ("responded to 1,004 of its 1,107 first stage
complaints within the 10 working day timescale": at 2110987 the 1,004 was `closed`, after `within_target`),
and "justified in whole or in part" (at 2110987 `upheld`, after `upheld_or_partially_upheld`)."""

from __future__ import annotations

from pathlib import Path

from sentence_figures import core_keys

HEAD = "Complaints annual report 2030/31\n"


def test_a_count_of_its_own_base_within_the_timescale(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, HEAD + "The council responded to 1,004 of its 1,107 first stage complaints within the "
                                      "10 working day timescale, 91%.\n")
    assert ("within_target", 1004.0, "count", "stage1", "2030/31") in keys
    assert not {k for k in keys if k[1] == 1004.0 and k[0] != "within_target"}


def test_justified_in_whole_or_in_part(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, HEAD + "Just over half of stage one complaints (52%) were found to be justified in whole "
                                      "or in part.\n")
    assert keys == {("upheld_or_partially_upheld", 52.0, "percent", "stage1", "2030/31")}
