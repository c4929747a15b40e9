"""A case told by the money one person got, in any voice and word order: "A tenant was awarded £320 against
...", "One pensioner received £600 from the borough council", "£150 was paid to a man whose ...", "A family
whose heating failed ... received £900 in compensation", "Rowanby Council was told by the Local Government and
Social Care Ombudsman to apologise to the resident and pay him £250". Each is one upheld case with its payment.

Written in words of our own before the change, after the 47 dev-real excerpts re-worded by helpers lost most of
their cases this way (worcestershire 4 -> 0, york 3 -> 1); on main at 91c4548 (the session's base) 0 of the 5 cases were read.
Sums paid to many, or per head, or money that pays no one, tell no case.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_figures import case_outcomes

TITLE = "Ombudsman decisions about Rowanby Council, 2031/32\n\n"


@pytest.mark.parametrize("sentence, payment", [
    ("A tenant was awarded £320 against the council after repairs to her boiler were left for months.", 320.0),
    ("One pensioner received £600 from the borough council, which had lost her blue badge application twice.", 600.0),
    ("Among the other upheld cases, £150 was paid to a man whose bins were missed for eight weeks.", 150.0),
    ("A family whose heating failed all winter received £900 in compensation after their complaint was upheld.", 900.0),
    (("Rowanby Council was told by the Local Government and Social Care Ombudsman to apologise to the resident and "
     "pay him £250."), 250.0),
])
def test_money_one_person_got_is_one_upheld_case(tmp_path: Path, sentence: str, payment: float) -> None:
    assert case_outcomes(tmp_path, TITLE + sentence + "\n") == [("LGSCO", "upheld", payment)]


@pytest.mark.parametrize("sentence", [
    "The council paid £12,000 in compensation across all complaints this year.",
    "Residents received £40 each under the missed bins charter.",
    "A man received a letter from the council about his council tax.",
])
def test_money_to_many_or_to_no_one_is_no_case(tmp_path: Path, sentence: str) -> None:
    assert case_outcomes(tmp_path, TITLE + sentence + "\n") == []
