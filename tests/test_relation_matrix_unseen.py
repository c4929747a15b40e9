"""Every relation of tests/relation_matrix.py, intact and broken: on the intact report nothing may fail
or warn (a false alarm is as bad as a miss); on the copy with its stated result moved beyond rounding a
failing or warning check must point at the result's line (+-2, as `tally eval --inject` counts it).
Counter-cases (a share of another base, a partial breakdown, a change between different measures) must
raise nothing. Written before the code changes that read them (round 2, tests/relation_matrix2.py, after
round 1 passed); bench/relation_matrix.py prints the counts per kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_matrix import Relation, relations
from review_report import check_review, points_at

from extractor.models import Check

ALL = list(relations())
# (a wrapped paragraph's short last line, "122." or "(65).", was a block of its own until the loader took it as
# the sentence's end: the two relations held that way were strict xfails before)
HOLDING = [pytest.param(r, id=r.id) for r in ALL if r.kind != "none"]


def _checks(tmp_path: Path, rel: Relation, broken: bool = False) -> list[Check]:
    return check_review(tmp_path, rel.text(broken), rel.title, "report.txt")


@pytest.mark.parametrize("rel", ALL, ids=[r.id for r in ALL])
def test_an_intact_report_raises_nothing(tmp_path: Path, rel: Relation) -> None:
    got = _checks(tmp_path, rel)
    assert [(c.rule, c.status, c.line, c.message) for c in got if c.status != "pass"] == []


@pytest.mark.parametrize("rel", HOLDING)
def test_a_moved_result_is_noticed(tmp_path: Path, rel: Relation) -> None:
    got = _checks(tmp_path, rel, broken=True)
    assert [c for c in got if c.status != "pass" and points_at(c, rel.line())], rel.text(broken=True)
