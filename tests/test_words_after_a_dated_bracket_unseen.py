"""A count's verb that follows last year's value in a bracket ("14 complaints (2023/24: 11) were withdrawn") says
what the count and the bracketed value count: the bracket does not hide it. Own words, written on 2026-12-07 before
the change: 1 of 3 passed on 84d92bc (the sentence whose verb belongs to another count); 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import core_keys

HEAD = "Complaints report 2024/25\n\n"


def test_the_verb_after_the_bracket_is_the_count_s(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, HEAD + "Of these, 14 complaints (2023/24: 11) were withdrawn.\n", "a.txt")
    assert {("withdrawn", 14.0, "count", None, "2024/25"), ("withdrawn", 11.0, "count", None, "2023/24")} <= keys


def test_a_participle_after_the_bracket(tmp_path: Path) -> None:
    text = HEAD + "The total includes 12 complaints (last year: 9) withdrawn by the complainant before a reply.\n"
    keys = core_keys(tmp_path, text, "b.txt")
    assert ("withdrawn", 12.0, "count", None, "2024/25") in keys and ("received", 12.0, "count", None, "2024/25") not in keys


def test_another_count_s_verb_stays_its_own(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, HEAD + "We received 512 complaints (2023/24: 470), and 40 were withdrawn.\n", "c.txt")
    assert {("received", 512.0, "count", None, "2024/25"), ("withdrawn", 40.0, "count", None, "2024/25")} <= keys
