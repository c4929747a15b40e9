"""A comparison set off by dashes ends at the second dash: "... - 72 per cent, against 65 per cent in 2029/30 -
and the average reply took 9.1 working days" dates the average to the report's year, not to the year compared.
Without the closing dash the comparison still reaches the end of its clause.

Words of our own, written after the change (clauses.SCOPE_END) and checked against the code before it: 0 of 2
dated right before, 2 after; the comparison's own value keeps its year before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import report_figures


def _keys(tmp_path: Path, sentence: str) -> list[tuple]:
    text = "Complaints annual report 2030/31\n\nHow quickly we replied\n\n" + sentence + "\n"
    return [(r.measure, r.value, r.period) for r in report_figures(tmp_path, text)]


@pytest.mark.parametrize("sentence,expected", [
    (("We replied to 410 of the 566 stage one complaints on time - 72 per cent, against 65 per cent in 2029/30 - "
      "and the average reply took 9.1 working days."), ("average_response_days", 9.1, "2030/31")),
    ("Replies were quicker - 8.2 working days on average against 10.4 in 2029/30 - and 76 complaints were upheld.",
     ("upheld", 76.0, "2030/31")),
])
def test_after_the_dash_aside(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in _keys(tmp_path, sentence)


def test_the_compared_value_keeps_its_year(tmp_path: Path) -> None:
    keys = _keys(tmp_path, "We replied to 410 of the 566 stage one complaints on time - 72 per cent, against 65 per "
                           "cent in 2029/30 - and the average reply took 9.1 working days.")
    assert ("within_target", 65.0, "2029/30") in keys
