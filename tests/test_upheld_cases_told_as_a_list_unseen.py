"""An ombudsman's upheld cases told as one sentence's list, the count's words first ("The two upheld complaints
concerned a late decision on school transport, where the council agreed to pay £250, and the loss of a housing
application"): one case per item, upheld, each with its own payment.

Written before the change in words of our own; on main at adbf326 the sentence gave no case (only "Cases upheld
concerned ..." was read, not "upheld cases concerned ..."). Categories of upheld complaints ("related to repairs,
parking and waste") are no cases.
"""

from __future__ import annotations

from pathlib import Path

from sentence_figures import case_outcomes

REVIEW = """Annual review letter 2031/32

Local Government and Social Care Ombudsman
The Ombudsman decided 14 complaints about the council and investigated three in detail. Two were upheld.

The two upheld complaints concerned a late decision on school transport, where the council agreed to pay £250, and the loss of a housing application, where it apologised and reviewed its post-room procedure.
"""

CATEGORIES = """Annual review letter 2031/32

Local Government and Social Care Ombudsman
The Ombudsman upheld five complaints about the council. The upheld complaints related to repairs, parking and waste.
"""


def decisions(tmp_path: Path, text: str) -> list[tuple[str | None, str, float | None]]:
    return case_outcomes(tmp_path, text, "letter.txt")


def test_each_upheld_case_of_the_list(tmp_path: Path) -> None:
    assert decisions(tmp_path, REVIEW) == [("LGSCO", "upheld", 250.0), ("LGSCO", "upheld", None)]


def test_categories_are_no_cases(tmp_path: Path) -> None:
    assert decisions(tmp_path, CATEGORIES) == []
