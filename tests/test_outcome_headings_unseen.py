"""Counts of complaints under a heading, or after a lead, that names an outcome: "Upheld complaints"
above "There were 45 complaints. Of these, 20 were about repairs" counts upheld complaints, not
complaints received. Written for this file in the wording of a council, a landlord and a trust (no
corpus document holds these lines).

A count whose own clause has a verb of arrival ("we received 300", "the team handled 300") stays
received whatever the heading; compliments stay compliments; a heading that names no outcome
("Complaint outcomes", "Stage 1 complaints") changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import figures, received


def upheld(value: float, stage: str | None = None) -> tuple:
    return ("upheld", value, "count", stage)


CASES = [
    ("There were 45 upheld complaints in the year.", {upheld(45)}),
    ("We had 45 upheld complaints and 12 partially upheld complaints.", {upheld(45), ("partially_upheld", 12, "count", None)}),
    ("Upheld complaints\n\nThere were 45 complaints upheld. Of these, 20 were about repairs.", {upheld(45), upheld(20)}),
    ("Upheld complaints\n\nThere were 45 complaints. Of these, 20 were about repairs.", {upheld(45), upheld(20)}),
    ("We upheld 45 complaints. The majority, 30 complaints, concerned repairs.", {upheld(45), upheld(30)}),
    ("Learning from upheld complaints: 12 complaints about missed bins led to new crew routes.", {upheld(12)}),
    ("Housing had the most upheld complaints, with 20.", {upheld(20)}),
    ("Complaints not upheld\n\nThere were 64 complaints, most about planning decisions.", {("not_upheld", 64, "count", None)}),
    ("Complaints upheld or partly upheld\n\nThere were 71 such complaints at stage 1.",
     {("upheld_or_partially_upheld", 71, "count", "stage1")}),
    # counter-examples: a verb of arrival, compliments, a heading that names no outcome
    ("Upheld complaints\n\nWe received 300 complaints this year and upheld 45.", {received(300), upheld(45)}),
    ("Complaints upheld\n\nThe complaints team handled 300 complaints.", {received(300)}),
    ("Partially upheld complaints\n\nWe also received 88 compliments.", {("compliments", 88, "count", None)}),
    ("Complaint outcomes\n\nThere were 300 complaints.", {received(300)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_outcome_named_above_a_count_is_what_it_counts(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    assert figures(tmp_path, text) == expected


# ---- outcomes said in other words than "upheld": the findings vocabulary of councils, landlords, trusts,
# universities and police (fault, service failure, the complainant's favour, substantiated, merit)

def not_upheld(value: float, stage: str | None = None) -> tuple:
    return ("not_upheld", value, "count", stage)


SYNONYMS = [
    ("Fault was found in 12 complaints.", {upheld(12)}),
    ("We accepted that we were at fault in 12 complaints.", {upheld(12)}),
    ("12 complaints were resolved in the complainant's favour.", {upheld(12)}),
    ("12 complaints were substantiated and 30 were unsubstantiated.", {upheld(12), not_upheld(30)}),
    ("We agreed with the complainant in 12 cases.", {upheld(12)}),
    ("In 12 cases we found we had got things wrong.", {upheld(12)}),
    ("Service failure was found in 12 complaints.", {upheld(12)}),
    ("12 complaints were found in favour of the customer.", {upheld(12)}),
    ("12 complaints were well founded.", {upheld(12)}),
    ("We found no fault in 30 complaints.", {not_upheld(30)}),
    ("30 complaints were not substantiated.", {not_upheld(30)}),
    ("The complaint was upheld in 12 cases and not upheld in 30.", {upheld(12), not_upheld(30)}),
    ("12 complaints had merit.", {upheld(12)}),
    # counter-examples: a fault in a thing, a favour that is no finding
    ("A fault was found in 3 boilers during the year.", set()),
    ("We received 12 complaints and dealt with them in the customer's favour where we could.", {received(12)}),
]


@pytest.mark.parametrize(("text", "expected"), SYNONYMS)
def test_an_outcome_in_other_words(tmp_path: Path, text: str, expected: set[tuple]) -> None:
    assert figures(tmp_path, text) == expected
