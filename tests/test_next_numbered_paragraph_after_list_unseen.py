"""A committee report's numbered paragraph that leads into a list ("3.3 The 140 reviews ended as follows:")
is followed, with no blank line, by its items and then the next numbered paragraph ("3.4 Reviews took ...").
The last item ends with no full stop, yet "3.4" opens a paragraph of its own: it is the next number of the
section the lead opened, not a value the item's line wraps on to. A value that wraps on to the next line
("... was" / "3.4 working days") still joins it.

Written before the code, in words of our own, with a first list ("upheld in full: 12" ... "5.3 Reviews took 17
working days on average") that the code before it read right all the same (the joined lines still read), and
with stages expected ("5.3 Reviews took ..." gives none: the report names its stage two "reviews" only as "stage
two reviews"). Rewritten after the change, checked against the code before it: the list below, whose next
paragraph wraps on to a second line, lost its last item before (0 of 1) and reads it after; the bulleted list
was read before and after, and so was the value wrapped on to the next line (its sentence first said "the
average time to answer one was", which reads no figure at all, and was reworded).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sentence_figures import figure_keys

TITLE = "Complaints annual report 2032/33\n\n"

REVIEWS = ("5.2 The 140 stage two reviews ended as follows:\n"
           "upheld in full – 12 (9%)\n"
           "upheld in part – 30 (21%)\n"
           "not upheld – 90 (64%)\n"
           "withdrawn by the customer – 8 (6%)\n"
           "5.3 97 of the 140 reviews (69%) received a reply within 20 working days; the average time taken was\n"
           "16.2 working days.\n")
OUTCOMES = ("2.6 Of the 412 stage one complaints we closed:\n"
            "- 101 were upheld\n"
            "- 88 were partly upheld\n"
            "- 223 were not upheld\n"
            "2.7 We answered 371 of them within ten working days.\n")


@pytest.mark.parametrize("text,expected", [
    (REVIEWS, {("withdrawn", 8.0, "count"), ("within_target", 97.0, "count"), ("average_response_days", 16.2, "working_days")}),
    (OUTCOMES, {("not_upheld", 223.0, "count"), ("within_target", 371.0, "count")}),
])
def test_the_next_numbered_paragraph_stands_apart_from_the_last_item(tmp_path: Path, text: str, expected: set) -> None:
    assert expected <= {key[:3] for key in figure_keys(tmp_path, TITLE + text)}


def test_a_value_wrapped_on_to_the_next_line_still_joins_it(tmp_path: Path) -> None:
    text = ("3.1 Stage one complaints were answered quickly. The average time taken to answer them was\n"
            "3.4 working days, against 4.1 working days the year before.\n")
    assert ("average_response_days", 3.4, "working_days", "stage1") in figure_keys(tmp_path, TITLE + text)
