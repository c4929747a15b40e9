"""A spaced case table whose first cell wraps onto a line of its own that starts at the left margin ("of a
tenant's repair request", under "Delay in answering" and beside the remedy's next line): the line goes on with
the row above, since it opens in lower case and leaves the decision column empty; every row after it is read.
Written before the change in words of our own; 0 of 1 passed before it (one case of four was read)."""

from __future__ import annotations

from pathlib import Path

from tests.sentence_figures import case_outcomes

PAGE = """Pellbury Council: Ombudsman decisions 2032/33

The Local Government and Social Care Ombudsman made four decisions about the Council, set out below.
Summary                               Decision                             Remedy
Delay in answering a stage two        Upheld – fault and injustice         Apology; £250 for time and
complaint about a blocked drain                                            trouble
Refusal of a blue badge renewal       Not upheld – no fault                None
after a mobility assessment
Charging for a replacement bin        Upheld – fault and injustice         Apology; refund of £35
Planning decision on a rear           Out of jurisdiction                  None
extension at a neighbour's house
"""


def test_each_row_of_the_wrapped_table_is_a_case(tmp_path: Path) -> None:
    got = case_outcomes(tmp_path, PAGE)
    assert [(o, p) for _, o, p in got] == [("upheld", 250.0), ("not_upheld", None), ("upheld", 35.0),
                                           ("out_of_jurisdiction", None)]
