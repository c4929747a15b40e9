"""The total a sentence opening "Of these, ..." splits is the count of the sentence before, not last year's count
in a bracket after it ("received 12 complaints about us in 2032/33 (2031/32: 9). Of these, seven were premature,
four were closed after initial enquiries and one was investigated"): the split is added up against 12. Own words,
written before the change; probed on main at 3917872: 0 of 2 passed (both were set against the 9), 2 of 2 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses

TEXT = ("Ombudsman 2032/33\n\nThe Ombudsman received 12 complaints about us in 2032/33 (2031/32: 9). Of these, seven "
        "were premature, {n} were closed after initial enquiries and one was investigated.\n")


@pytest.mark.parametrize(("n", "expected"), [("four", {("pass", 12.0)}), ("three", {("warn", 12.0)})])
def test_split_total_before_a_prior_year_bracket(tmp_path: Path, n: str, expected: set) -> None:
    assert check_statuses(tmp_path, TEXT.format(n=n), "breakdown_sum") == expected
