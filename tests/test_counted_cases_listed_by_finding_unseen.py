"""A count of cases whose parts follow as a list of findings ("determined three of our cases: it found
maladministration in ... (£400), service failure in ... (£100), and no maladministration in ...") or
as "one ..." parts after a count with the landlord's own words between ("three of our cases: one finding of
maladministration ..., one of service failure ... and one of no maladministration ...") tells one case per
part, each with its own verdict and payment. A finding listed element by element about one case ("found
maladministration in its handling of the repair and service failure in its complaint handling") stays one
case, and findings counted ("in three of them, and no maladministration in two") are a summary. Own words, written
before the change; probed on main at 15a630d: 2 of 5 passed (the counter-examples), 5 of 5 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import case_outcomes

HEAD = "Elmbury Homes - Annual complaints report 2033/34\n\nHousing Ombudsman\n\n"

CASES = [
    (HEAD + "The Housing Ombudsman determined three of our cases in 2033/34: it found maladministration in our "
     "handling of a resident's reports of damp (ordering £400 compensation), service failure in a complaint about a "
     "delayed kitchen repair (£100), and no maladministration in a case about a parking dispute.\n",
     [("HO", "upheld", 400.0), ("HO", "upheld", 100.0), ("HO", "not_upheld", None)]),
    (HEAD + "The Ombudsman made determinations on three of our cases: one finding of maladministration (repairs), "
     "one of service failure (complaint handling) and one of no maladministration (anti-social behaviour).\n",
     [("HO", "upheld", None), ("HO", "upheld", None), ("HO", "not_upheld", None)]),
    (HEAD + "Two of our cases were determined during the year; there was severe maladministration in the first, "
     "about a leaking roof (£1,250 ordered), and reasonable redress in the second, about a noisy neighbour.\n",
     [("HO", "upheld", 1250.0), ("HO", "not_upheld", None)]),
    # counter-example: the elements of one case
    (HEAD + "In the one case determined this year, the Ombudsman found maladministration in our handling of a "
     "roof repair and service failure in our complaint handling, and ordered us to pay £300.\n",
     [("HO", "upheld", 300.0)]),
    # counter-example: findings counted, not listed case by case: a summary
    (HEAD + "The Ombudsman determined five of our cases: it found maladministration in three of them, and no "
     "maladministration in two.\n",
     []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counted_cases_listed_by_finding(tmp_path: Path, text: str, expected: list) -> None:
    assert case_outcomes(tmp_path, text) == expected
