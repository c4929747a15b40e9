"""A news story's lead-in set in capitals ("HERE IS WHAT THE WATCHDOG FOUND:") introduces the list under it;
it is no heading of a part of its own, so the ombudsman the story named above still decided the cases
listed below. Found by setting the visible reports' short lines in capitals (bench/perturb.py
upper_heads): a real excerpt lost all four of its decisions. Written here in words of our own before the
change (2026-12-05, second session); at a7eb894 (and 5af7940) none of the three cases
were read, after, all three. Two more things it needed: the items each found "at fault" or "not at
fault", which the LGSCO finds once per complaint, so they are not one case's elements under a lead that
says what the ombudsman "found:"; and an item right after an item that told a case is one more case
(the "not at fault" item names no ombudsman of its own)."""

from __future__ import annotations

from pathlib import Path

from decision_cases import assert_cases

STORY = """Council ordered to pay out after watchdog rulings

The Local Government and Social Care Ombudsman looked at 41 complaints about Tarnwick Borough Council last year.

HERE IS WHAT THE WATCHDOG FOUND:

- The council was at fault for failing to collect a disabled resident's bins for six weeks and agreed to pay him £250

- The council was not at fault in how it decided a planning application for a house extension

- The council was at fault for delays in an education, health and care plan and agreed to pay the family £1,200
"""


def test_the_cases_under_a_capital_lead_in_are_the_ombudsmans(tmp_path: Path) -> None:
    assert_cases(tmp_path, STORY, [("- The council was at fault for failing", "LGSCO", "upheld", 250.0),
                                   ("- The council was not at fault", "LGSCO", "not_upheld", None),
                                   ("- The council was at fault for delays", "LGSCO", "upheld", 1200.0)], "story.txt")


TWO_ITEMS = """Watchdog rulings

The Local Government and Social Care Ombudsman looked at 41 complaints about Tarnwick Borough Council last year.

Here is what the watchdog found:

- The council was at fault and agreed to pay a resident £250 for missed bins

- The council was not at fault in how it decided a planning application
"""


def test_findings_of_fault_are_cases_not_one_cases_elements(tmp_path: Path) -> None:
    # at a7eb894 the two items were read as one case's two elements, with the second's finding
    assert_cases(tmp_path, TWO_ITEMS, [("- The council was at fault and", "LGSCO", "upheld", 250.0),
                                       ("- The council was not at fault", "LGSCO", "not_upheld", None)], "two.txt")
