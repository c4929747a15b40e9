"""A stated change in a sentence that also counts something other than complaints ("which owns about 9,400 homes,
logged 820 stage one complaints ..., compared with 640 ... - a rise of 36 per cent"): the homes are the
landlord's size, no value of the change, which is judged between the two counts of complaints. Words of our
own, written before the change: before it 0 of 2 passed (no check), after it 2 of 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import report_checks

SENTENCE = ("Riverford Homes, which owns about 9,400 homes across the valley, logged 820 stage one complaints in 2031/32,\n"
            "compared with 640 the previous year - a rise of {size} per cent.\n")


@pytest.mark.parametrize(("size", "status"), [("36", "fail"), ("28", "pass")])
def test_the_change_is_judged_between_the_complaints(tmp_path: Path, size: str, status: str) -> None:
    checks = report_checks(tmp_path, "Landlord's complaints rise\n\n" + SENTENCE.format(size=size), "story.txt")
    assert {c.status for c in checks if c.rule == "stated_change"} == {status}
