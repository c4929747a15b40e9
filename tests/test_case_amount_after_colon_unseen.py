"""A list of cases that gives each one's finding in brackets or after a dash and then its sum after a
colon ("Handling of a transfer request (maladministration): £350.") pays that sum: the amount stands
apart, last on the line, after the verdict, as it does after a dash or in brackets. Own words, written
before the change; probed on main at 4e95a07: 1 of 2 passed (the counter-example), 2 of 2 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import case_outcomes

CASES = [
    (("Calderbank Homes\n"
      "Board report: complaints performance, year ending 31 March 2032\n\n"
      "Housing Ombudsman findings\n"
      "- Leaking bathroom (severe maladministration): £2,100 compensation and an apology.\n"
      "- Handling of a transfer request (maladministration): £350.\n"
      "- Pest control (no maladministration).\n"
      "- Boundary wall - service failure: £120\n"),
     [("HO", "upheld", 2100.0), ("HO", "upheld", 350.0), ("HO", "not_upheld", None), ("HO", "upheld", 120.0)]),
    # counter-example: a sum the report states for its own offer before the ombudsman looked is no order
    (("Ombudsman decisions\n"
      "- Delayed repairs to a shower (reasonable redress): we had already offered £200 before the referral.\n"),
     [("HO", "not_upheld", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_amount_after_a_colon_is_paid(tmp_path: Path, text: str, expected: list) -> None:
    assert case_outcomes(tmp_path, text) == expected
