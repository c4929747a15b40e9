"""An ombudsman's findings counted in cases, with the body or the word "findings" between the finding and
its count ("made findings of maladministration against Fernlea Homes in three cases", "has made severe
maladministration findings in two cases") are cases upheld at the ombudsman, as "maladministration was
found in 7 cases" is, not cases received. Own words, written before the change; probed on main at
830ac4c: 1 of 3 passed (the counter-example), 3 of 3 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import core_keys

CASES = [
    (("Ombudsman\n\nThe Housing Ombudsman made findings of maladministration against Fernlea Homes in three cases "
     "during 2031/32.\n"),
     {("upheld", 3.0, "count", "ombudsman", "2031/32")}),
    (("Ombudsman\n\nThe Housing Ombudsman has made severe maladministration findings in two cases against the "
     "association this year (2032/33).\n"),
     {("upheld", 2.0, "count", "ombudsman", "2032/33")}),
    # counter-example: findings of none are no cases upheld (whatever else the sentence counts)
    (("Ombudsman\n\nIn 2030/31 the Housing Ombudsman made no findings of maladministration against us in the four "
     "cases it determined.\n"),
     set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_findings_counted_in_cases_are_upheld(tmp_path: Path, text: str, expected: set) -> None:
    keys = core_keys(tmp_path, text)
    assert {k for k in keys if k[0] in ("upheld", "received")} == expected
