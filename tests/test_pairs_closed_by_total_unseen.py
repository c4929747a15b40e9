"""Key figures printed one label and one value to a line and closed by a Total ("Stage 1 complaints" / "412" /
"Stage 2 complaints" / "61" / "Total complaints" / "473"): the total is checked against the values above it
even when the labels carry a stage's or tier's number, and the first pair is read even when its label is one
word ("Housing" / "212" right under the heading). Own words, written before the change; probed on main at
63b64bc: 1 of 6 passed (the counter-example), 6 of 6 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import check_statuses, core_keys

STAGES = "Key figures 2033/34\n\nStage 1 complaints\n412\n\nStage 2 complaints\n61\n\nTotal complaints\n{total}\n"
TIERS = ("Complaints handled in 2032/33\n\nTier 1 (frontline resolution)\n230\n\nTier 2 (investigation)\n41\n\n"
         "Total\n{total}\n")
SERVICES = "Complaints received 2033/34\n\nHousing\n212\n\nEnvironment\n96\n\nFinance\n51\n\nTotal\n{total}\n"


@pytest.mark.parametrize(("text", "total", "expected"), [
    (STAGES, "473", {("pass", 473.0)}),
    (STAGES, "483", {("fail", 483.0)}),
    (TIERS, "271", {("pass", 271.0)}),
    (TIERS, "217", {("fail", 217.0)}),
])
def test_pairs_closed_by_total_are_summed(tmp_path: Path, text: str, total: str, expected: set) -> None:
    assert check_statuses(tmp_path, text.format(total=total), "table_total") == expected


def test_first_pair_of_a_run_with_a_one_word_label(tmp_path: Path) -> None:
    keys = core_keys(tmp_path, SERVICES.format(total="359"))
    assert {k[1] for k in keys if k[0] == "received"} == {212.0, 96.0, 51.0, 359.0}


def test_a_lone_word_over_a_value_is_no_label_without_pairs_after_it(tmp_path: Path) -> None:
    """counter-example: one word over one value, no run of pairs: a title's word, not a label"""
    text = "Complaints received 2033/34\n\nSummary\n212\n\nWe received more complaints about housing than last year.\n"
    assert 212.0 not in {k[1] for k in core_keys(tmp_path, text)}
